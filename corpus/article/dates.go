package article

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/internal/lang"
)

// monthAlt is the month names as a regexp alternation, longest first so
// "sept" is not read as "sep" and a stray "t".
var monthAlt = func() string {
	var names []string
	for _, n := range lang.MonthWords() {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	return strings.Join(names, "|")
}()

// Date notations. Each regexp's groups are named y, m (number or name) and d.
var dateRes = []*regexp.Regexp{
	// 2024-10-27, 2024-10-27T08:00, 2024-10
	regexp.MustCompile(`\b(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T|\b)|\b)`),
	// 27.10.2024, 27. 10. 2024
	regexp.MustCompile(`\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})\b`),
	// 13. August 2025, 13 Aug 2025, 5. Nov. 2025, 13 August, 2025
	regexp.MustCompile(`(?i)\b(?P<d>\d{1,2})\.?\s+(?P<m>` + monthAlt + `)\b\.?,?\s+(?P<y>\d{4})\b`),
	// August 12, 2025; Aug. 13, 2025; Sept 16 2025; October 3rd, 2025
	regexp.MustCompile(`(?i)\b(?P<m>` + monthAlt + `)\b\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b`),
	// August 2025, im Oktober 2024 (month precision)
	regexp.MustCompile(`(?i)\b(?P<m>` + monthAlt + `)\b\.?\s+(?P<y>\d{4})\b`),
}

// firstMonthRe is the index of the first pattern in dateRes that needs a
// month name.
const firstMonthRe = 2

// monthStems are the first three letters of every month name and
// abbreviation.
var monthStems = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range lang.MonthWords() {
		if r := []rune(name); len(r) >= 3 {
			m[string(r[:3])] = true
		}
	}
	return m
}()

// hasMonthWord reports whether some word of t starts like a month name, a
// cheap test that spares the slow case-insensitive patterns.
func hasMonthWord(t string) bool {
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		var stem []rune
		for j < len(t) {
			r, size := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsLetter(r) {
				break
			}
			if len(stem) < 3 {
				stem = append(stem, unicode.ToLower(r))
			}
			j += size
		}
		if len(stem) == 3 && monthStems[string(stem)] {
			return true
		}
		i = j
	}
	return false
}

// findDate returns the first date in t as YYYY-MM-DD (or YYYY-MM when the
// day is not given), or "" when t holds none. It reads ISO, German numeric
// and German or English dates with month names or abbreviations.
func findDate(t string) string {
	d, _, _ := findDateSpan(t)
	return d
}

// findDateSpan is findDate that also says where the date is written.
func findDateSpan(t string) (date string, start, end int) {
	if !hasDigit(t) {
		return "", -1, -1
	}
	start = -1
	months := hasMonthWord(t)
	for i, re := range dateRes {
		if i >= firstMonthRe && !months {
			break // the rest need a month name; most lines have none
		}
		for _, m := range re.FindAllStringSubmatchIndex(t, 4) {
			if start >= 0 && m[0] >= start {
				break // an earlier notation already matched before this one
			}
			if d := dateFromMatch(re, t, m); d != "" {
				date, start, end = d, m[0], m[1]
				break
			}
		}
	}
	return date, start, end
}

// dateFromMatch checks and formats one match: the month must be 1..12, the
// day 1..31 and the year plausible for news.
func dateFromMatch(re *regexp.Regexp, t string, m []int) string {
	var y, mo, d int
	for i, name := range re.SubexpNames() {
		if name == "" || m[2*i] < 0 {
			continue
		}
		v := strings.ToLower(t[m[2*i]:m[2*i+1]])
		n, err := strconv.Atoi(v)
		if err != nil {
			n = lang.Month(v)
		}
		switch name {
		case "y":
			y = n
		case "m":
			mo = n
		case "d":
			d = n
		}
	}
	if y < 1800 || y > 2199 || mo < 1 || mo > 12 || d > 31 {
		return ""
	}
	out := strconv.Itoa(y) + "-" + pad2(strconv.Itoa(mo))
	if d > 0 {
		out += "-" + pad2(strconv.Itoa(d))
	}
	return out
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}
