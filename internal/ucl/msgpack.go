package ucl

import (
	"encoding/binary"
	"math"
)

// msgpack formats, numbered as upstream numbers them (the numbers appear in
// error messages).
const (
	mpPositiveFixint = iota
	mpFixmap
	mpFixarray
	mpFixstr
	mpNil
	mpFalse
	mpTrue
	mpBin8
	mpBin16
	mpBin32
	mpExt8
	mpExt16
	mpExt32
	mpFloat32
	mpFloat64
	mpUint8
	mpUint16
	mpUint32
	mpUint64
	mpInt8
	mpInt16
	mpInt32
	mpInt64
	mpFixext1
	mpFixext2
	mpFixext4
	mpFixext8
	mpFixext16
	mpStr8
	mpStr16
	mpStr32
	mpArray16
	mpArray32
	mpMap16
	mpMap32
	mpNegativeFixint
)

const (
	mpFlagFixed     = 1 << 0
	mpFlagContainer = 1 << 1
	mpFlagTypeValue = 1 << 2
	mpFlagExt       = 1 << 3
	mpFlagAssoc     = 1 << 4
	mpFlagKey       = 1 << 5
)

type mpKind uint8

const (
	mpKindString mpKind = iota
	mpKindInt
	mpKindFloat
	mpKindBool
	mpKindNull
	mpKindMap
	mpKindArray
	mpKindIgnore
)

// mpType describes one msgpack type byte pattern.
type mpType struct {
	prefix    byte
	prefixLen uint8
	fmt       int
	len       uint8
	flags     uint8
	kind      mpKind
}

// mpTypes is searched in order, as upstream's table is.
var mpTypes = []mpType{
	{0xa0, 3, mpFixstr, 0, mpFlagFixed | mpFlagKey, mpKindString},
	{0x00, 1, mpPositiveFixint, 0, mpFlagFixed | mpFlagTypeValue, mpKindInt},
	{0xe0, 3, mpNegativeFixint, 0, mpFlagFixed | mpFlagTypeValue, mpKindInt},
	{0x80, 4, mpFixmap, 0, mpFlagFixed | mpFlagContainer | mpFlagAssoc, mpKindMap},
	{0x90, 4, mpFixarray, 0, mpFlagFixed | mpFlagContainer, mpKindArray},
	{0xd9, 8, mpStr8, 1, mpFlagKey, mpKindString},
	{0xc4, 8, mpBin8, 1, mpFlagKey, mpKindString},
	{0xcf, 8, mpUint64, 8, mpFlagFixed, mpKindInt},
	{0xd3, 8, mpInt64, 8, mpFlagFixed, mpKindInt},
	{0xce, 8, mpUint32, 4, mpFlagFixed, mpKindInt},
	{0xd2, 8, mpInt32, 4, mpFlagFixed, mpKindInt},
	{0xcb, 8, mpFloat64, 8, mpFlagFixed, mpKindFloat},
	{0xca, 8, mpFloat32, 4, mpFlagFixed, mpKindFloat},
	{0xc2, 8, mpFalse, 1, mpFlagFixed | mpFlagTypeValue, mpKindBool},
	{0xc3, 8, mpTrue, 1, mpFlagFixed | mpFlagTypeValue, mpKindBool},
	{0xcc, 8, mpUint8, 1, mpFlagFixed, mpKindInt},
	{0xcd, 8, mpUint16, 2, mpFlagFixed, mpKindInt},
	{0xd0, 8, mpInt8, 1, mpFlagFixed, mpKindInt},
	{0xd1, 8, mpInt16, 2, mpFlagFixed, mpKindInt},
	{0xc0, 8, mpNil, 0, mpFlagFixed | mpFlagTypeValue, mpKindNull},
	{0xda, 8, mpStr16, 2, mpFlagKey, mpKindString},
	{0xdb, 8, mpStr32, 4, mpFlagKey, mpKindString},
	{0xc5, 8, mpBin16, 2, mpFlagKey, mpKindString},
	{0xc6, 8, mpBin32, 4, mpFlagKey, mpKindString},
	{0xdc, 8, mpArray16, 2, mpFlagContainer, mpKindArray},
	{0xdd, 8, mpArray32, 4, mpFlagContainer, mpKindArray},
	{0xde, 8, mpMap16, 2, mpFlagContainer | mpFlagAssoc, mpKindMap},
	{0xdf, 8, mpMap32, 4, mpFlagContainer | mpFlagAssoc, mpKindMap},
	{0xc7, 8, mpExt8, 1, mpFlagExt, mpKindIgnore},
	{0xc8, 8, mpExt16, 2, mpFlagExt, mpKindIgnore},
	{0xc9, 8, mpExt32, 4, mpFlagExt, mpKindIgnore},
	{0xd4, 8, mpFixext1, 1, mpFlagFixed | mpFlagExt, mpKindIgnore},
	{0xd5, 8, mpFixext2, 2, mpFlagFixed | mpFlagExt, mpKindIgnore},
	{0xd6, 8, mpFixext4, 4, mpFlagFixed | mpFlagExt, mpKindIgnore},
	{0xd7, 8, mpFixext8, 8, mpFlagFixed | mpFlagExt, mpKindIgnore},
	{0xd8, 8, mpFixext16, 16, mpFlagFixed | mpFlagExt, mpKindIgnore},
}

func mpTypeOf(t byte) *mpType {
	for i := range mpTypes {
		shift := 8 - mpTypes[i].prefixLen
		if mpTypes[i].prefix>>shift == t>>shift {
			return &mpTypes[i]
		}
	}
	return nil
}

// mpPushContainer opens a container on the parser stack.
func (p *Parser) mpPushContainer(t *mpType, n uint64) *stackElt {
	if t.flags&mpFlagContainer == 0 {
		if p.stack == nil {
			p.createErr("bad top level object for msgpack")
		}
		return p.stack
	}
	depth := 0
	for sp := p.stack; sp != nil; sp = sp.next {
		depth++
	}
	if depth >= maxNesting {
		p.createErr("msgpack containers are nested too deep (over %d)", maxNesting)
		return nil
	}
	p.stack = &stackElt{chunk: p.chunks, next: p.stack, n: n}
	return p.stack
}

func (p *Parser) mpInsert(key []byte, obj *Object) bool {
	cont := p.stack
	switch cont.obj.typ {
	case TypeArray:
		cont.obj.ArrayAppend(obj)
	case TypeObject:
		if len(key) == 0 {
			p.createErr("cannot insert object with no key")
			return false
		}
		obj.key = string(key)
		p.processObjectElement(obj)
	default:
		p.createErr("bad container type")
		return false
	}
	cont.n--
	return true
}

// mpNextContainer pops finished containers and returns the current one.
func (p *Parser) mpNextContainer() *stackElt {
	for p.stack != nil && p.stack.n == 0 {
		p.cur = p.stack.obj
		p.stack = p.stack.next
	}
	return p.stack
}

// mpValue decodes a value of type t with length n at data[pos:] into
// p.cur and returns the bytes consumed, or -1.
func (p *Parser) mpValue(t *mpType, n uint64, data []byte, pos int) int {
	remain := uint64(len(data) - pos)
	prio := uint(p.chunks.priority)
	switch t.kind {
	case mpKindMap, mpKindArray:
		p.stack.obj = p.cur
		return 0
	case mpKindString:
		if n > remain {
			return -1
		}
		obj := newObject(TypeString, prio)
		obj.sv = string(data[pos : pos+int(n)])
		obj.n = uint32(n)
		if t.fmt >= mpBin8 && t.fmt <= mpBin32 {
			obj.flags |= FlagBinary
		}
		p.cur = obj
		return int(n)
	case mpKindInt:
		if n > remain {
			return -1
		}
		obj := newObject(TypeInt, prio)
		size := 1
		at := func(i int) byte {
			if pos+i < len(data) {
				return data[pos+i]
			}
			return 0
		}
		be := func(k int) uint64 {
			var v uint64
			for i := 0; i < k; i++ {
				v = v<<8 | uint64(at(i))
			}
			return v
		}
		switch t.fmt {
		case mpPositiveFixint:
			obj.iv = int64(at(0) & 0x7f)
		case mpNegativeFixint:
			obj.iv = int64(int8(at(0)))
		case mpUint8:
			obj.iv = int64(at(0))
		case mpInt8:
			obj.iv = int64(int8(at(0)))
		case mpInt16:
			obj.iv, size = int64(int16(be(2))), 2
		case mpUint16:
			obj.iv, size = int64(be(2)), 2
		case mpInt32:
			obj.iv, size = int64(int32(be(4))), 4
		case mpUint32:
			obj.iv, size = int64(be(4)), 4
		default:
			obj.iv, size = int64(be(8)), 8
		}
		p.cur = obj
		return size
	case mpKindFloat:
		if n > remain {
			return -1
		}
		obj := newObject(TypeFloat, prio)
		if t.fmt == mpFloat32 {
			obj.dv = float64(math.Float32frombits(binary.BigEndian.Uint32(data[pos:])))
			p.cur = obj
			return 4
		}
		obj.dv = math.Float64frombits(binary.BigEndian.Uint64(data[pos:]))
		p.cur = obj
		return 8
	case mpKindBool:
		if n > remain {
			return -1
		}
		obj := newObject(TypeBoolean, prio)
		if t.fmt == mpTrue {
			obj.iv = 1
		}
		p.cur = obj
		return 1
	case mpKindNull:
		if n > remain {
			return -1
		}
		p.cur = newObject(TypeNull, prio)
		return 1
	}
	// extensions are skipped
	if n > remain {
		return -1
	}
	switch t.fmt {
	case mpFixext1:
		n = 2
	case mpFixext2:
		n = 3
	case mpFixext4:
		n = 5
	case mpFixext8:
		n = 9
	case mpFixext16:
		n = 17
	default:
		n++
	}
	if n > remain {
		return -1
	}
	p.cur = nil
	return int(n)
}

const (
	mpReadType = iota
	mpStartAssoc
	mpStartArray
	mpReadAssocKey
	mpReadAssocValue
	mpFinishAssocValue
	mpReadArrayValue
	mpFinishArrayValue
	mpErrorState
)

// parseMsgpack parses the current chunk as MessagePack.
func (p *Parser) parseMsgpack() bool {
	data := p.chunks.data
	if p.stack == nil || p.stack.obj == nil {
		if data[0]&0x80 != 0x80 && !(data[0] >= 0xdc && data[0] <= 0xdf) {
			p.createErr("bad top level object for msgpack")
			return false
		}
	}
	ok := p.mpConsume(data)
	if ok && p.top == nil {
		p.top = p.cur
	}
	return ok
}

func (p *Parser) mpConsume(data []byte) bool {
	pos := 0
	remain := len(data)
	state, next := mpReadType, mpErrorState
	var t *mpType
	var n uint64
	var key []byte
	prio := uint(p.chunks.priority)

	consume := func(ret int) bool {
		if ret == -1 {
			p.createErr("cannot parse type %d of len %d", t.fmt, uint32(n))
			return false
		}
		pos += ret
		remain -= ret
		return true
	}
	startContainer := func(typ Type) bool {
		p.cur = newObject(typ, prio)
		if p.stack != nil && !p.mpInsert(key, p.cur) {
			return false
		}
		if p.mpPushContainer(t, n) == nil {
			return false
		}
		return consume(p.mpValue(t, n, data, pos))
	}

	for pos < len(data) {
		switch state {
		case mpReadType:
			t = mpTypeOf(data[pos])
			if t == nil {
				p.createErr("unknown msgpack format: %x", data[pos])
				return false
			}
			if t.flags&mpFlagFixed != 0 {
				if t.len == 0 {
					n = uint64(data[pos] &^ t.prefix)
				} else {
					if remain < int(t.len) {
						p.createErr("not enough data remain to read object's length: %d remain, %d needed",
							uint32(remain), t.len)
						return false
					}
					n = uint64(t.len)
				}
				if t.flags&mpFlagTypeValue == 0 {
					if remain > 0 {
						pos++
						remain--
					}
				} else {
					n = 0
				}
			} else {
				remain--
				if remain < int(t.len) {
					p.createErr("not enough data remain to read object's length: %d remain, %d needed",
						uint32(remain), t.len)
					return false
				}
				pos++
				switch t.len {
				case 1:
					n = uint64(data[pos])
				case 2:
					n = uint64(binary.BigEndian.Uint16(data[pos:]))
				case 4:
					n = uint64(binary.BigEndian.Uint32(data[pos:]))
				case 8:
					n = binary.BigEndian.Uint64(data[pos:])
				}
				pos += int(t.len)
				remain -= int(t.len)
			}
			switch {
			case t.flags&mpFlagAssoc != 0:
				state = mpStartAssoc
			case t.flags&mpFlagContainer != 0:
				state = mpStartArray
			default:
				state = next
			}
		case mpStartAssoc:
			if !startContainer(TypeObject) {
				return false
			}
			key = nil
			if n > 0 {
				state, next = mpReadType, mpReadAssocKey
			} else {
				state = mpFinishAssocValue
			}
		case mpStartArray:
			if !startContainer(TypeArray) {
				return false
			}
			if n > 0 {
				state, next = mpReadType, mpReadArrayValue
			} else {
				state = mpFinishArrayValue
			}
		case mpReadArrayValue:
			if p.stack == nil {
				p.createErr("read assoc value when no container represented")
				return false
			}
			cont := p.stack
			if !consume(p.mpValue(t, n, data, pos)) {
				return false
			}
			if p.cur != nil && !p.mpInsert(nil, p.cur) {
				return false
			}
			if cont.n == 0 {
				state = mpFinishArrayValue
			} else {
				state, next = mpReadType, mpReadArrayValue
			}
		case mpReadAssocKey:
			if t.flags&mpFlagKey == 0 {
				p.createErr("bad type for key: %d, expected string", t.fmt)
				return false
			}
			if n == 0 || int64(n) > int64(remain) || int64(n) < 0 {
				p.createErr("too long or empty key")
				return false
			}
			key = data[pos : pos+int(n)]
			pos += int(n)
			remain -= int(n)
			state, next = mpReadType, mpReadAssocValue
		case mpReadAssocValue:
			if p.stack == nil {
				p.createErr("read assoc value when no container represented")
				return false
			}
			cont := p.stack
			if !consume(p.mpValue(t, n, data, pos)) {
				return false
			}
			if p.cur != nil && !p.mpInsert(key, p.cur) {
				return false
			}
			key = nil
			if cont.n == 0 {
				state = mpFinishAssocValue
			} else {
				state, next = mpReadType, mpReadAssocKey
			}
		case mpFinishArrayValue, mpFinishAssocValue:
			cont := p.mpNextContainer()
			if cont == nil {
				p.createErr("empty container")
				return false
			}
			if cont.obj.typ == TypeObject {
				next = mpReadAssocKey
			} else {
				next = mpReadArrayValue
			}
			state = mpReadType
		default:
			p.createErr("invalid state machine state")
			return false
		}
	}

	switch state {
	case mpStartArray, mpStartAssoc:
		if n != 0 {
			p.createErr("invalid non-empty container at the end; len=%d", n)
			return false
		}
		typ := TypeObject
		if state == mpStartArray {
			typ = TypeArray
		}
		p.cur = newObject(typ, prio)
		if p.stack == nil {
			p.createErr("read assoc value when no container represented")
			return false
		}
		if !p.mpInsert(key, p.cur) {
			return false
		}
		if p.mpPushContainer(t, n) == nil {
			return false
		}
		p.mpValue(t, n, data, pos)
	case mpReadArrayValue, mpReadAssocValue:
		if n != 0 {
			p.createErr("unfinished value at the end")
			return false
		}
		if p.stack == nil {
			p.createErr("read assoc value when no container represented")
			return false
		}
		if !consume(p.mpValue(t, n, data, pos)) {
			return false
		}
		if p.cur != nil && !p.mpInsert(nil, p.cur) {
			return false
		}
	case mpFinishArrayValue, mpFinishAssocValue, mpReadType:
	default:
		p.createErr("invalid state machine finishing state: %d", state)
		return false
	}
	p.mpNextContainer()
	if p.stack != nil {
		p.createErr("incomplete container")
		return false
	}
	return true
}
