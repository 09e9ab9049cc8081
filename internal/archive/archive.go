// Package archive lists the files of zip, rar (v4 and v5), 7-Zip and gzip
// attachments as rspamd's archive analyser does, without decompressing:
// file names (converted to UTF-8, flagged when they hide control or
// invisible characters), sizes and encryption.
package archive

import (
	"unicode"

	"github.com/gorspamd/rspamd/internal/charset"
	"github.com/gorspamd/rspamd/internal/encoding"
)

// Type is an archive format.
type Type int

// Archive formats (enum rspamd_archive_type).
const (
	Zip Type = iota
	Rar
	SevenZip
	Gzip
)

// String is rspamd_archive_type_str.
func (t Type) String() string {
	switch t {
	case Zip:
		return "zip"
	case Rar:
		return "rar"
	case SevenZip:
		return "7z"
	case Gzip:
		return "gz"
	}
	return "unknown"
}

// Flags are archive flags (enum rspamd_archive_flags).
type Flags uint32

// Archive flags, with upstream's bit values.
const (
	Encrypted         Flags = 1 << 0
	CannotRead        Flags = 1 << 1
	HasObfuscated     Flags = 1 << 2
	FilesTruncated    Flags = 1 << 3
	fileEncrypted           = 1 << 0
	fileObfuscatedBit       = 1 << 1
)

// FileFlags are the flags of one archived file.
type FileFlags uint32

// File flags, with upstream's bit values.
const (
	FileEncrypted  FileFlags = fileEncrypted
	FileObfuscated FileFlags = fileObfuscatedBit
)

// File is one archived file.
type File struct {
	Name                             string
	CompressedSize, UncompressedSize uint64
	Flags                            FileFlags
}

// Archive is the listing of an archive.
type Archive struct {
	Type Type
	// Name is the attachment's file name.
	Name  string
	Size  int
	Flags Flags
	Files []*File
}

// Limit counts archived files across a message (100000 at most).
type Limit struct {
	n int
}

const maxFiles = 100000

func (l *Limit) check(a *Archive) bool {
	if l != nil && l.n >= maxFiles {
		a.Flags |= FilesTruncated
		return false
	}
	return true
}

func (l *Limit) add(a *Archive, f *File) bool {
	if !l.check(a) {
		return false
	}
	if l != nil {
		l.n++
	}
	a.Files = append(a.Files, f)
	return true
}

// Parse lists an archive of the given kind ("zip", "rar", "7z", "gz", as
// the content detector names them). It returns nil when the data is not a
// readable archive of that kind; name is the attachment's file name.
func Parse(kind string, data []byte, name string, lim *Limit) *Archive {
	switch encoding.LowerASCII(kind) {
	case "zip":
		return parseZip(data, name, lim)
	case "rar":
		return parseRar(data, name, lim)
	case "7z":
		return parse7z(data, name, lim)
	case "gz":
		return parseGzip(data, name, lim)
	}
	return nil
}

func isZeroWidth(r rune) bool {
	return r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF || r == 0x00AD
}

// fileName converts an archived file name to UTF-8 as
// rspamd_archive_file_try_utf does: the charset is guessed (valid UTF-8 or
// CED); invisible and control characters mark the file obfuscated; without
// a charset, non-graphic bytes become '?'.
func fileName(f *File, in []byte) {
	cs := ""
	if charset.ValidUTF8(in) {
		cs = charset.UTF8
	} else if d, ok := charset.Detect(in); ok {
		cs = d
	}
	if cs != "" {
		u16, err := charset.ToUTF16(in, cs)
		if err != nil {
			f.Flags |= FileObfuscated
			f.Name = string(in)
			return
		}
		for _, r := range utf16Runes(u16) {
			if isZeroWidth(r) || isCntrlICU(r) {
				f.Flags |= FileObfuscated
				break
			}
		}
		out, err := charset.UTF16ToUTF8(u16)
		if err != nil {
			f.Flags |= FileObfuscated
			f.Name = string(in)
			return
		}
		f.Name = string(out)
		return
	}
	out := make([]byte, len(in))
	for i, c := range in {
		if c > 0x20 && c < 0x7f {
			out[i] = c
			continue
		}
		out[i] = '?'
		if c < 0x20 || c == 0 {
			f.Flags |= FileObfuscated
		}
	}
	f.Name = string(out)
}

// utf16Runes decodes UTF-16 as ICU's U16_NEXT does (unpaired surrogates
// are returned as they are).
func utf16Runes(u []uint16) []rune {
	out := make([]rune, 0, len(u))
	for i := 0; i < len(u); i++ {
		c := rune(u[i])
		if c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
			c = (c-0xD800)<<10 + (rune(u[i+1]) - 0xDC00) + 0x10000
			i++
		}
		out = append(out, c)
	}
	return out
}

func le16(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 }
func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// isCntrlICU is ICU's u_iscntrl: controls, format characters and line or
// paragraph separators.
func isCntrlICU(r rune) bool {
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp)
}
