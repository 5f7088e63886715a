package entities

import (
	"strings"
	"unicode"
)

// Merges after the first grouping: spellings of one given name, acronyms
// and their expansions, and the display form of a name.

// mergeGivenVariants joins people with the same family name whose given
// names differ only in their first letters, as transliterations do:
// "Giannis", "Jannis", "Yiannis" and "Ioannis Papadakis". "Maria" and
// "Mario" differ at the end and stay apart.
func (lk *linker) mergeGivenVariants() {
	bySurname := map[string][]*cluster{}
	for _, cl := range lk.order {
		words := strings.Fields(cl.key)
		if len(cl.cands) == 0 || cl.gaz != nil || cl.forced != "" || cl.korean || len(words) != 2 || !cl.isPerson() {
			continue
		}
		bySurname[words[1]] = append(bySurname[words[1]], cl)
	}
	for _, group := range bySurname {
		for a := 0; a < len(group); a++ {
			for b := a + 1; b < len(group); b++ {
				ca, cb := group[a], group[b]
				if len(ca.cands) == 0 || len(cb.cands) == 0 {
					continue
				}
				if givenVariants(strings.Fields(ca.key)[0], strings.Fields(cb.key)[0]) {
					if len(cb.cands) > len(ca.cands) {
						ca, cb = cb, ca
					}
					lk.mergeInto(ca, cb)
				}
			}
		}
	}
}

// givenVariants: two keys are the same name once up to two leading letters
// are dropped from each, and at least four letters remain.
func givenVariants(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	for i := 0; i <= 2 && i < len(ra); i++ {
		for j := 0; j <= 2 && j < len(rb); j++ {
			if len(ra)-i >= 4 && string(ra[i:]) == string(rb[j:]) {
				return true
			}
		}
	}
	return false
}

// mergeInto moves every mention of src into dst.
func (lk *linker) mergeInto(dst, src *cluster) {
	if dst == src {
		return
	}
	for _, cd := range src.cands {
		lk.put(dst, cd)
	}
	for k, c := range lk.byKey {
		if c == src {
			lk.byKey[k] = dst
		}
	}
	src.cands = nil
	src.into = dst
}

// mergeParenPairs joins "Full Name (ACR)" pairs when the full name is not
// a person or a place ("Boris Pistorius (SPD)" names a party, not him).
func (lk *linker) mergeParenPairs() {
	for _, cl := range lk.order {
		for _, c := range cl.cands {
			if c.expands == nil {
				continue
			}
			a, b := lk.owner[c], lk.owner[c.expands]
			if a == nil || b == nil || a == b || len(a.cands) == 0 || len(b.cands) == 0 {
				continue
			}
			long, short := a, b
			if c.words == 1 {
				long, short = b, a
			}
			if t := lk.types[long]; t == Person || t == Place {
				continue
			}
			if long.gaz != nil && short.gaz != nil && long.gaz != short.gaz {
				continue
			}
			dst, src := long, short
			if short.gaz != nil {
				dst, src = short, long
			}
			typ := Org
			if dst.gaz != nil {
				typ = dst.gaz.typ
			}
			lk.mergeInto(dst, src)
			lk.types[dst] = typ
		}
	}
}

// displayName writes a name in one line, and a well-known name set in
// capitals ("BERLIN (Reuters) -") in its usual case.
func displayName(name string, gaz *gazEntry) string {
	if strings.ContainsAny(name, "\u00a0\t\n\r") || strings.Contains(name, "  ") {
		name = strings.Join(strings.Fields(name), " ")
	}
	if gaz == nil || !allCaps(name) || gaz.lists(name) {
		return name
	}
	for _, n := range gaz.names {
		if strings.EqualFold(n, name) {
			return n
		}
	}
	return name
}

func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 4
}
