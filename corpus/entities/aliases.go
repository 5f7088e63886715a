package entities

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"quellen/corpus/article"
)

// Ignore is a type only the corrections file uses: "name<TAB>ignore" drops
// an entity that is no name at all.
const Ignore Type = "ignore"

// typeWords are the type names a corrections line may give, German and
// English.
var typeWords = map[string]Type{
	"person": Person, "people": Person, "per": Person,
	"place": Place, "ort": Place, "location": Place, "loc": Place, "gpe": Place,
	"org": Org, "organisation": Org, "organization": Org,
	"other": Other, "sonstige": Other, "misc": Other,
	"ignore": Ignore, "none": Ignore, "-": Ignore, "ignorieren": Ignore,
}

// ParseAliases reads a corrections file: one "alias<TAB>canonical" or
// "name<TAB>type" per line; blank lines and lines starting with # are ignored.
//
// "Kim<TAB>Kim Jong-il" sends every mention written "Kim" to Kim Jong-il
// (a merge, or a split away from the entity it was linked to);
// "Budanow<TAB>Budanow" keeps a spelling apart as its own entity;
// "Wonsan<TAB>place" retypes; "Zubehör<TAB>ignore" drops. Types: person,
// place, org, other, ignore. Names match without regard to case and accents.
func ParseAliases(r io.Reader) (*Aliases, error) {
	a := &Aliases{Canonical: map[string]string{}, Types: map[string]Type{}}
	seenAt := map[string]int{} // folded alias -> line
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 64*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("line %d: not valid UTF-8", n)
		}
		fields := strings.Split(line, "\t")
		switch {
		case len(fields) == 1:
			hint := ""
			if strings.Contains(trimmed, "  ") || strings.Contains(trimmed, " ") {
				hint = " (the two fields must be separated by a TAB, not spaces)"
			}
			return nil, fmt.Errorf("line %d: %q: want \"alias<TAB>canonical\" or \"name<TAB>type\"%s", n, trimmed, hint)
		case len(fields) > 2:
			return nil, fmt.Errorf("line %d: %d TABs; want exactly one, between \"alias\" and \"canonical\" or \"type\"", n, len(fields)-1)
		}
		// The names reach the terminal: they are sanitised like article text.
		left := strings.TrimSpace(article.SanitizeName(fields[0]))
		right := strings.TrimSpace(article.SanitizeName(fields[1]))
		if left == "" {
			return nil, fmt.Errorf("line %d: the name before the TAB is empty", n)
		}
		if right == "" {
			return nil, fmt.Errorf("line %d: nothing after the TAB for %q; want a canonical name or a type (person, place, org, other, ignore)", n, left)
		}
		key := nameFold(left)
		if key == "" {
			return nil, fmt.Errorf("line %d: %q has no letters or digits", n, left)
		}
		if t, ok := typeWords[strings.ToLower(right)]; ok {
			if old, dup := a.Types[key]; dup && old != t {
				return nil, fmt.Errorf("line %d: %q is already typed %s", n, left, old)
			}
			a.Types[key] = t
			continue
		}
		if at, dup := seenAt[key]; dup && nameFold(a.Canonical[key]) != nameFold(right) {
			return nil, fmt.Errorf("line %d: %q already maps to %q (line %d)", n, left, a.Canonical[key], at)
		}
		seenAt[key] = n
		a.Canonical[key] = right
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %v", n+1, err)
	}
	// A chain "A -> B", "B -> C" resolves to C; a loop is an error.
	for key := range a.Canonical {
		seen := map[string]bool{key: true}
		for k := key; ; {
			next := nameFold(a.Canonical[k])
			if next == k {
				break
			}
			if _, ok := a.Canonical[next]; !ok {
				break
			}
			if seen[next] {
				return nil, fmt.Errorf("line %d: %q is part of a loop of aliases", seenAt[key], a.Canonical[key])
			}
			seen[next] = true
			k = next
		}
	}
	return a, nil
}

// canonical returns the name the user wants name filed under, or "".
func (a *Aliases) canonical(name string) string {
	if a == nil || len(a.Canonical) == 0 {
		return ""
	}
	key := nameFold(name)
	c, ok := a.Canonical[key]
	for i := 0; ok && i < 16; i++ {
		k := nameFold(c)
		if k == key {
			break
		}
		next, more := a.Canonical[k]
		if !more {
			break
		}
		key, c = k, next
	}
	return c
}

// apply retypes and drops entities as the user asked.
func (a *Aliases) apply(ents []*Entity) []*Entity {
	if a == nil || len(a.Types) == 0 {
		return ents
	}
	out := ents[:0]
	for _, e := range ents {
		t, ok := a.Types[nameFold(e.Name)]
		for _, al := range e.Aliases {
			if ok {
				break
			}
			t, ok = a.Types[nameFold(al)]
		}
		if ok {
			if t == Ignore {
				continue
			}
			e.Type = t
		}
		out = append(out, e)
	}
	return out
}
