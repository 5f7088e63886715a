package article

import (
	"testing"
)

// BenchmarkLoad loads gen.Generate(10000) from memory: decoding, sanitising,
// segmenting and sentence splitting, on every core (run with -cpu 1,2 to
// see the scaling). It reports MB/s and articles/s.
func BenchmarkLoad(b *testing.B) {
	fsys, size := benchFiles(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	var n int
	for i := 0; i < b.N; i++ {
		arts, warns := LoadFS(fsys)
		if len(warns) > 0 {
			b.Fatalf("warnings: %v", warns[:min(len(warns), 3)])
		}
		n = len(arts)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
