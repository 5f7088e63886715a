package cache

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"unsafe"

	"quellen/corpus/article"
)

// The file format, hand-rolled because decoding it is what every cached run
// pays: it decodes the cache of 10 000 articles in 72 ms, checksum
// included, where a gob of the same entries takes 97 ms (BenchmarkDecode),
// and every text is a slice of one string instead of its own allocation.
//
//	magic, header string, entry count, entries..., CRC-32C of all before it
//
// Numbers are uvarints (varints for the signed key fields); a string is its
// length and bytes; a slice is its length plus one, 0 meaning nil, so that
// a decoded article is reflect.DeepEqual to the parsed one.
const magic = "quellen parse cache\n"

// entry is what loading one file gave.
type entry struct {
	key   article.FileKey
	art   *article.Article // nil: the file was skipped
	warns []article.Warning
}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

func encode(header string, entries []entry) []byte {
	var e encoder
	e.buf = append(e.buf, magic...)
	e.str(header)
	e.uint(uint64(len(entries)))
	for i := range entries {
		e.entry(&entries[i])
	}
	return binary.LittleEndian.AppendUint32(e.buf, crc32.Checksum(e.buf, crcTable))
}

type encoder struct{ buf []byte }

func (e *encoder) uint(n uint64) { e.buf = binary.AppendUvarint(e.buf, n) }
func (e *encoder) int(n int64)   { e.buf = binary.AppendVarint(e.buf, n) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.buf = append(e.buf, s...) }

// count writes a slice length, telling nil from empty.
func (e *encoder) count(n int, isNil bool) {
	if isNil {
		e.uint(0)
		return
	}
	e.uint(uint64(n) + 1)
}

func (e *encoder) entry(en *entry) {
	e.str(en.key.ID)
	e.str(en.key.Path)
	e.int(en.key.Size)
	e.int(en.key.ModTime)
	e.count(len(en.warns), en.warns == nil)
	for _, w := range en.warns {
		e.str(w.Path)
		e.str(w.Reason)
	}
	a := en.art
	if a == nil {
		e.uint(0)
		return
	}
	e.uint(1)
	for _, s := range []string{a.ID, a.Title, a.Date, a.Source, a.URL, a.Lang} {
		e.str(s)
	}
	e.int(int64(a.Words))
	e.count(len(a.Paragraphs), a.Paragraphs == nil)
	for _, p := range a.Paragraphs {
		e.int(int64(p.Index))
		e.str(string(p.Kind))
		e.str(p.Text)
		e.count(len(p.Sentences), p.Sentences == nil)
		for _, s := range p.Sentences {
			e.int(int64(s.Start))
			e.int(int64(s.End))
		}
	}
}

var errCorrupt = errors.New("corrupt cache file")

// decode reads a cache file. It returns errCorrupt for anything that is
// not a whole, intact file and errStale when header differs.
func decode(data []byte, header string) ([]entry, error) {
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, errCorrupt
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.Checksum(body, crcTable) != sum {
		return nil, errCorrupt
	}
	// One string for the whole file: every text decoded is a slice of it,
	// so the articles cost no allocation per string. The string shares
	// data's memory (no copy of tens of MB): data is never written again.
	rest := body[len(magic):]
	d := decoder{s: unsafe.String(unsafe.SliceData(rest), len(rest))}
	if d.str() != header {
		if d.err != nil {
			return nil, d.err
		}
		return nil, errStale
	}
	n := d.small(d.uint())
	if d.err != nil {
		return nil, errCorrupt
	}
	entries := make([]entry, n)
	for i := range entries {
		d.entry(&entries[i])
	}
	if d.err != nil || d.at != len(d.s) {
		return nil, errCorrupt
	}
	return entries, nil
}

var errStale = errors.New("cache made by another build")

type decoder struct {
	s   string
	at  int
	err error
}

func (d *decoder) fail() {
	d.err = errCorrupt
	d.at = len(d.s) // every later read fails too
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	var n uint64
	var shift uint
	for i := 0; d.at+i < len(d.s) && i < binary.MaxVarintLen64; i++ {
		b := d.s[d.at+i]
		if b < 0x80 {
			d.at += i + 1
			return n | uint64(b)<<shift
		}
		n |= uint64(b&0x7f) << shift
		shift += 7
	}
	d.fail()
	return 0
}

func (d *decoder) int() int64 {
	u := d.uint()
	n := int64(u >> 1)
	if u&1 != 0 {
		n = ^n
	}
	return n
}

// small reads a non-negative int that must fit in what is left of the
// file, so that a corrupt length cannot ask for a huge allocation.
func (d *decoder) small(n uint64) int {
	if n > uint64(len(d.s)-d.at) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.small(d.uint())
	s := d.s[d.at : d.at+n]
	d.at += n
	return s
}

// count reads a slice length: -1 for nil.
func (d *decoder) count() int {
	n := d.uint()
	if n == 0 {
		return -1
	}
	return d.small(n - 1)
}

func (d *decoder) entry(en *entry) {
	en.key = article.FileKey{ID: d.str(), Path: d.str(), Size: d.int(), ModTime: d.int()}
	if n := d.count(); n >= 0 {
		en.warns = make([]article.Warning, n)
		for i := range en.warns {
			en.warns[i] = article.Warning{Path: d.str(), Reason: d.str()}
		}
	}
	switch d.uint() {
	case 0:
		return
	case 1:
	default:
		d.fail()
		return
	}
	a := &article.Article{ID: d.str(), Title: d.str(), Date: d.str(), Source: d.str(), URL: d.str(), Lang: d.str()}
	a.Words = int(d.int())
	if n := d.count(); n >= 0 {
		a.Paragraphs = make([]article.Paragraph, n)
		for i := range a.Paragraphs {
			p := &a.Paragraphs[i]
			p.Index = int(d.int())
			p.Kind = article.ParagraphKind(d.str())
			p.Text = d.str()
			if m := d.count(); m >= 0 {
				p.Sentences = make([]article.Span, m)
				for j := range p.Sentences {
					p.Sentences[j] = article.Span{Start: int(d.int()), End: int(d.int())}
				}
			}
		}
	}
	if d.err == nil {
		en.art = a
	}
}
