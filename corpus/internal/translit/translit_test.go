package translit

import "testing"

func TestKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Selenskyj", "Zelensky", true},
		{"Selenskyj", "Zelenskyy", true},
		{"Zelenskiy", "Zelensky", true},
		{"Budanow", "Budanov", true},
		{"Lawrow", "Lavrov", true},
		{"Charkiw", "Kharkiv", true},
		{"Schoigu", "Shoigu", true},
		{"Kim Jong-un", "Kim Jong Un", true},
		{"Straße", "Strasse", true},
		{"Tschernow", "Chernov", true},
		{"Kowaltschuk", "Kovalchuk", true},
		{"Petrowitsch", "Petrovych", true},
		{"Budanow", "Budapest", false},
		{"Putin", "Patin", false},
	}
	for _, tt := range tests {
		if got := Key(tt.a) == Key(tt.b); got != tt.same {
			t.Errorf("Key(%q)=%q, Key(%q)=%q: same %v, want %v", tt.a, Key(tt.a), tt.b, Key(tt.b), got, tt.same)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kim Jong-un", "kim jong un"},
		{"Łukaszenka", "lukaszenka"},
		{"O'Brien", "obrien"},
		{"Müller-Lüdenscheidt", "muller ludenscheidt"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
