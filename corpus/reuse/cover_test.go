package reuse

import (
	"strings"
	"testing"

	"quellen/corpus/article"
)

func TestCover(t *testing.T) {
	s1 := "Dockworkers at the port walked off the job on Monday, leaving at least 1,200 containers stranded on the quays."
	s2 := "The strike, called by the union over pay and night shifts, is the first at the port in eleven years."
	agencyText := "CARROW BAY (Reuters) - " + s1 + " " + s2
	edited := "Own words first. " + strings.Replace(s1, "1,200", "1,400", 1) + " " + s2
	arts := []*article.Article{
		art("herald.md", "en", "2024-09-09", agencyText),
		art("post.md", "en", "2024-09-10", "Another paragraph of the post's own, about nothing shared.", edited),
	}
	ix := NewIndex(Find(arts))
	paras := map[string][]string{"herald.md": {agencyText}, "post.md": {arts[1].Paragraphs[0].Text, edited}}
	type want struct {
		found    bool
		copy     bool
		original string
		changed  []string // the copy side of the differences in range
	}
	s1Edited := strings.Replace(s1, "1,200", "1,400", 1)
	tests := []struct {
		name      string
		article   string
		paragraph int
		stretch   string // located in the paragraph's text
		want      want
	}{
		{"the original's sentence", "herald.md", 0, s1, want{true, false, "herald.md", []string{"1,400"}}},
		{"the copy's edited sentence", "post.md", 1, s1Edited, want{true, true, "herald.md", []string{"1,400"}}},
		{"the copy's unchanged sentence", "post.md", 1, s2, want{true, true, "herald.md", nil}},
		{"the copy's own words", "post.md", 1, "Own words first.", want{}},
		{"a stretch half in the copy", "post.md", 1, "first. Dockworkers at the port walked", want{true, true, "herald.md", nil}},
		{"another paragraph", "post.md", 0, "Another paragraph", want{}},
		{"another article", "other.md", 0, "", want{}},
	}
	for _, tt := range tests {
		start, end := 0, 20
		if ps := paras[tt.article]; ps != nil {
			start = strings.Index(ps[tt.paragraph], tt.stretch)
			end = start + len(tt.stretch)
		}
		c, found := ix.Cover(tt.article, tt.paragraph, start, end)
		if found != tt.want.found {
			t.Errorf("%s: found %v, want %v", tt.name, found, tt.want.found)
			continue
		}
		if !found {
			continue
		}
		var changed []string
		for _, d := range c.Differences {
			changed = append(changed, d.Copy.Text)
		}
		if c.IsCopy() != tt.want.copy || c.Original().Article != tt.want.original || strings.Join(changed, ",") != strings.Join(tt.want.changed, ",") {
			t.Errorf("%s: copy %v, original %s, changed %q; want %+v", tt.name, c.IsCopy(), c.Original().Article, changed, tt.want)
		}
	}
}
