package article

import (
	"strings"
	"testing"
)

const mdBody = "Die Regierung hat am Montag ein neues Gesetz beschlossen. Es soll im Frühjahr in Kraft treten.\n"

func TestParseMarkdown(t *testing.T) {
	tests := []struct {
		name                     string
		md                       string
		title, date, source, url string
		want                     map[string]ParagraphKind
		absent                   []string
	}{
		{
			name:  "YAML front matter with quotes",
			md:    "---\ntitle: \"Gesetz: \\\"Reform\\\" beschlossen\"\ndate: '2024-05-06'\nsource: Testblatt # Print\nurl: \"https://t.example/1\"\nauthor:\n  - name: X\n---\n\n" + mdBody,
			title: `Gesetz: "Reform" beschlossen`, date: "2024-05-06", source: "Testblatt", url: "https://t.example/1",
			absent: []string{"author", "---"},
		},
		{
			name:  "TOML front matter with a datetime",
			md:    "+++\ntitle = 'It''s done'\ndate = 2024-05-06T08:00:00Z\n+++\n" + mdBody,
			title: "It's done", date: "2024-05-06",
		},
		{
			name:  "folded title",
			md:    "---\ntitle: >\n  Ein langer\n  Titel\n---\n" + mdBody,
			title: "Ein langer Titel",
		},
		{
			name: "a rule at the top that never closes is not front matter",
			md:   "---\n\n" + mdBody,
			want: map[string]ParagraphKind{strings.TrimSpace(mdBody): Body},
		},
		{
			name:   "first H1 is the title, not a paragraph; later headings are headings",
			md:     "# Reform verabschiedet\n\n" + mdBody + "\n## Was sich ändert\n\n" + mdBody + "\n# Zweite Hauptüberschrift\n",
			title:  "Reform verabschiedet",
			want:   map[string]ParagraphKind{"Was sich ändert": Heading, "Zweite Hauptüberschrift": Heading},
			absent: []string{"Reform verabschiedet"},
		},
		{
			name:  "setext headings",
			md:    "Gesetz beschlossen\n==================\n\n" + mdBody + "\nReaktionen\n----------\n\n" + mdBody,
			title: "Gesetz beschlossen",
			want:  map[string]ParagraphKind{"Reaktionen": Heading},
		},
		{
			name:   "front matter title wins and the H1 is still not a paragraph",
			md:     "---\ntitle: Aus dem Front Matter\n---\n# Überschrift im Text\n\n" + mdBody,
			title:  "Aus dem Front Matter",
			absent: []string{"Überschrift im Text"},
		},
		{
			name: "inline markup: emphasis, code, links, images, entities, escapes",
			md:   "Der **Bundestag** hat _heute_ das `Gesetz` [beschlossen](https://x.example \"t\") ![Foto](a.jpg) &amp; \\*nicht\\* vertagt&#8211;endgültig.\n",
			want: map[string]ParagraphKind{"Der Bundestag hat heute das Gesetz beschlossen & *nicht* vertagt–endgültig.": Body},
		},
		{
			name: "hard-wrapped paragraph and hard line break",
			md:   "Der Bundestag hat heute\ndas Gesetz beschlossen.  \nDie Opposition war dagegen.\n",
			want: map[string]ParagraphKind{"Der Bundestag hat heute das Gesetz beschlossen. Die Opposition war dagegen.": Body},
		},
		{
			name: "list items and block quotes",
			md:   "- Kurzer Punkt\n- Zweiter Punkt mit *Betonung*\n\n1. Nummeriert\n\n> „Das ist ein Zitat.“\n> Es geht weiter.\n",
			want: map[string]ParagraphKind{
				"Kurzer Punkt": Body, "Zweiter Punkt mit Betonung": Body, "Nummeriert": Body,
				"„Das ist ein Zitat.“ Es geht weiter.": Body,
			},
		},
		{
			name:   "code blocks are skipped",
			md:     mdBody + "\n```go\nfmt.Println(\"# kein Titel\")\n```\n\n    eingerückter Code\n",
			absent: []string{"Println", "kein Titel", "eingerückter"},
		},
		{
			name:   "HTML blocks: text kept, scripts and furniture dropped",
			md:     mdBody + "\n<div class=\"newsletter\"><p>Newsletter abonnieren</p></div>\n\n<script>alert(1)</script>\n\n<p>Ein Absatz in HTML.</p>\n",
			want:   map[string]ParagraphKind{"Ein Absatz in HTML.": Body},
			absent: []string{"abonnieren", "alert"},
		},
		{
			name: "a paragraph that is only a link is a teaser",
			md:   mdBody + "\nMehr dazu: [Die Reform im Überblick](https://x.example/r)\n\n- [Link eins](https://x.example/1)\n",
			want: map[string]ParagraphKind{"Mehr dazu: Die Reform im Überblick": Boilerplate, "Link eins": Boilerplate},
		},
		{
			name: "tables become one paragraph per row",
			md:   mdBody + "\n| Partei | Sitze |\n|---|---|\n| A | 120 |\n",
			want: map[string]ParagraphKind{"Partei | Sitze": Body, "A | 120": Body},
		},
		{
			name:  "CRLF line ends",
			md:    "# Titel\r\n\r\nErste Zeile\r\nzweite Zeile.\r\n",
			title: "Titel",
			want:  map[string]ParagraphKind{"Erste Zeile zweite Zeile.": Body},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, err := Parse("a.md", []byte(tt.md))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if tt.title != "" && a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if a.Date != tt.date || a.Source != tt.source || a.URL != tt.url {
				t.Errorf("date, source, url = %q, %q, %q, want %q, %q, %q", a.Date, a.Source, a.URL, tt.date, tt.source, tt.url)
			}
			got := kindsByText(t, a)
			for text, kind := range tt.want {
				if k, ok := got[text]; !ok {
					t.Errorf("no paragraph %q; have %q", text, texts(a))
				} else if k != kind {
					t.Errorf("paragraph %q is %s, want %s", text, k, kind)
				}
			}
			for _, s := range tt.absent {
				for _, p := range a.Paragraphs {
					if strings.Contains(p.Text, s) {
						t.Errorf("paragraph %q holds %q", p.Text, s)
					}
				}
			}
		})
	}
}
