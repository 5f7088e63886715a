package figures

import "testing"

func TestFormatValue(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		want string
	}{
		{12000, "12\u202f000"},
		{1500, "1\u202f500"},
		{40, "40"},
		{1.3, "1.3"},
		{300.0 / 7, "42.86"},
		{-600000, "-600\u202f000"},
		{1.3e6, "1.3 million"},
		{3.2e9, "3.2 billion"},
		{1.5e12, "1.5 trillion"},
	} {
		if got := FormatValue(tt.v); got != tt.want {
			t.Errorf("FormatValue(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

// The reader, the command line and the exports all take their words from
// here: one set of words per qualifier, never the JSON token.
func TestPresentation(t *testing.T) {
	p := func(v float64) *float64 { return &v }
	for _, tt := range []struct {
		f          Figure
		value, qtx string
	}{
		{Figure{Value: 12000, Qualifier: Approx, Estimate: true}, "≈ 12\u202f000", "approximate, estimate"},
		{Figure{Value: 15000, High: p(15000), Qualifier: AtMost}, "≤ 15\u202f000", "at most"},
		{Figure{Value: 4000, Low: p(4000), Qualifier: AtLeast, Disputed: true}, "≥ 4\u202f000", "at least, disputed"},
		{Figure{Value: 12000, Low: p(11000), High: p(13000), Qualifier: Range}, "11\u202f000–13\u202f000", "range"},
		{Figure{Value: 7, Qualifier: Exact}, "7", "exact"},
	} {
		if got := tt.f.ValueText(); got != tt.value {
			t.Errorf("ValueText = %q, want %q", got, tt.value)
		}
		if got := tt.f.QualifierText(); got != tt.qtx {
			t.Errorf("QualifierText = %q, want %q", got, tt.qtx)
		}
	}
	if lo, hi := (&Figure{Value: 5, Low: p(3)}).Bounds(); lo != 3 || hi != 5 {
		t.Errorf("Bounds = %v, %v", lo, hi)
	}
}
