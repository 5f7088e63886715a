package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of CLI output")

// The text output of each subcommand, as people read it, against golden
// files (go test -run TestGoldenCLI -update rewrites them).
func TestGoldenCLI(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"articles", []string{"articles"}},
		{"search", []string{"search", "--limit", "3", "nordkoreanische soldaten"}},
		{"figures", []string{"figures"}},
		{"figures_markdown", []string{"figures", "--format", "markdown"}},
		{"figures_csv", []string{"figures", "--format", "csv"}},
		{"search_wladiwostok", []string{"search", "--limit", "3", "wladiwostok"}},
		{"entities", []string{"entities"}},
		{"shared_seeds", []string{"shared"}},
		{"shared_eval", []string{"shared", "testdata/reuse-eval-2/articles"}},
		{"articles_eval", []string{"articles", "testdata/reuse-eval-2/articles"}},
		{"figures_eval", []string{"figures", "testdata/reuse-eval-2/articles"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, append(tt.args, "--no-cache")...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden := filepath.Join("testdata", "cli", tt.name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if out != string(want) {
				t.Errorf("output differs from %s:\n%s", golden, out)
			}
		})
	}
}
