package figures

import (
	"math"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		lang string
		want float64
		ok   bool
	}{
		{"12.000", "de", 12000, true},
		{"1 500", "de", 1500, true},
		{"12 000", "de", 12000, true},
		{"1\u00a0500", "de", 1500, true},
		{"1\u202f500", "de", 1500, true},
		{"1\u2009500", "de", 1500, true},
		{"600 000", "de", 600000, true},
		{"1,3", "de", 1.3, true},
		{"12'000", "de", 12000, true},
		{"12’000", "de", 12000, true},
		{"1.500.000", "de", 1500000, true},
		{"1.234,5", "de", 1234.5, true},
		{"2000,5", "de", 2000.5, true},
		{"0,500", "de", 0.5, true},
		{"11,000", "en", 11000, true},
		{"1.2", "en", 1.2, true},
		{"1,500,000", "en", 1500000, true},
		{"1,234.5", "en", 1234.5, true},
		{"12.000", "en", 12000, true}, // round thousands are never decimals
		{"11,000", "de", 11000, true},
		{"2,125", "de", 2.125, true},
		{"1,3 Millionen", "de", 1300000, true},
		{"1,3 Mio.", "de", 1300000, true},
		{"20 Milliarden", "de", 2e10, true},
		{"20 Mrd.", "de", 2e10, true},
		{"5 Tsd.", "de", 5000, true},
		{"2 Billionen", "de", 2e12, true},
		{"2 billion", "en", 2e9, true},
		{"1.2 million", "en", 1.2e6, true},
		{"20bn", "en", 2e10, true},
		{"3 thousand", "en", 3000, true},
		{"zwölf", "de", 12, true},
		{"drei", "de", 3, true},
		{"zweitausend", "de", 2000, true},
		{"dreihundertfünfzigtausend", "de", 350000, true},
		{"dreiundzwanzig", "de", 23, true},
		{"zwölftausend", "de", 12000, true},
		{"eine Million", "de", 1e6, true},
		{"zwei Millionen", "de", 2e6, true},
		{"ein Dutzend", "de", 12, true},
		{"three", "en", 3, true},
		{"twenty-five", "en", 25, true},
		{"a dozen", "en", 12, true},
		{"two hundred", "en", 200, true},
		{"two hundred and fifty thousand", "en", 250000, true},
		{"one million", "en", 1e6, true},
		{"", "de", 0, false},
		{"ein", "de", 0, false},
		{"eins", "de", 0, false},
		{"one", "en", 0, false},
		{"zweitägigen", "de", 0, false},
		{"Soldaten", "de", 0, false},
		{"1.2.3", "de", 0, false},
		{"27.07.2024", "de", 0, false},
		{"12 Soldaten", "de", 0, false},
		{"achten", "de", 0, false},
		{"undzwanzig", "de", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in, tt.lang)
		if ok != tt.ok || ok && math.Abs(got-tt.want) > 1e-9*math.Max(1, tt.want) {
			t.Errorf("ParseNumber(%q, %q) = %v, %v; want %v, %v", tt.in, tt.lang, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"12.000", "1 500", "1,3 Millionen", "11,000", "1.2 million", "zweitausend",
		"a dozen", "12'000", "27.07.2024", "1.2.3", "dreiundzwanzig", "two hundred and fifty thousand", "9999999999999999999999"} {
		f.Add(s, "de")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		v, ok := ParseNumber(s, lang)
		if ok && (math.IsNaN(v) || v < 0) {
			t.Fatalf("ParseNumber(%q, %q) = %v", s, lang, v)
		}
	})
}
