package archive

import (
	"bytes"
)

func newArchive(t Type, name string, size int) *Archive {
	return &Archive{Type: t, Name: name, Size: size}
}

// parseZip reads the central directory found from the end-of-central-
// directory record (searched among the last 1 KiB or so).
func parseZip(data []byte, name string, lim *Limit) *Archive {
	if len(data) < 22 {
		return nil
	}
	const cdBasic = 46
	end := len(data) - 1
	p := end - 21
	eocd := -1
	for processed := 0; p > 4; p-- {
		if processed > 1024 {
			break
		}
		if le32(data[p:]) == 0x06054b50 {
			eocd = p
			break
		}
		processed++
	}
	if eocd < 0 || end-eocd < 21 {
		return nil
	}
	cdSize := le32(data[eocd+12:])
	cdOffset := le32(data[eocd+16:])
	if uint64(cdOffset)+uint64(cdSize) > uint64(eocd) {
		return nil
	}
	a := newArchive(Zip, name, len(data))
	if !lim.check(a) {
		return a
	}
	cd := int(cdOffset)
	for cd < int(cdOffset)+int(cdSize) {
		if eocd-cd < cdBasic || !bytes.Equal(data[cd:cd+4], []byte{0x50, 0x4b, 0x01, 0x02}) {
			return nil
		}
		flags := le16(data[cd+8:])
		comp := le32(data[cd+20:])
		uncomp := le32(data[cd+24:])
		fnLen := int(le16(data[cd+28:]))
		extraLen := int(le16(data[cd+30:]))
		commentLen := int(le16(data[cd+32:]))
		if cd+fnLen+commentLen+extraLen+cdBasic > eocd {
			return nil
		}
		f := &File{CompressedSize: uint64(comp), UncompressedSize: uint64(uncomp)}
		fileName(f, data[cd+cdBasic:cd+cdBasic+fnLen])
		if flags&0x41 != 0 {
			f.Flags |= FileEncrypted
		}
		if f.Flags&FileObfuscated != 0 {
			a.Flags |= HasObfuscated
		}
		if !lim.add(a, f) {
			break
		}
		extra := cd + fnLen + cdBasic
		for q := extra; q+4 < extra+extraLen; {
			hid := le16(data[q:])
			hlen := int(le16(data[q+2:]))
			if hid == 0x0017 {
				f.Flags |= FileEncrypted
			}
			if hlen+4 > extra+extraLen-q {
				break
			}
			q += hlen + 4
		}
		cd += fnLen + commentLen + extraLen + cdBasic
	}
	return a
}

// errRar marks a malformed rar archive.
type rarReader struct {
	data []byte
	p    int
	bad  bool
}

func (r *rarReader) skip(n int64) {
	if r.bad {
		return
	}
	if n <= 0 || int64(len(r.data)-r.p) < n {
		r.bad = true
		return
	}
	r.p += int(n)
}

func (r *rarReader) u16() uint64 {
	if r.bad || len(r.data)-r.p < 2 {
		r.bad = true
		return 0
	}
	v := uint64(r.data[r.p]) | uint64(r.data[r.p+1])<<8
	r.p += 2
	return v
}

func (r *rarReader) u32() uint64 {
	if r.bad || len(r.data)-r.p < 4 {
		r.bad = true
		return 0
	}
	v := uint64(le32(r.data[r.p:]))
	r.p += 4
	return v
}

// rarVint reads a rar v5 variable length integer; n is -1 when it is
// truncated or too long.
func rarVint(b []byte) (uint64, int) {
	var t uint64
	shift := uint(0)
	remain := len(b)
	p := 0
	for remain > 0 && shift <= 57 {
		t |= uint64(b[p]&0x7f) << shift
		if b[p]&0x80 == 0 {
			p++
			break
		}
		shift += 7
		p++
		remain--
	}
	if remain == 0 || shift > 64 {
		return 0, -1
	}
	return t, p
}

func (r *rarReader) vint() uint64 {
	if r.bad {
		return 0
	}
	v, n := rarVint(r.data[r.p:])
	if n < 0 {
		r.bad = true
		return 0
	}
	r.p += n
	return v
}

func parseRar(data []byte, name string, lim *Limit) *Archive {
	v5 := []byte{0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00}
	v4 := []byte{0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00}
	if len(data) <= len(v5) {
		return nil
	}
	switch {
	case bytes.HasPrefix(data, v5):
		return parseRar5(&rarReader{data: data, p: len(v5)}, name, lim)
	case bytes.HasPrefix(data, v4):
		return parseRar4(&rarReader{data: data, p: len(v4)}, name, lim)
	}
	return nil
}

func parseRar4(r *rarReader, name string, lim *Limit) *Archive {
	a := newArchive(Rar, name, len(r.data))
	if !lim.check(a) {
		return a
	}
	var comp, uncomp uint64
	for r.p < len(r.data) {
		start := r.p
		r.skip(2)
		if r.bad || r.p >= len(r.data) {
			return nil
		}
		typ := r.data[r.p]
		r.p++
		flags := r.u16()
		if r.bad {
			return nil
		}
		if typ == 0x73 && flags&0x80 != 0 {
			a.Flags |= Encrypted
			return a
		}
		sz := r.u16()
		if flags&0x8000 != 0 {
			t := r.u32()
			sz += t
			comp = t
		}
		if r.bad {
			return nil
		}
		if sz == 0 {
			return nil
		}
		if typ == 0x74 {
			uncomp = r.u32()
			r.skip(11)
			fnLen := r.u16()
			if r.bad || fnLen == 0 || fnLen > uint64(len(r.data)-r.p) {
				return nil
			}
			r.skip(4)
			if flags&0x100 != 0 {
				t := r.u32()
				sz += t
				comp += t
				uncomp += r.u32()
			}
			if r.bad || fnLen > uint64(len(r.data)-r.p) {
				return nil
			}
			fn := r.data[r.p : r.p+int(fnLen)]
			f := &File{}
			if flags&0x200 != 0 {
				if z := bytes.IndexByte(fn, 0); z >= 0 {
					fn = fn[:z]
				}
			}
			fileName(f, fn)
			f.CompressedSize, f.UncompressedSize = comp, uncomp
			if flags&0x4 != 0 {
				f.Flags |= FileEncrypted
			}
			if f.Flags&FileObfuscated != 0 {
				a.Flags |= HasObfuscated
			}
			if !lim.add(a, f) {
				return a
			}
		}
		r.p = start
		r.skip(int64(sz))
		if r.bad {
			return nil
		}
	}
	return a
}

func parseRar5(r *rarReader, name string, lim *Limit) *Archive {
	const (
		encryptedHeader = 4
		mainHeader      = 1
		fileHeader      = 2
	)
	a := newArchive(Rar, name, len(r.data))
	if !lim.check(a) {
		return a
	}
	r.skip(4)
	sz := r.vint()
	section := r.p
	typ := r.vint()
	flags := r.vint()
	if flags&1 != 0 {
		r.vint()
	}
	if flags&2 != 0 {
		sz += r.vint()
	}
	if r.bad {
		return nil
	}
	if typ == encryptedHeader {
		a.Flags |= Encrypted
		return a
	}
	if typ != mainHeader {
		return nil
	}
	r.p = section
	r.skip(int64(sz))
	var comp, extraSz uint64
	for !r.bad && r.p < len(r.data) {
		hasExtra := false
		r.skip(4)
		sz = r.vint()
		if r.bad {
			return nil
		}
		if sz == 0 {
			return nil
		}
		section = r.p
		typ = r.vint()
		flags = r.vint()
		if flags&1 != 0 {
			extraSz = r.vint()
			hasExtra = true
		}
		if flags&2 != 0 {
			v := r.vint()
			sz += v
			comp = v
		}
		if r.bad {
			return nil
		}
		if typ != fileHeader {
			r.p = section
			r.skip(int64(sz))
			continue
		}
		flags = r.vint()
		uncomp := r.vint()
		r.vint()
		if flags&2 != 0 {
			r.skip(4)
		}
		if flags&4 != 0 {
			r.skip(4)
		}
		if r.bad {
			return nil
		}
		if flags&1 == 0 {
			r.vint()
			r.vint()
			fnLen := r.vint()
			if r.bad {
				return nil
			}
			rest := uint64(len(r.data) - r.p)
			if fnLen == 0 || fnLen > rest {
				return nil
			}
			f := &File{UncompressedSize: uncomp, CompressedSize: comp}
			fileName(f, r.data[r.p:r.p+int(fnLen)])
			if !lim.add(a, f) {
				return a
			}
			if f.Flags&FileObfuscated != 0 {
				a.Flags |= HasObfuscated
			}
			if hasExtra && extraSz > 0 && fnLen <= rest && extraSz <= rest-fnLen {
				ex := r.p + int(fnLen)
				exEnd := ex + int(extraSz)
				for ex < exEnd {
					cur, n := rarVint(r.data[ex:exEnd])
					if n < 0 {
						return nil
					}
					if int64(cur) <= 0 || uint64(ex+n)+cur > uint64(exEnd) {
						break
					}
					t := ex + n
					secType, m := rarVint(r.data[t : t+int(cur)])
					if m < 0 {
						return nil
					}
					if secType == 1 {
						f.Flags |= FileEncrypted
						a.Flags |= Encrypted
						break
					}
					ex += n + int(cur)
				}
			}
		}
		r.p = section
		r.skip(int64(sz))
	}
	if r.bad {
		return nil
	}
	return a
}

// parseGzip takes the file name from the gzip header, or from the
// attachment's name without its last extension.
func parseGzip(data []byte, name string, lim *Limit) *Archive {
	if len(data) <= 10 || data[0] != 0x1F || data[1] != 0x8B {
		return nil
	}
	a := newArchive(Gzip, name, len(data))
	if !lim.check(a) {
		return a
	}
	flags := data[3]
	if flags&(1<<5) != 0 {
		a.Flags |= Encrypted
	}
	if flags&(1<<3) != 0 {
		p := 10
		if flags&(1<<1) != 0 {
			p = 12
		}
		if flags&(1<<2) != 0 {
			if len(data)-p < 2 {
				return nil
			}
			optlen := int(le16(data[p:]))
			p += 2
			if len(data) <= p+optlen {
				return nil
			}
			p += optlen
		}
		start := p
		for ; p < len(data); p++ {
			if data[p] == 0 && p > start {
				f := &File{}
				fileName(f, data[start:p])
				if lim.add(a, f) && f.Flags&FileObfuscated != 0 {
					a.Flags |= HasObfuscated
				}
				return a
			}
		}
		return nil
	}
	if name == "" {
		return nil
	}
	dot := bytes.LastIndexByte([]byte(name), '.')
	if dot < 0 {
		return nil
	}
	f := &File{}
	if slash := bytes.LastIndexByte([]byte(name), '/'); slash >= 0 && slash < dot {
		f.Name = name[slash+1 : dot]
	} else if bytes.IndexByte([]byte(name), '.') != dot {
		f.Name = name[:dot]
	} else {
		f.Name = name
	}
	lim.add(a, f)
	return a
}
