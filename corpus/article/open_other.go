//go:build !unix

package article

import "io/fs"

const openNonBlocking = 0

type fileID struct{ dev, ino uint64 }

// identity is unknown here; folders are then told apart by their real path.
func identity(fs.FileInfo) (fileID, bool) { return fileID{}, false }
