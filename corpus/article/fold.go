package article

import (
	"unicode"
	"unicode/utf8"
)

// lowerInto appends strings.ToLower(s) to buf, byte for byte the same, so
// that the checks every paragraph goes through allocate nothing while the
// text fits in buf (a caller's stack array). Text that is not ASCII used to
// take strings.ToLower's allocating path on every check.
func lowerInto(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// strings.ToLower maps the whole string rune by rune then, an
			// invalid byte to U+FFFD, as ranging over it does.
			for _, r := range s[i:] {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
			return buf
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
