package search

import (
	"context"
	"reflect"
	"slices"
	"testing"
)

// searchMarks returns, per result, the article and the marked words.
type markedResult struct {
	article string
	marked  []string
}

func searchAll(t *testing.T, s *Searcher, query string) []markedResult {
	t.Helper()
	h, err := s.Search(context.Background(), query, 20)
	if err != nil {
		t.Fatal(err)
	}
	var out []markedResult
	for _, r := range h.Results {
		out = append(out, markedResult{r.Article, markedTexts(r)})
	}
	return out
}

func articlesOf(rs []markedResult) []string {
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.article)
	}
	return ids
}

// Words that share a long stem match, below the word's own spelling and
// its prefixes; short or weak overlaps do not.
func TestSearchStems(t *testing.T) {
	const filler = "Am Abend war die Lage noch unklar, sagte ein Sprecher der Behörde."
	tests := []struct {
		name  string
		texts []string
		query string
		want  []string // article IDs, best first
	}{
		{"inflection of a participle", []string{
			filler + " Die Evakuierung der Altstadt dauerte die ganze Nacht.",
			filler + " Jede Evakuierte bekam eine Decke.",
			filler + " Die Evakuierten schliefen in der Turnhalle.",
			filler + " Das Evangelium wurde vorgelesen.",
		}, "Evakuierte", []string{"01.txt", "02.txt", "00.txt"}},
		{"the stem a longer word starts with", []string{
			filler + " Der Streik beginnt am Montag.",
			filler + " Die Streikenden versammelten sich am Bahnhof.",
		}, "Streikende", []string{"01.txt", "00.txt"}},
		{"genitive finds the base form", []string{
			filler + " Der Kanzler schwieg dazu.",
		}, "Kanzlers", []string{"00.txt"}},
		{"a short head of a long word is not its stem", []string{
			filler + " Die Regierung tagte.",
			filler + " In der Mitte des Platzes stand ein Zelt.",
		}, "Regierungssprecher Mitteilung", nil},
		{"a short shared run is no stem", []string{
			filler + " Der Bahnhof war geschlossen.",
		}, "Bahnen", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := testIndex(t, tt.texts...)
			h, err := ix.NewSearcher().Search(context.Background(), tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range h.Results {
				if !r.Partial {
					got = append(got, r.Article)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%q: got %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

func TestSynonymsAdd(t *testing.T) {
	tests := []struct {
		name      string
		names     []string
		lastWords bool
		want      Synonyms
	}{
		{"surnames of a person across scripts",
			[]string{"Wolodymyr Selenskyj", "Zelensky", "Volodymyr Zelenskyy"}, true,
			Synonyms{"selenskyj": {"zelensky", "zelenskyy"}, "zelensky": {"selenskyj", "zelenskyy"}, "zelenskyy": {"selenskyj", "zelensky"}}},
		{"one-word place names, folded",
			[]string{"Köln", "Cologne", "Stadt Köln"}, false,
			Synonyms{"koln": {"cologne"}, "cologne": {"koln"}}},
		{"short words are left out", []string{"Kim Jong Un", "Kim Jong-un"}, true, Synonyms{}},
		{"one spelling is no synonym", []string{"Olaf Scholz", "Scholz"}, true, Synonyms{}},
		{"longer names of places are not split", []string{"Sächsische Schweiz", "Saxon Switzerland"}, false, Synonyms{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Synonyms{}
			got.Add(tt.names, tt.lastWords)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// Synonyms add names that no transliteration key relates ("Köln",
// "Cologne"), once set, after the word's own spelling.
func TestSearchSynonyms(t *testing.T) {
	const filler = "Der Besuch war lange geplant, hieß es aus Regierungskreisen am Nachmittag."
	ix := testIndex(t,
		filler+" Der Dom von Cologne ist alt.",
		filler+" Der Dom von Köln ist alt.",
		filler+" Kölns Dom wurde gelobt.",
		filler+" Der Kanzler sprach lange.",
	)
	s := ix.NewSearcher()
	if got := articlesOf(searchAll(t, s, "Köln")); !reflect.DeepEqual(got, []string{"01.txt", "02.txt"}) {
		t.Errorf("without synonyms: %v", got)
	}
	syn := Synonyms{}
	syn.Add([]string{"Köln", "Cologne"}, false)
	s.SetSynonyms(syn)
	got := searchAll(t, s, "Köln")
	// The name's own inflection ("Kölns") before the other name.
	if ids := articlesOf(got); !reflect.DeepEqual(ids, []string{"01.txt", "02.txt", "00.txt"}) {
		t.Errorf("with synonyms: %v", got)
	}
	if len(got) == 3 && !slices.Contains(got[2].marked, "Cologne") {
		t.Errorf("the other name is not marked: %v", got[2].marked)
	}
	if ids := articlesOf(searchAll(t, s, "cologne")); !reflect.DeepEqual(ids, []string{"00.txt", "01.txt", "02.txt"}) {
		t.Errorf("cologne with synonyms: %v", ids)
	}
	s.SetSynonyms(nil)
	if ids := articlesOf(searchAll(t, s, "cologne")); !reflect.DeepEqual(ids, []string{"00.txt"}) {
		t.Errorf("synonyms off again: %v", ids)
	}
}
