package article

import (
	"fmt"
	"strings"
)

// goldmark takes super-linear time on some shapes of input: a link
// destination that is never closed is scanned to the end of its line for
// every "](" ("[a](" 50 000 times in 200 KB took 14 s), each reference
// definition at the start of a paragraph copies the lines after it (100 000
// definitions: 13 s), and every line walks every open list and quote (lists
// nested 5 000 deep: minutes and a gigabyte). markdownTooHard estimates
// that work from the text before goldmark sees it, so a file over budget is
// read as plain text instead, with a note.

const (
	// maxMarkdownDepth is the deepest nesting of lists and quotes parsed as
	// Markdown; news articles nest two or three deep.
	maxMarkdownDepth = 32
	// markdownWorkPerByte and markdownBaseWork make the work budget of one
	// file, in bytes scanned or lines copied, a few nanoseconds each: about
	// a third of a second, and a second more for a file at the size limit.
	markdownWorkPerByte = 8
	markdownBaseWork    = 1 << 26
)

// markdownTooHard says why src would cost goldmark too much, or "".
func markdownTooHard(src string) string {
	budget := markdownWorkPerByte*len(src) + markdownBaseWork
	work := 0
	defs, lines := 0, 0 // reference definitions opening the paragraph, its lines
	leading := true     // no other line in the paragraph yet
	endParagraph := func() {
		work += defs * lines
		defs, lines, leading = 0, 0, true
	}
	for rest := src; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			endParagraph()
			continue
		}
		lines++
		if leading && isLinkDefinition(line) {
			defs++
		} else {
			leading = false
		}
		if d := containerDepth(line); d > maxMarkdownDepth {
			return fmt.Sprintf("lists or quotes nested over %d deep", maxMarkdownDepth)
		}
		work += openDestinationWork(line)
		if work+defs*lines > budget {
			return "too costly to parse (links or reference definitions in bulk)"
		}
	}
	endParagraph()
	if work > budget {
		return "too costly to parse (links or reference definitions in bulk)"
	}
	return ""
}

// isLinkDefinition: "[label]: destination", indented at most three spaces.
func isLinkDefinition(line string) bool {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || !strings.HasPrefix(t, "[") {
		return false
	}
	return strings.Contains(t, "]:")
}

// containerDepth estimates how many lists and quotes line sits in: its
// markers ("> - 1. ") and, when it has one, its indentation, two columns a
// level. A line without a marker opens nothing, however indented.
func containerDepth(line string) int {
	depth, indent, i := 0, 0, 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ':
			indent++
			i++
		case c == '\t':
			indent += 4
			i++
		case c == '>':
			depth++
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && line[i+1] == ' ':
			depth++
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 >= len(line) || (line[j] != '.' && line[j] != ')') || line[j+1] != ' ' {
				return depthWith(depth, indent)
			}
			depth++
			i = j + 2
		default:
			return depthWith(depth, indent)
		}
	}
	return depthWith(depth, indent)
}

func depthWith(markers, indent int) int {
	if markers == 0 {
		return 0
	}
	return markers + indent/2
}

// openDestinationWork is what goldmark spends on the link destinations
// that start in line: each "](" is scanned up to the ")", space or line end
// that ends it, found here from the right in one pass.
func openDestinationWork(line string) int {
	work := 0
	end := len(line) // where a destination starting before it would stop
	for i := len(line) - 1; i >= 0; i-- {
		switch line[i] {
		case ')', ' ', '\t':
			end = i
		case '(':
			if i > 0 && line[i-1] == ']' {
				work += end - i
			}
		}
	}
	return work
}
