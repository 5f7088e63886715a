package article

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// errBinary is returned for files that hold no text.
var errBinary = fmt.Errorf("binary file")

// decode returns the file as valid UTF-8 text. It strips a BOM, decodes
// UTF-16 when a BOM says so, rejects binary data, decodes text that is not
// UTF-8 at all as Windows-1252 (the usual legacy encoding of German and
// English text) and replaces stray invalid bytes in otherwise UTF-8 text
// with U+FFFD.
func decode(data []byte, isHTML bool) (string, []string, error) {
	var notes []string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", nil, errBinary
		}
		data = out
		notes = append(notes, "decoded from UTF-16")
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", notes, fmt.Errorf("empty file")
	}
	if isBinary(data) {
		return "", notes, errBinary
	}
	if utf8.Valid(data) {
		return string(data), notes, nil
	}
	if isHTML {
		if cs := htmlCharset(data); cs != "" {
			if text, ok := decodeCharset(data, cs); ok {
				return text, append(notes, "decoded from "+cs), nil
			}
		}
	}
	if !hasUTF8Sequence(data) {
		text, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err == nil {
			return string(text), append(notes, "not UTF-8: decoded as Windows-1252"), nil
		}
	}
	return strings.ToValidUTF8(string(data), "\uFFFD"), append(notes, "invalid UTF-8 replaced with U+FFFD"), nil
}

// isBinary: a NUL byte, or more than one in ten bytes a control character
// other than white space, in the first 8 KB.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return ctl*10 > len(head)
}

// hasUTF8Sequence reports whether data holds at least one valid multi-byte
// UTF-8 sequence, which tells mixed-up UTF-8 from legacy 8-bit text.
func hasUTF8Sequence(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError && size > 1 {
			return true
		}
		i++
	}
	return false
}
