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
// writes: a cache file, its search index, or a temporary one a killed
// write left.
func ours(name string) bool {
	return strings.HasSuffix(name, ".cache") || strings.HasSuffix(name, ".index") || strings.HasPrefix(name, ".tmp-")
}

// stem is a cache or index file's name without its suffix: a cache file
// and its index share it.
func stem(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(filepath.Base(name), ".cache"), ".index")
}

// markUsed sets the modification time of file, when it exists and was
// last marked over a day ago, so that Prune keeps it; an unchanged load
// therefore writes at most once a day.
func markUsed(file string) {
	if info, err := os.Stat(file); err == nil && time.Since(info.ModTime()) > 24*time.Hour {
		now := time.Now()
		os.Chtimes(file, now, now)
	}
}

// Prune removes the cache files of dir that no load has used for 30 days,
// but never keep, the one in use, nor its index. Each load marks its
// files used (see open), so only caches of folders no longer read go.
func Prune(dir, keep string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !ours(name) || stem(name) == stem(keep) || !e.Type().IsRegular() {
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
