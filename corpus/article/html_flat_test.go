package article

import (
	"strings"
	"testing"
)

// TestDeepHTMLReadFlat: past 512 nested elements the page is read by the
// tokenizer: the title is the <title>, the text is text, scripts stay out,
// and a note says what happened.
func TestDeepHTMLReadFlat(t *testing.T) {
	page := "<html><head><title>Tiefe Seite</title><script>alert(1)</script></head><body>" +
		strings.Repeat("<div>", 600) + "<h2>Zwischentitel</h2><p>Erster Absatz. " + loadProse + "</p><p>Zweiter &amp; letzter.</p>" +
		strings.Repeat("</div>", 600) + "</body></html>"
	a, notes, err := Parse("deep.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Tiefe Seite" {
		t.Errorf("title %q, want Tiefe Seite", a.Title)
	}
	var texts []string
	for _, p := range a.Paragraphs {
		texts = append(texts, p.Text)
	}
	got := strings.Join(texts, " | ")
	for _, want := range []string{"Zwischentitel", "Erster Absatz.", "Zweiter & letzter."} {
		if !strings.Contains(got, want) {
			t.Errorf("paragraphs %q lack %q", got, want)
		}
	}
	if strings.ContainsAny(got, "<>") || strings.Contains(got, "alert") {
		t.Errorf("markup or script in the text: %q", got)
	}
	if len(a.Paragraphs) < 3 || a.Paragraphs[0].Kind != Heading {
		t.Errorf("paragraphs %q: want the heading on its own, then two", got)
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "nested too deep") {
		t.Errorf("notes %q", notes)
	}
}
