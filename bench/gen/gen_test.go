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

// distinctWords counts the distinct space-separated words of a corpus.
func distinctWords(fsys map[string][]byte) int {
	seen := map[string]bool{}
	for _, data := range fsys {
		for _, w := range bytes.Fields(data) {
			seen[string(w)] = true
		}
	}
	return len(seen)
}

func TestVocabModeGrowsTheVocabulary(t *testing.T) {
	data := func(n int, vocab bool) map[string][]byte {
		fsys := Generate(n)
		if vocab {
			fsys = GenerateVocab(n)
		}
		out := map[string][]byte{}
		for name, f := range fsys {
			out[name] = f.Data
		}
		return out
	}
	plain := distinctWords(data(400, false))
	small, large := distinctWords(data(100, true)), distinctWords(data(400, true))
	if small <= plain/2 || large < plain*2 {
		t.Errorf("distinct words: plain %d, vocab 100 articles %d, 400 articles %d; want the vocab mode far larger", plain, small, large)
	}
	if large < small*2 {
		t.Errorf("vocabulary did not grow with the corpus: %d at 100 articles, %d at 400", small, large)
	}
	a, b := GenerateVocab(50), GenerateVocab(50)
	for name, f := range a {
		if !bytes.Equal(f.Data, b[name].Data) {
			t.Fatalf("%s differs between runs", name)
		}
	}
}
