package cache

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// unused is how long a cache file may go unread before Prune removes it:
// its folders are gone, or read with other paths, or no longer read.
const unused = 30 * 24 * time.Hour

// ours reports whether a file in the cache folder is one this package
// writes: a cache file, or a temporary one a killed write left.
func ours(name string) bool {
	return strings.HasSuffix(name, ".cache") || strings.HasPrefix(name, ".tmp-")
}

// Prune removes the cache files of dir that no load has used for 30 days,
// but never keep, the one in use. Each load marks its file used (see
// loadPaths), so only caches of folders no longer read go.
func Prune(dir, keep string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !ours(name) || name == filepath.Base(keep) || !e.Type().IsRegular() {
			continue
		}
		age := unused
		if strings.HasPrefix(name, ".tmp-") {
			age = time.Hour // a write takes seconds
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > age {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// Clean removes every cache file of dir and reports how many files and
// bytes went. A missing folder is clean.
func Clean(dir string) (files int, bytes int64, err error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, err
	}
	for _, e := range entries {
		if !ours(e.Name()) || !e.Type().IsRegular() {
			continue
		}
		info, ierr := e.Info()
		if rerr := os.Remove(filepath.Join(dir, e.Name())); rerr != nil {
			err = errors.Join(err, rerr)
			continue
		}
		files++
		if ierr == nil {
			bytes += info.Size()
		}
	}
	return files, bytes, err
}
