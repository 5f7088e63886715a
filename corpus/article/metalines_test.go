package article

import (
	"strings"
	"testing"
)

func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-07T10:00:00+01:00", "2024-03-07"},
		{"Stand: 2024-03", "2024-03"},
		{"Kiel, 7.3.2024", "2024-03-07"},
		{"07.03.2024, 10:15 Uhr", "2024-03-07"},
		{"7. März 2024", "2024-03-07"},
		{"7. Mär. 2024", "2024-03-07"},
		{"Veröffentlicht am 1. Jänner 2023", "2023-01-01"},
		{"7 March 2024", "2024-03-07"},
		{"Thu 7 Mar 2024 10.15 GMT", "2024-03-07"},
		{"March 7, 2024", "2024-03-07"},
		{"Mar. 7, 2024 10:15 AM", "2024-03-07"},
		{"Sept 7 2024", "2024-09-07"},
		{"December 3rd, 2024", "2024-12-03"},
		{"im Dezember 2024", "2024-12"},
		{"Updated 3 Dec 2024 and 5 Dec 2024", "2024-12-03"},
		{"Mar. 7", ""},                 // no year: nothing rather than a guess
		{"32.13.2024", ""},             // no such day or month
		{"14.30 Uhr am Pegel", ""},     // a time
		{"Tel. 0351 4910-4930", ""},    // a phone number
		{"Seit 1990 und bis 2024", ""}, // years alone
	}
	for _, tt := range tests {
		if got := findDate(tt.in); got != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsByline(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Von Anna Schmidt", true},
		{"Von Anna Schmidt und Ben Müller, Hamburg", true},
		{"Von unserem Korrespondenten Jan van der Berg, Brüssel", true},
		{"By JOHN DOE and MARY ROE", true},
		{"By Kim Lee, Seoul correspondent", true},
		{"by Jo M. Smith", true},
		{"Text: Hans Meier", true},
		{"Von Berlin aus fuhren die Züge nicht mehr.", false},
		{"By the end of the day, 40 trains had left.", false},
		{"Von 2020 bis 2024", false},
		{"Vom Winde verweht", false},
		{"By far the largest protest", false},
	}
	for _, tt := range tests {
		if got := isByline(tt.in); got != tt.want {
			t.Errorf("isByline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		in     string
		ok     bool
		source string
	}{
		{"Kieler Nachrichten, 3. März 2024, 18.05 Uhr", true, "Kieler Nachrichten"},
		{"Westfalen-Post Online · 03.03.2024 · 18:05 Uhr", true, "Westfalen-Post Online"},
		{"Mar. 3, 2024 6:05 PM by Jane Roe", true, ""},
		{"3 March 2024", true, ""},
		{"Sunday 3 March 2024 18.05 GMT", true, ""},
		{"Stand: 03.03.2024, 18:05 Uhr", true, ""},
		{"Hamburg, 03.03.2024", true, ""}, // a place, not an outlet
		{"The Daily Courier | March 3, 2024", true, "The Daily Courier"},
		{"Am 3. März 2024 stiegen die Preise um 4 Prozent.", false, ""},
		{"Kieler Nachrichten, 3. März 2024, von Kiel nach Hamburg", false, ""},
		{"Die Wahl am 3. März 2024", false, ""},
	}
	for _, tt := range tests {
		ok, src := dateLine(tt.in)
		if ok != tt.ok || src != tt.source {
			t.Errorf("dateLine(%q) = %v, %q, want %v, %q", tt.in, ok, src, tt.ok, tt.source)
		}
	}
}

func TestWireAndCredits(t *testing.T) {
	wire := []struct{ in, want string }{
		{"MADRID, Spain (AP) — Heavy rain flooded the city.", "Associated Press"},
		{"Hamburg (dpa) - Der Hafen bleibt gesperrt.", "dpa"},
		{"LONDON, March 3 (Reuters) - Shares fell.", "Reuters"},
		{"Wien (APA/dpa) – Die Regierung tagt.", "APA"},
		{"Landrat Max Muster (CDU) - der Kreis hilft.", ""},
		{"Die Polizei (siehe oben) – schwieg.", ""},
	}
	for _, tt := range wire {
		if got := wireSource(tt.in); got != tt.want {
			t.Errorf("wireSource(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	credits := []struct {
		in   string
		want bool
	}{
		{"(Reporting by Jane Roe in Madrid; Editing by John Doe)", true},
		{"Additional reporting by Kim Lee", true},
		{"Jane Roe contributed reporting.", true},
		{"Mitarbeit: Hans Meier", true},
		{"(dpa/AFP)", true},
		{"(red)", true},
		{"The reporting by local media was thin.", false},
		{"(Das war 2019.)", false},
	}
	for _, tt := range credits {
		if got := isEndCredit(tt.in); got != tt.want {
			t.Errorf("isEndCredit(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if got := signOffSource("(dpa/AFP)"); got != "dpa" {
		t.Errorf("signOffSource = %q, want dpa", got)
	}
}

func TestClassifyFurniture(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []ParagraphKind
	}{
		{"inline teaser", prose + "\n\nLesen Sie auch: Wie die Koalition um den Haushalt ringt\n\n" + prose, []ParagraphKind{Body, Boilerplate, Body}},
		{"english inline teaser", proseEN + "\n\nRead also: Ministry says 40 drones shot down\n\n" + proseEN, []ParagraphKind{Body, Boilerplate, Body}},
		{"hard-wrapped teaser block", prose + "\n\nMehr zum Thema:\nStreit um die Zahlen: Eine Chronik\nInterview: Was die Opposition will\n", []ParagraphKind{Body, Boilerplate, Boilerplate, Boilerplate}},
		{"rule and follow line", proseEN + "\n\n___\n\nFollow our coverage of the floods at https://news.example/floods", []ParagraphKind{Body, Boilerplate, Boilerplate}},
		{"membership appeal", proseEN + "\n\nWe report without a paywall. Support independent journalism: become a member today.", []ParagraphKind{Body, Boilerplate}},
		{"newsletter label and pitch", prose + "\n\nNewsletter\n\nDer Abend im Norden: Das Wichtigste aus der Region, werktags um 18 Uhr in Ihrem Postfach.", []ParagraphKind{Body, Boilerplate, Boilerplate}},
		{"site copyright", prose + "\n\n© Kieler Nachrichten 2024 · Impressum · Datenschutz", []ParagraphKind{Body, Boilerplate}},
		{"nav row", "Home | Politik | Sport | Kultur\n\n" + prose, []ParagraphKind{Boilerplate, Body}},
		{"tags line", prose + "\n\nSchlagworte: Hafen Streik Hamburg", []ParagraphKind{Body, Boilerplate}},
		{"credit then caption, one line each", "Streik im Hafen\nFoto: Max Muster/dpa\nDie Kräne stehen still.\n" + strings.Repeat(prose, 1), []ParagraphKind{Heading, Caption, Caption, Body}},
		{"credit and caption in one block", prose + "\n\nFoto: Max Muster/dpa\nDie Kräne stehen still.\n\n" + prose, []ParagraphKind{Body, Caption, Body}},
		{"caption with trailing credit", prose + "\n\nDie Kräne stehen still. Foto: Max Muster\n\n" + prose, []ParagraphKind{Body, Caption, Body}},
		{"byline and date line", "Streik legt Hafen lahm\n\nKieler Nachrichten, 3. März 2024\n\nVon Anna Schmidt\n\n" + prose, []ParagraphKind{Heading, Meta, Meta, Body}},
		{"end credits", proseEN + "\n\n(Reporting by Jane Roe; Editing by John Doe)", []ParagraphKind{Body, Meta}},
		{"update line", proseEN + "\n\nUpdated March 4, 2024, 9:10 am. Read more: our guide", []ParagraphKind{Body, Meta}},
		{"update sentence", prose + "\n\nDieser Artikel wurde zuletzt am 04.03.2024 um 9:10 Uhr aktualisiert.", []ParagraphKind{Body, Meta}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kinds(t, tt.text)
			if strings.Join(kindStrings(got), " ") != strings.Join(kindStrings(tt.want), " ") {
				t.Errorf("kinds = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPlainTextMeta(t *testing.T) {
	tests := []struct {
		name, text, title, date, source string
	}{
		{"outlet and date line", "Hafenstreik: Kräne stehen still\n\nKieler Nachrichten · 03.03.2024 · 18:05 Uhr\n\nVon Anna Schmidt\n\n" + prose,
			"Hafenstreik: Kräne stehen still", "2024-03-03", "Kieler Nachrichten"},
		{"one line each, no blank lines", "Hafenstreik legt Kiel lahm – Fähren fallen aus\nOstsee-Post Online, 03.03.2024\nVon Anna Schmidt und Ben Müller\n" + prose + "\n",
			"Hafenstreik legt Kiel lahm – Fähren fallen aus", "2024-03-03", "Ostsee-Post Online"},
		{"wire byline block", "Floods hit Madrid\n\nBy JANE ROE and JOHN DOE\nAssociated Press\nMarch 3, 2024\n\nMADRID (AP) — " + proseEN,
			"Floods hit Madrid", "2024-03-03", "Associated Press"},
		{"wire dateline without a year", "Floods hit Madrid\n\nMADRID, March 3 (Reuters) - " + proseEN,
			"Floods hit Madrid", "", "Reuters"},
		{"sign-off", prose + "\n\n(dpa/AFP)", "Die Regierung hat am Montag neue Zahlen vorgelegt, die nach Angaben des Ministeriums…", "", "dpa"},
		{"dateline in the lede", "Hamburg, 3. März 2024 – " + prose, "", "2024-03-03", ""},
		{"title wins over titel", "titel: Kurz\ntitle: Der lange Titel\n\n" + prose, "Der lange Titel", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, err := Parse("t.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if tt.title != "" && a.Title != tt.title || a.Date != tt.date || a.Source != tt.source {
				t.Errorf("title, date, source = %q, %q, %q, want %q, %q, %q", a.Title, a.Date, a.Source, tt.title, tt.date, tt.source)
			}
		})
	}
}

func TestMarkdownStructure(t *testing.T) {
	md := "---\ntitel: Kurz\ntitle: \"Der lange Titel\"\n---\n\n" + mdBody + "\n" +
		"![Hafen](hafen.jpg)\n*Die Kräne stehen still. Bild: Max Muster*\n\n" +
		"| Quelle | Zahl |\n|---|---|\n| Polizei | 800 |\n| Veranstalter | 2000 |\n\n" +
		"> Wir bleiben hier\n\n**By Jane Roe, Madrid correspondent**\n\n*3 March 2024*\n\n" + mdBody
	a, _, err := Parse("a.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Der lange Titel" {
		t.Errorf("title = %q, want the title: key", a.Title)
	}
	got := kindsByText(t, a)
	for text, want := range map[string]ParagraphKind{
		"Die Kräne stehen still. Bild: Max Muster": Caption,
		"Polizei | 800":                     Body,
		"Veranstalter | 2000":               Body,
		"Wir bleiben hier":                  Body,
		"By Jane Roe, Madrid correspondent": Meta,
		"3 March 2024":                      Meta,
	} {
		if got[text] != want {
			t.Errorf("%q is %q, want %s", text, got[text], want)
		}
	}
}

func TestHTMLLabels(t *testing.T) {
	html := page("", `<article><span class="kicker">Streik</span><h1>Hafen steht still</h1>
		<p class="standfirst">Kräne und Fähren stehen seit Montag still</p>
		<address>Anna Schmidt in Kiel</address>
		<div class="metadata">3. März 2024, 18:05 Uhr Quelle: dpa <a href="#c">120 Kommentare</a></div>`+storyP+
		`<table><tr><td><a href="/">Home</a> | <a href="/p">Politik</a> | <a href="/s">Sport</a> | <a href="/k">Kultur</a></td></tr></table>
		<div class="article-tags">Schlagworte: <a href="/t/hafen">Hafen</a></div></article>`)
	a, _, err := Parse("a.html", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	got := kindsByText(t, a)
	for text, want := range map[string]ParagraphKind{
		"Streik": Meta,
		"Kräne und Fähren stehen seit Montag still":          Body,
		"Anna Schmidt in Kiel":                               Meta,
		"3. März 2024, 18:05 Uhr Quelle: dpa 120 Kommentare": Meta,
		"Home | Politik | Sport | Kultur":                    Boilerplate,
	} {
		if got[text] != want {
			t.Errorf("%q is %q, want %s", text, got[text], want)
		}
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(p.Text, "Schlagworte") {
			t.Errorf("tag list kept as %s", p.Kind)
		}
	}
}
