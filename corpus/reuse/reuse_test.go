package reuse

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"quellen/corpus/article"
)

// art makes an article of body paragraphs.
func art(id, lang, date string, paras ...string) *article.Article {
	a := &article.Article{ID: id, Lang: lang, Date: date}
	for i, p := range paras {
		a.Paragraphs = append(a.Paragraphs, article.Paragraph{Index: i, Kind: article.Body, Text: p})
	}
	return a
}

const (
	agency = "Dockworkers at the port walked off the job on Monday, leaving at least 1,200 containers stranded on the quays, the port authority said."
	own1   = "By seven in the morning the crane drivers had switched off their engines and gone home."
	own2   = "Economists estimate that each day of the strike delays goods worth millions of pounds."
)

// articleSets returns the sorted article IDs of each passage.
func articleSets(ps []Passage) [][]string {
	var out [][]string
	for i := range ps {
		out = append(out, passageArticles(&ps[i]))
	}
	return out
}

func TestFind(t *testing.T) {
	twelve := "one two three four five six seven eight nine ten eleven twelve"
	boiler := art("b.md", "en", "", agency)
	boiler.Paragraphs[0].Kind = article.Boilerplate
	tests := []struct {
		name string
		arts []*article.Article
		want [][]string
	}{
		{"verbatim in two", []*article.Article{art("a.md", "en", "", own1, agency), art("b.md", "en", "", agency, own2)}, [][]string{{"a.md", "b.md"}}},
		{"three, one edited", []*article.Article{
			art("a.md", "en", "", agency), art("b.md", "en", "", own1+" "+agency),
			art("c.md", "en", "", strings.Replace(agency, "1,200", "1,400", 1)),
		}, [][]string{{"a.md", "b.md", "c.md"}}},
		{"own text only", []*article.Article{art("a.md", "en", "", own1), art("b.md", "en", "", own2)}, nil},
		{"across languages", []*article.Article{art("a.md", "en", "", agency), art("b.md", "de", "", agency)}, nil},
		{"twelve words", []*article.Article{art("a.md", "en", "", "Alpha beta. "+twelve+". Gamma."), art("b.md", "en", "", "Delta. "+twelve+" epsilon")}, [][]string{{"a.md", "b.md"}}},
		{"eleven words", []*article.Article{
			art("a.md", "en", "", "Alpha beta. "+strings.TrimSuffix(twelve, " twelve")+". Gamma."),
			art("b.md", "en", "", "Delta. "+strings.TrimSuffix(twelve, " twelve")+" epsilon"),
		}, nil},
		{"page furniture", []*article.Article{art("a.md", "en", "", agency), boiler}, nil},
		{"one article twice", []*article.Article{art("a.md", "en", "", agency, own1, agency)}, nil},
		{"nil articles", []*article.Article{nil, art("a.md", "en", "", agency), nil, art("b.md", "en", "", agency)}, [][]string{{"a.md", "b.md"}}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		if got := articleSets(Find(tt.arts)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: passages in %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestFindOriginal(t *testing.T) {
	tagged := "Carrow Bay (Reuters) - " + agency
	tests := []struct {
		name string
		arts []*article.Article
		want string
	}{
		{"the earliest", []*article.Article{art("a.md", "en", "2024-09-10", agency), art("b.md", "en", "2024-09-09", agency)}, "b.md"},
		{"an agency line before an earlier date", []*article.Article{art("a.md", "en", "2024-09-10", tagged), art("b.md", "en", "2024-09-09", agency)}, "a.md"},
		{"an agency line of the article", []*article.Article{
			art("a.md", "en", "2024-09-10", "(AP) "+own1, agency), art("b.md", "en", "2024-09-09", agency),
		}, "a.md"},
		{"a dated article before an undated one", []*article.Article{art("a.md", "en", "", agency), art("b.md", "en", "2024", agency)}, "b.md"},
		{"a tie by ID", []*article.Article{art("b.md", "en", "2024-09-09", agency), art("a.md", "en", "2024-09-09", agency)}, "a.md"},
	}
	for _, tt := range tests {
		ps := Find(tt.arts)
		if len(ps) != 1 {
			t.Fatalf("%s: %d passages, want 1", tt.name, len(ps))
		}
		if got := ps[0].Copies[0].Article; got != tt.want {
			t.Errorf("%s: original %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestFindDifferences(t *testing.T) {
	edited := strings.NewReplacer("1,200", "1,400", "Monday", "Tuesday").Replace(agency)
	ps := Find([]*article.Article{art("a.md", "en", "2024-09-09", agency), art("b.md", "en", "2024-09-10", "Own words first. "+edited)})
	if len(ps) != 1 {
		t.Fatalf("%d passages, want 1", len(ps))
	}
	p := ps[0]
	var got []string
	for _, d := range p.Differences {
		o, c := p.Copies[d.Original.Copy], p.Copies[d.Copy.Copy]
		if d.Original.Text != agency[d.Original.Start:d.Original.End] || o.Article != "a.md" || c.Article != "b.md" {
			t.Errorf("difference %+v does not point into its copies", d)
		}
		got = append(got, d.Original.Text+">"+d.Copy.Text)
	}
	if want := []string{"Monday>Tuesday", "1,200>1,400"}; !slices.Equal(got, want) {
		t.Errorf("differences %q, want %q", got, want)
	}
	if p.Copies[1].Text != edited || p.Words != 23 {
		t.Errorf("copy %q (%d words), want the edited paragraph after its own words", p.Copies[1].Text, p.Words)
	}
}

// A space slipped into a number ("1 ,200") splits it into two words, but
// the copy says the same.
func TestFindSpacingIsNoDifference(t *testing.T) {
	spaced := strings.ReplaceAll(strings.Replace(agency, "1,200", "1 ,200", 1), ", ", " , ")
	ps := Find([]*article.Article{art("a.md", "en", "2024-09-09", agency), art("b.md", "en", "2024-09-10", spaced)})
	if len(ps) != 1 || len(ps[0].Differences) != 0 {
		t.Fatalf("passages %+v, want one without differences", ps)
	}
}

func TestFindCap(t *testing.T) {
	var arts []*article.Article
	for i := range 5 {
		arts = append(arts, art(fmt.Sprintf("%d.md", i), "en", "", agency))
	}
	for _, tt := range []struct{ max, want int }{{4, 0}, {5, 1}, {0, 1}} {
		if got := len(FindWith(arts, Options{MaxArticles: tt.max})); got != tt.want {
			t.Errorf("MaxArticles %d: %d passages, want %d", tt.max, got, tt.want)
		}
	}
}

// TestFindDeterministic checks that the order of the input does not matter.
func TestFindDeterministic(t *testing.T) {
	arts := loadEval(t, ".")
	want := Find(arts)
	r := rand.New(rand.NewPCG(3, 4))
	for range 5 {
		shuffled := slices.Clone(arts)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Find(shuffled); !reflect.DeepEqual(got, want) {
			t.Fatal("a shuffled input gives other passages")
		}
	}
}

// pseudoText makes n words of made-up prose that shares no phrase with
// other calls.
func pseudoText(r *rand.Rand, n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = fmt.Sprintf("w%c%c%c", 'a'+r.IntN(26), 'a'+r.IntN(26), 'a'+r.IntN(26))
	}
	return strings.Join(ws, " ") + "."
}

// TestFindHugeParagraph is a folder with a dump of its articles in one
// paragraph (no blank lines): every article shares its paragraph with the
// dump, which is aligned in windows.
func TestFindHugeParagraph(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var arts []*article.Article
	var dump []string
	for i := range 600 {
		p := pseudoText(r, 60)
		arts = append(arts, art(fmt.Sprintf("%03d.md", i), "en", "2024", p))
		dump = append(dump, p)
	}
	big := strings.Join(dump, " ")
	if len(big) < 3*maxUnitBytes {
		t.Fatalf("the dump has %d bytes, want several windows", len(big))
	}
	arts = append(arts, art("zz-dump.md", "en", "", big))
	ps := Find(arts)
	if len(ps) != 600 {
		t.Fatalf("%d passages, want 600", len(ps))
	}
	for _, p := range ps {
		if len(p.Copies) != 2 || p.Copies[1].Article != "zz-dump.md" || p.Copies[1].Text != p.Copies[0].Text {
			t.Fatalf("passage %s: copies %+v, want its article and the same text in the dump", p.ID, p.Copies)
		}
	}
}

// TestFindRepetitive checks that text of one repeated word, which has no
// word trigram that occurs once, is no copy and costs little.
func TestFindRepetitive(t *testing.T) {
	rep := strings.Repeat("ha ", 200000)
	if ps := Find([]*article.Article{art("a.md", "en", "", rep), art("b.md", "en", "", rep)}); len(ps) != 0 {
		t.Errorf("%d passages of repeated words", len(ps))
	}
}
