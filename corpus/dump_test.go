package corpus

import (
	"fmt"
	"strings"
	"testing"

	"quellen/seeds"
)

func TestDumpEntities(t *testing.T) {
	arts, _ := LoadFS(seeds.FS())
	for _, e := range ExtractEntities(arts, nil) {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		fmt.Printf("%-7s %-40s %v | %d | %s\n", e.Type, e.Name, e.Aliases, len(e.Mentions), strings.Join(ms[:min(len(ms), 6)], ","))
	}
}
