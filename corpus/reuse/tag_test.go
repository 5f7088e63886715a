package reuse

import (
	"testing"

	"quellen/corpus/article"
)

func TestOpeningTag(t *testing.T) {
	tests := []struct {
		text, tag string
		after     string // the text after the agency line
	}{
		{"Halvingen (dpa) - Nach tagelangem Regen", "dpa", "Nach tagelangem Regen"},
		{"CARROW BAY (Reuters) – Dockworkers walked", "Reuters", "Dockworkers walked"},
		{"WASHINGTON (AP) — The Senate", "AP", "The Senate"},
		{"Frankfurt/Main (dpa/lhe): Die Stadt", "dpa/lhe", "Die Stadt"},
		{"(AFP) Paris hat", "AFP", "Paris hat"},
		{"Berlin (dpa-AFX) - Die Börse", "dpa-AFX", "Die Börse"},
		{"Kiew (dpa)", "dpa", ""},
		{"Die Union (CDU) hat gewonnen", "", ""},
		{"Er sagte (lachend), dass", "", ""},
		{"Die Europäische Union hat in der Frage (EU) - nichts", "", ""},
		{"(12) Punkte", "", ""},
		{"Berlin (dpa - Die Klammer schließt nie", "", ""},
		{"Ort (ein sehr langer Zusatz in Klammern, der kein Kürzel ist) - x", "", ""},
		{"Keine Klammer", "", ""},
	}
	for _, tt := range tests {
		tag, after := openingTag(tt.text)
		if tag != tt.tag {
			t.Errorf("openingTag(%q) = %q, want %q", tt.text, tag, tt.tag)
			continue
		}
		if tag != "" && tt.text[after:] != tt.after {
			t.Errorf("openingTag(%q): after %q, want %q", tt.text, tt.text[after:], tt.after)
		}
	}
}

func TestArticleTag(t *testing.T) {
	para := func(kind article.ParagraphKind, text string) article.Paragraph {
		return article.Paragraph{Kind: kind, Text: text}
	}
	tests := []struct {
		name  string
		paras []article.Paragraph
		want  string
	}{
		{"first body paragraph", []article.Paragraph{para(article.Heading, "Titel"), para(article.Body, "Berlin (dpa) - Text")}, "dpa"},
		{"byline before the body", []article.Paragraph{para(article.Meta, "(Reuters)"), para(article.Body, "Text")}, "Reuters"},
		{"only the opening counts", []article.Paragraph{para(article.Body, "Eigener Text."), para(article.Body, "Berlin (dpa) - Text")}, ""},
		{"none", []article.Paragraph{para(article.Body, "Eigener Text.")}, ""},
	}
	for _, tt := range tests {
		if got := articleTag(&article.Article{Paragraphs: tt.paras}); got != tt.want {
			t.Errorf("%s: articleTag = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestCopyTag(t *testing.T) {
	text := "Halvingen (dpa) - Nach tagelangem Starkregen"
	tests := []struct {
		start  int
		artTag string
		want   string
	}{
		{0, "", "dpa"},
		{indexOf(text, "Nach"), "", "dpa"},
		{indexOf(text, "tagelangem"), "", ""},
		{indexOf(text, "tagelangem"), "AFP", "AFP"},
	}
	for _, tt := range tests {
		if got := copyTag(text, tt.start, tt.artTag); got != tt.want {
			t.Errorf("copyTag(start %d, %q) = %q, want %q", tt.start, tt.artTag, got, tt.want)
		}
	}
}
