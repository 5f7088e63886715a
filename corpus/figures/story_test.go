package figures

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"quellen/corpus/article"
)

func TestFoldName(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Selenskyj", "Zelenskyy"},
		{"Charkiw", "Kharkiv"},
		{"Köhler", "Koehler"},
		{"KÖHLER", "Köhler"},
		{"Russia's", "Russia"},
		{"Papadakis", "Papadakis-"},
	}
	for _, tt := range tests {
		if ka, kb := foldName(tt.a), foldName(tt.b); ka == "" || ka != kb {
			t.Errorf("foldName(%q)=%q, foldName(%q)=%q: want one non-empty key", tt.a, ka, tt.b, kb)
		}
	}
	for _, w := range []string{"Der", "The", "Dienstag", "Tuesday", "Oktober", "Ab", "Über"} {
		if k := foldName(w); k != "" {
			t.Errorf("foldName(%q) = %q, want no key", w, k)
		}
	}
	if foldName("Berlin") == foldName("Bern") {
		t.Error("Berlin and Bern must not share a key")
	}
}

func TestScanNames(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Die Polizei in Berlin sagte, Selenskyj sei da.", []string{"Polizei", "Berlin", "Selenskyj"}},
		{"Nach Angaben der Feuerwehr. Danach kam „Hilfe“ aus Athen", []string{"Angaben", "Feuerwehr", "Athen"}},
		{"police in Kharkiv: Four died, said Oleh Syniehubov", []string{"Kharkiv", "Oleh", "Syniehubov"}},
		{"12 Helfer aus Pirna-Copitz und Bad Schandau", []string{"Helfer", "Pirna-Copitz", "Bad", "Schandau"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		scanNames(tt.text, func(w string) { got = append(got, w) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("scanNames(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTopKeys(t *testing.T) {
	var all []keyCount
	for i, w := range strings.Fields("f e d c b a g h") {
		all = append(all, keyCount{w, float64(1 + i%3)}) // f1 e2 d3 c1 b2 a3 g1 h2
	}
	got := topKeys(slices.Clone(all), 5)
	var keys []string
	for _, e := range got {
		keys = append(keys, e.key)
	}
	sort.Strings(keys)
	// Counts 3 (a, d) and 2 (b, e, h) make five.
	if want := []string{"a", "b", "d", "e", "h"}; !slices.Equal(keys, want) {
		t.Errorf("topKeys = %q, want %q", keys, want)
	}
	got = topKeys(slices.Clone(all), 3)
	keys = keys[:0]
	for _, e := range got {
		keys = append(keys, e.key)
	}
	sort.Strings(keys)
	// Ties at count 2 are broken by the key: b before e and h.
	if want := []string{"a", "b", "d"}; !slices.Equal(keys, want) {
		t.Errorf("topKeys = %q, want %q", keys, want)
	}
}

func storyArticle(id, lang, text string) *article.Article {
	return &article.Article{ID: id, Lang: lang, Paragraphs: []article.Paragraph{{Kind: article.Body, Text: text}}}
}

func TestStorySame(t *testing.T) {
	flood := storyArticle("a", "de", "Das Hochwasser in Pirna erreichte die Altstadt. In Pirna und Dresden halfen Kräfte des Technischen Hilfswerks; Landrat Köhler sprach in Pirna.")
	flood2 := storyArticle("b", "de", "In Dresden stieg die Elbe weiter. Landrat Köhler ließ Pirna räumen, das Technische Hilfswerk half.")
	floodEn := storyArticle("c", "en", "Floods hit Pirna and Dresden, where district chief Koehler ordered evacuations in Pirna.")
	fire := storyArticle("d", "de", "In Attika brennt der Wald. Die Feuerwehr in Athen meldete neue Brände bei Marathon und Varnavas.")
	fire2 := storyArticle("e", "en", "Wildfires near Athens spread to Marathon and Varnavas, the fire service said in Athens.")
	arts := []*article.Article{flood, flood2, floodEn, fire, fire2}
	var sigs []*storySig
	for _, a := range arts {
		sigs = append(sigs, signature(a))
	}
	x := newStoryIndexSigs(sigs)
	tests := []struct {
		a, b int32
		want bool
	}{
		{0, 1, true}, {0, 2, true}, {3, 4, true},
		{0, 3, false}, {1, 4, false}, {2, 4, false},
	}
	for _, tt := range tests {
		if got := x.same(tt.a, tt.b); got != tt.want {
			t.Errorf("same(%s, %s) = %v, want %v", arts[tt.a].ID, arts[tt.b].ID, got, tt.want)
		}
		if got := x.same(tt.b, tt.a); got != tt.want {
			t.Errorf("same(%s, %s) = %v, want %v (symmetric)", arts[tt.b].ID, arts[tt.a].ID, got, tt.want)
		}
	}
}

// Signatures are built concurrently when callers extract in parallel; the
// shared name memo must give every goroutine the same keys.
func TestSignatureConcurrent(t *testing.T) {
	a := storyArticle("a", "de", "Landrat Köhler sprach in Pirna mit dem Technischen Hilfswerk über Dresden und die Elbe.")
	want := signature(a)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if got := signature(a); !slices.Equal(got.keys, want.keys) || !slices.Equal(got.counts, want.counts) {
					t.Errorf("signature differs: %v %v", got.keys, want.keys)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkSignature(b *testing.B) {
	arts := benchArticles(b)
	keys := 0
	for i := 0; i < b.N; i++ {
		keys = 0
		for _, a := range arts {
			keys += len(signature(a).keys)
		}
	}
	b.ReportMetric(float64(keys)/float64(len(arts)), "keys/article")
}

func TestDaysApart(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"2025-08-12", "2025-08-13", 1},
		{"2025-08-13", "2025-08-12T10:00:00Z", 1},
		{"2025-08-12", "2025-10-12", 61},
		{"2025-08", "2025-10-01", 30}, // month precision: 61 days less a month
		{"2025", "2025-10-01", 0},
		{"2023", "2025-10-01", 366},
		{"", "2025-10-01", 0},
		{"gestern", "2025-10-01", 0},
	}
	for _, tt := range tests {
		x := newStoryIndexSigs([]*storySig{{article: "a", date: tt.a}, {article: "b", date: tt.b}})
		if got := x.sigs[0].daysApart(&x.sigs[1]); got != tt.want {
			t.Errorf("daysApart(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
