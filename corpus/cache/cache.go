// Package cache keeps what parsing article files gave, so that loading the
// same folders again reads one file instead of parsing thousands. It sits
// beside corpus/article rather than inside it: the article package stays a
// pure model and parser, and only the command line touches the user's cache
// folder.
//
// One cache file per set of roots (named by a hash of their absolute
// paths) lives in $XDG_CACHE_HOME/quellen. A file's parse is reused when
// its ID, absolute path, size and modification time are unchanged; the
// whole cache is dropped when it was written by another build of quellen
// (the parser may have changed) or cannot be read back intact.
package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"quellen/corpus/article"
)

// Version changes whenever the format or the meaning of a parse changes in
// a way the build identity would miss.
const Version = 2

// maxCacheFile bounds what is read of a cache file (one holds the text of
// every file under its roots; 10 000 articles make about 60 MB), so that a
// link to /dev/zero put in its place cannot exhaust memory.
const maxCacheFile = 1 << 30

// Dir is the default cache folder: quellen under os.UserCacheDir
// ($XDG_CACHE_HOME or ~/.cache on Linux).
// A relative base ($HOME=relative) is refused: it would put the cache under
// whatever folder quellen happens to run in.
func Dir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	if !filepath.IsAbs(base) {
		return "", fmt.Errorf("the cache folder %s is not an absolute path ($HOME or $XDG_CACHE_HOME)", article.SanitizeName(base))
	}
	return filepath.Join(base, "quellen"), nil
}

// LoadPaths loads paths as article.LoadPaths does, reusing the parses of
// unchanged files from the cache in dir, and writes the cache back when
// anything changed. The cache never stops a load: err is non-nil only when
// dir cannot be created, for the caller to mention once; a cache that
// cannot be read or written is otherwise ignored quietly.
func LoadPaths(dir string, paths []string) ([]*article.Article, []article.Warning, error) {
	s, err := Open(dir, paths)
	s.Fill()
	return s.Articles, s.Warnings, err
}

// Set is one load through the cache: the articles, in the order of
// article.LoadPaths, and what is needed to read the rest of them.
//
// The articles a cache file gave have their metadata (ID, title, date,
// source, URL, language, words) and no paragraphs until Fill or Article
// decodes them: read Paragraphs only after one of those.
type Set struct {
	Articles []*article.Article
	Warnings []article.Warning
	// Workers bounds the goroutines of Fill and of building the index (0:
	// one per CPU), so that background work can leave a core free.
	Workers int

	entries  []*entry // entries[i] is Articles[i]'s; nil without a cache
	st       *store
	file     string // the cache file; "" without a cache
	header   string
	indexed  int         // articles read to build the search index
	prefetch chan []byte // the index file, read while walking; nil: not read
}

// Open loads paths through the cache in dir, as LoadPaths does, but
// decodes no article's paragraphs: files are checked by their size and
// time alone. err is as for LoadPaths; the Set is usable either way.
func Open(dir string, paths []string) (*Set, error) { return open(dir, paths, buildID(), false) }

// OpenForSearch is Open for a command that will search: the index file is
// read while the folders are walked, on another core.
func OpenForSearch(dir string, paths []string) (*Set, error) {
	return open(dir, paths, buildID(), true)
}

// open is Open with the build identity given. The cache file is read and
// decoded while the folders are walked.
func open(dir string, paths []string, header string, prefetch bool) (*Set, error) {
	// 0o700: the cache holds article text, which may be private.
	if err := os.MkdirAll(dir, 0o700); err != nil {
		arts, warns := article.LoadPaths(paths)
		return &Set{Articles: arts, Warnings: warns, header: header}, fmt.Errorf("cache not used: %v", err)
	}
	s := &Set{file: filepath.Join(dir, fileName(paths)), header: header}
	if prefetch {
		s.prefetch = make(chan []byte, 1)
		go func() {
			data, _ := article.ReadFile(s.indexFile(), maxCacheFile)
			s.prefetch <- data
			close(s.prefetch) // a later read gets nil and reads the file again
		}()
	}
	st := &store{old: map[string]*entry{}, of: map[*article.Article]*entry{}, ready: make(chan struct{})}
	go func() {
		defer close(st.ready)
		if data, err := article.ReadFile(s.file, maxCacheFile); err == nil {
			if entries, err := decode(data, header); err == nil {
				for _, en := range entries {
					st.old[slot(en.key)] = en
				}
			}
		}
	}()
	s.Articles, s.Warnings = article.LoadPathsWith(paths, st)
	<-st.ready // LoadPathsWith asks for no file when the folders are empty
	if st.parsed > 0 || st.hits != len(st.old) {
		write(s.file, encode(header, st.entries))
	} else {
		markUsed(s.file)
	}
	markUsed(s.indexFile())
	Prune(dir, s.file)
	s.st = st
	s.entries = make([]*entry, len(s.Articles))
	for i, a := range s.Articles {
		s.entries[i] = st.of[a]
	}
	return s, nil
}

// Parsed is how many files this load parsed; the others came from the cache.
func (s *Set) Parsed() int {
	if s.st == nil {
		return len(s.Articles)
	}
	return s.st.parsed
}

// Article returns article i with its paragraphs. It is safe for
// concurrent use.
func (s *Set) Article(i int) *article.Article {
	if s.entries != nil && s.entries[i] != nil {
		s.entries[i].fill()
	}
	return s.Articles[i]
}

// Fill decodes the paragraphs of every article, on every core.
func (s *Set) Fill() {
	if s.entries == nil {
		return
	}
	var wg sync.WaitGroup
	workers := s.workers()
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(s.entries); i += workers {
				s.Article(i)
			}
		}()
	}
	wg.Wait()
}

func (s *Set) workers() int {
	if s.Workers > 0 {
		return s.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// loadPaths is LoadPaths with the build identity given, and the store
// returned so that tests can count hits.
func loadPaths(dir string, paths []string, header string) ([]*article.Article, []article.Warning, *store, error) {
	s, err := open(dir, paths, header, false)
	s.Fill()
	return s.Articles, s.Warnings, s.st, err
}

// store is one load's view of the cache: the entries read from disk and
// those of this load, which replace them (so deleted files drop out).
type store struct {
	ready   chan struct{} // closed once old is read
	old     map[string]*entry
	entries []*entry
	of      map[*article.Article]*entry // the entry of each article loaded
	hits    int                         // files reused
	parsed  int                         // files parsed in this load
}

func (s *store) Get(k article.FileKey) (*article.Article, []article.Warning, bool) {
	<-s.ready
	en, ok := s.old[slot(k)]
	if !ok || en.key != k {
		return nil, nil, false
	}
	s.hits++
	s.entries = append(s.entries, en)
	if en.art != nil {
		s.of[en.art] = en
	}
	return en.art, en.warns, true
}

// slot is where a file sits in the cache: its ID and its path.
func slot(k article.FileKey) string { return k.ID + "\x00" + k.Path }

func (s *store) Put(k article.FileKey, a *article.Article, warns []article.Warning) {
	s.parsed++
	en := &entry{key: k, art: a, warns: warns}
	s.entries = append(s.entries, en)
	if a != nil {
		s.of[a] = en
	}
}

// fileName names the cache of one set of roots, in the order given (it
// decides which of two equal IDs gets a prefix).
func fileName(paths []string) string {
	h := sha256.New()
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12]) + ".cache"
}

// write replaces file atomically, so that a reader never sees half of it;
// a failure leaves no temporary file behind.
func write(file string, data []byte) {
	tmp, err := os.CreateTemp(filepath.Dir(file), ".tmp-*")
	if err != nil {
		return
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), file)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
}

// buildID names this build of quellen: the format version, the commit it
// was built from, and the size and time of the running executable (which
// changes on every rebuild, even of an uncommitted change to the parser).
var buildID = sync.OnceValue(func() string {
	var b strings.Builder
	fmt.Fprintf(&b, "v%d", Version)
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				fmt.Fprintf(&b, " %s=%s", s.Key, s.Value)
			}
		}
	}
	if exe, err := os.Executable(); err == nil {
		if fi, err := os.Stat(exe); err == nil {
			fmt.Fprintf(&b, " exe=%d@%d", fi.Size(), fi.ModTime().UnixNano())
		}
	}
	return b.String()
})
