package figures

import "testing"

// TestAttributionNormalForm: who says so, in the nominative without
// article, and the phrase as written with its cue.
func TestAttributionNormalForm(t *testing.T) {
	tests := []struct {
		lang, in   string
		name, text string
	}{
		{"de", "Laut dem amerikanischen Verteidigungsministerium sind 900 Soldaten dort.", "US-Verteidigungsministerium", "Laut dem amerikanischen Verteidigungsministerium"},
		{"de", "Nach Angaben des ukrainischen Geheimdienstes kämpfen 900 Soldaten.", "ukrainischer Geheimdienst", "Nach Angaben des ukrainischen Geheimdienstes"},
		{"de", "Laut dem südkoreanischen Geheimdienst sind 900 Soldaten dort.", "südkoreanischer Geheimdienst", "Laut dem südkoreanischen Geheimdienst"},
		{"de", "US-Schätzungen zufolge gab es 900 Tote.", "US-Schätzungen", "US-Schätzungen zufolge"},
		{"de", "Es kamen 900 Soldaten, sagte der polnische Generalstab.", "polnischer Generalstab", "sagte der polnische Generalstab"},
		{"de", "Laut der französischen Regierung kamen 900 Soldaten.", "französische Regierung", "Laut der französischen Regierung"},
		{"de", "Laut ukrainischer Regierung kamen 900 Soldaten.", "ukrainische Regierung", "Laut ukrainischer Regierung"},
		{"de", "Laut russischem Verteidigungsministerium fielen 900 Soldaten.", "russisches Verteidigungsministerium", "Laut russischem Verteidigungsministerium"},
		{"de", "Laut den britischen Behörden kamen 900 Menschen.", "britische Behörden", "Laut den britischen Behörden"},
		{"de", "Laut westlichen Beobachtern kamen 900 Menschen.", "westliche Beobachter", "Laut westlichen Beobachtern"},
		{"de", "Nach Angaben des Kremls kamen 900 Menschen.", "Kreml", "Nach Angaben des Kremls"},
		{"de", "Nach Angaben des Statistischen Bundesamtes kamen 900 Menschen.", "Statistisches Bundesamt", "Nach Angaben des Statistischen Bundesamtes"},
		{"de", "Dem israelischen Militär zufolge starben 900 Menschen.", "israelisches Militär", "Dem israelischen Militär zufolge"},
		{"de", "Laut Kyrylo Budanov kamen 900 Soldaten.", "Kyrylo Budanov", "Laut Kyrylo Budanov"},
		{"en", "About 900 troops are in Kursk, the Pentagon said.", "Pentagon", "the Pentagon said"},
		{"en", "About 900 troops are there, according to South Korea's spy agency.", "South Korea's spy agency", "according to South Korea's spy agency"},
		{"en", "About 900 troops are there, U.S. officials said.", "U.S. officials", "U.S. officials said"},
		{"en", "Officials in Kyiv say 900 troops were sent.", "Officials in Kyiv", "Officials in Kyiv"},
		{"en", "Turnout was 900 votes lower, according to the state returning officer.", "state returning officer", "according to the state returning officer"},
		{"en", "About 900 people were rescued, according to figures released by the coastguard.", "coastguard", "by the coastguard"},
		{"en", "About 900 homes were damaged, according to the insurers.", "insurers", "according to the insurers"},
	}
	for _, tt := range tests {
		figs := Extract(testArticle(tt.lang, tt.in))
		if len(figs) != 1 {
			t.Errorf("%q: got %d figures", tt.in, len(figs))
			continue
		}
		if f := figs[0]; f.Attribution != tt.name || f.AttributionText != tt.text {
			t.Errorf("%q:\n got  %q / %q\n want %q / %q", tt.in, f.Attribution, f.AttributionText, tt.name, tt.text)
		}
	}
}

func TestNounGender(t *testing.T) {
	tests := []struct {
		noun string
		want gender
	}{
		{"verteidigungsministerium", neuter}, {"zentrum", neuter}, {"bundesamt", neuter}, {"parlament", neuter},
		{"institut", neuter}, {"militär", neuter}, {"regierung", feminine}, {"behörde", feminine},
		{"polizei", feminine}, {"kommission", feminine}, {"universität", feminine}, {"armee", feminine},
		{"geheimdienst", masculine}, {"generalstab", masculine}, {"sprecher", masculine},
	}
	for _, tt := range tests {
		if got := nounGender(tt.noun); got != tt.want {
			t.Errorf("nounGender(%q) = %d, want %d", tt.noun, got, tt.want)
		}
	}
}

func TestStripGenitive(t *testing.T) {
	for in, want := range map[string]string{
		"Geheimdienstes": "Geheimdienst", "Ministeriums": "Ministerium", "Instituts": "Institut",
		"Amtes": "Amt", "Kongresses": "Kongress", "Kremls": "Kreml", "Pentagons": "Pentagon",
	} {
		if got := stripGenitive(in); got != want {
			t.Errorf("stripGenitive(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDisputedFigures: a claim that the sentence says was revised, denied
// or disputed is flagged and attributed to the claim.
func TestDisputedFigures(t *testing.T) {
	tests := []struct {
		lang, in string
		text     string
		disputed bool
		attr     string
	}{
		{"de", "Berichte, dass das Land nun 30.000 Soldaten schicke, sind vom Geheimdienst aber revidiert worden.", "30.000 Soldaten", true, "Berichte"},
		{"de", "Das Ministerium hat Berichte von 4.000 Toten dementiert.", "4.000 Toten", true, "Berichte"},
		{"de", "Die Regierung bestreitet, dass 800 Zivilisten getötet wurden.", "800 Zivilisten", true, ""},
		{"de", "Medienberichte, wonach 500 Panzer zerstört seien, wies die Armee als falsch zurück und bestritt sie.", "500 Panzer", true, "Medienberichte"},
		{"de", "Der Geheimdienst hat die Zahl auf 12.000 Soldaten revidiert.", "12.000 Soldaten", false, ""},
		{"de", "Eine revidierte Schätzung nennt 12.000 Soldaten.", "12.000 Soldaten", false, ""},
		{"de", "Laut Polizei kamen 900 Menschen.", "900 Menschen", false, "Polizei"},
		{"en", "Moscow denied reports that 3,000 troops had died.", "3,000 troops", true, "reports"},
		{"en", "Officials disputed Russian claims of 2,000 casualties.", "2,000 casualties", true, "Russian claims"},
		{"en", "The ministry revised the toll down to 1,200 people.", "1,200 people", false, ""},
		{"en", "A revised estimate puts the number at 11,000 troops.", "11,000 troops", false, ""},
		{"en", "The army denied it, saying 500 soldiers were there.", "500 soldiers", false, ""},
	}
	for _, tt := range tests {
		var f *Figure
		for _, g := range Extract(testArticle(tt.lang, tt.in)) {
			if g.Text == tt.text {
				f = g
			}
		}
		if f == nil {
			t.Errorf("%q: no figure %q", tt.in, tt.text)
			continue
		}
		if f.Disputed != tt.disputed || tt.disputed && f.Attribution != tt.attr {
			t.Errorf("%q: disputed %v attribution %q, want %v %q", tt.in, f.Disputed, f.Attribution, tt.disputed, tt.attr)
		}
	}
}
