package corpus

// GroupFigures puts figures about the same thing, across articles, into
// groups, sets each figure's Group, and returns the groups with the most
// sources first.
func GroupFigures(figs []*Figure) []*Group { return nil }
