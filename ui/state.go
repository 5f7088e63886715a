package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"quellen/corpus"
)

// stateFile is the name of the file, inside Config.StateDir, that remembers
// reading positions across runs.
const stateFile = "state.json"

// maxStateFile bounds what is read of the state file: a position takes
// some 40 bytes, so this is room for hundreds of thousands of articles.
const maxStateFile = 16 << 20

// savedState is what survives between runs.
type savedState struct {
	Version   int                 `json:"version"`
	Last      string              `json:"last,omitempty"` // article open at exit
	Positions map[string]position `json:"positions"`
}

// position is where the reader stood in one article: the paragraph at the top
// of the pane, which survives a change of terminal width unlike a line number.
type position struct {
	Paragraph int `json:"paragraph"`
}

// loadState reads the state file. A missing file is a fresh start; a broken
// one is also a fresh start, reported as an error for the status bar.
func loadState(dir string) (savedState, error) {
	st := savedState{Version: 1, Positions: map[string]position{}}
	if dir == "" {
		return st, nil
	}
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
	if got.Positions == nil {
		got.Positions = map[string]position{}
	}
	got.Version = 1
	return got, nil
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
	if err != nil || home == "" {
		return ""
	}
	return filepath.Join(home, ".local", "state", "quellen")
}
