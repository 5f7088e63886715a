package entities

import (
	"strings"
	"testing"
)

// TestParseAliasesHostile: names in the corrections file reach the
// terminal, so escape sequences (SGR, OSC 52 clipboard writes, OSC 8
// links), C1 controls and bidi overrides in them are removed as in
// article text.
func TestParseAliasesHostile(t *testing.T) {
	in := "Kim\x1b[31m\tKim \x1b]52;c;cm0gLXJmIH4=\x07Jong-un\n" +
		"Putin\t\x1b]8;;http://x.invalid\x1b\\Wladimir Putin\x1b]8;;\x1b\\\n" +
		"Bu\u009b1mdanow\tKyrylo \u202eBudanow\n" +
		"\x1b]0;title\x07Wonsan\tplace\n"
	a, err := ParseAliases(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Kim": "Kim Jong-un", "Putin": "Wladimir Putin", "Budanow": "Kyrylo Budanow"}
	for alias, canon := range want {
		if got := a.canonical(alias); got != canon {
			t.Errorf("%s -> %q, want %q", alias, got, canon)
		}
	}
	if a.Types["wonsan"] != Place {
		t.Errorf("types %v: Wonsan lost its type", a.Types)
	}
	for k, v := range a.Canonical {
		if strings.ContainsAny(k+v, "\x1b\u009b\u202e\x07") {
			t.Errorf("%q -> %q keeps a control character", k, v)
		}
	}
}
