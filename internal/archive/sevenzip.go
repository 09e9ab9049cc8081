package archive

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
)

// 7-Zip header property ids.
const (
	szEnd                   = 0x00
	szHeader                = 0x01
	szArchiveProperties     = 0x02
	szAdditionalStreamsInfo = 0x03
	szMainStreamsInfo       = 0x04
	szFilesInfo             = 0x05
	szPackInfo              = 0x06
	szUnPackInfo            = 0x07
	szSubStreamsInfo        = 0x08
	szSize                  = 0x09
	szCRC                   = 0x0A
	szFolder                = 0x0B
	szCodersUnPackSize      = 0x0C
	szNumUnPackStream       = 0x0D
	szEmptyStream           = 0x0E
	szEmptyFile             = 0x0F
	szAnti                  = 0x10
	szName                  = 0x11
	szCTime                 = 0x12
	szATime                 = 0x13
	szMTime                 = 0x14
	szWinAttributes         = 0x15
	szEncodedHeader         = 0x17
	szDummy                 = 0x19
)

// szReader walks a 7-Zip header; ok turns false (upstream's NULL pointer)
// on the first malformed element.
type szReader struct {
	data []byte
	p    int
	ok   bool
	a    *Archive
	lim  *Limit
}

// vint reads 7-Zip's variable length number.
func szVint(b []byte) (uint64, int) {
	if len(b) == 0 {
		return 0, -1
	}
	t := b[0]
	if t&0x80 == 0 {
		return uint64(t), 1
	}
	if t == 0xFF {
		if len(b) >= 9 {
			return binary.LittleEndian.Uint64(b[1:]), 9
		}
		return 0, -1
	}
	intlen := 1
	for bit := 6; bit > 0; bit, intlen = bit-1, intlen+1 {
		if t&(1<<bit) == 0 {
			if len(b) >= intlen+1 {
				var tgt uint64
				for i := intlen - 1; i >= 0; i-- {
					tgt = tgt<<8 | uint64(b[1+i])
				}
				tgt += uint64(t&(0xFF>>(8-bit))) << (8 * intlen)
				return tgt, intlen + 1
			}
		}
	}
	return 0, -1
}

func (z *szReader) vint() uint64 {
	if !z.ok {
		return 0
	}
	v, n := szVint(z.data[z.p:])
	if n < 0 {
		z.ok = false
		return 0
	}
	z.p += n
	return v
}

func (z *szReader) skip(n uint64) {
	if !z.ok {
		return
	}
	if uint64(len(z.data)-z.p) >= n {
		z.p += int(n)
		return
	}
	z.ok = false
}

// byte1 reads one byte (upstream reads it, then checks the skip).
func (z *szReader) byte1() byte {
	if !z.ok || z.p >= len(z.data) {
		z.ok = false
		return 0
	}
	b := z.data[z.p]
	z.p++
	return b
}

func (z *szReader) more() bool { return z.ok && z.p < len(z.data) }

func (z *szReader) bits(nbits uint64) uint64 {
	var mask, avail byte
	set := uint64(0)
	for i := uint64(0); i < nbits && z.ok; i++ {
		if mask == 0 {
			avail = z.byte1()
			mask = 0x80
		}
		if avail&mask != 0 {
			set++
		}
		mask >>= 1
	}
	return set
}

func (z *szReader) digest(numStreams uint64) uint32 {
	all := z.byte1()
	var defined uint32
	if all != 0 {
		defined = uint32(numStreams)
	} else {
		if numStreams > 8192 {
			z.ok = false
			return 0
		}
		defined = uint32(z.bits(numStreams))
	}
	for i := uint32(0); i < defined && z.ok; i++ {
		z.skip(4)
	}
	return defined
}

func (z *szReader) packInfo() {
	z.vint()
	streams := z.vint()
	for z.more() {
		switch z.byte1() {
		case szSize:
			for i := uint64(0); i < streams && z.ok; i++ {
				z.vint()
			}
		case szCRC:
			z.digest(streams)
		case szEnd:
			return
		default:
			z.ok = false
		}
	}
}

func isEncryptedCodec(id uint64) bool {
	return id == 0x06F10101 || id == 0x06F10303 || id == 0x06F10701
}

func (z *szReader) folder(ndigests *uint32) uint32 {
	ncoders := z.vint()
	var nout, nin uint64
	for i := uint64(0); i < ncoders && z.more(); i++ {
		t := z.byte1()
		sz := uint64(t & 0xF)
		if !z.ok || uint64(len(z.data)-z.p) < sz {
			z.ok = false
			return 0
		}
		var id uint64
		for j := uint64(0); j < sz; j++ {
			id = id<<8 + uint64(z.data[z.p+int(j)])
		}
		if isEncryptedCodec(id) {
			z.a.Flags |= Encrypted
		}
		z.skip(sz)
		if t&(1<<4) != 0 {
			nin += z.vint()
			nout += z.vint()
		} else {
			nout++
			nin++
		}
		if t&(1<<5) != 0 {
			z.skip(z.vint())
		}
	}
	if nout > 1 {
		for i := uint64(0); i < nout-1 && z.ok; i++ {
			z.vint()
			z.vint()
		}
	}
	npacked := int64(nin) - int64(nout) + 1
	if npacked > 1 {
		for i := int64(0); i < npacked && z.ok; i++ {
			z.vint()
		}
	}
	*ndigests += uint32(npacked)
	return uint32(nout)
}

func (z *szReader) codersInfo() (numFolders, noDigest uint32) {
	var folders uint64
	var nstreams []uint32
	var ndigests, read uint32
	defer func() {
		noDigest = ndigests - read
		numFolders = uint32(folders)
	}()
	for z.more() {
		switch z.byte1() {
		case szFolder:
			folders = z.vint()
			if !z.ok {
				return
			}
			if folders > 8192 || z.p >= len(z.data) || z.data[z.p] != 0 {
				z.ok = false
				return
			}
			z.skip(1)
			if folders > 0 {
				nstreams = make([]uint32, folders)
				for i := uint64(0); i < folders && z.more(); i++ {
					nstreams[i] = z.folder(&ndigests)
				}
			}
		case szCodersUnPackSize:
			if folders > 0 && nstreams == nil {
				z.ok = false
				return
			}
			for i := uint64(0); i < folders && z.ok; i++ {
				for j := uint32(0); j < nstreams[i] && z.ok; j++ {
					z.vint()
				}
			}
		case szCRC:
			read = z.digest(uint64(ndigests))
		case szEnd:
			return
		default:
			z.ok = false
		}
	}
	return
}

func (z *szReader) substreamsInfo(numFolders, noDigest uint32) {
	if numFolders > 8192 {
		z.ok = false
		return
	}
	nstreams := make([]uint64, numFolders)
	for z.more() {
		switch z.byte1() {
		case szNumUnPackStream:
			for i := range nstreams {
				if !z.ok {
					break
				}
				nstreams[i] = z.vint()
			}
		case szCRC:
			z.digest(uint64(noDigest))
		case szSize:
			for i := range nstreams {
				for j := uint32(0); uint64(j) < nstreams[i] && z.ok; j++ {
					z.vint()
				}
			}
		case szEnd:
			return
		default:
			z.ok = false
		}
	}
}

func (z *szReader) mainStreamsInfo() {
	var numFolders, unknown uint32
	for z.more() {
		switch z.byte1() {
		case szPackInfo:
			z.packInfo()
		case szUnPackInfo:
			numFolders, unknown = z.codersInfo()
		case szSubStreamsInfo:
			z.substreamsInfo(numFolders, unknown)
		case szEnd:
			return
		default:
			z.ok = false
		}
	}
}

func (z *szReader) archiveProps() {
	if !z.more() {
		return
	}
	pt := z.byte1()
	for z.ok && pt != 0 {
		n := z.vint()
		if !z.ok {
			return
		}
		if n < uint64(len(z.data)-z.p) {
			z.p += int(n)
		} else {
			z.ok = false
			return
		}
		pt = z.byte1()
	}
}

// ucs2Name decodes a UTF-16LE file name; unpaired surrogates make it
// invalid.
func ucs2Name(b []byte) (string, bool) {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	var out []rune
	for i := 0; i < len(u); i++ {
		c := rune(u[i])
		if utf16.IsSurrogate(c) {
			if c < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
				c = utf16.DecodeRune(c, rune(u[i+1]))
				i++
			} else {
				return "", false
			}
		}
		if c > 0 {
			out = append(out, c)
		}
	}
	return string(out), true
}

// filesInfo reads the names; it returns false to stop at the current
// position (upstream goes on reading sections from there).
func (z *szReader) filesInfo() {
	nfiles := z.vint()
	for z.more() {
		t := z.byte1()
		if t == szEnd {
			return
		}
		sz := z.vint()
		if !z.ok {
			return
		}
		switch t {
		case szEmptyStream, szEmptyFile, szAnti, szCTime, szATime, szMTime, szDummy, szWinAttributes:
			if sz > 0 {
				z.skip(sz)
			}
		case szName:
			if z.byte1() != 0 {
				z.vint()
				continue
			}
			for i := uint64(0); i < nfiles && z.ok; i++ {
				fend := -1
				for tp := z.p; tp < len(z.data)-1; tp += 2 {
					if z.data[tp] == 0 && z.data[tp+1] == 0 {
						fend = tp
						break
					}
				}
				if fend < 0 || fend == z.p {
					return
				}
				if name, ok := ucs2Name(z.data[z.p:fend]); ok {
					if !z.lim.add(z.a, &File{Name: name}) {
						z.ok = false
						return
					}
				}
				z.p = fend + 2
			}
		default:
			z.ok = false
		}
	}
}

// section reads the next header section; it returns false at the end.
func (z *szReader) section() bool {
	if z.p >= len(z.data) {
		return false
	}
	t := z.byte1()
	switch t {
	case szHeader:
	case szEncodedHeader:
		z.encodedHeader()
		return false
	case szArchiveProperties:
		z.archiveProps()
	case szMainStreamsInfo, szAdditionalStreamsInfo:
		z.mainStreamsInfo()
	case szFilesInfo:
		z.filesInfo()
	default:
		return false
	}
	return z.ok
}

// encodedHeader lists a 7-Zip archive whose header is compressed with
// libarchive, replacing what was read so far.
func (z *szReader) encodedHeader() {
	names, encrypted, ok := libarchive7z(z.data)
	if !ok {
		return
	}
	if z.lim != nil {
		z.lim.n -= len(z.a.Files)
	}
	z.a.Files = nil
	z.a.Flags &^= FilesTruncated
	for _, n := range names {
		if !z.lim.add(z.a, &File{Name: n}) {
			break
		}
	}
	if encrypted {
		z.a.Flags |= Encrypted
	}
}

func parse7z(data []byte, name string, lim *Limit) *Archive {
	if len(data) <= 12 || !bytes.HasPrefix(data, []byte{'7', 'z', 0xBC, 0xAF, 0x27, 0x1C}) {
		return nil
	}
	a := newArchive(SevenZip, name, len(data))
	if !lim.check(a) {
		return a
	}
	p := 12
	if len(data)-p < 16 {
		return nil
	}
	offset := binary.LittleEndian.Uint64(data[p:])
	p += 16
	if len(data)-p > 4 {
		p += 4
	} else {
		return nil
	}
	if uint64(len(data)-p) > offset {
		p += int(offset)
	} else {
		return nil
	}
	z := &szReader{data: data, p: p, ok: true, a: a, lim: lim}
	for z.section() {
	}
	return a
}
