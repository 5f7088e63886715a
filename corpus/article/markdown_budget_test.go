package article

import (
	"fmt"
	"strings"
	"testing"
)

func TestMarkdownTooHard(t *testing.T) {
	var linkList, refs strings.Builder
	for i := 0; i < 10_000; i++ {
		fmt.Fprintf(&linkList, "- [Meldung %d](https://example.invalid/%d) vom Montag\n", i, i)
		fmt.Fprintf(&refs, "[r%d]: https://example.invalid/%d\n", i, i)
	}
	tests := []struct {
		name, src string
		tooHard   bool
	}{
		{"prose", strings.Repeat(loadProse+"\n", 10_000), false},
		{"ten thousand links in a list", linkList.String(), false},
		{"links in running text", strings.Repeat("Siehe [hier](https://example.invalid/a) und [dort](b). ", 20_000), false},
		{"definitions after the text", loadProse + "\n" + refs.String()[:200_000], false},
		{"nested list, a few deep", nestedList(6), false},
		{"quotes, a few deep", "> > > > Zitat\n", false},
		{"indented prose is no nesting", strings.Repeat(" ", 200) + "Text\n", false},
		{"open link destinations", strings.Repeat("[a](", 50_000), true},
		{"open destinations with spaces stop early", strings.Repeat("[a]( ", 50_000), false},
		{"definitions in bulk", linkDefs(100_000), true},
		{"nested list, 40 deep", nestedList(40), true},
		{"quotes, 40 deep", strings.Repeat(">", 40) + " Zitat\n", true},
		{"numbered lists, 40 deep", strings.Repeat("1. ", 40) + "x\n", true},
	}
	for _, tt := range tests {
		if why := markdownTooHard(tt.src); (why != "") != tt.tooHard {
			t.Errorf("%s: markdownTooHard = %q, want too hard %v", tt.name, why, tt.tooHard)
		}
	}
}

// FuzzMarkdownTooHard: the estimate never panics, and Markdown that passes
// it parses.
func FuzzMarkdownTooHard(f *testing.F) {
	for _, s := range []string{"[a](", "[a]: b\n[c]: d\n", "- - - x\n", " 1) > x", "](", "\t\t- x", "9999999999. x", ">" + strings.Repeat(" ", 70) + "- x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if markdownTooHard(s) == "" {
			parseMarkdown(s)
		}
	})
}

func TestHasYear(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"date 2024-10", true}, {"12.10.2024", true}, {"Mai 1989,", true}, {"1800", true},
		{"line 12345", false}, {"http://x.invalid/3000", false}, {"a2024", false}, {"2024b", false},
		{"0999", false}, {"123", false}, {"", false},
	}
	for _, tt := range tests {
		if got := hasYear(tt.in); got != tt.want {
			t.Errorf("hasYear(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
