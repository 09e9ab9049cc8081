package luaapi

import (
	"encoding/binary"
	"math"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd_util.pack, unpack and packsize: Lua 5.3's string.pack family as
// upstream backports it to LuaJIT (lua_Integer and size_t of 8 bytes,
// native little-endian, maximum alignment 8).

const (
	packMaxIntSize = 16
	packSzInt      = 8
	packMaxAlign   = 8
	packMaxSize    = math.MaxInt32
)

type packKind int

const (
	kInt packKind = iota
	kUint
	kFloat
	kChar
	kString
	kZstr
	kPadding
	kPaddAlign
	kNop
)

type packHeader struct {
	s        *lua.State
	little   bool
	maxAlign int
	fmt      string
	pos      int
}

func (h *packHeader) peek() byte {
	if h.pos < len(h.fmt) {
		return h.fmt[h.pos]
	}
	return 0
}

func (h *packHeader) getNum(df int) int {
	if !isDigit(h.peek()) {
		return df
	}
	a := 0
	for {
		a = a*10 + int(h.fmt[h.pos]-'0')
		h.pos++
		if !isDigit(h.peek()) || a > (packMaxSize-9)/10 {
			return a
		}
	}
}

func (h *packHeader) getNumLimit(df int) int {
	sz := h.getNum(df)
	if sz > packMaxIntSize || sz <= 0 {
		h.s.Raisef("integral size (%d) out of limits [1,%d]", sz, packMaxIntSize)
	}
	return sz
}

func (h *packHeader) option() (packKind, int) {
	opt := h.fmt[h.pos]
	h.pos++
	switch opt {
	case 'b':
		return kInt, 1
	case 'B':
		return kUint, 1
	case 'h':
		return kInt, 2
	case 'H':
		return kUint, 2
	case 'l', 'j':
		return kInt, 8
	case 'L', 'J', 'T':
		return kUint, 8
	case 'f':
		return kFloat, 4
	case 'd', 'n':
		return kFloat, 8
	case 'i':
		return kInt, h.getNumLimit(4)
	case 'I':
		return kUint, h.getNumLimit(4)
	case 's':
		return kString, h.getNumLimit(8)
	case 'c':
		sz := h.getNum(-1)
		if sz == -1 {
			h.s.Raisef("missing size for format option 'c'")
		}
		return kChar, sz
	case 'z':
		return kZstr, 0
	case 'x':
		return kPadding, 1
	case 'X':
		return kPaddAlign, 0
	case ' ':
	case '<', '=':
		h.little = true
	case '>':
		h.little = false
	case '!':
		h.maxAlign = h.getNumLimit(packMaxAlign)
	default:
		h.s.Raisef("invalid format option '%c'", opt)
	}
	return kNop, 0
}

// details reads the next option and the padding it needs at totalsize.
func (h *packHeader) details(totalsize int) (packKind, int, int) {
	opt, size := h.option()
	align := size
	if opt == kPaddAlign {
		if h.peek() == 0 {
			h.s.RaiseArgError(1, "invalid next option for option 'X'")
		}
		var o packKind
		o, align = h.option()
		if o == kChar || align == 0 {
			h.s.RaiseArgError(1, "invalid next option for option 'X'")
		}
	}
	ntoalign := 0
	if align > 1 && opt != kChar {
		if align > h.maxAlign {
			align = h.maxAlign
		}
		if align&(align-1) != 0 {
			h.s.RaiseArgError(1, "format asks for alignment not power of 2")
		}
		ntoalign = (align - totalsize&(align-1)) & (align - 1)
	}
	return opt, size, ntoalign
}

func packInt(dst []byte, n uint64, little bool, size int, neg bool) []byte {
	buf := make([]byte, size)
	for i := 0; i < size; i++ {
		b := byte(n)
		if i >= packSzInt {
			b = 0
			if neg {
				b = 0xff
			}
		}
		if little {
			buf[i] = b
		} else {
			buf[size-1-i] = b
		}
		if i < packSzInt-1 || i == packSzInt-1 {
			n >>= 8
		}
	}
	return append(dst, buf...)
}

func packFloat(dst []byte, v float64, little bool, size int) []byte {
	var buf [8]byte
	if size == 4 {
		if little {
			binary.LittleEndian.PutUint32(buf[:], math.Float32bits(float32(v)))
		} else {
			binary.BigEndian.PutUint32(buf[:], math.Float32bits(float32(v)))
		}
		return append(dst, buf[:4]...)
	}
	if little {
		binary.LittleEndian.PutUint64(buf[:], math.Float64bits(v))
	} else {
		binary.BigEndian.PutUint64(buf[:], math.Float64bits(v))
	}
	return append(dst, buf[:]...)
}

func utilPack(s *lua.State) int {
	h := &packHeader{s: s, little: true, maxAlign: 1, fmt: cconv.CString(s.CheckString(1))}
	var out []byte
	arg := 1
	total := 0
	for h.pos < len(h.fmt) {
		opt, size, ntoalign := h.details(total)
		total += ntoalign + size
		for ; ntoalign > 0; ntoalign-- {
			out = append(out, 0)
		}
		arg++
		switch opt {
		case kInt:
			n := s.CheckInteger(arg)
			if size < packSzInt {
				lim := int64(1) << (size*8 - 1)
				if !(-lim <= n && n < lim) {
					s.RaiseArgError(arg, "integer overflow")
				}
			}
			out = packInt(out, uint64(n), h.little, size, n < 0)
		case kUint:
			n := s.CheckInteger(arg)
			if size < packSzInt && uint64(n) >= uint64(1)<<(size*8) {
				s.RaiseArgError(arg, "unsigned overflow")
			}
			out = packInt(out, uint64(n), h.little, size, false)
		case kFloat:
			out = packFloat(out, s.CheckNumber(arg), h.little, size)
		case kChar:
			str := s.CheckBytes(arg)
			if size <= len(str) {
				out = append(out, str[:size]...)
			} else {
				out = append(out, str...)
				for l := len(str); l < size; l++ {
					out = append(out, 0)
				}
			}
		case kString:
			str := s.CheckBytes(arg)
			if size < 8 && uint64(len(str)) >= uint64(1)<<(size*8) {
				s.RaiseArgError(arg, "string length does not fit in given size")
			}
			out = packInt(out, uint64(len(str)), h.little, size, false)
			out = append(out, str...)
			total += len(str)
		case kZstr:
			str := s.CheckBytes(arg)
			if len(cconv.CString(str)) != len(str) {
				s.RaiseArgError(arg, "string contains zeros")
			}
			out = append(out, str...)
			out = append(out, 0)
			total += len(str) + 1
		case kPadding:
			out = append(out, 0)
			arg--
		default:
			arg--
		}
	}
	s.PushBytes(out)
	return 1
}

func utilPacksize(s *lua.State) int {
	h := &packHeader{s: s, little: true, maxAlign: 1, fmt: cconv.CString(s.CheckString(1))}
	total := 0
	for h.pos < len(h.fmt) {
		opt, size, ntoalign := h.details(total)
		size += ntoalign
		if total > packMaxSize-size {
			s.RaiseArgError(1, "format result too large")
		}
		total += size
		if opt == kString || opt == kZstr {
			s.RaiseArgError(1, "variable-length format")
		}
	}
	s.PushInteger(int64(total))
	return 1
}

func unpackInt(s *lua.State, b []byte, little bool, size int, signed bool) int64 {
	var res uint64
	limit := min(size, packSzInt)
	for i := limit - 1; i >= 0; i-- {
		res <<= 8
		if little {
			res |= uint64(b[i])
		} else {
			res |= uint64(b[size-1-i])
		}
	}
	if size < packSzInt {
		if signed {
			mask := uint64(1) << (size*8 - 1)
			res = (res ^ mask) - mask
		}
	} else if size > packSzInt {
		var mask byte
		if signed && int64(res) < 0 {
			mask = 0xff
		}
		for i := limit; i < size; i++ {
			c := b[i]
			if !little {
				c = b[size-1-i]
			}
			if c != mask {
				s.Raisef("%d-byte integer does not fit into Lua Integer", size)
			}
		}
	}
	return int64(res)
}

func (rt *Runtime) utilUnpack(s *lua.State) int {
	h := &packHeader{s: s, little: true, maxAlign: 1, fmt: cconv.CString(s.CheckString(1))}
	var data []byte
	if s.Type(2) == lua.TypeUserdata {
		data = rt.textArg(s, 2).Data
	} else {
		data = s.CheckBytes(2)
	}
	ld := len(data)
	init := s.OptInteger(3, 1)
	var pos int
	switch {
	case init >= 0:
		pos = int(init) - 1
	case uint64(-init) > uint64(ld):
		pos = -1
	default:
		pos = ld + int(init)
	}
	if pos < 0 && init != 0 || pos > ld {
		// posrelat(0) - 1 wraps around as a size_t
		return s.ArgError(3, "initial position out of string")
	}
	if init == 0 {
		return s.ArgError(3, "initial position out of string")
	}
	n := 0
	for h.pos < len(h.fmt) {
		opt, size, ntoalign := h.details(pos)
		if ntoalign+size > ld-pos || pos+ntoalign+size > ld {
			return s.ArgError(2, "data string too short")
		}
		pos += ntoalign
		s.CheckStack(2)
		n++
		switch opt {
		case kInt, kUint:
			s.PushInteger(unpackInt(s, data[pos:], h.little, size, opt == kInt))
		case kFloat:
			var v float64
			if size == 4 {
				u := binary.LittleEndian.Uint32(data[pos:])
				if !h.little {
					u = binary.BigEndian.Uint32(data[pos:])
				}
				v = float64(math.Float32frombits(u))
			} else {
				u := binary.LittleEndian.Uint64(data[pos:])
				if !h.little {
					u = binary.BigEndian.Uint64(data[pos:])
				}
				v = math.Float64frombits(u)
			}
			s.PushNumber(v)
		case kChar:
			s.PushBytes(data[pos : pos+size])
		case kString:
			l := uint64(unpackInt(s, data[pos:], h.little, size, false))
			if uint64(pos)+l+uint64(size) > uint64(ld) {
				return s.ArgError(2, "data string too short")
			}
			s.PushBytes(data[pos+size : pos+size+int(l)])
			pos += int(l)
		case kZstr:
			l := len(cconv.CString(data[pos:]))
			s.PushBytes(data[pos : pos+l])
			pos += l + 1
		default:
			n--
		}
		pos += size
	}
	s.PushInteger(int64(pos + 1))
	return n + 1
}
