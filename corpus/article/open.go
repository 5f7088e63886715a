package article

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// ErrNotRegular is returned by ReadFile for a FIFO, device or socket.
var ErrNotRegular = errors.New("not a regular file")

// TooLargeError is returned by ReadFile for a file over its limit.
type TooLargeError struct {
	Size  int64 // the size the file claims, or -1 when it only grew while read
	Limit int64
}

func (e *TooLargeError) Error() string {
	if e.Size < 0 {
		return fmt.Sprintf("over the %s limit", humanBytes(e.Limit))
	}
	return fmt.Sprintf("%s is over the %s limit", humanBytes(e.Size), humanBytes(e.Limit))
}

// ReadFile reads the file at path, at most limit bytes. Every reader of
// user files uses it (articles, the parse cache, the state file, the
// aliases file), because a path checked earlier may since have become a
// FIFO, which would block the open or the read for ever, or a link to
// /dev/zero, which would grow memory without bound: the file is opened
// without blocking, must be a regular file, and is read through the limit.
func ReadFile(path string, limit int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openNonBlocking, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: path, Err: ErrNotRegular}
	}
	if info.Size() > limit {
		return nil, &TooLargeError{Size: info.Size(), Limit: limit}
	}
	if info.Size() > 1<<20 {
		return readSized(f, info.Size(), limit)
	}
	return readLimited(f, limit)
}

// readSized reads a file of the size stat gave (it may still grow or
// shrink) in one buffer of that size, instead of the doublings of
// io.ReadAll, which cost a third of reading a 40 MB cache file.
func readSized(r io.Reader, size, limit int64) ([]byte, error) {
	data := make([]byte, size+1)
	n, err := io.ReadFull(r, data)
	switch err {
	case io.ErrUnexpectedEOF: // shrank
		return data[:n], nil
	case nil: // grew: read the rest as it comes
		rest, err := readLimited(r, limit-int64(n))
		if err != nil {
			return nil, err
		}
		return append(data, rest...), nil
	}
	return nil, err
}

// readLimited reads r to its end, failing once it passes limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{Size: -1, Limit: limit}
	}
	return data, nil
}

// SanitizeName makes a file name or path safe to show on one line: Sanitize,
// and then line breaks and tabs, which could forge list rows and warnings,
// become "?".
func SanitizeName(s string) string {
	s = Sanitize(s)
	if !strings.ContainsAny(s, "\n\t") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return '?'
		}
		return r
	}, s)
}
