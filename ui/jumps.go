package ui

import (
	"fmt"

	"quellen/corpus"
)

// target is a place in an article the reader can jump to.
type target struct {
	Article   string
	Paragraph int
	Span      corpus.Span
}

// jumpList is where n and N go: places in the articles (search matches,
// the figures of a group, the mentions of an entity), the one at hand, and
// what they are, for the status bar.
type jumpList struct {
	targets []target
	at      int
	label   string // "match", "figure", "mention"
}

// newJumps is a list at place at (clamped). It keeps targets; callers
// hand over a slice they no longer change.
func newJumps(label string, targets []target, at int) jumpList {
	j := jumpList{targets: targets, label: label}
	j.at = clamp(at, 0, max(0, len(targets)-1))
	return j
}

func (j jumpList) Len() int { return len(j.targets) }

// Current is the place at hand; ok is false for an empty list.
func (j jumpList) Current() (t target, ok bool) {
	if len(j.targets) == 0 {
		return target{}, false
	}
	return j.targets[j.at], true
}

// Step moves d places, wrapping around at either end as less does, and
// reports whether it wrapped. An empty list stays empty.
func (j *jumpList) Step(d int) (wrapped bool) {
	n := len(j.targets)
	if n == 0 {
		return false
	}
	next := j.at + d
	wrapped = next < 0 || next >= n
	j.at = (next%n + n) % n
	return wrapped
}

// WrapNote is what the status bar says when Step wrapped: "search
// wrapped" for matches, as less says it, else "figures wrapped".
func (j jumpList) WrapNote() string {
	if j.label == "match" || j.label == "" {
		return "search wrapped"
	}
	return j.label + "s wrapped"
}

// Status is "match 2/4", or "" for an empty list.
func (j jumpList) Status() string {
	if len(j.targets) == 0 {
		return ""
	}
	return fmt.Sprintf("%s %d/%d", j.label, j.at+1, len(j.targets))
}

// Seek moves to the first place in the given paragraph, when there is one.
func (j *jumpList) Seek(article string, paragraph int) bool {
	for i, t := range j.targets {
		if t.Article == article && t.Paragraph == paragraph {
			j.at = i
			return true
		}
	}
	return false
}

// marks highlights every place of the list in one article, the one at hand
// strongest; nil when none is there.
func (j jumpList) marks(article string) marksByPara {
	var h marksByPara
	for i, t := range j.targets {
		if t.Article != article {
			continue
		}
		if h == nil {
			h = marksByPara{}
		}
		kind := markMatch
		if i == j.at {
			kind = markCurrent
		}
		h[t.Paragraph] = append(h[t.Paragraph], mark{t.Span, kind})
	}
	return h
}
