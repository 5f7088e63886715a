package search

// consistent reports whether the tables of an index read from a file fit
// together, so that no search can index out of range: a file with a valid
// checksum may still be foreign or forged. It reads every table once.
func (ix *Index) consistent() bool {
	np := uint32(len(ix.passages))
	nt := uint32(ix.terms.Len())
	return len(ix.first) == ix.narts+1 && len(ix.lead) == ix.narts &&
		ix.passagesFit() && len(ix.pflags) == len(ix.post) &&
		ix.terms.valid() && ix.spellings.keys.valid() && ix.suffixesFit() &&
		postingsFit(ix.offsets, ix.post, nt, np) &&
		postingsFit(ix.toffsets, ix.tpost, nt, uint32(ix.narts)) &&
		postingsFit(ix.spellings.off, ix.spellings.ids, uint32(ix.spellings.keys.Len()), nt)
}

// passagesFit checks that first numbers the passages article by article
// and that every lead passage is one of its article's.
func (ix *Index) passagesFit() bool {
	if ix.first[0] != 0 || ix.first[ix.narts] != uint32(len(ix.passages)) {
		return false
	}
	for a := range ix.narts {
		lo, hi := ix.first[a], ix.first[a+1]
		if hi < lo || hi > uint32(len(ix.passages)) {
			return false
		}
		if l := ix.lead[a]; l != -1 && (l < int32(lo) || l >= int32(hi) || hi > 1<<31) {
			return false
		}
		for p := lo; p < hi; p++ {
			if r := ix.passages[p]; r.article != int32(a) || r.para < 0 || r.rank > rankFurniture {
				return false
			}
		}
	}
	return true
}

// valid checks that the offsets cut the blob into sorted, unique terms.
func (v vocab) valid() bool {
	if len(v.off) == 0 || v.off[0] != 0 || v.off[len(v.off)-1] != uint32(len(v.blob)) {
		return false
	}
	for i := 1; i < len(v.off); i++ {
		if v.off[i] < v.off[i-1] {
			return false
		}
	}
	for i := 1; i < v.Len(); i++ {
		if v.at(uint32(i-1)) >= v.at(uint32(i)) {
			return false
		}
	}
	return true
}

// postingsFit checks lists laid out flat: n lists cut from post by
// offsets, each ascending with values below limit.
func postingsFit(offsets, post []uint32, n, limit uint32) bool {
	if uint32(len(offsets)) != n+1 || offsets[0] != 0 || offsets[n] != uint32(len(post)) {
		return false
	}
	for t := range n {
		lo, hi := offsets[t], offsets[t+1]
		if hi < lo || hi > uint32(len(post)) {
			return false
		}
		for k := lo; k < hi; k++ {
			if post[k] >= limit || (k > lo && post[k] <= post[k-1]) {
				return false
			}
		}
	}
	return true
}

// suffixesFit checks that suffixes orders every term once, by its reversal.
func (ix *Index) suffixesFit() bool {
	n := ix.terms.Len()
	if len(ix.suffixes) != n {
		return false
	}
	seen := make([]bool, n)
	for k, id := range ix.suffixes {
		if int(id) >= n || seen[id] {
			return false
		}
		seen[id] = true
		if k > 0 && compareReversed(ix.terms.at(ix.suffixes[k-1]), ix.terms.at(id)) >= 0 {
			return false
		}
	}
	return true
}
