package cache

import (
	"crypto/sha256"
	"encoding/binary"
	"hash/fnv"
	"strings"

	"quellen/corpus/article"
	"quellen/corpus/search"
)

// The search index is kept beside the parse cache, in a file of the same
// name ending in .index, and is valid for exactly the files it was built
// from: its key is a hash of the build and of every article's file key (ID,
// path, size, time), in article order, so checking it costs no more than
// the stat of each file that the parse cache does anyway.

// Index returns the search index of the Set's articles: the index file when
// it was made from the same files, else one built now (and written back for
// the next run). An index from the file decodes an article only when a
// search shows one of its passages.
func (s *Set) Index() *search.Index {
	if s.file == "" || s.hasUncached() {
		s.Fill()
		return s.build()
	}
	key, keys := s.indexKey()
	file := s.indexFile()
	var ix *search.Index
	if data, err := s.readIndex(); err == nil {
		if ix, err := search.Open(data, key, len(s.Articles), s.Article); err == nil {
			return ix
		}
		ix = s.update(data, keys)
	}
	if ix == nil {
		s.Fill()
		ix = s.build()
	}
	write(file, search.Encode(ix, key, keys))
	return ix
}

// update makes the index from the index file of an earlier load, data,
// reading only the articles that are not in it; nil when data is no index
// file or would be no help (most articles changed).
func (s *Set) update(data []byte, keys []uint64) *search.Index {
	old, oldKeys, err := search.OpenStale(data)
	if err != nil {
		return nil
	}
	at := make(map[uint64]int, len(oldKeys))
	for i, k := range oldKeys {
		at[k] = i
	}
	from := make([]int, len(keys))
	kept, last := 0, -1
	for i, k := range keys {
		from[i] = -1
		if o, ok := at[k]; ok && o > last { // articles keep their order
			from[i], last = o, o
			kept++
		}
	}
	if kept < len(keys)/2 {
		return nil
	}
	ix, read := search.Update(old, from, s.Article)
	s.indexed = read
	return ix
}

func (s *Set) indexFile() string { return strings.TrimSuffix(s.file, ".cache") + ".index" }

// readIndex returns the index file, read ahead when it was.
func (s *Set) readIndex() ([]byte, error) {
	if s.prefetch != nil {
		if data := <-s.prefetch; data != nil {
			return data, nil
		}
	}
	return article.ReadFile(s.indexFile(), maxCacheFile)
}

// Indexed is how many articles were read to build the search index (0
// when it came from its file).
func (s *Set) Indexed() int { return s.indexed }

func (s *Set) build() *search.Index {
	s.indexed = len(s.Articles)
	return search.NewIndexN(s.Articles, s.workers())
}

// hasUncached reports articles that no cache entry stands for (none, when
// the cache was in use): an index of them could not be checked next time.
func (s *Set) hasUncached() bool {
	for _, en := range s.entries {
		if en == nil {
			return true
		}
	}
	return false
}

// indexKey returns the key of an index of the Set's articles, and one key
// per article.
func (s *Set) indexKey() ([32]byte, []uint64) {
	h := sha256.New()
	h.Write([]byte(s.header))
	keys := make([]uint64, len(s.entries))
	var buf []byte
	for i, en := range s.entries {
		buf = appendKey(buf[:0], en.key)
		h.Write(buf)
		f := fnv.New64a()
		f.Write([]byte(s.header)) // another build may index differently
		f.Write(buf)
		keys[i] = f.Sum64()
	}
	return [32]byte(h.Sum(nil)), keys
}

// appendKey appends a file key unambiguously: lengths before strings.
func appendKey(buf []byte, k article.FileKey) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(k.ID)))
	buf = append(buf, k.ID...)
	buf = binary.AppendUvarint(buf, uint64(len(k.Path)))
	buf = append(buf, k.Path...)
	buf = binary.AppendVarint(buf, k.Size)
	return binary.AppendVarint(buf, k.ModTime)
}
