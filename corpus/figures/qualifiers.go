package figures

import (
	"math"
	"strings"
)

// qualifierBefore matches the longest qualifier phrase that ends right before
// token k. It returns Exact and -1 when there is none.
func (x *extractor) qualifierBefore(k int) (Qualifier, int, bool) {
	best, bestStart, est := Exact, -1, false
	for _, qp := range qualifierPhrases {
		n := len(qp.words)
		if k-n < 0 || (bestStart >= 0 && k-n >= bestStart) {
			continue
		}
		match := true
		for i, w := range qp.words {
			t := x.toks[k-n+i]
			if t.low != w || x.sent[k-n+i] != x.sent[k] {
				match = false
				break
			}
		}
		if match {
			best, bestStart, est = qp.q, k-n, qp.estimate
		}
	}
	// "ein Programm über 150 Millionen Euro", "ein Scheck über 500 Euro":
	// after a document or a sum "über" states its amount, not a minimum.
	if bestStart >= 0 && k-bestStart == 1 && x.word(bestStart) == "über" && amountNoun(x.word(bestStart-1)) {
		return Exact, -1, false
	}
	return best, bestStart, est
}

// amountNouns end German nouns of a document, a programme or a sum that
// take "über" for their amount ("Soforthilfeprogramm", "Rechnung",
// "Kreditvertrag").
var amountNouns = []string{"programm", "paket", "summe", "rechnung", "scheck", "kredit", "darlehen", "vertrag",
	"auftrag", "bürgschaft", "anleihe", "etat", "budget", "fonds", "vereinbarung", "zusage", "spende", "überweisung",
	"forderung", "klage", "bescheid", "strafe", "bußgeld", "vergleich", "angebot", "investition", "beschluss",
	"gesetz", "antrag", "nachtragshaushalt", "hilfe", "wette", "police", "gutschein", "betrag", "zahlung"}

func amountNoun(w string) bool {
	if w == "" {
		return false
	}
	for _, n := range amountNouns {
		if strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

// rangeAfter reads the upper bound of a range after the number c:
// "10.000 bis 12.000", "zwischen 10 und 12", "11,000-12,000", "10 to 12".
func (x *extractor) rangeAfter(c numRead, between bool) (numRead, bool) {
	j := c.next
	if j >= len(x.toks) {
		return numRead{}, false
	}
	switch {
	case x.isDash(j):
		if c.words {
			j++ // "zehn- bis zwölftausend"
			break
		}
		if !x.glued(j) && x.toks[j].text == "-" {
			return numRead{}, false
		}
		r, ok := readNumber(x.p.Text, x.toks, j+1, x.lang)
		return r, ok && !r.vague && r.first < len(x.toks) && x.toks[r.first].kind == tNum && !x.toks[r.first].num.date
	}
	switch w := x.word(j); {
	case w == "bis" || w == "to" || w == "oder" || w == "or":
		j++
		if x.word(j) == "zu" {
			j++
		}
	case (w == "und" || w == "and") && between:
		j++
	default:
		return numRead{}, false
	}
	if j >= len(x.toks) {
		return numRead{}, false
	}
	r, ok := readNumber(x.p.Text, x.toks, j, x.lang)
	if !ok || r.vague || !x.countable(r) {
		return numRead{}, false
	}
	return r, true
}

// ratioAfter reads the whole of a ratio after the number c: "vier von
// fünf", "one in five", "3 out of 10", "two of three". The whole is a plain
// small number larger than the part, so "10 in 2024" is no ratio.
func (x *extractor) ratioAfter(c numRead) (numRead, bool) {
	j := c.next
	switch w := x.word(j); {
	case w == "von" || w == "in" || w == "of" || w == "aus":
		j++
	case w == "out" && x.word(j+1) == "of":
		j += 2
	default:
		return numRead{}, false
	}
	if c.vague || c.mag != 1 || c.value != math.Trunc(c.value) || j >= len(x.toks) {
		return numRead{}, false
	}
	r, ok := readNumber(x.p.Text, x.toks, j, x.lang)
	if !ok || r.vague || r.mag != 1 || r.value != math.Trunc(r.value) || r.value <= c.value || r.value > 100 {
		return numRead{}, false
	}
	if t := x.toks[r.first]; t.kind == tNum && (!t.num.plain || t.num.date) {
		return numRead{}, false
	}
	if !x.countable(r) {
		return numRead{}, false
	}
	if u, ok := unitWords[x.word(r.next)]; ok && u.kind == KindDuration {
		return numRead{}, false // "5 in 10 Tagen": within, not out of
	}
	return r, true
}
