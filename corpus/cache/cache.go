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
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"quellen/corpus/article"
)

// Version changes whenever the format or the meaning of a parse changes in
// a way the build identity would miss.
const Version = 1

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
	arts, warns, _, err := loadPaths(dir, paths, buildID())
	return arts, warns, err
}

// loadPaths is LoadPaths with the build identity given, and the store
// returned so that tests can count hits.
func loadPaths(dir string, paths []string, header string) ([]*article.Article, []article.Warning, *store, error) {
	// 0o700: the cache holds article text, which may be private.
	if err := os.MkdirAll(dir, 0o700); err != nil {
		arts, warns := article.LoadPaths(paths)
		return arts, warns, nil, fmt.Errorf("cache not used: %v", err)
	}
	file := filepath.Join(dir, fileName(paths))
	s := &store{old: map[string]entry{}}
	if data, err := article.ReadFile(file, maxCacheFile); err == nil {
		if entries, err := decode(data, header); err == nil {
			for _, en := range entries {
				s.old[slot(en.key)] = en
			}
		}
	}
	arts, warns := article.LoadPathsWith(paths, s)
	if s.parsed > 0 || s.hits != len(s.old) {
		write(file, encode(header, s.entries))
	} else if info, err := os.Stat(file); err == nil && time.Since(info.ModTime()) > 24*time.Hour {
		now := time.Now()
		os.Chtimes(file, now, now) // used (marked once a day): Prune keeps it
	}
	Prune(dir, file)
	return arts, warns, s, nil
}

// store is one load's view of the cache: the entries read from disk and
// those of this load, which replace them (so deleted files drop out).
type store struct {
	old     map[string]entry
	entries []entry
	hits    int // files reused
	parsed  int // files parsed in this load
}

func (s *store) Get(k article.FileKey) (*article.Article, []article.Warning, bool) {
	en, ok := s.old[slot(k)]
	if !ok || en.key != k {
		return nil, nil, false
	}
	s.hits++
	s.entries = append(s.entries, en)
	return en.art, en.warns, true
}

// slot is where a file sits in the cache: its ID and its path.
func slot(k article.FileKey) string { return k.ID + "\x00" + k.Path }

func (s *store) Put(k article.FileKey, a *article.Article, warns []article.Warning) {
	s.parsed++
	s.entries = append(s.entries, entry{key: k, art: a, warns: warns})
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
