package search

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"quellen/corpus/article"
)

// The examples of issue 5, on the seed articles.
func TestSearchSeeds(t *testing.T) {
	ix := seedIndex(t)
	tests := []struct {
		query       string
		wantArticle string   // of the first result, by prefix
		wantFirst   []string // every one of these is marked in the first result
	}{
		{"pjongjang", "", []string{"Pjöngjang"}},
		{"wladiwostok 1500", "", []string{"Wladiwostok", "1.500"}},
		{"sechs parteien", "002", []string{"Sechs", "Parteien"}},
		{"atomuboote", "002", []string{"Atom-U-Boote"}},
		{"strasse", "004", []string{"Straße"}}, // the prefix of "Straßen…"
		{"budanow", "004", []string{"Budanow"}},
		{"budanov", "000", []string{"Budanov"}},
		{"tikonov", "", []string{"Tikhonov"}},
		{"Pjöngjang Moskau", "", []string{"Pjöngjang", "Moskau"}},
	}
	for _, tt := range tests {
		res, err := ix.Search(context.Background(), tt.query, 10)
		if err != nil || len(res) == 0 {
			t.Errorf("%q: %d results, err %v", tt.query, len(res), err)
			continue
		}
		top := res[0]
		if !strings.HasPrefix(top.Article, tt.wantArticle) {
			t.Errorf("%q: first result in %s, want %s…", tt.query, top.Article, tt.wantArticle)
		}
		marked := markedTexts(top)
		for _, w := range tt.wantFirst {
			if !containsString(marked, w) {
				t.Errorf("%q: first result marks %q, want %q among them", tt.query, marked, w)
			}
		}
	}
}

// Near spellings are found, after the exact one.
func TestSearchNearSpellingRanksLower(t *testing.T) {
	ix := seedIndex(t)
	for _, tt := range []struct{ query, exact, near string }{
		{"budanow", "Budanow", "Budanov"},
		{"budanov", "Budanov", "Budanow"},
	} {
		res, _ := ix.Search(context.Background(), tt.query, 10)
		lastExact, firstNear := -1, -1
		for i, r := range res {
			m := markedTexts(r)
			if containsString(m, tt.exact) {
				lastExact = i
			}
			if containsString(m, tt.near) && firstNear < 0 {
				firstNear = i
			}
		}
		if lastExact < 0 || firstNear < 0 || firstNear < lastExact {
			t.Errorf("%q: last exact at %d, first near spelling at %d", tt.query, lastExact, firstNear)
		}
	}
}

func markedTexts(r Result) []string {
	var out []string
	for _, m := range r.Matches {
		out = append(out, r.Text[m.Start:m.End])
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// testIndex indexes small articles given as text, one per string.
func testIndex(t testing.TB, texts ...string) *Index {
	t.Helper()
	var arts []*article.Article
	for i, text := range texts {
		a, _, err := article.Parse(fmt.Sprintf("%02d.txt", i), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return NewIndex(arts)
}

// The order of results for small, purpose-built corpora.
func TestSearchRanking(t *testing.T) {
	const filler = "Der Bericht kam am Abend, und niemand wollte ihn zuerst glauben, denn die Lage blieb lange unklar."
	tests := []struct {
		name  string
		texts []string
		query string
		want  []string // article IDs, best first
	}{
		{"exact beats prefix beats fuzzy", []string{
			filler + " Die Soldaten kamen aus Budanowka.",
			filler + " Gesagt hat es Budanov.",
			filler + " Gesagt hat es Budanow.",
		}, "budanow", []string{"02.txt", "00.txt", "01.txt"}},
		{"every word must match", []string{
			filler + " Truppen in Kursk.",
			filler + " Truppen in Kursk und Soldaten in Belgorod.",
		}, "kursk belgorod", []string{"01.txt"}},
		{"closer words rank higher", []string{
			filler + " Kim traf am Montag nach langen Verhandlungen und vielen Umwegen schließlich Putin.",
			filler + " Am Montag trafen sich Kim und Putin.",
		}, "kim putin", []string{"01.txt", "00.txt"}},
		{"ties keep corpus order", []string{
			filler + " Drei Raketen schlugen ein.",
			filler + " Drei Raketen schlugen ein.",
			filler + " Drei Raketen schlugen ein.",
		}, "raketen", []string{"00.txt", "01.txt", "02.txt"}},
		{"thousands separators", []string{
			filler + " Es waren 1500 Mann.",
			filler + " Es waren 1.500 Mann.",
			filler + " Es waren 1 500 Mann.",
			filler + " Es waren 15.000 Mann.",
		}, "1500", []string{"00.txt", "01.txt", "02.txt", "03.txt"}},
		{"captions rank last", []string{
			filler + "\n\nKim Jong Un bei einer Parade.\n\nFoto: dpa\n\n" + filler,
			filler + " Am Montag sprach Kim zu den Truppen.",
		}, "kim", []string{"01.txt", "00.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := testIndex(t, tt.texts...)
			res, err := ix.Search(context.Background(), tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range res {
				got = append(got, r.Article)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%q: got %v, want %v", tt.query, got, tt.want)
				for _, r := range res {
					t.Logf("  %s ¶%d %.2f %q", r.Article, r.Paragraph, r.Score, markedTexts(r))
				}
			}
		})
	}
}

// Matches are byte ranges into the original text, also after umlauts and ß,
// which fold to fewer or more bytes.
func TestSearchByteRanges(t *testing.T) {
	ix := testIndex(t, "Über die Straße gingen Öl-Händler aus Pjöngjang, 1 500 an der Zahl, mit Größe.")
	tests := []struct {
		query string
		want  []string
	}{
		{"strasse", []string{"Straße"}},
		{"handler", []string{"Händler"}},
		{"oelhandler", []string{"Öl-Händler"}}, // "oe" for "ö" is one letter off
		{"olhandler", []string{"Öl-Händler"}},
		{"grosse pjongjang", []string{"Pjöngjang", "Größe"}},
		{"pjong", []string{"Pjöng"}}, // a prefix marks only what was typed
		{"1500", []string{"1 500"}},
		{"uber", []string{"Über"}},
	}
	for _, tt := range tests {
		res, err := ix.Search(context.Background(), tt.query, 5)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		if len(res) > 0 {
			got = markedTexts(res[0])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q marks %q, want %q", tt.query, got, tt.want)
		}
	}
}

// Narrowing while typing gives the same answers as searching afresh.
func TestSearcherNarrowsLikeFresh(t *testing.T) {
	ix := seedIndex(t)
	s := ix.NewSearcher()
	for _, typed := range []string{"budanow", "tikonov 2024", "wladiwostok 1500", "sechs parteien"} {
		for n := 1; n <= len(typed); n++ {
			q := typed[:n]
			got, err := s.Search(context.Background(), q, 10)
			if err != nil {
				t.Fatal(err)
			}
			fresh, _ := ix.NewSearcher().Search(context.Background(), q, 10)
			if !reflect.DeepEqual(got, fresh) {
				t.Fatalf("%q: narrowed search differs from a fresh one:\n%+v\n%+v", q, got.Results, fresh.Results)
			}
		}
	}
	// Backspace reuses the remembered words.
	for _, q := range []string{"budano", "buda", "tik"} {
		got, _ := s.Search(context.Background(), q, 10)
		fresh, _ := ix.NewSearcher().Search(context.Background(), q, 10)
		if !reflect.DeepEqual(got, fresh) {
			t.Errorf("%q after typing further differs from a fresh search", q)
		}
	}
}

func TestSearchCancelled(t *testing.T) {
	ix := seedIndex(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, "kim", 10); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestSearchTotalAndEmpty(t *testing.T) {
	ix := seedIndex(t)
	for _, tt := range []struct {
		query   string
		atLeast int
		atMost  int
	}{
		{"", 0, 0},
		{"?!", 0, 0},
		{"xqzvw", 0, 0},
		{"pjongjang", 10, 30},
	} {
		h, err := ix.NewSearcher().Search(context.Background(), tt.query, 3)
		if err != nil {
			t.Fatal(err)
		}
		if h.Total < tt.atLeast || h.Total > tt.atMost || len(h.Results) > 3 || len(h.Results) > h.Total {
			t.Errorf("%q: total %d, %d results; want total in [%d, %d]", tt.query, h.Total, len(h.Results), tt.atLeast, tt.atMost)
		}
	}
}
