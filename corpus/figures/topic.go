package figures

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A unit is no label: "EUR", "m" and "%" do not say what was paid,
// measured or shared. Groups of money, percentages and measures are named
// after the thing their sentences measure ("Schaden", "Pegel der Elbe",
// "verbrannte Fläche", "pay rise"), found in general news vocabulary,
// with the unit after it: "Pegel der Elbe in Dresden (m)".

// topic is a thing a figure measures: word prefixes (lower case) that name
// it in either language, and how a German and an English label write it.
type topic struct {
	prefixes []string
	de, en   string
	// keep: the label writes the word as found, with a genitive after it
	// ("Pegel der Elbe"), rather than the fixed name.
	keep bool
}

// topics per unit family ("money", "percent", or a measure unit), most
// specific first; a "" prefix list is the fallback of the unit.
var topics = map[string][]topic{
	"money": {
		{words("schaden schäden damage"), "Schaden", "damage", false},
		{words("entschädig compensation"), "Entschädigung", "compensation", false},
		{words("prämie bonus inflationsausgleich"), "Prämie", "bonus", false},
		{words("lohn löhne gehalt gehälter wage salar pay"), "Lohn", "pay", false},
		{words("kosten cost"), "Kosten", "cost", false},
		{words("militärhilfe rüstungshilfe military-aid"), "Militärhilfe", "military aid", false},
		{words("soforthilfe nothilfe relief"), "Soforthilfe", "emergency relief", false},
		{words("hilfe hilfs unterstützung aid assistance support package paket"), "Hilfe", "aid", false},
		{words("verlust loss"), "Verlust", "loss", false},
		{words("umsatz revenue sales"), "Umsatz", "revenue", false},
		{words("gewinn profit"), "Gewinn", "profit", false},
		{words("haushalt etat budget"), "Haushalt", "budget", false},
		{words("investition investment"), "Investitionen", "investment", false},
		{words("ausgaben spending"), "Ausgaben", "spending", false},
		{nil, "Betrag", "amount", false},
	},
	"percent": {
		{words("lohn löhne gehalt gehälter wage salar pay"), "Lohnerhöhung", "pay rise", false},
		{words("preis price"), "Preisanstieg", "price rise", false},
		{words("inflation teuerung"), "Inflation", "inflation", false},
		{words("zins interest"), "Zins", "interest rate", false},
		{words("wachstum growth"), "Wachstum", "growth", false},
		{words("arbeitslos unemploy"), "Arbeitslosenquote", "unemployment rate", false},
		{words("stimmenanteil wählerstimm vote"), "Stimmenanteil", "vote share", false},
		{words("bip gdp wirtschaftsleistung"), "Anteil am BIP", "share of GDP", false},
		{words("erhöhung anstieg steigerung increase rise raise"), "Erhöhung", "increase", false},
		{words("rückgang senkung kürzung decrease decline drop cut"), "Rückgang", "decrease", false},
		{nil, "Anteil", "share", false},
	},
	"m": {
		{words("pegel wasserstand gauge"), "Pegel", "water level", true},
		{words("level"), "Pegel", "water level", false},
		{words("tiefe depth deep"), "Tiefe", "depth", false},
		{words("welle wave"), "Wellenhöhe", "wave height", false},
		{words("wasser water flut flood überschwemm"), "Wasserstand", "water depth", false},
		{nil, "Höhe", "height", false},
	},
	"ha": {
		{words("verbrannt brann brand feuer burn burnt fire blaze scorch"), "verbrannte Fläche", "burned area", false},
		{words("überflutet überschwemm flood"), "überflutete Fläche", "flooded area", false},
		{nil, "Fläche", "area", false},
	},
	"km/h": {
		{words("wind böe sturm orkan gust storm gale"), "Windgeschwindigkeit", "wind speed", false},
		{nil, "Geschwindigkeit", "speed", false},
	},
	"l": {
		{words("regen niederschlag rain precipitation"), "Regenmenge", "rainfall", false},
		{nil, "Menge", "volume", false},
	},
	"t":  {{nil, "Menge", "amount", false}},
	"kg": {{nil, "Gewicht", "weight", false}},
	"km": {{nil, "Entfernung", "distance", false}},
	"mi": {{nil, "Entfernung", "distance", false}},
}

// topicKey is the topics list a group is named from, or "".
func topicKey(g *Group) string {
	switch g.Kind {
	case KindMoney:
		return "money"
	case KindPercent:
		return "percent"
	case KindCount:
		return ""
	}
	if _, ok := topics[g.Unit]; ok {
		return g.Unit
	}
	return ""
}

// groupTopic names what a group's figures measure: the topic most of its
// sentences name nearest their figure, else the unit's fallback.
func groupTopic(g *Group, lang string) string {
	list := topics[topicKey(g)]
	if len(list) == 0 {
		return ""
	}
	votes := map[string]int{}
	for _, f := range g.Figures {
		if name := figureTopic(f, list, lang); name != "" {
			votes[name]++
		}
	}
	if len(votes) == 0 {
		if t := list[len(list)-1]; t.prefixes == nil {
			return topicName(t, lang)
		}
		return ""
	}
	names := make([]string, 0, len(votes))
	for n := range votes {
		names = append(names, n)
	}
	// Ties go to the more specific topic, earlier in the list.
	rank := func(n string) int {
		for i, t := range list {
			if n == t.de || n == t.en {
				return i
			}
		}
		return len(list)
	}
	sort.Slice(names, func(i, j int) bool {
		if votes[names[i]] != votes[names[j]] {
			return votes[names[i]] > votes[names[j]]
		}
		if ri, rj := rank(names[i]), rank(names[j]); ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	return names[0]
}

func topicName(t topic, lang string) string {
	if lang == "en" {
		return t.en
	}
	return t.de
}

// figureTopic is the topic named nearest the figure in its sentence, in
// the label's language (a figure of the other language votes with the
// fixed name).
func figureTopic(f *Figure, list []topic, lang string) string {
	at := strings.Index(f.Sentence, f.Text)
	if at < 0 {
		at = 0
	}
	ws := sentenceWords(f.Sentence)
	best, bestDist := "", -1
	for i, w := range ws {
		if w.start >= at && w.start < at+len(f.Text) {
			continue // the figure's own words
		}
		for _, t := range list {
			if t.prefixes == nil || !hasAnyPrefix(w.low, t.prefixes) {
				continue
			}
			d := w.start - at
			if d < 0 {
				d = -d
			}
			if bestDist < 0 || d < bestDist {
				best, bestDist = topicName(t, lang), d
				if t.keep && f.lang == lang {
					best = keptTopic(ws, i, lang)
				}
			}
			break
		}
	}
	return best
}

// keptTopic writes the topic word as found, with a genitive of a name
// after it: "Pegel der Elbe", "level of the Elbe".
func keptTopic(ws []sentWord, i int, lang string) string {
	out := []string{ws[i].text}
	if lang == "de" {
		if r, _ := utf8.DecodeRuneInString(out[0]); !unicode.IsUpper(r) {
			return topicName(topics["m"][0], lang)
		}
	}
	j := i + 1
	if j+1 < len(ws) && (ws[j].low == "der" || ws[j].low == "des") && isCapitalised(ws[j+1].text) {
		out = append(out, ws[j].text, ws[j+1].text)
	} else if j+2 < len(ws) && ws[j].low == "of" && ws[j+1].low == "the" && isCapitalised(ws[j+2].text) {
		out = append(out, ws[j].text, ws[j+1].text, ws[j+2].text)
	}
	return strings.Join(out, " ")
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func hasAnyPrefix(w string, prefixes []string) bool {
	for _, p := range prefixes {
		// Inside a German compound only when long enough to be a word:
		// "Hochwasserschäden", "Streikkosten".
		if strings.HasPrefix(w, p) || len(p) >= 6 && strings.Contains(w, p) {
			return true
		}
	}
	return false
}

// sentWord is a word of a sentence with its byte offset.
type sentWord struct {
	text, low string
	start     int
}

// sentenceWords splits a sentence into words (letters, digits and inner
// hyphens), dropping punctuation.
func sentenceWords(s string) []sentWord {
	var out []sentWord
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' && start >= 0
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			w := strings.TrimRight(s[start:i], "-")
			out = append(out, sentWord{w, strings.ToLower(w), start})
			start = -1
		}
	}
	if start >= 0 {
		w := strings.TrimRight(s[start:], "-")
		out = append(out, sentWord{w, strings.ToLower(w), start})
	}
	return out
}
