package article

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/internal/lang"
)

// Lines around the story that say who wrote it, when and for whom: bylines,
// date lines ("Outlet, 13. August 2025, 07.30 Uhr"), wire datelines
// ("ATHENS (AP) —") and the credits at the end. They are meta, not story,
// and they give the article's date and source.

// bylineHeadRe is how a byline starts: "Von", "By", "Text:", "Von unserem
// Korrespondenten", "From our correspondent".
var bylineHeadRe = regexp.MustCompile(`^(?i:von|by|text(?: von)?:?|written by|reported by|from)\s+`)

// bylineWords may stand lower-case in a byline: name particles, "and",
// and role words ("unserem Korrespondenten", "Athens correspondent").
var bylineWords = lang.Words(`und and & sowie von van der den de del della di da du le la zu vom dos
	unserem unserer unseren unserm our in aus at
	korrespondent korrespondenten korrespondentin redakteur redakteurin redaktion reporter reporterin
	correspondent correspondents editor reporter writer staff senior chief political foreign economics
	diplomatic security defence defense europe business science health`)

// isByline reports a line that is only a byline: "Von Julia Brenner und
// Tobias Kern", "By DEREK GATOPOULOS and ELENA BECATOROS", "By Laura Gozzi,
// Athens correspondent", "Von unserem Korrespondenten Max Muster, Kiew".
func isByline(t string) bool {
	if len(t) > 160 || len(t) < 5 {
		return false
	}
	if !headIs(t, "von ", "by ", "text", "written ", "reported ", "from ") {
		return false
	}
	m := bylineHeadRe.FindStringIndex(t)
	if m == nil {
		return false
	}
	rest := t[m[1]:]
	if rest == "" || strings.ContainsAny(rest, "!?:;\"„“”«»()") || hasDigit(rest) {
		return false
	}
	words := strings.FieldsFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '/' || r == '·' || r == '|' })
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	names := 0
	for i, w := range words {
		w = strings.TrimRight(w, ".")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			names++
		case bylineWords[strings.ToLower(w)]:
		default:
			return false
		}
		// A period may only close an initial or an abbreviation ("J.").
		if strings.HasSuffix(words[i], ".") && utf8.RuneCountInString(w) > 3 && i < len(words)-1 {
			return false
		}
	}
	return names > 0
}

// Parts of a date line that are neither the date nor the outlet.
var (
	timeRe = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?(?:\s*(?:mez|mesz|cet|cest|gmt|utc|bst|est|edt|et|pt))?\b\.?|\b\d{1,2}\s*(?:uhr|am|pm|a\.m\.|p\.m\.)(?:\s|$|[,.])`)
	// Labels and filler words of date lines, and weekday names.
	dateLineWords = lang.Union(lang.Weekdays, lang.WeekdayAbbrevs).With(`stand aktualisiert veröffentlicht erschienen zuletzt
		geändert am um uhr on at updated published posted last modified`)
	// inlineBylineRe finds a byline after the date: "… 6:45 PM by X".
	inlineBylineRe = regexp.MustCompile(`(?i)(^|[\s,·|–—-])(von|by)\s`)
	// updateLabelRe starts a line that says when the text was updated.
	updateLabelRe = regexp.MustCompile(`(?i)^(zuletzt aktualisiert|aktualisiert|stand|last updated|updated|veröffentlicht|published|posted)\b`)
	// updateSentenceRe: "Dieser Artikel wurde zuletzt am 17.09.2025 aktualisiert."
	updateSentenceRe = regexp.MustCompile(`(?i)^(dieser|der) (artikel|beitrag|text) wurde .{0,60}(aktualisiert|veröffentlicht|geändert|ergänzt)\.?$|^this (article|story|report) (was|has been) .{0,60}(updated|published|amended|corrected)\b`)
)

// dateLine reports a line made of a date and what usually stands around it:
// times, weekdays, "Stand:"/"Updated" labels, separators, a byline and at
// most one outlet name. source is that outlet name, when there is one.
func dateLine(t string) (ok bool, source string) {
	if len(t) > 200 || !hasYear(t) {
		return false, ""
	}
	date, s, e := findDateSpan(t)
	if date == "" {
		return false, ""
	}
	rest := t[:s] + " , " + t[e:]
	// "… by Oleksandr Yankovskyi", "· Von Julia Brenner"
	if m := inlineBylineRe.FindStringIndex(rest); m != nil {
		if !isByline(strings.TrimLeft(rest[m[0]:], " ,·|–—-")) {
			return false, ""
		}
		rest = rest[:m[0]]
	}
	rest = timeRe.ReplaceAllString(rest, " , ")
	for _, seg := range strings.FieldsFunc(rest, func(r rune) bool { return strings.ContainsRune(",·|•–—/", r) }) {
		seg = strings.Trim(seg, " -:.\u00a0")
		var kept []string
		for _, w := range strings.Fields(seg) {
			if !dateLineWords[strings.ToLower(strings.Trim(w, ".:"))] {
				kept = append(kept, w)
			}
		}
		if len(kept) == 0 {
			continue
		}
		name := strings.Join(kept, " ")
		if source != "" || !isNameSegment(name) {
			return false, ""
		}
		// A name that is not an outlet must be a place set off by a
		// separator ("Hamburg, 03.03.2024"), not a phrase ("Die Wahl am …").
		if !isOutletName(name) && !setOff(t, kept[len(kept)-1]) {
			return false, ""
		}
		source = name
	}
	if source != "" && !isOutletName(source) {
		source = "" // a place ("Dresden, 17. September 2025"), not an outlet
	}
	return true, source
}

// isNameSegment: up to five words, each capitalised or a particle, no
// sentence punctuation.
func isNameSegment(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || strings.ContainsAny(s, "!?;\"„“") {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !bylineWords[strings.ToLower(w)] && !strings.Contains(w, ".") {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// mediaWords end the names of news outlets in German and English:
// "Rundblick", "Abendblatt", "Rhein-Post Online", "Associated Press".
var mediaWords = []string{
	"zeitung", "blatt", "post", "kurier", "courier", "anzeiger", "rundschau", "rundblick", "bote",
	"nachrichten", "presse", "press", "online", "news", "times", "journal", "herald", "tribune",
	"express", "gazette", "telegraph", "guardian", "observer", "chronicle", "magazin", "magazine",
	"spiegel", "echo", "merkur", "daily", "weekly", "report", "radio", "agentur", "agency",
	"independent", "dispatch", "ledger", "record", "mirror", "inquirer", "bulletin", "blog", "wire",
	"monitor", "standard", "volksstimme", "allgemeine", "tagblatt", "tageblatt", "kurier", "brief",
}

// isOutletName: a name with a media word in it, a web address, or a wire
// agency's name.
func isOutletName(s string) bool {
	low := strings.ToLower(s)
	if wireAgencies[strings.Trim(low, "() ")] != "" {
		return true
	}
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == '-' }) {
		for _, m := range mediaWords {
			if strings.HasSuffix(w, m) {
				return true
			}
		}
		for _, tld := range []string{".de", ".com", ".ch", ".at", ".org", ".net", ".uk", ".eu"} {
			if strings.HasSuffix(w, tld) {
				return true
			}
		}
	}
	return false
}

// wireAgencies are news agencies as they are named in datelines and
// sign-offs, lower-case, with the name the source is given.
var wireAgencies = map[string]string{
	"ap": "Associated Press", "associated press": "Associated Press", "reuters": "Reuters",
	"dpa": "dpa", "afp": "AFP", "kna": "KNA", "epd": "epd", "apa": "APA", "sda": "SDA",
	"keystone-sda": "Keystone-SDA", "ansa": "ANSA", "efe": "EFE", "upi": "UPI", "bloomberg": "Bloomberg",
	"ddp": "ddp", "dts": "dts", "afx": "AFX", "dow jones": "Dow Jones", "pa": "PA", "tass": "TASS",
	"interfax": "Interfax", "xinhua": "Xinhua", "ukrinform": "Ukrinform", "anp": "ANP", "belga": "Belga",
	"ctk": "ČTK", "čtk": "ČTK", "pap": "PAP", "kyodo": "Kyodo", "yonhap": "Yonhap",
}

// wireDatelineRe: "ATHENS, Greece (AP) —", "Berlin (dpa) -", "DRESDEN,
// Germany, Sept 16 (Reuters) -" at the start of the first paragraph.
var wireDatelineRe = regexp.MustCompile(`^\p{Lu}[^()]{0,60}\(([\p{L}][\p{L} ./-]{0,24})\)\s*[-–—:]`)

// wireSource returns the agency named in a paragraph's dateline, or "".
func wireSource(t string) string {
	t = t[:min(len(t), 100)]
	if !strings.Contains(t, "(") {
		return ""
	}
	m := wireDatelineRe.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	for _, part := range strings.Split(m[1], "/") {
		if name := wireAgencies[strings.ToLower(strings.TrimSpace(part))]; name != "" {
			return name
		}
	}
	return ""
}

// signOffRe is an agency credit alone on a line: "(dpa)", "(dpa/AFP)",
// "(AP, Reuters)", "(red/dpa)".
var signOffRe = regexp.MustCompile(`^\(\s*\p{L}[\p{L}.-]{0,14}(\s*[/,]\s*\p{L}[\p{L}.-]{0,14}){0,4}\s*\)$`)

// creditRe matches the staff credits at the end of a story.
var endCreditRe = regexp.MustCompile(`(?i)^\(?\s*(additional reporting|reporting|writing|editing|compiled|research|mitarbeit|recherche|redaktion|mit material von|material von|unter mitarbeit von)\b\s*(by|von|:)|\b(contributed (reporting|to this report|to this story)|trugen zu diesem (bericht|artikel) bei)\.?\)?$`)

// isEndCredit: "(Reporting by …; Editing by …)", "X contributed reporting.",
// "Mitarbeit: …", "(dpa/AFP)".
func isEndCredit(t string) bool {
	if len(t) > 300 {
		return false
	}
	if t[0] == '(' && len(t) < 60 && signOffRe.MatchString(t) {
		return true
	}
	var buf [512]byte
	low := lowerInto(buf[:0], t)
	return (t[0] == '(' || headIs(t, "additional", "reporting", "writing", "editing", "compiled", "research", "mitarbeit", "recherche", "redaktion", "mit material", "material", "unter mitarbeit") ||
		bytes.Contains(low, []byte("contributed")) || bytes.Contains(low, []byte("trugen zu"))) && endCreditRe.MatchString(t)
}

// signOffSource is the agency of a sign-off "(dpa)", or "".
func signOffSource(t string) string {
	if !signOffRe.MatchString(t) {
		return ""
	}
	for _, part := range strings.FieldsFunc(strings.Trim(t, "() "), func(r rune) bool { return r == '/' || r == ',' }) {
		if name := wireAgencies[strings.ToLower(strings.TrimSpace(part))]; name != "" {
			return name
		}
	}
	return ""
}

// isUpdateLine: "Updated November 4, 2025, 9:40 pm. Read more: …",
// "Stand: 3. Mai 2024", "Dieser Artikel wurde zuletzt am … aktualisiert."
func isUpdateLine(t string) bool {
	if len(t) > 300 || !headIs(t, "dieser", "der ", "this", "zuletzt", "aktualisiert", "stand", "last", "updated", "veröffentlicht", "published", "posted") {
		return false
	}
	if updateSentenceRe.MatchString(t) {
		return true
	}
	m := updateLabelRe.FindStringIndex(t)
	if m == nil {
		return false
	}
	_, s, _ := findDateSpan(t)
	return s >= 0 && s-m[1] < 20
}

// hasYear: a year as every date pattern writes one, four digits standing
// alone (\b on both sides) from 1800 to 2199; a cheap test before the date
// patterns run. Longer numbers ("line 12345", URLs) no longer wake them.
func hasYear(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 && (s[i] == '1' || s[i] == '2') && (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			return true
		}
		i = j
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte is what \b counts as a word character.
func isWordByte(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// textDate is the date the text gives for itself when the file's metadata
// does not: a date line or byline (update lines only when nothing else has
// a date), else a dateline at the start of the story ("Dresden, 17.
// September 2025 – …").
func textDate(paras []Paragraph) string {
	var updated string
	for _, p := range paras {
		if p.Kind != Meta {
			continue
		}
		d := findDate(p.Text)
		if d == "" {
			continue
		}
		if isUpdateLine(p.Text) {
			if updated == "" {
				updated = d
			}
			continue
		}
		return d
	}
	if updated != "" {
		return updated
	}
	bodies := 0
	for _, p := range paras {
		if p.Kind != Body {
			continue
		}
		if d, s, _ := findDateSpan(p.Text[:min(len(p.Text), 80)]); d != "" && s < 50 {
			if place := strings.TrimSpace(p.Text[:s]); place == "" || strings.HasSuffix(place, ",") && isNameSegment(strings.TrimSuffix(place, ",")) {
				return d
			}
		}
		if bodies++; bodies == 2 {
			break
		}
	}
	return ""
}

// textSource is the outlet or agency the text names for itself: on a date
// line or an outlet line near the top, in a wire dateline ("ATHENS (AP) —")
// or in a sign-off at the end ("(dpa)").
func textSource(paras []Paragraph) string {
	for _, p := range paras[:min(len(paras), 8)] {
		if p.Kind != Meta {
			continue
		}
		if ok, src := dateLine(p.Text); ok && src != "" {
			return src
		}
		if isNameSegment(p.Text) && isOutletName(p.Text) {
			if name := wireAgencies[strings.ToLower(p.Text)]; name != "" {
				return name
			}
			return p.Text
		}
	}
	bodies := 0
	for _, p := range paras {
		if p.Kind != Body {
			continue
		}
		if src := wireSource(p.Text); src != "" {
			return src
		}
		if bodies++; bodies == 3 {
			break
		}
	}
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-4; i-- {
		if src := signOffSource(paras[i].Text); src != "" {
			return src
		}
	}
	return ""
}

// setOff reports whether word w is followed in t by a separator.
func setOff(t, w string) bool {
	i := strings.Index(t, w)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(t[i+len(w):], " \u00a0")
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(",·|•–—/", r)
}

// headIs reports whether t starts with one of the lower-case prefixes,
// ignoring case: a cheap test before a regular expression runs.
func headIs(t string, prefixes ...string) bool {
	head := t[:min(len(t), 24)]
	for _, p := range prefixes {
		// An ASCII byte folds only to itself or its other case.
		if len(head) == 0 || head[0] < utf8.RuneSelf && p[0] < utf8.RuneSelf && head[0]|0x20 != p[0] {
			continue
		}
		if len(head) >= len(p) && strings.EqualFold(head[:len(p)], p) {
			return true
		}
	}
	return false
}
