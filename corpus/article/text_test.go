package article

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"clean text unchanged", "Kim Jong Un schickt 12.000 Soldaten.", "Kim Jong Un schickt 12.000 Soldaten."},
		{"umlauts and emoji unchanged", "Grüße aus Köln 👋🏽 – „so“", "Grüße aus Köln 👋🏽 – „so“"},
		{"newline and tab kept", "a\tb\nc", "a\tb\nc"},
		{"CSI colour", "\x1b[31mrot\x1b[0m und normal", "rot und normal"},
		{"CSI with private parameters", "\x1b[?1049hVollbild\x1b[?25l", "Vollbild"},
		{"OSC 0 window title ended by BEL", "vor\x1b]0;gehackt\x07nach", "vornach"},
		{"OSC 52 clipboard ended by ST", "a\x1b]52;c;cm0gLXJmIH4=\x1b\\b", "ab"},
		{"OSC 8 hyperlink keeps its text", "\x1b]8;;http://x.example\x1b\\Link\x1b]8;;\x1b\\", "Link"},
		{"DCS", "x\x1bP1$r0m\x1b\\y", "xy"},
		{"APC", "x\x1b_payload\x1b\\y", "xy"},
		{"C1 CSI U+009B", "a\u009b31mb", "ab"},
		{"C1 OSC U+009D ended by C1 ST", "a\u009d0;title\u009cb", "ab"},
		{"two-byte escape", "a\x1bcb\x1b(Bc", "abc"},
		{"lone ESC at end", "text\x1b", "text"},
		{"unterminated OSC loses only its introducer", "a\x1b]0;never ends", "a0;never ends"},
		{"C0 controls", "a\x00b\x07c\x08d", "abcd"},
		{"form feed and vertical tab break, not glue", "tabs\fform\vfeed", "tabs\nform\nfeed"},
		{"DEL separates", "a\x7fb", "a b"},
		{"tag characters removed", "Kim\U000e0041\U000e0042\U000e007f Jong", "Kim Jong"},
		{"invisible operators and deprecated formats removed", "a\u2061b\u2064c\u206ad\u206fe", "abcde"},
		{"Mongolian vowel separator and Hangul fillers removed", "a\u180eb\u3164c\u115fd\uffa0e", "abcde"},
		{"a few combining marks kept", "Vie\u0302\u0323t", "Vie\u0302\u0323t"},
		{"Zalgo marks capped", "Z" + strings.Repeat("\u0301", 30) + "a", "Z\u0301\u0301\u0301\u0301a"},
		{"other C1 controls", "a\u0085b\u0080c", "abc"},
		{"CRLF and CR become LF", "a\r\nb\rc", "a\nb\nc"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"bidi override removed", "abc\u202edcba\u202c", "abcdcba"},
		{"zero-width space and soft hyphen removed", "Bundes\u00adwehr\u200b", "Bundeswehr"},
		{"BOM removed", "\ufeffText", "Text"},
		{"zero-width joiner kept", "👩\u200d💻", "👩\u200d💻"},
		{"invalid UTF-8 replaced", "a\xffb\xc3", "a\uFFFDb\uFFFD"},
		{"no-break space kept", "1\u00a0500", "1\u00a0500"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sanitize(tt.in)
			if got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Sanitize(got); again != got {
				t.Errorf("not idempotent: %q -> %q", got, again)
			}
		})
	}
}

// dirty describes the first byte or rune in s that must not reach a
// terminal (a control other than newline and tab, DEL, a C1 control,
// invalid UTF-8), or returns "".
func dirty(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	for i, r := range s {
		if r != '\n' && r != '\t' && (r < 0x20 || r >= 0x7f && r <= 0x9f) {
			return fmt.Sprintf("control %U at byte %d", r, i)
		}
	}
	return ""
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"plain", "\x1b[31mred\x1b[0m", "\x1b]0;title\x07", "\x1b]52;c;AAAA\x1b\\", "\x1bP$q\x1b\\",
		"\u009b1m", "\u009d0;x\u009c", "a\r\nb\rc", "\xff\xfe", "\x1b", "\x1b[", "\u202eabc", "„Zitat“",
		"tabs\fform\x7fdel", "Z\u0301\u0301\u0301\u200b\u0301\u0301\u0301a", "\U000e0041\u2061\u3164", "a\u0301\u0301\u0301\xff\u0301\u0301",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Sanitize(s)
		if d := dirty(got); d != "" {
			t.Fatalf("Sanitize(%q) = %q: %s", s, got, d)
		}
		if strings.ContainsRune(got, 0x1b) {
			t.Fatalf("ESC survived in %q", got)
		}
		if again := Sanitize(got); again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, got, again)
		}
	})
}

func TestNormalizeSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"schon normal", "schon normal"},
		{"  vorne und hinten  ", "vorne und hinten"},
		{"doppelt  und\tTab\nZeile", "doppelt und Tab Zeile"},
		{"1\u00a0500 Soldaten", "1\u00a0500 Soldaten"},
		{"1 \u00a0500", "1 500"},
		{"\u2003Geviert\u2003", "Geviert"},
		{"ä ö ü", "ä ö ü"},
	}
	for _, tt := range tests {
		if got := NormalizeSpace(tt.in); got != tt.want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFastPaths checks the shortcuts loading takes against what they
// replace: countWords against strings.Fields, the signup phrase set against
// the regular expression it replaced, and the credit pre-check against
// creditRe.
func TestFastPaths(t *testing.T) {
	samples := []string{
		"", " ", "ein Wort", "  zwei   Wörter ", "Tab\tund\nZeile", "1\u00a0500 Soldaten", "\u2003x\u2003y",
		"Jetzt Newsletter abonnieren", "Melden Sie sich an", "Hier COOKIE-Einstellungen", "Terms of Service",
		"Wir haben die Datenschutzerklärung gelesen", "DATENSCHUTZERKLÄRUNG", "Sign up now", "Ein normaler Satz.",
		"© Uncredited/AP/dpa | Uncredited", "Foto: dpa", "(Bild: picture alliance)", "Copyright 2024 Reuters",
		"(c) AFP", "Kim Jong Un/AP", "Soldaten in Kursk | dpa", "Photo credit: Jane Doe", "Grafik : Statista",
		"Kein Bildnachweis hier", "Zeit: 10 Uhr",
	}
	oldSignup := regexp.MustCompile(`(?i)(newsletter|werbevereinbarung|datenschutzerklärung|datenschutzhinweise|jetzt abonnieren|jetzt anmelden|abonnieren sie|melden sie sich|sign up|subscribe|privacy policy|cookie|terms of (use|service)|all rights reserved|alle rechte vorbehalten)`)
	for _, s := range samples {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
		if got, want := signupRe.MatchString(s), oldSignup.MatchString(s); got != want {
			t.Errorf("signup match %q = %v, regexp says %v", s, got, want)
		}
		if creditRe.MatchString(s) && !mayBeCredit(s) {
			t.Errorf("mayBeCredit(%q) = false, but creditRe matches", s)
		}
	}
}

// TestPullQuote: a short paragraph that
// repeats words of a longer one is furniture, one that does not is body.
func TestPullQuote(t *testing.T) {
	text := "Der Minister äußerte sich am Abend. „Wir werden diese Reform gegen alle Widerstände durchsetzen“, sagte er vor Journalisten in Berlin, und kündigte weitere Schritte an.\n\n" +
		"„Wir werden diese Reform gegen alle Widerstände durchsetzen“\n\n" +
		"Die Opposition will dagegen klagen, sagte ihr Sprecher.\n"
	a, _, err := Parse("q.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := []ParagraphKind{Body, Boilerplate, Body}
	if len(a.Paragraphs) != len(want) {
		t.Fatalf("paragraphs %q", texts(a))
	}
	for i, k := range want {
		if a.Paragraphs[i].Kind != k {
			t.Errorf("paragraph %d %q is %s, want %s", i, a.Paragraphs[i].Text, a.Paragraphs[i].Kind, k)
		}
	}
}
