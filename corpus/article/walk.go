package article

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// found is a file a walk found, before it has an ID.
type found struct {
	rel        string // path relative to its root, with slashes, as on disk
	root, file string
	info       fs.FileInfo
	absRoot    string // set when a Cache needs absolute paths
	read       func() ([]byte, error)
}

// LoadFS loads every article file in fsys (walked recursively, hidden folders
// skipped). IDs are paths relative to the root of fsys.
func LoadFS(fsys fs.FS) ([]*Article, []Warning) {
	var files []found
	var warns []Warning
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			warns = append(warns, Warning{SanitizeName(p), "cannot read: " + errText(err)})
			return nil
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !IsArticleFile(p) || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		info, _ := d.Info()
		read := func() ([]byte, error) {
			f, err := fsys.Open(p)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			return readLimited(f, MaxFileSize)
		}
		files = append(files, found{rel: p, root: ".", info: info, read: read})
		return nil
	})
	if err != nil {
		warns = append(warns, Warning{".", errText(err)})
	}
	srcs, w := sources(files, nil)
	arts, lw := loadSources(srcs, nil)
	return arts, append(append(warns, w...), lw...)
}

// LoadPaths loads files and folders named on the command line. Folders are
// walked recursively; hidden folders are skipped; symbolic links are followed
// but a folder or file is never read twice (they are told apart by device
// and inode), so link loops end and a file named twice counts once. An
// article's ID is its path relative to the folder given (or its file name
// when a file was given), made printable; when two roots hold the same
// relative path, the root's name is prefixed.
func LoadPaths(paths []string) ([]*Article, []Warning) { return LoadPathsWith(paths, nil) }

// LoadPathsWith is LoadPaths that asks cache (when not nil) for each file
// before parsing it and tells it what the parsed files gave. Articles,
// IDs, warnings and their order are those of LoadPaths.
func LoadPathsWith(paths []string, cache Cache) ([]*Article, []Warning) {
	w := walker{seen: map[fileID]string{}, seenDirs: map[string]bool{}}
	for _, p := range paths {
		info, err := os.Stat(p)
		switch {
		case err != nil:
			w.warn(p, "cannot read: "+errText(err))
		case info.IsDir():
			w.others = map[string]int{}
			w.walk(p, absPath(p), p, info)
			if len(w.others) > 0 {
				w.warn(p, skippedTypes(w.others))
			}
		case info.Mode().IsRegular():
			// A file named explicitly is loaded whatever its extension.
			w.add(filepath.Base(p), p, info, filepath.Dir(p), absPath(filepath.Dir(p)))
		default:
			w.warn(p, "not a regular file")
		}
	}
	srcs, warns := sources(w.files, cache)
	arts, lw := loadSources(srcs, cache)
	return arts, append(append(w.warns, warns...), lw...)
}

// skippedTypesNote ends the one warning that counts a folder's files of
// other types.
const skippedTypesNote = " (quellen reads .txt, .md and .html)"

// skippedTypes says how many files of which other types a folder held:
// "skipped 3 .pdf and 2 .docx files (quellen reads …)", most first.
func skippedTypes(others map[string]int) string {
	exts := make([]string, 0, len(others))
	for e := range others {
		if e != "" {
			exts = append(exts, e)
		}
	}
	sort.Slice(exts, func(i, j int) bool {
		if others[exts[i]] != others[exts[j]] {
			return others[exts[i]] > others[exts[j]]
		}
		return exts[i] < exts[j]
	})
	files := func(n int) string {
		if n == 1 {
			return "file"
		}
		return "files"
	}
	var parts []string
	total := 0
	for _, e := range exts {
		parts = append(parts, fmt.Sprintf("%d %s", others[e], e))
		total += others[e]
	}
	list := ""
	if len(parts) > 0 {
		list = parts[len(parts)-1]
		if len(parts) > 1 {
			list = strings.Join(parts[:len(parts)-1], ", ") + " and " + list
		}
		list += " " + files(total)
	}
	if n := others[""]; n > 0 {
		if list != "" {
			list += " and "
		}
		list += fmt.Sprintf("%d %s without an extension", n, files(n))
	}
	return "skipped " + list + skippedTypesNote
}

// IsSkippedTypes reports whether w is the warning that counts a folder's
// files of types quellen does not read.
func IsSkippedTypes(w Warning) bool { return strings.HasSuffix(w.Reason, skippedTypesNote) }

// walker collects the files under the roots given, each once.
type walker struct {
	files    []found
	warns    []Warning
	seen     map[fileID]string // file or folder -> the path it was first seen at
	seenDirs map[string]bool   // real paths, where identities are unknown
	others   map[string]int    // files of other types in the folder walked, by extension
}

func (w *walker) warn(path, reason string) {
	w.warns = append(w.warns, Warning{SanitizeName(path), reason})
}

// first reports whether the file or folder info describes is new; a file
// seen before gets a warning naming where.
func (w *walker) first(path string, info fs.FileInfo) bool {
	id, ok := identity(info)
	if !ok {
		if !info.IsDir() {
			return true
		}
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			real = path
		}
		if w.seenDirs[real] {
			return false
		}
		w.seenDirs[real] = true
		return true
	}
	if at, dup := w.seen[id]; dup {
		if !info.IsDir() {
			w.warn(path, "skipped: the same file as "+SanitizeName(at))
		}
		return false
	}
	w.seen[id] = path
	return true
}

func (w *walker) add(rel, file string, info fs.FileInfo, root, absRoot string) {
	if !w.first(file, info) {
		return
	}
	read := func() ([]byte, error) { return ReadFile(file, MaxFileSize) }
	w.files = append(w.files, found{rel: filepath.ToSlash(rel), root: root, file: file, info: info, absRoot: absRoot, read: read})
}

func (w *walker) walk(root, absRoot, dir string, info fs.FileInfo) {
	if !w.first(dir, info) {
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.warn(dir, "cannot read: "+errText(err))
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full := filepath.Join(dir, name)
		info, err := os.Stat(full) // follows links
		if err != nil {
			if e.Type()&fs.ModeSymlink != 0 {
				w.warn(full, "broken link")
			} else if IsArticleFile(name) {
				w.warn(full, "cannot read: "+errText(err))
			}
			continue
		}
		if info.IsDir() {
			w.walk(root, absRoot, full, info)
			continue
		}
		if !info.Mode().IsRegular() {
			continue
		}
		if !IsArticleFile(name) {
			w.others[strings.ToLower(filepath.Ext(name))]++
			continue
		}
		rel, err := filepath.Rel(root, full)
		if err != nil {
			rel = name
		}
		w.add(rel, full, info, root, absRoot)
	}
}

// sources gives each file found its ID: its relative path made printable
// (SanitizeName). IDs are made unique after that, not before, so that
// "x.txt" and "ESC[1mx.txt" cannot both become "x.txt" and show each
// other's text. Names that print as they are keep them; a name that had to
// change yields, takes a suffix and gets a warning saying so.
func sources(files []found, cache Cache) ([]source, []Warning) {
	var warns []Warning
	taken := map[string]bool{}
	// A path found under two roots is prefixed with its root's name under
	// both, so that IDs do not depend on the order the roots were given.
	roots := map[string]map[string]bool{}
	for _, f := range files {
		if roots[f.rel] == nil {
			roots[f.rel] = map[string]bool{}
		}
		roots[f.rel][f.root] = true
	}
	srcs := make([]source, len(files))
	for pass := 0; pass < 2; pass++ {
		for i, f := range files {
			name := SanitizeName(f.rel)
			if (name == f.rel) != (pass == 0) {
				continue
			}
			if len(roots[f.rel]) > 1 {
				name = SanitizeName(filepath.ToSlash(filepath.Join(filepath.Base(f.root), f.rel)))
			}
			id := name
			// The number goes before the extension, which picks the format.
			ext := path.Ext(id)
			for n, base := 2, strings.TrimSuffix(id, ext); taken[id]; n++ {
				id = fmt.Sprintf("%s~%d%s", base, n, ext)
			}
			if id != name && pass == 1 {
				warns = append(warns, Warning{id, fmt.Sprintf("loaded under this name: the file name has control characters and prints as %q, like another", name)})
			}
			taken[id] = true
			srcs[i] = source{id: id, read: f.read}
			if f.info != nil {
				srcs[i].size = f.info.Size()
			}
			if f.file != "" {
				srcs[i].key = fileKey(id, f)
				srcs[i].path = srcs[i].key.Path
			}
			if cache == nil {
				srcs[i].key = FileKey{}
			}
		}
	}
	return srcs, warns
}

// fileKey names a file on disk for a Cache.
func fileKey(id string, f found) FileKey {
	// One Abs per root, not per file: Abs asks for the working folder.
	abs := f.file
	if rel, err := filepath.Rel(f.root, f.file); err == nil && f.absRoot != "" {
		abs = filepath.Join(f.absRoot, rel)
	}
	return FileKey{ID: id, Path: abs, Size: f.info.Size(), ModTime: f.info.ModTime().UnixNano()}
}

// absPath is p made absolute, or "" when not known.
func absPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return ""
	}
	return abs
}
