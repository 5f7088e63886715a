// Package seeds holds the five German articles that ship inside the binary,
// so that `quellen` with no path opens something worth reading.
package seeds

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the embedded articles as a read-only file system.
func FS() fs.FS { return files }
