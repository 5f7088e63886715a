package corpus

import "strings"

// Why the evaluation finds a pair apart or mixed, for its tally. (These
// were only in an untracked corpus/zz_debug_test.go, as whyApart and
// whyMixed, so the package's tests did not build without it; the names
// differ so that such a file can stay beside them.)

// apartReason names the first frame slot two figures differ in.
func apartReason(a, b *Figure) string {
	switch {
	case a.Group < 0 || b.Group < 0:
		return "ungrouped"
	case a.Story != b.Story:
		return "story"
	case a.Kind != b.Kind || a.Unit != b.Unit:
		return "dimension"
	case a.Measure != b.Measure && a.Measure != "" && b.Measure != "":
		return "measure " + string(a.Measure) + "/" + string(b.Measure)
	case a.Measure != b.Measure:
		return "measure-unknown"
	case a.ActorID != b.ActorID && a.ActorID != "" && b.ActorID != "":
		return "actor"
	case a.Thing != b.Thing:
		return "thing"
	case a.Per != b.Per || a.Period != b.Period:
		return "per/period"
	case a.ActorID != b.ActorID:
		return "actor-unknown"
	}
	return "value-split"
}

// mixedReason says how the gold frames of two grouped figures differ.
func mixedReason(ga, gb string) string {
	x, y := strings.Split(ga, "|"), strings.Split(gb, "|")
	switch {
	case x[0] != y[0]:
		return "gold measure " + x[0] + "/" + y[0]
	case x[1] != y[1]:
		return "gold actor"
	case x[2] != y[2]:
		return "gold thing"
	}
	return "gold same frame"
}
