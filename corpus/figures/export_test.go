package figures

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestCSVText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kiew", "Kiew"},
		{`=HYPERLINK("http://x.invalid","klick")`, `'=HYPERLINK("http://x.invalid","klick")`},
		{"+1", "'+1"},
		{"-5 Prozent", "'-5 Prozent"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=b", "a=b"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := csvText(tt.in); got != tt.want {
			t.Errorf("csvText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMdEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"12 000 Soldaten", "12 000 Soldaten"},
		{"a | b", `a \| b`},
		{`<img src=x onerror=alert(1)>`, `\<img src=x onerror=alert(1)\>`},
		{"[klick](javascript:alert(1))", `\[klick\](javascript:alert(1))`},
		{"![x](http://x.invalid/p.png)", `!\[x\](http://x.invalid/p.png)`},
		{"`code` and \\", "\\`code\\` and \\\\"},
		{"two\nlines", "two lines"},
	}
	for _, tt := range tests {
		if got := mdEscape(tt.in); got != tt.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestExportsHostileTitle: a title written to trigger a spreadsheet formula
// or to inject markup reaches neither as such.
func TestExportsHostileTitle(t *testing.T) {
	f := &Figure{Article: "a.txt", Text: "-5 Prozent", Value: -5, Sentence: "+ mehr", Attribution: "@polizei"}
	groups := []*Group{{ID: 0, Label: "=1+1", Figures: []*Figure{f}, Sources: 1}}
	title := func(string) string { return `=HYPERLINK("http://x.invalid")<img onerror=x>` }
	var buf bytes.Buffer
	if err := WriteCSV(&buf, groups, title); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("rows %q, err %v", rows, err)
	}
	for i, cell := range rows[1] {
		if cell != "" && strings.ContainsRune("=+@", rune(cell[0])) || strings.HasPrefix(cell, "-") && cell != "-5" {
			t.Errorf("csv column %s: %q starts like a formula", rows[0][i], cell)
		}
	}
	var md bytes.Buffer
	if err := WriteMarkdownAll(&md, nil, groups, title); err != nil {
		t.Fatal(err)
	}
	if out := md.String(); strings.Count(out, "<") != strings.Count(out, `\<`) {
		t.Errorf("markdown holds raw HTML:\n%s", md.String())
	}
}
