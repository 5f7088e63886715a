package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// One story per folder, as a user would have it: three outlets print one
// agency paragraph (one of them changes a word or a figure), two write
// their own. 'quellen shared --json' lists exactly that passage, its
// original first, and the change.
func TestSharedJSON(t *testing.T) {
	tests := []struct {
		story    string
		original string
		copies   []string
		change   [2]string
	}{
		{"hafen_de", "hafen_de_nordbote.txt", []string{"hafen_de_kuestenzeitung.md", "hafen_de_abendblatt.html"}, [2]string{"rund 180", "mehr als 220"}},
		{"storm_en", "storm_en_wire.txt", []string{"storm_en_gazette.html", "storm_en_herald.md"}, [2]string{"tore", "swept"}},
	}
	for _, tt := range tests {
		t.Run(tt.story, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join("testdata", "reuse-eval-2", "articles")
			names, _ := filepath.Glob(filepath.Join(src, tt.story+"_*"))
			if len(names) != 5 {
				t.Fatalf("%d articles of %s", len(names), tt.story)
			}
			for _, n := range names {
				data, err := os.ReadFile(n)
				if err != nil {
					t.Fatal(err)
				}
				os.WriteFile(filepath.Join(dir, filepath.Base(n)), data, 0o644)
			}
			out, errOut, code := runCLI(t, "shared", "--json", "--no-cache", dir)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var doc struct {
				Passages []struct {
					ID       string `json:"id"`
					Words    int    `json:"words"`
					Articles []struct {
						Article  string `json:"article"`
						Source   string `json:"source"`
						Date     string `json:"date"`
						Text     string `json:"text"`
						Original bool   `json:"original"`
					} `json:"articles"`
					Differences []struct {
						Original struct{ Text string } `json:"original"`
						Copy     struct {
							Copy int
							Text string
						} `json:"copy"`
					} `json:"differences"`
				} `json:"passages"`
			}
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			if len(doc.Passages) != 1 {
				t.Fatalf("%d passages, want the agency paragraph alone:\n%s", len(doc.Passages), out)
			}
			p := doc.Passages[0]
			var arts []string
			for _, a := range p.Articles {
				arts = append(arts, a.Article)
				if a.Source == "" || a.Date == "" || a.Text == "" {
					t.Errorf("copy %s lacks its provenance or text", a.Article)
				}
			}
			if arts[0] != tt.original || !p.Articles[0].Original || !slices.Equal(sorted(arts[1:]), sorted(tt.copies)) {
				t.Errorf("articles %v, want %s then %v", arts, tt.original, tt.copies)
			}
			var changes []string
			for _, d := range p.Differences {
				changes = append(changes, d.Original.Text+" → "+d.Copy.Text)
			}
			if !slices.Contains(changes, tt.change[0]+" → "+tt.change[1]) || p.Words < 12 || !strings.HasPrefix(p.ID, "p") {
				t.Errorf("passage %s (%d words), changes %q, want %q → %q", p.ID, p.Words, changes, tt.change[0], tt.change[1])
			}
		})
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// In the figures' JSON a group counts its independent sources and each
// copy names the article it copies; figures carry their article's date.
func TestFiguresJSONIndependence(t *testing.T) {
	out, errOut, code := runCLI(t, "figures", "--json", "--no-cache", filepath.Join("testdata", "reuse-eval-2", "articles"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Figures []struct {
			ID      int    `json:"id"`
			Article string `json:"article"`
			CopyOf  string `json:"copy_of"`
			Date    string `json:"date"`
			Revised bool   `json:"revised"`
		} `json:"figures"`
		Groups []struct {
			Label       string `json:"label"`
			Sources     int    `json:"sources"`
			Independent int    `json:"independent"`
			Figures     []int  `json:"figures"`
			Claims      []struct {
				Source   string `json:"source"`
				Articles int    `json:"articles"`
			} `json:"claims"`
		} `json:"groups"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, g := range doc.Groups {
		if g.Label != "Einsatzkräfte" {
			continue
		}
		found = true
		if g.Sources != 3 || g.Independent != 1 || len(g.Claims) != 1 || g.Claims[0].Articles != 3 {
			t.Errorf("group %+v, want 3 sources, 1 independent, one claim of three articles", g)
		}
		copies, revised := 0, 0
		for _, id := range g.Figures {
			f := doc.Figures[id]
			if f.Date == "" {
				t.Errorf("figure %d has no date", id)
			}
			if f.CopyOf == "hafen_de_nordbote.txt" {
				copies++
			}
			if f.Revised {
				revised++
			}
		}
		if copies != 2 || revised != 1 {
			t.Errorf("%d copies of the Nordbote (%d revised), want 2 (1)", copies, revised)
		}
	}
	if !found {
		t.Errorf("no group of the emergency workers")
	}
}
