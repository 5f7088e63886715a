package cache

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"sync"
	"unsafe"

	"quellen/corpus/article"
)

// The file format, hand-rolled because reading it is what every cached run
// pays. It has two parts: a table of every file (its key, warnings and the
// article's metadata) and, after it, the paragraphs of each article, in
// table order. Opening a cache decodes the table only; an article's
// paragraphs are decoded when it is first needed (see Set.Article), so a
// search that shows twenty passages decodes twenty articles. Every text is a
// slice of the file's one string, with no allocation of its own.
//
//	magic, header string, entry count, table entries..., bodies..., CRC-32C of all before it
//
// Numbers are uvarints (varints for the signed key fields); a string is its
// length and bytes; a slice is its length plus one, 0 meaning nil, so that
// a decoded article is reflect.DeepEqual to the parsed one.
const magic = "quellen parse cache 2\n"

// entry is what loading one file gave.
type entry struct {
	key   article.FileKey
	art   *article.Article // nil: the file was skipped
	warns []article.Warning
	// body holds art's paragraphs, encoded, for an entry read from a
	// file: art has none until they are decoded (see fill).
	body   string
	filled sync.Once
}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

func encode(header string, entries []*entry) []byte {
	var e, bodies encoder
	e.buf = append(e.buf, magic...)
	e.str(header)
	e.uint(uint64(len(entries)))
	for _, en := range entries {
		body := en.body
		if en.art != nil && body == "" {
			bodies.buf = bodies.buf[:0]
			bodies.paragraphs(en.art.Paragraphs)
			body = string(bodies.buf)
		}
		e.entry(en, len(body))
	}
	for _, en := range entries {
		if en.art == nil {
			continue
		}
		if en.body != "" {
			e.buf = append(e.buf, en.body...)
		} else {
			e.paragraphs(en.art.Paragraphs)
		}
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

// entry writes one table entry; bodyLen is the length of its paragraphs'
// encoding.
func (e *encoder) entry(en *entry, bodyLen int) {
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
	e.uint(uint64(bodyLen))
}

func (e *encoder) paragraphs(ps []article.Paragraph) {
	e.count(len(ps), ps == nil)
	for _, p := range ps {
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

// decode reads the table of a cache file: its articles have their
// metadata and no paragraphs yet (see fill). It returns errCorrupt for
// anything that is not a whole, intact file and errStale when header
// differs.
func decode(data []byte, header string) ([]*entry, error) {
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
	entries := make([]*entry, n)
	store := make([]entry, n)
	lens := make([]int, n)
	for i := range entries {
		entries[i] = &store[i]
		lens[i] = d.entry(entries[i])
	}
	for i, en := range entries {
		if en.art != nil {
			en.body = d.s[d.at : d.at+d.small(uint64(lens[i]))]
			d.at += len(en.body)
		}
	}
	if d.err != nil || d.at != len(d.s) {
		return nil, errCorrupt
	}
	return entries, nil
}

// fill decodes the paragraphs of en's article, once; a body that does not
// decode leaves the article without paragraphs.
func (en *entry) fill() {
	en.filled.Do(func() {
		if en.art == nil || en.body == "" {
			return
		}
		d := decoder{s: en.body}
		ps := d.paragraphs()
		if d.err == nil && d.at == len(d.s) {
			en.art.Paragraphs = ps
		}
	})
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

// entry reads one table entry and returns the length of its body.
func (d *decoder) entry(en *entry) int {
	en.key = article.FileKey{ID: d.str(), Path: d.str(), Size: d.int(), ModTime: d.int()}
	if n := d.count(); n >= 0 {
		en.warns = make([]article.Warning, n)
		for i := range en.warns {
			en.warns[i] = article.Warning{Path: d.str(), Reason: d.str()}
		}
	}
	switch d.uint() {
	case 0:
		return 0
	case 1:
	default:
		d.fail()
		return 0
	}
	a := &article.Article{ID: d.str(), Title: d.str(), Date: d.str(), Source: d.str(), URL: d.str(), Lang: d.str()}
	a.Words = int(d.int())
	n := d.small(d.uint())
	if d.err == nil {
		en.art = a
	}
	return n
}

func (d *decoder) paragraphs() []article.Paragraph {
	n := d.count()
	if n < 0 {
		return nil
	}
	ps := make([]article.Paragraph, n)
	for i := range ps {
		p := &ps[i]
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
	return ps
}
