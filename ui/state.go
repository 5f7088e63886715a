package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"quellen/corpus"
)

// stateFile is the name of the file, inside Config.StateDir, that remembers
// reading positions across runs.
const stateFile = "state.json"

// maxStateFile bounds what is read of the state file: a position takes
// some 40 bytes, so this is room for hundreds of thousands of articles.
const maxStateFile = 16 << 20

// stateVersion 2 keys positions by positionKey; version 1 keyed them by
// article ID, which two folders share ("r1/a.txt" and "r2/a.txt" are both
// "a.txt"), so its positions are dropped.
const stateVersion = 2

// savedState is what survives between runs.
type savedState struct {
	Version   int                 `json:"version"`
	Last      string              `json:"last,omitempty"` // positionKey of the article open at exit
	Positions map[string]position `json:"positions"`      // by positionKey
}

// embeddedKey prefixes the keys of articles not read from a file.
const embeddedKey = "embedded:"

// positionKey is what a reading position is kept under: the article's
// absolute path, or its ID among the embedded articles.
func positionKey(a *corpus.Article) string {
	if a.Path != "" {
		return a.Path
	}
	return embeddedKey + a.ID
}

// articleByKey is the article saved under key, or nil.
func articleByKey(c *corpus.Corpus, key string) *corpus.Article {
	if key == "" {
		return nil
	}
	for _, a := range c.Articles {
		if positionKey(a) == key {
			return a
		}
	}
	return nil
}

// position is where the reader stood in one article: the paragraph at the top
// of the pane, which survives a change of terminal width unlike a line number.
type position struct {
	Paragraph int `json:"paragraph"`
}

// loadState reads the state file. A missing file is a fresh start; a broken
// one is also a fresh start, reported as an error for the status bar.
func loadState(dir string) (savedState, error) {
	st := savedState{Version: stateVersion, Positions: map[string]position{}}
	if dir == "" {
		return st, nil
	}
	removeStaleTemps(dir)
	data, err := corpus.ReadFile(filepath.Join(dir, stateFile), maxStateFile)
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, err
	}
	var got savedState
	if err := json.Unmarshal(data, &got); err != nil {
		return st, fmt.Errorf("state file ignored: %v", err)
	}
	if got.Positions == nil || got.Version < stateVersion {
		got.Positions, got.Last = map[string]position{}, ""
	}
	got.Version = stateVersion
	return got, nil
}

// saveMerged saves ours over the state file as it is now rather than as it
// was at start: another reader on the same file may have saved since, and
// only the positions that this run changed (from base, what it loaded)
// replace that reader's.
func saveMerged(dir string, base map[string]position, ours savedState) error {
	disk, _ := loadState(dir) // a broken file is replaced by ours
	st := mergeState(disk, base, ours)
	dropGone(st.Positions)
	return saveState(dir, st)
}

// dropGone forgets the positions of files that are no longer there, so the
// state file does not grow with every folder ever read.
func dropGone(positions map[string]position) {
	for key := range positions {
		if !filepath.IsAbs(key) {
			continue
		}
		if _, err := os.Lstat(key); errors.Is(err, fs.ErrNotExist) {
			delete(positions, key)
		}
	}
}

func mergeState(disk savedState, base map[string]position, ours savedState) savedState {
	for id, p := range ours.Positions {
		if old, ok := base[id]; !ok || old != p {
			disk.Positions[id] = p
		}
	}
	if ours.Last != "" {
		disk.Last = ours.Last
	}
	return disk
}

// staleTemp is how old a temporary state file must be to be removed: a save
// in progress in another reader holds one for milliseconds.
const staleTemp = time.Minute

// removeStaleTemps deletes what a save that was killed left behind.
func removeStaleTemps(dir string) {
	tmps, _ := filepath.Glob(filepath.Join(dir, stateFile+".*.tmp"))
	for _, tmp := range tmps {
		if info, err := os.Lstat(tmp); err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) > staleTemp {
			os.Remove(tmp)
		}
	}
}

// saveState writes the state atomically: a temporary file in the same
// directory, then a rename, so a crash never leaves half a file.
func saveState(dir string, st savedState) error {
	if dir == "" {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, stateFile+".*.tmp")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return errors.Join(werr, cerr)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, stateFile)); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// DefaultStateDir is $XDG_STATE_HOME/quellen, or ~/.local/state/quellen.
// It returns "" (positions are not saved) when neither can be found.
func DefaultStateDir() string {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "quellen")
	}
	home, err := os.UserHomeDir()
	if err != nil || !filepath.IsAbs(home) { // a relative $HOME means the working folder
		return ""
	}
	return filepath.Join(home, ".local", "state", "quellen")
}
