package search

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"unsafe"

	"quellen/corpus/article"
)

// The index file. Every table of the index is stored as the index holds it
// in memory, little-endian, each at an offset that is a multiple of 8, so
// that opening a file costs a checksum and a bounds check per table and no
// decoding: the tables are slices of the file's bytes (and could as well be
// of a memory mapping of it).
//
//	magic (24 bytes), version u32, table count u32, key [32]byte,
//	table count × (offset u64, length u64), tables..., CRC-32C u32
//
// The key says what the index was built from (the caller's hash of the
// build and of every file); a file with another key, version or checksum,
// or whose tables do not fit together, is refused.
const (
	fileMagic   = "quellen search index\n\x00\x00\x00"
	fileVersion = 2
	headerSize  = len(fileMagic) + 8 + 32
)

// The tables, in file order.
const (
	tPassages = iota
	tFirst
	tLead
	tTermOff
	tTermBlob
	tOffsets
	tPost
	tTitleOffsets
	tTitlePost
	tSpellKeyOff
	tSpellKeyBlob
	tSpellOff
	tSpellIDs
	tArticleKeys
	tPostFlags
	tSuffixes
	tableCount
)

// ErrIndexFile says an index file cannot be used: damaged, foreign, of
// another version or made from other files. The caller rebuilds it.
var ErrIndexFile = errors.New("search index file not usable")

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// littleEndian says whether this machine stores numbers as the file does.
var littleEndian = func() bool { x := uint16(1); return *(*byte)(unsafe.Pointer(&x)) == 1 }()

// Encode returns the index file of ix under key. articleKeys (one per
// article, or nil) are stored for the caller to tell which articles an
// index file was made from (see OpenStale).
func Encode(ix *Index, key [32]byte, articleKeys []uint64) []byte {
	tables := [tableCount][]byte{
		tPassages:     bytesOf(ix.passages),
		tFirst:        bytesOf(ix.first),
		tLead:         bytesOf(ix.lead),
		tTermOff:      bytesOf(ix.terms.off),
		tTermBlob:     []byte(ix.terms.blob),
		tOffsets:      bytesOf(ix.offsets),
		tPost:         bytesOf(ix.post),
		tTitleOffsets: bytesOf(ix.toffsets),
		tTitlePost:    bytesOf(ix.tpost),
		tSpellKeyOff:  bytesOf(ix.spellings.keys.off),
		tSpellKeyBlob: []byte(ix.spellings.keys.blob),
		tSpellOff:     bytesOf(ix.spellings.off),
		tSpellIDs:     bytesOf(ix.spellings.ids),
		tArticleKeys:  bytesOf(articleKeys),
		tPostFlags:    ix.pflags,
		tSuffixes:     bytesOf(ix.suffixes),
	}
	at := align8(headerSize + 16*tableCount)
	size := at
	for _, t := range tables {
		size = align8(size + len(t))
	}
	buf := make([]byte, at, size+4)
	copy(buf, fileMagic)
	binary.LittleEndian.PutUint32(buf[len(fileMagic):], fileVersion)
	binary.LittleEndian.PutUint32(buf[len(fileMagic)+4:], tableCount)
	copy(buf[len(fileMagic)+8:], key[:])
	for i, t := range tables {
		dir := buf[headerSize+16*i:]
		binary.LittleEndian.PutUint64(dir, uint64(len(buf)))
		binary.LittleEndian.PutUint64(dir[8:], uint64(len(t)))
		buf = append(buf, t...)
		buf = append(buf, make([]byte, align8(len(buf))-len(buf))...)
	}
	return binary.LittleEndian.AppendUint32(buf, crc32.Checksum(buf, crcTable))
}

func align8(n int) int { return (n + 7) &^ 7 }

// bytesOf is the memory of a slice of fixed-size values.
func bytesOf[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var zero T
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(zero)))
}

// sliceOf views b as a slice of T; b's start is 8-aligned.
func sliceOf[T any](b []byte) []T {
	var zero T
	n := len(b) / int(unsafe.Sizeof(zero))
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
}

// Open returns the index stored in data under key, over narts articles
// that article returns on demand. data must not change afterwards: the
// index uses it in place. Anything that does not fit is ErrIndexFile.
func Open(data []byte, key [32]byte, narts int, article func(int) *article.Article) (*Index, error) {
	tables, err := tablesOf(aligned(data), &key)
	if err != nil {
		return nil, err
	}
	return fromTables(tables, narts, article)
}

// OpenStale returns the index stored in data whatever its key, for Update,
// with the article keys it was stored with (see Encode), one per article.
// Its articles cannot be read.
func OpenStale(data []byte) (*Index, []uint64, error) {
	tables, err := tablesOf(aligned(data), nil)
	if err != nil {
		return nil, nil, err
	}
	keys := sliceOf[uint64](tables[tArticleKeys])
	ix, err := fromTables(tables, len(keys), func(int) *article.Article { return &article.Article{} })
	return ix, keys, err
}

func fromTables(tables [tableCount][]byte, narts int, article func(int) *article.Article) (*Index, error) {
	ix := &Index{
		article:  article,
		narts:    narts,
		passages: sliceOf[passage](tables[tPassages]),
		first:    sliceOf[uint32](tables[tFirst]),
		lead:     sliceOf[int32](tables[tLead]),
		terms:    vocab{blob: stringOf(tables[tTermBlob]), off: sliceOf[uint32](tables[tTermOff])},
		offsets:  sliceOf[uint32](tables[tOffsets]),
		post:     sliceOf[uint32](tables[tPost]),
		pflags:   tables[tPostFlags],
		suffixes: sliceOf[uint32](tables[tSuffixes]),
		toffsets: sliceOf[uint32](tables[tTitleOffsets]),
		tpost:    sliceOf[uint32](tables[tTitlePost]),
		spellings: spellGroups{
			keys: vocab{blob: stringOf(tables[tSpellKeyBlob]), off: sliceOf[uint32](tables[tSpellKeyOff])},
			off:  sliceOf[uint32](tables[tSpellOff]),
			ids:  sliceOf[uint32](tables[tSpellIDs]),
		},
	}
	if !ix.consistent() {
		return nil, ErrIndexFile
	}
	return ix, nil
}

// aligned returns data, or a copy of it that starts at a multiple of 8.
func aligned(data []byte) []byte {
	if uintptr(unsafe.Pointer(unsafe.SliceData(data)))%8 == 0 {
		return data
	}
	words := make([]uint64, (len(data)+7)/8)
	return bytesOf(words)[:copy(bytesOf(words), data)]
}

func stringOf(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// tablesOf checks the frame of an index file (magic, version, key,
// checksum, table bounds and alignment) and returns its tables; a nil key
// accepts any.
func tablesOf(data []byte, key *[32]byte) ([tableCount][]byte, error) {
	var tables [tableCount][]byte
	le := binary.LittleEndian
	dirEnd := headerSize + 16*tableCount
	switch {
	case !littleEndian, len(data) < dirEnd+4, string(data[:len(fileMagic)]) != fileMagic,
		uintptr(unsafe.Pointer(unsafe.SliceData(data)))%8 != 0,
		le.Uint32(data[len(fileMagic):]) != fileVersion, le.Uint32(data[len(fileMagic)+4:]) != tableCount,
		key != nil && [32]byte(data[len(fileMagic)+8:headerSize]) != *key:
		return tables, ErrIndexFile
	}
	body := data[:len(data)-4]
	if crc32.Checksum(body, crcTable) != le.Uint32(data[len(body):]) {
		return tables, ErrIndexFile
	}
	for i := range tables {
		off, n := le.Uint64(data[headerSize+16*i:]), le.Uint64(data[headerSize+16*i+8:])
		if off%8 != 0 || off < uint64(dirEnd) || off > uint64(len(body)) || n > uint64(len(body))-off {
			return tables, ErrIndexFile
		}
		tables[i] = body[off : off+n]
	}
	sizes := map[int]int{tPassages: int(unsafe.Sizeof(passage{})), tArticleKeys: 8, tTermBlob: 1, tSpellKeyBlob: 1, tPostFlags: 1}
	for i, t := range tables {
		size, ok := sizes[i]
		if !ok {
			size = 4
		}
		if len(t)%size != 0 {
			return tables, ErrIndexFile
		}
	}
	return tables, nil
}
