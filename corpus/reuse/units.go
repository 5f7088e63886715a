package reuse

import (
	"unicode"
	"unicode/utf8"

	"quellen/corpus/article"
)

// minSentenceWords is the least length of a sentence compared; shorter
// ones ("Das bestätigte die Polizei.") recur everywhere.
const minSentenceWords = 6

// word is a word's bytes in its text and the hash of its folded form.
type word struct {
	hash       uint32
	start, end int
}

// unit is one sentence of one article's body.
type unit struct {
	art, para  int32 // index into the articles, paragraph index
	start, end int32 // bytes of the sentence in the paragraph
	words      int32 // how many
	lang       byte  // the article's language, by its first letter
	sig        signature
}

// sentenceUnits cuts every body paragraph into sentences long enough to
// compare.
func sentenceUnits(arts []*article.Article) []unit {
	n := 0
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			n += max(1, len(p.Sentences))
		}
	}
	out := make([]unit, 0, n) // one allocation, not a doubling slice
	var hs []uint32           // reused: the word hashes of one sentence
	for ai, a := range arts {
		for _, p := range a.Paragraphs {
			if p.Kind != article.Body {
				continue
			}
			spans := p.Sentences
			if len(spans) == 0 {
				spans = []article.Span{{Start: 0, End: len(p.Text)}}
			}
			for _, s := range spans {
				hs = wordHashes(p.Text, s.Start, s.End, hs[:0])
				if len(hs) < minSentenceWords {
					continue
				}
				out = append(out, unit{art: int32(ai), para: int32(p.Index), start: int32(s.Start), end: int32(s.End),
					lang: langByte(a.Lang), words: int32(len(hs)), sig: sign(hs)})
			}
		}
	}
	return out
}

func langByte(l string) byte {
	if l == "" {
		return 0
	}
	return l[0]
}

// words splits text[from:to] into words as wordHashes reads them, with
// their bytes; here a number hashes as written, so that an updated figure
// shows as a difference.
func words(text string, from, to int) []word {
	var out []word
	scanWords(text, from, to, func(h uint32, start, end int, _ bool) {
		out = append(out, word{h, start, end})
	})
	return out
}

// scanWords calls fn for every word of text[from:to]: letters and digits,
// with the inner periods, commas and apostrophes of numbers ("12.000",
// "1,5"), folded to lower case; punctuation and quotation marks fall away,
// so "„X“" and "\"X\"" read alike. number says the word starts with a digit.
func scanWords(text string, from, to int, fn func(hash uint32, start, end int, number bool)) {
	const offset, prime = 2166136261, 16777619
	h, start, digits := uint32(offset), -1, false
	flush := func(end int) {
		if start >= 0 {
			fn(h, start, end, digits)
		}
		h, start, digits = offset, -1, false
	}
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start, digits = i, unicode.IsDigit(r)
			}
			h = (h ^ uint32(unicode.ToLower(r))) * prime
		case (r == '.' || r == ',' || r == '\'') && start >= 0 && i+size < to && isDigitAt(text, i+size) && isDigitBefore(text, i):
			h = (h ^ uint32(r)) * prime
		default:
			flush(i)
		}
		i += size
	}
	flush(to)
}

func isDigitAt(s string, i int) bool     { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
func isDigitBefore(s string, i int) bool { return i > 0 && s[i-1] >= '0' && s[i-1] <= '9' }

// The MinHash signature of a sentence's word 2-grams, and its bands for
// locality-sensitive hashing.
const (
	sigSize  = 16
	bandRows = 2
	bands    = sigSize / bandRows
)

type signature [sigSize]uint32

// seeds are the multipliers of the hash functions: odd 32-bit constants.
var seeds = func() (s [sigSize]uint32) {
	x := uint32(2166136261)
	for i := range s {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		s[i] = x | 1
	}
	return s
}()

// wordHashes appends the hashes of the words of text[from:to] to dst;
// every number hashes alike, so that a copy with an updated figure is still
// the same sentence.
func wordHashes(text string, from, to int, dst []uint32) []uint32 {
	scanWords(text, from, to, func(h uint32, _, _ int, number bool) {
		if number {
			h = 2166136261 ^ '#'
		}
		dst = append(dst, h)
	})
	return dst
}

// sign is the MinHash signature of a sentence's word pairs.
func sign(hs []uint32) signature {
	var sig signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for i := 0; i+2 <= len(hs); i++ {
		g := (hs[i]*16777619 ^ hs[i+1]) * 2654435761
		for k, m := range seeds {
			if v := (g ^ m) * m; v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// similarity estimates the Jaccard similarity of two signatures.
func similarity(a, b *signature) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / sigSize
}
