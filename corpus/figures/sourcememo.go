package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Sources a reader resolves across sentences: the next sentence, the last
// named source, a generic head pointing back to a named one.

// sourceMemo is what an article has said so far about its sources: the
// last one named, which "demnach", "sagte er" or "according to the
// agency" point back to.
type sourceMemo struct {
	name, written string
	kinds         map[string]string // the organisation last named of each kind (see learnKinds)
}

// fillSources gives the figures of a paragraph that name no source the
// one a reader resolves: the next sentence's when it only says who
// ("So jedenfalls rechnet das Ministerium."), the last named source when
// the sentence points back ("demnach", "sagte er", "according to the
// agency"). It then remembers the paragraph's last source.
func (x *extractor) fillSources(figs []*Figure) {
	holds := map[int]bool{}
	for _, f := range figs {
		holds[f.sentence] = true
	}
	for i, f := range figs {
		p := listBefore(figs, i)
		if p != nil {
			x.carry(p, f)
		}
		if f.Attribution != "" {
			x.pointBack(f)
			continue
		}
		s := f.sentence
		_, cue := x.cueSource(s, f.first)
		if !cue && s+1 < len(x.spans) && !holds[s+1] {
			if src, _ := x.cueSource(s+1, -1); x.validSource(src).ok() {
				f.Attribution, f.AttributionText = x.sourceText(src)
				f.srcStart, f.srcEnd = x.toks[src.start].start, x.toks[src.end].end
				continue
			}
		}
		if c := f.carried; !cue && c.name != "" && (p.sentence == s || f.Kind == KindPercent) {
			// The next item of a list whose first names its source: in
			// its sentence, or shares in the next ("Die HB liegt bei …").
			f.Attribution, f.AttributionText, f.srcStart, f.srcEnd = c.name, c.written, c.start, c.end
			continue
		}
		if !x.pointsBack(s, f.first) {
			continue
		}
		if src := x.validSource(x.sourceBefore(s-1, x.sentTo[max(s-1, 0)])); s > 0 && src.ok() {
			f.Attribution, f.AttributionText = x.sourceText(src) // "Landrat X trat vor die Presse. …, sagte er."
		} else if src := x.personBefore(x.sentFrom[s] + 1); x.saysPronoun(s, f.first) && src.ok() {
			f.Attribution, f.AttributionText = x.sourceText(src) // "… Hauke Brodersen told Meridian. He said …"
		} else if x.memo.name != "" {
			f.Attribution, f.AttributionText = x.memo.name, x.memo.written
		}
	}
	for _, f := range figs {
		if f.Attribution != "" && !genericSource(f.Attribution) {
			x.memo.name, x.memo.written = f.Attribution, f.AttributionText
		}
	}
}

// listBefore is the figure before figs[i] that a list would hold with it:
// the nearest of its kind (or a bare number), in its sentence or the one
// before; a duration or a sum between ("vor fünf Jahren") does not end
// a list of shares.
func listBefore(figs []*Figure, i int) *Figure {
	f := figs[i]
	reach := 1
	if f.Kind == KindPercent {
		reach = 2 // "… 30,2 Prozent. Das sind vier Punkte weniger. Der SB erreicht 22,0 Prozent"
	}
	for j := i - 1; j >= 0 && figs[j].sentence >= f.sentence-reach; j-- {
		if p := figs[j]; p.Kind == f.Kind || p.Kind == KindOther || f.Kind == KindOther {
			return p
		}
	}
	return nil
}

// carry notes on f the source of p, the figure before it, when f goes on
// p's list: the same kind of figure, in p's sentence or, for shares, the
// next one; a
// source p's words name (a cue), or the one p carried itself.
func (x *extractor) carry(p, f *Figure) {
	if p.Kind != f.Kind && p.Kind != KindOther && f.Kind != KindOther || p.sentence < f.sentence-2 {
		return // a bare number ("2020: 34,2") is not yet what it counts
	}
	if p.sentence != f.sentence && f.Kind != KindPercent || p.sentence < f.sentence-1 && p.Kind != KindPercent {
		return // across sentences only shares go on a list: "Die HB liegt bei …"
	}
	if p.saidBy && p.Attribution != "" {
		f.carried = carriedSource{p.Attribution, p.AttributionText, p.srcStart, p.srcEnd}
	} else {
		f.carried = p.carried
	}
}

// pointsBack reports a sentence that refers to a source named before:
// "demnach", indirect speech, a speech verb with a pronoun ("sagte er",
// "he said").
func (x *extractor) pointsBack(s, k int) bool {
	if x.continues(s, k) {
		return true
	}
	from, to := x.window(s, k)
	for i := from; i < to; i++ {
		if speechVerbs[x.word(i)] && (pronouns[x.word(i+1)] || pronouns[x.word(i-1)]) {
			return true
		}
	}
	return false
}

// saysPronoun reports a speech verb with a personal pronoun in sentence s
// near token k: "sagte er", "he said".
func (x *extractor) saysPronoun(s, k int) bool {
	from, to := x.window(s, k)
	for i := from; i < to; i++ {
		if speechVerbs[x.word(i)] && (personPronouns[x.word(i+1)] || personPronouns[x.word(i-1)]) {
			return true
		}
	}
	return false
}

// personPronouns stand for one person who speaks.
var personPronouns = lang.Words(`er sie he she`)

// pointBack replaces a generic source ("the agency", "die Behörde") by
// the last named source whose name holds its noun.
func (x *extractor) pointBack(f *Figure) {
	if !genericSource(f.Attribution) {
		return
	}
	head := strings.ToLower(lastWord(f.Attribution))
	if name := x.memo.kinds[kindOf(head)]; name != "" {
		f.Attribution = name // "the company" after "Nordmark-Bahn, a regional rail operator"
		return
	}
	if x.memo.name == "" {
		return
	}
	if strings.Contains(strings.ToLower(x.memo.name), head) {
		f.Attribution, f.AttributionText = x.memo.name, x.memo.written
	}
}

// genericSource: one lower-case noun or a German noun that is a source head
// with at most an article: "agency", "Behörde", "the ministry".
func genericSource(a string) bool {
	fs := strings.Fields(a)
	if len(fs) > 0 && determiners[strings.ToLower(fs[0])] {
		fs = fs[1:]
	}
	return len(fs) == 1 && sourceHead(strings.ToLower(fs[0]))
}
