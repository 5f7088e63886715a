package article

import (
	"strings"
	"testing"
)

// page wraps a body in a minimal document.
func page(head, body string) string {
	return "<!doctype html><html><head><meta charset=utf-8>" + head + "</head><body>" + body + "</body></html>"
}

const storyP = `<p>Die Regierung hat am Montag ein neues Gesetz beschlossen. Es soll im Frühjahr in Kraft treten und betrifft rund 2,3 Millionen Haushalte.</p>`

// kindsByText maps paragraph texts of a parsed article to their kinds.
func kindsByText(t *testing.T, a *Article) map[string]ParagraphKind {
	t.Helper()
	m := map[string]ParagraphKind{}
	for _, p := range a.Paragraphs {
		m[p.Text] = p.Kind
	}
	return m
}

func TestParseHTML(t *testing.T) {
	tests := []struct {
		name                     string
		html                     string
		title, date, source, url string
		want                     map[string]ParagraphKind // paragraph text -> kind
		absent                   []string                 // substrings no paragraph may hold
	}{
		{
			name: "cookie banner and consent dialog",
			html: page("", `<div class="cookie-banner"><p>Wir nutzen Cookies für ein besseres Erlebnis, bitte stimmen Sie zu.</p></div>
				<div role="dialog"><p>Accept all tracking partners?</p></div>
				<div id="sp_message_container_123" class="gdprConsent"><p>Zustimmen und weiter</p></div>`+storyP),
			want:   map[string]ParagraphKind{"Die Regierung hat am Montag ein neues Gesetz beschlossen. Es soll im Frühjahr in Kraft treten und betrifft rund 2,3 Millionen Haushalte.": Body},
			absent: []string{"Cookies", "tracking", "Zustimmen"},
		},
		{
			name: "related articles: box, link-only list items and a labelled link",
			html: page("", `<article>`+storyP+`
				<div class="related-articles"><h3>Mehr zum Thema</h3><a href="/x">Andere Geschichte über das Gesetz</a></div>
				<ul><li><a href="/a">Wie das Gesetz entstand</a></li><li><a href="/b">Was sich für Mieter ändert</a></li></ul>
				<p>Lesen Sie auch: <a href="/c">Kommentar zum Gesetz</a></p>
				<ul><li>Erster Punkt der Reform ohne Link</li></ul></article>`),
			want: map[string]ParagraphKind{
				"Wie das Gesetz entstand":              Boilerplate,
				"Was sich für Mieter ändert":           Boilerplate,
				"Lesen Sie auch: Kommentar zum Gesetz": Boilerplate,
				"Erster Punkt der Reform ohne Link":    Body,
			},
			absent: []string{"Andere Geschichte"},
		},
		{
			name: "share buttons in camelCase and kebab-case classes",
			html: page("", `<article><div class="shareBar"><a href="#">Teilen</a></div>
				<ul class="social-links"><li><a href="#">Facebook</a></li></ul>
				<div class="article__sharing"><span>Artikel teilen per E-Mail</span></div>`+storyP+`</article>`),
			absent: []string{"Teilen", "Facebook", "E-Mail"},
		},
		{
			name: "JSON-LD is metadata, not text",
			html: page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Neues Gesetz","datePublished":"2024-05-06T10:00:00+02:00","publisher":{"name":"Testblatt"},"url":"https://testblatt.example/gesetz"}</script>`,
				`<script type="application/ld+json">{"@type":"BreadcrumbList"}</script>`+storyP),
			title: "Neues Gesetz", date: "2024-05-06", source: "Testblatt", url: "https://testblatt.example/gesetz",
			absent: []string{"@type", "BreadcrumbList", "{"},
		},
		{
			name: "inline ads",
			html: page("", `<article>`+storyP+`<div class="ad ad-slot"><p>Jetzt günstig Strom kaufen!</p></div>
				<div id="adContainer-3"><p>Sponsored content about cars</p></div>
				<div class="advertisement"><p>Werbeblock</p></div>
				<p>Die Opposition kritisierte das Vorhaben scharf und kündigte eine Klage an.</p></article>`),
			want:   map[string]ParagraphKind{"Die Opposition kritisierte das Vorhaben scharf und kündigte eine Klage an.": Body},
			absent: []string{"Strom kaufen", "Sponsored", "Werbeblock"},
		},
		{
			name: "figure caption and credit",
			html: page("", `<article>`+storyP+`<figure><img src="a.jpg" alt="Alt-Text bleibt draußen"><figcaption>Der Bundestag am Montag</figcaption></figure>
				<p class="image-credit">Michael Kappeler</p></article>`),
			want:   map[string]ParagraphKind{"Der Bundestag am Montag": Caption, "Michael Kappeler": Caption},
			absent: []string{"Alt-Text"},
		},
		{
			name: "entities decoded before sanitising",
			html: page("", `<p>Smith &amp; Wesson&#8217;s shares fell &ndash; by 3&nbsp;% &#27;[31mtoday&#27;[0m, &lt;b&gt; is not a tag.</p>`),
			want: map[string]ParagraphKind{"Smith & Wesson’s shares fell – by 3\u00a0% today, <b> is not a tag.": Body},
		},
		{
			name: "nested article: the teaser inside the story is dropped",
			html: page("", `<article class="story"><h1>Haushalt beschlossen</h1>`+storyP+`
				<article class="card"><h2>Anderes Thema</h2><p>Ein ganz anderer Artikel mit eigenem Text, der hier nicht hingehört.</p></article>
				<p>Der Bundesrat muss noch zustimmen, das gilt als sicher.</p></article>`),
			title:  "Haushalt beschlossen",
			want:   map[string]ParagraphKind{"Der Bundesrat muss noch zustimmen, das gilt als sicher.": Body},
			absent: []string{"Anderes Thema", "ganz anderer Artikel", "Haushalt beschlossen"},
		},
		{
			name: "the story is the article with the most text, not the first",
			html: page("", `<article class="card"><p>Kurzer Teaser.</p></article>
				<article><h1>Die eigentliche Meldung</h1>`+storyP+storyP+`</article>
				<article class="card"><p>Noch ein Teaser.</p></article>`),
			title:  "Die eigentliche Meldung",
			absent: []string{"Teaser"},
		},
		{
			name: "footer, header, nav and aside outside the story",
			html: page("", `<header><p>Testblatt – Die Zeitung für alle</p><nav><a href="/">Start</a></nav></header>
				<main>`+storyP+`</main><aside><p>Wetter: 12 Grad</p></aside>
				<footer><p>© 2024 Testblatt GmbH. Impressum.</p></footer>`),
			absent: []string{"Die Zeitung für alle", "Start", "Wetter", "Impressum"},
		},
		{
			name: "a header inside the article keeps its lede and byline",
			html: page("", `<article><header><h1>Gesetz beschlossen</h1><p class="teaser">Der Bundestag hat mit großer Mehrheit zugestimmt.</p>
				<p class="byline">Von Erika Muster</p></header>`+storyP+`</article>`),
			title: "Gesetz beschlossen",
			want: map[string]ParagraphKind{
				"Der Bundestag hat mit großer Mehrheit zugestimmt.": Body,
				"Von Erika Muster": Meta,
			},
		},
		{
			name: "hidden elements",
			html: page("", `<article>`+storyP+`<p hidden>Versteckt eins</p><div aria-hidden="true"><p>Versteckt zwei</p></div>
				<p style="color: red; display: none">Versteckt drei</p><p style="visibility:hidden">Versteckt vier</p></article>`),
			absent: []string{"Versteckt"},
		},
		{
			name: "scripts, styles, templates, svg, iframes, forms, buttons",
			html: page(`<style>p{color:red}</style>`, `<article>`+storyP+`<script>var p="<p>Skript</p>";</script><noscript><p>Bitte JavaScript</p></noscript>
				<template><p>Vorlage</p></template><svg><title>Grafik</title><text>Achse</text></svg><iframe src="x">Rahmen</iframe>
				<form><label>Suche</label><input value="x"><button>Los</button></form></article>`),
			absent: []string{"Skript", "JavaScript", "Vorlage", "Grafik", "Achse", "Rahmen", "Suche", "Los", "color"},
		},
		{
			name: "line breaks: one joins, two split",
			html: page("", `<div>Erste Zeile des Absatzes<br>geht hier weiter.<br><br>Zweiter Absatz nach zwei Umbrüchen.</div>`),
			want: map[string]ParagraphKind{
				"Erste Zeile des Absatzes geht hier weiter.": Body,
				"Zweiter Absatz nach zwei Umbrüchen.":        Body,
			},
		},
		{
			name: "layout classes on wrappers do not drop the story",
			html: page("", `<div class="layout has-sidebar with-comments">`+storyP+`</div>`),
			want: map[string]ParagraphKind{"Die Regierung hat am Montag ein neues Gesetz beschlossen. Es soll im Frühjahr in Kraft treten und betrifft rund 2,3 Millionen Haushalte.": Body},
		},
		{
			name:   "title suffix names the site",
			html:   page(`<title>Regierung beschließt Gesetz | Politik | Testblatt</title>`, storyP),
			title:  "Regierung beschließt Gesetz",
			source: "Testblatt",
		},
		{
			name:   "a dash inside a headline is not a site suffix",
			html:   page(`<title>Ukraine-Krieg - Selenskyj fordert mehr Waffen</title>`, storyP),
			title:  "Ukraine-Krieg - Selenskyj fordert mehr Waffen",
			source: "",
		},
		{
			name:   "Open Graph wins over <title>; canonical gives the URL",
			html:   page(`<title>Lange SEO-Überschrift - Testblatt</title><meta property="og:title" content="Kurze Überschrift"><meta property="og:site_name" content="Testblatt Online"><link rel="canonical" href="https://www.testblatt.example/a/1"><meta property="article:published_time" content="2023-11-30T18:00:00Z">`, storyP),
			title:  "Kurze Überschrift",
			source: "Testblatt Online", url: "https://www.testblatt.example/a/1", date: "2023-11-30",
		},
		{
			name:   "source from the address when the page names none",
			html:   page(`<meta property="og:url" content="https://www.zeitung.example/politik/1">`, storyP),
			source: "zeitung.example", url: "https://www.zeitung.example/politik/1",
		},
		{
			name: "date from <time datetime>",
			html: page("", `<article><h1>Meldung</h1><p>Veröffentlicht <time datetime="2022-02-24">24. Februar 2022</time></p>`+storyP+`</article>`),
			date: "2022-02-24", title: "Meldung",
		},
		{
			name: "date from meta name=date in RFC 1123",
			html: page(`<meta name="date" content="Tue, 10 Sep 2024 08:00:00 GMT">`, storyP),
			date: "2024-09-10",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, err := Parse("page.html", []byte(tt.html))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if tt.title != "" && a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if a.Date != tt.date {
				t.Errorf("date = %q, want %q", a.Date, tt.date)
			}
			if tt.source != "" || strings.Contains(tt.name, "site suffix") {
				if a.Source != tt.source {
					t.Errorf("source = %q, want %q", a.Source, tt.source)
				}
			}
			if a.URL != tt.url {
				t.Errorf("url = %q, want %q", a.URL, tt.url)
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
						t.Errorf("paragraph %q holds %q, which is page furniture", p.Text, s)
					}
				}
			}
		})
	}
}

func texts(a *Article) []string {
	var out []string
	for _, p := range a.Paragraphs {
		out = append(out, string(p.Kind)+": "+p.Text)
	}
	return out
}

func TestHTMLCharset(t *testing.T) {
	latin1 := func(s string) []byte { // German text as ISO-8859-1
		var b []byte
		for _, r := range s {
			b = append(b, byte(r))
		}
		return b
	}
	tests := []struct {
		name string
		data []byte
		want string // a paragraph
		note string
	}{
		{"meta charset", latin1(`<html><head><meta charset="iso-8859-1"></head><body><p>Grüße für Jürgen aus Düsseldorf.</p></body></html>`), "Grüße für Jürgen aus Düsseldorf.", "decoded from windows-1252"},
		{"http-equiv", latin1(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"></head><body><p>Straße in Köln</p></body></html>`), "Straße in Köln", "decoded from iso-8859-15"},
		{"no declaration: Windows-1252 guess", latin1(`<p>Äpfel und Öl</p>`), "Äpfel und Öl", "not UTF-8: decoded as Windows-1252"},
		{"declared UTF-8 and valid", []byte(`<meta charset="utf-8"><p>Grüße</p>`), "Grüße", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, notes, err := Parse("x.html", tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Paragraphs) == 0 || a.Paragraphs[0].Text != tt.want {
				t.Errorf("paragraphs %q, want %q", texts(a), tt.want)
			}
			if got := strings.Join(notes, "; "); got != tt.note {
				t.Errorf("notes %q, want %q", got, tt.note)
			}
		})
	}
}

// TestSamplePages reads the hand-written pages in testdata/pages as a user
// would see them: titles, dates and sources right, no furniture in the text.
func TestSamplePages(t *testing.T) {
	arts, warns := LoadPaths([]string{"testdata/pages"})
	if len(warns) > 0 {
		t.Errorf("warnings: %v", warns)
	}
	want := map[string][3]string{ // id -> title, date, source
		"de_nachrichten.html": {"Hochwasser an der Oder: Pegel steigt weiter", "2024-09-18", "Beispiel-Zeitung"},
		"en_world.html":       {"Drought cuts Rhine shipping as water levels fall", "2025-08-12", "The Example Times"},
		"de_bericht.md":       {"Bahnstreik: Pendler müssen sich auf Ausfälle einstellen", "2025-03-04", "Musterstädter Anzeiger"},
		"en_report.md":        {"Heatwave pushes Spain's power demand to record", "2025-07-01", "Example Wire"},
	}
	furniture := []string{"Cookie", "cookies", "Akzeptieren", "Newsletter", "Leser123", "Impressum", "Skripttext",
		"Versteckter", "Sonnenbrillen", "Facebook", "Twittern", "Danube", "cheap flights", "Rechte vorbehalten",
		"All rights reserved", "streik\": true", "alert(", "bahnsteig.jpg", "Leerer Bahnsteig"}
	seen := map[string]bool{}
	for _, a := range arts {
		w, ok := want[a.ID]
		if !ok {
			continue
		}
		seen[a.ID] = true
		if got := [3]string{a.Title, a.Date, a.Source}; got != w {
			t.Errorf("%s: title, date, source = %q, want %q", a.ID, got, w)
		}
		for _, p := range a.Paragraphs {
			for _, f := range furniture {
				if strings.Contains(p.Text, f) && p.Kind != Boilerplate {
					t.Errorf("%s: %s paragraph %q holds furniture %q", a.ID, p.Kind, p.Text, f)
				}
			}
		}
		if a.Words < 40 {
			t.Errorf("%s: only %d words of story text", a.ID, a.Words)
		}
	}
	for id := range want {
		if !seen[id] {
			t.Errorf("%s not loaded", id)
		}
	}
}
