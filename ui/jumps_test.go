package ui

import (
	"testing"

	"quellen/corpus"
)

func TestJumpList(t *testing.T) {
	ts := []target{
		{Article: "a", Paragraph: 1, Span: corpus.Span{Start: 0, End: 3}},
		{Article: "a", Paragraph: 4, Span: corpus.Span{Start: 5, End: 9}},
		{Article: "b", Paragraph: 0, Span: corpus.Span{Start: 2, End: 4}},
	}
	steps := []struct {
		d       int
		at      int
		wrapped bool
	}{{1, 1, false}, {1, 2, false}, {1, 0, true}, {-1, 2, true}, {-1, 1, false}, {-5, 2, true}, {3, 2, true}}
	j := newJumps("match", ts, 0)
	for i, s := range steps {
		if w := j.Step(s.d); j.at != s.at || w != s.wrapped {
			t.Errorf("step %d (%+d): at %d wrapped %v, want %d %v", i, s.d, j.at, w, s.at, s.wrapped)
		}
	}
	if got := j.Status(); got != "match 3/3" {
		t.Errorf("Status %q", got)
	}
	if got := j.WrapNote(); got != "search wrapped" {
		t.Errorf("WrapNote %q", got)
	}
	if got := newJumps("figure", ts, 0).WrapNote(); got != "figures wrapped" {
		t.Errorf("figures WrapNote %q", got)
	}
	if !j.Seek("a", 4) || j.at != 1 || j.Seek("c", 0) {
		t.Errorf("Seek: at %d", j.at)
	}
	marks := j.marks("a")
	if len(marks) != 2 || marks[4][0].kind != markCurrent || marks[1][0].kind != markMatch || j.marks("x") != nil {
		t.Errorf("marks %v", marks)
	}
	if c := newJumps("match", ts, 9); c.at != 2 {
		t.Errorf("at clamped to %d", c.at)
	}
	var empty jumpList
	if empty.Step(1) || empty.Status() != "" || empty.Len() != 0 {
		t.Error("an empty list moves or speaks")
	}
	if _, ok := empty.Current(); ok {
		t.Error("an empty list has a current place")
	}
}
