package entities

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Page furniture that slips into the text, mostly from plain-text copies of
// web pages: share rows ("Share Facebook WhatsApp X"), comment counters
// ("3 COMMENTS", "POSTS"), ad labels ("AD", "Anzeige") and the words after
// a byline's name ("Published"). None of it names anything.

// furnitureWords are the words share rows, counters, ad labels, cookie
// banners and bylines are made of. Lower case.
var furnitureWords = lang.Words(`share teilen facebook whatsapp twitter x telegram linkedin pinterest reddit
	threads bluesky xing flipboard messenger e-mail email mail drucken print link kopieren copy
	comments comment kommentare kommentar posts replies antworten likes
	ad ads anzeige advertisement werbung sponsored gesponsert promo
	published veröffentlicht updated aktualisiert read lesezeit min minuten
	accept akzeptieren zustimmen ablehnen reject settings einstellungen cookies`)

// labelWords are furniture written in capitals, which would pass for
// acronyms: "AD", "POSTS", "3 KOMMENTARE".
var labelWords = lang.Words(`ad ads posts comments kommentare anzeige replies shares likes`)

// bylineTails follow an author's name in a byline and are no part of it:
// "By Fiona Marsh Published 11 March 2024".
var bylineTails = lang.Words(`published veröffentlicht updated aktualisiert`)

// furnitureLine: a short paragraph made mostly of furniture words and
// numbers, as a share row or a counter is.
func furnitureLine(toks []token) bool {
	if len(toks) == 0 || len(toks) > 12 {
		return false
	}
	n := 0
	for _, t := range toks {
		if furnitureWords[t.lower] || strings.Trim(t.text, "0123456789") == "" {
			n++
		}
	}
	return n*2 > len(toks)
}
