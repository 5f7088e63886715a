//go:build unix

package article

import (
	"io/fs"
	"syscall"
)

// openNonBlocking makes opening a FIFO return at once instead of waiting
// for a writer; it changes nothing for regular files.
const openNonBlocking = syscall.O_NONBLOCK

// fileID is a file's identity: two paths name one file when these match.
type fileID struct{ dev, ino uint64 }

// identity returns the identity of the file info describes.
func identity(info fs.FileInfo) (fileID, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{uint64(st.Dev), uint64(st.Ino)}, true
}
