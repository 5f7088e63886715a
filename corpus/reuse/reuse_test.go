package reuse

import (
	"strings"
	"testing"

	"quellen/corpus/article"
)

func art(id, lang, date string, paras ...string) *article.Article {
	a := &article.Article{ID: id, Lang: lang, Date: date}
	for i, p := range paras {
		a.Paragraphs = append(a.Paragraphs, article.Paragraph{Index: i, Kind: article.Body, Text: p, Sentences: article.SplitSentences(p)})
	}
	return a
}

const wire = "Nach Angaben der Feuerwehr mussten in der Nacht rund 8.000 Menschen ihre Häuser verlassen. Die Behörden richteten in drei Turnhallen Notunterkünfte für die Evakuierten ein."

func TestFind(t *testing.T) {
	arts := []*article.Article{
		art("a.txt", "de", "2025-03-02", "HAMBURG (dpa) - "+wire, "Ein eigener Absatz dieser Zeitung über etwas ganz anderes, das niemand sonst schreibt."),
		art("b.txt", "de", "2025-03-03", "Ein Einstieg der Redaktion, der nur hier steht und sonst nirgends.", strings.Replace(wire, "8.000", "9.500", 1)),
		art("c.txt", "de", "2025-03-01", "„Wir sind überrascht“, sagte ein Anwohner. "+strings.NewReplacer("Turnhallen", "Sporthallen", "8.000", "8 .000").Replace(wire)),
		art("d.txt", "de", "2025-03-02", "Die Stadt hat nach eigenen Angaben etwa 8.000 Bewohner aus ihren Wohnungen geholt und in Hallen untergebracht."),
		art("e.txt", "en", "2025-03-02", "According to the fire service, about 8,000 people had to leave their homes overnight, and shelters opened in three gyms."),
	}
	ps := Find(arts)
	if len(ps) != 1 {
		for _, p := range ps {
			t.Logf("passage %d words, %v", p.Words, p.Copies)
		}
		t.Fatalf("%d passages, want the one agency paragraph", len(ps))
	}
	p := ps[0]
	var ids []string
	for _, c := range p.Copies {
		ids = append(ids, c.Article)
	}
	if strings.Join(ids, ",") != "a.txt,c.txt,b.txt" {
		t.Errorf("copies %v, want the agency's first, then by date", ids)
	}
	if p.Words < MinWords {
		t.Errorf("%d words", p.Words)
	}
	var diffs []string
	for _, d := range p.Differences {
		diffs = append(diffs, d.Article+":"+d.Original+">"+d.Copy)
	}
	want := "c.txt:Turnhallen>Sporthallen b.txt:8.000>9.500"
	if strings.Join(diffs, " ") != want {
		t.Errorf("differences %q, want %q", diffs, want)
	}
	for _, c := range p.Copies {
		text := paragraphText(arts[indexOf(arts, c.Article)], c.Paragraph)
		if text[c.Start:c.End] == "" || !strings.Contains(text[c.Start:c.End], "Menschen ihre Häuser verlassen") {
			t.Errorf("%s: span [%d,%d) %q", c.Article, c.Start, c.End, text[c.Start:c.End])
		}
	}
	x := NewIndex(ps)
	b := arts[1].Paragraphs[1]
	if got := x.At("b.txt", 1, strings.Index(b.Text, "9.500"), strings.Index(b.Text, "9.500")+5); got != p {
		t.Errorf("index: %v", got)
	}
	if x.At("d.txt", 0, 0, 5) != nil {
		t.Error("index finds a passage in an independent article")
	}
}

func indexOf(arts []*article.Article, id string) int {
	for i, a := range arts {
		if a.ID == id {
			return i
		}
	}
	return -1
}

func TestWords(t *testing.T) {
	got := words("„Rund 12.000 Soldaten“, sagte er – 1,5 Mio.", 0, len("„Rund 12.000 Soldaten“, sagte er – 1,5 Mio."))
	var ts []string
	text := "„Rund 12.000 Soldaten“, sagte er – 1,5 Mio."
	for _, w := range got {
		ts = append(ts, text[w.start:w.end])
	}
	if strings.Join(ts, " ") != "Rund 12.000 Soldaten sagte er 1,5 Mio" {
		t.Errorf("words %q", ts)
	}
}

func FuzzFind(f *testing.F) {
	f.Add(wire, strings.Replace(wire, "8.000", "9.500", 1))
	f.Add("a b c d e f g", "\x00\xff 1,2,3 ...")
	f.Fuzz(func(t *testing.T, x, y string) {
		ps := Find([]*article.Article{art("x", "de", "", x), art("y", "de", "", y)})
		for _, p := range ps {
			for _, c := range p.Copies {
				if c.Start < 0 || c.End < c.Start {
					t.Fatalf("bad span %+v", c)
				}
			}
		}
	})
}
