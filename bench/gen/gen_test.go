package gen

import (
	"bytes"
	"testing"
)

func TestGenerateIsDeterministicAndSized(t *testing.T) {
	a, b := Generate(200), Generate(200)
	total := 0
	for name, f := range a {
		if !bytes.Equal(f.Data, b[name].Data) {
			t.Fatalf("%s differs between runs", name)
		}
		total += len(f.Data)
	}
	if len(a) != 200 {
		t.Fatalf("got %d articles, want 200", len(a))
	}
	// 10 000 articles should come to roughly 50 MB.
	if avg := total / len(a); avg < 3000 || avg > 8000 {
		t.Errorf("average article is %d bytes, want 3-8 KB", avg)
	}
}
