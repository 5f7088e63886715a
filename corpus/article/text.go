package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sanitize makes untrusted text safe to print on a terminal: it removes whole
// escape sequences (CSI, OSC such as window-title and clipboard writes, DCS,
// APC, PM, SOS, and two-byte escapes), every other C0 and C1 control
// character except newline and tab, and invisible format characters that can
// reorder or hide text (bidi overrides, zero-width spaces, soft hyphens, tag
// characters, fillers), and combining marks past maxMarks on one letter.
// Invalid UTF-8 becomes U+FFFD. Line and paragraph separators, form feed,
// and vertical tab become "\n"; DEL becomes a space.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	marks := 0 // combining marks in a row
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			marks = 0
			i++
			continue
		case r == 0x1b: // ESC
			i += escapeLen(s[i:])
			continue
		case r == 0x9b: // C1 CSI
			i += size + csiBodyLen(s[i+size:])
			continue
		case r == 0x90 || r == 0x9d || r == 0x9e || r == 0x9f || r == 0x98: // C1 DCS, OSC, PM, APC, SOS
			i += size + stringBodyLen(s[i+size:])
			continue
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\r':
			// CRLF and lone CR both end a line.
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\u2028' || r == '\u2029', r == '\f', r == '\v':
			b.WriteByte('\n') // a break: dropped, it would glue two words
		case r == 0x7f:
			b.WriteByte(' ') // DEL, likewise
		case dropRune(r):
			i += size // without ending a run of marks: what is written decides
			continue
		case isMark(r):
			if marks++; marks <= maxMarks {
				b.WriteString(s[i : i+size])
			}
			i += size
			continue
		default:
			b.WriteString(s[i : i+size])
		}
		marks = 0
		i += size
	}
	return b.String()
}

// isClean reports whether s needs no change, the common case, so Sanitize can
// return it without copying.
func isClean(s string) bool {
	marks := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			marks = 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || dropRune(r) || r == '\u2028' || r == '\u2029' || (r >= 0x80 && r <= 0x9f) {
			return false
		}
		if !isMark(r) {
			marks = 0
		} else if marks++; marks > maxMarks {
			return false
		}
		i += size
	}
	return true
}

// maxMarks is how many combining marks in a row Sanitize keeps: letters of
// German, English, Vietnamese or Hebrew need a few, while "Zalgo" text
// stacks dozens on each letter and widened tables to thousands of columns.
const maxMarks = 4

func isMark(r rune) bool { return r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Me) }

// dropRune reports runes that are removed outright: controls and invisible
// format characters. Zero-width joiners stay, emoji need them.
func dropRune(r rune) bool {
	switch {
	case r < 0x20 || (r >= 0x7f && r <= 0x9f):
		return true
	case r == '\u00ad', // soft hyphen: would split words for search
		r == '\u200b', r == '\u200c', r == '\u2060', r == '\ufeff', // zero-width spaces, BOM
		r == '\u200e', r == '\u200f', r == '\u061c', // directional marks
		r >= '\u202a' && r <= '\u202e',                             // bidi embeddings and overrides
		r >= '\u2066' && r <= '\u2069',                             // bidi isolates
		r >= '\ufff9' && r <= '\ufffb',                             // interlinear annotation
		r >= '\u2061' && r <= '\u2064',                             // invisible operators
		r >= '\u206a' && r <= '\u206f',                             // deprecated format controls
		r == '\u180e',                                              // Mongolian vowel separator
		r == '\u115f', r == '\u1160', r == '\u3164', r == '\uffa0', // Hangul fillers, blank yet not space
		r >= 0xe0000 && r <= 0xe007f: // tag characters, which hide text
		return true
	}
	return false
}

// escapeLen returns how many bytes the escape sequence at the start of s
// (which begins with ESC) spans.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		return 2 + csiBodyLen(s[2:])
	case ']', 'P', '_', '^', 'X':
		return 2 + stringBodyLen(s[2:])
	}
	// ESC followed by intermediates (0x20-0x2f) and one final byte, e.g.
	// "ESC ( B" or "ESC c".
	n := 1
	for n < len(s) && s[n] >= 0x20 && s[n] <= 0x2f {
		n++
	}
	if n < len(s) && s[n] >= 0x30 && s[n] <= 0x7e {
		n++
	}
	return n
}

// csiBodyLen returns the length of a CSI sequence's parameters, intermediates
// and final byte. A malformed sequence ends at the first byte that cannot be
// part of it, which is kept.
func csiBodyLen(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x30 && c <= 0x3f, c >= 0x20 && c <= 0x2f: // parameters, intermediates
		case c >= 0x40 && c <= 0x7e: // final byte
			return i + 1
		default:
			return i
		}
	}
	return len(s)
}

// maxStringSeq bounds how far an OSC/DCS/APC string is searched for its
// terminator. An unterminated one only loses its introducer, so a stray
// "ESC ]" cannot swallow the rest of an article.
const maxStringSeq = 4096

// stringBodyLen returns the length of a control string's payload and its
// terminator (BEL, ESC \ or C1 ST).
func stringBodyLen(s string) int {
	limit := min(len(s), maxStringSeq)
	for i := 0; i < limit; i++ {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c: // U+009C ST
			return i + 2
		}
	}
	return 0
}

// NormalizeSpace collapses runs of white space into one space and trims the
// ends. A single no-break or thin space is kept: it separates thousands in
// "1 500" and must survive for the number parser.
func NormalizeSpace(s string) string {
	if isNormalSpace(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := ""
	runLen := 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			if runLen == 0 {
				pendingSpace = string(r)
				if r != '\u00a0' && r != '\u202f' && r != '\u2009' {
					pendingSpace = " "
				}
			} else {
				pendingSpace = " "
			}
			runLen++
			continue
		}
		if runLen > 0 && b.Len() > 0 {
			b.WriteString(pendingSpace)
		}
		runLen = 0
		b.WriteRune(r)
	}
	return b.String()
}

// isNormalSpace reports whether normalizeSpace would return s unchanged:
// no white space at the ends, and only single ASCII spaces inside. Most
// paragraphs are like that, and need no copy.
func isNormalSpace(s string) bool {
	if s == "" {
		return true
	}
	prevSpace := true // so a leading space fails
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case c >= '\t' && c <= '\r':
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		}
		prevSpace = false
	}
	return !prevSpace
}
