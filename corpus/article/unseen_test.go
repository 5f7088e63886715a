package article

import (
	"os"
	"strings"
	"testing"
)

// TestUnseenArticles checks the metadata and paragraph kinds that
// testdata/unseen/EXPECTED.md (§1, §2) asks for on 16 articles the rules
// were not written against.
func TestUnseenArticles(t *testing.T) {
	const dir = "../../testdata/unseen/articles"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no unseen articles:", err)
	}
	arts, _ := LoadPaths([]string{dir})
	byID := map[string]*Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	meta := []struct{ id, title, date, source string }{
		{"flood_de_elbekurier.html", "Hochwasser in Sachsen: Zahl der Toten steigt auf 14", "2025-09-16", "Elbe-Kurier"},
		{"flood_en_reuters.txt", "Death toll in German floods rises to at least 13, thousands evacuated", "", "Reuters"}, // "Sept 16" has no year
		{"flood_de_mdr.md", "Elbe-Hochwasser: 14 Tote, Schaden bis zu drei Milliarden Euro", "2025-09-17", "Mitteldeutsches Magazin"},
		{"strike_de_rheinpost.txt", "GDL-Streik legt Bahnverkehr lahm – Pendler stranden bundesweit", "2025-11-05", "Rhein-Post Online"},
		{"strike_de_ticker.txt", "Bahnstreik am ersten Tag: Weniger Streikende als angekündigt?", "2025-11-05", "Nordstern Zeitung"},
		{"fire_en_ap.txt", "Wildfire near Athens forces thousands to flee as flames reach suburbs", "2025-08-12", "Associated Press"},
		{"fire_de_nzz.txt", "Brand in Attika: Die Feuerwehr gewinnt langsam die Oberhand", "2025-08-13", "Zürcher Abendblatt"},
		{"aid_de_frankfurter.txt", "Selenskyj in Berlin: Merz sagt Milliardenhilfe zu – aber keine Taurus", "2025-10-21", "Frankfurter Rundblick"},
		{"aid_de_tageszeitung.md", "Kundgebung am Kanzleramt: Tausende demonstrieren für die Ukraine", "2025-10-21", ""},
		{"aid_en_kyivind.txt", "Zelenskyy secures new German air defense, says Ukraine still needs Taurus", "2025-10-21", ""},
	}
	for _, m := range meta {
		a := byID[m.id]
		if a == nil {
			t.Errorf("%s not loaded", m.id)
			continue
		}
		if a.Title != m.title || a.Date != m.date || a.Source != m.source {
			t.Errorf("%s: title, date, source = %q, %q, %q\n want %q, %q, %q", m.id, a.Title, a.Date, a.Source, m.title, m.date, m.source)
		}
	}
	kinds := []struct {
		id, prefix string
		want       ParagraphKind
	}{
		{"strike_de_rheinpost.txt", "Rhein-Post Online, 05.11.2025", Meta},
		{"strike_de_rheinpost.txt", "Von Julia Brenner und Tobias Kern", Meta},
		{"strike_de_rheinpost.txt", "Leere Gleise am Kölner Hauptbahnhof", Caption},
		{"strike_de_rheinpost.txt", "Warum die 35-Stunden-Woche", Boilerplate},
		{"strike_de_rheinpost.txt", "Der Morgen am Rhein", Boilerplate},
		{"fire_de_nzz.txt", "Zürcher Abendblatt, 13. August 2025", Meta},
		{"fire_de_nzz.txt", "Von Daniel Steinvorth, Athen", Meta},
		{"fire_de_nzz.txt", "Waldbrände im Mittelmeerraum: Die Karte", Boilerplate},
		{"aid_de_frankfurter.txt", "Frankfurter Rundblick · 21.10.2025", Meta},
		{"aid_de_frankfurter.txt", "Lesen Sie auch: Warum Merz", Boilerplate},
		{"aid_de_frankfurter.txt", "Foto: Kay Nietfeld/dpa Bundeskanzler Merz", Caption},
		{"aid_de_frankfurter.txt", "Von Katharina Ebner", Meta},
		{"aid_en_kyivind.txt", "Oct. 21, 2025 6:45 PM", Meta},
		{"aid_en_kyivind.txt", "Read also: Russia launches 96 drones", Boilerplate},
		{"aid_en_kyivind.txt", "Zelenskyy will travel to Paris", Body},
		{"aid_en_kyivind.txt", "We've been covering the war", Boilerplate},
		{"fire_en_ap.txt", "By DEREK GATOPOULOS", Meta},
		{"fire_en_ap.txt", "Associated Press", Meta},
		{"fire_en_ap.txt", "August 12, 2025", Meta},
		{"fire_en_ap.txt", "___", Boilerplate},
		{"fire_en_ap.txt", "Follow AP's coverage", Boilerplate},
		{"fire_en_bbcstyle.md", "By Laura Gozzi", Meta},
		{"fire_en_bbcstyle.md", "13 August 2025", Meta},
		{"fire_en_bbcstyle.md", "Burnt olive groves near Varnavas", Caption},
		{"fire_en_bbcstyle.md", `"For three hours nobody came.`, Body},
		{"aid_de_tageszeitung.md", "Blau-gelbe Fahnen vor dem Kanzleramt", Caption},
		{"aid_de_tageszeitung.md", "Polizei | rund 8.000", Body},
		{"aid_de_tageszeitung.md", "Veranstalter | mehr als 20.000", Body},
		{"flood_en_reuters.txt", "By Markus Wacket and Anna Thiele", Meta},
		{"flood_en_reuters.txt", "(Reporting by Markus Wacket", Meta},
		{"aid_en_politico.html", "Nette Nöstlinger contributed reporting", Meta},
		{"flood_de_mdr.md", "Dieser Artikel wurde zuletzt am", Meta},
		{"strike_en_railblog.md", "Updated November 4, 2025", Meta},
		{"strike_en_ledger.html", "Kate Connolly in Berlin", Meta},
		{"strike_en_ledger.html", "Train drivers’ union GDL begins", Body},
		{"flood_de_elbekurier.html", "Unwetter", Meta},
		{"flood_de_saechsische_latin1.html", "Startseite | Lokales", Boilerplate},
		{"flood_de_saechsische_latin1.html", "Mehr zum Thema: Chronik", Boilerplate},
		{"flood_de_saechsische_latin1.html", "© Sächsische Landeszeitung 2025", Boilerplate},
		{"fire_de_zeitonline.html", "12. August 2025, 16:05 Uhr", Meta},
	}
	for _, k := range kinds {
		a := byID[k.id]
		if a == nil {
			continue
		}
		found := false
		for _, p := range a.Paragraphs {
			if strings.HasPrefix(p.Text, k.prefix) {
				found = true
				if p.Kind != k.want {
					t.Errorf("%s: %q is %s, want %s", k.id, p.Text, p.Kind, k.want)
				}
				break
			}
		}
		if !found {
			t.Errorf("%s: no paragraph starts with %q", k.id, k.prefix)
		}
	}
	// Tag lists are dropped, never body (zeitonline's "Schlagworte: …").
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			if strings.HasPrefix(p.Text, "Schlagworte:") && p.Kind == Body {
				t.Errorf("%s: tag list %q is body", a.ID, p.Text)
			}
		}
	}
}
