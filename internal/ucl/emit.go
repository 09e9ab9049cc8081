package ucl

import (
	"encoding/binary"
	"math"
	"strconv"
	"strings"
)

// Format is an output format.
type Format uint8

// Output formats (upstream's ucl_emitter values).
const (
	FormatJSON        Format = iota // indented JSON
	FormatJSONCompact               // JSON without whitespace
	FormatConfig                    // UCL configuration syntax
	FormatYAML                      // YAML-like output
	FormatMsgpack                   // MessagePack
)

// EmitOptions customise emission.
type EmitOptions struct {
	// Comments are printed around the objects they belong to (config
	// format only).
	Comments *Comments
	// FormatFloat, if set, appends floats and times instead of upstream's
	// default "%.1f" / "%.15g" / "%f" choice (rspamd plugs its own printf
	// rules in here).
	FormatFloat func(b []byte, v float64) []byte
}

// Emit serialises obj in format f exactly as libucl does.
func Emit(obj *Object, f Format) []byte {
	return EmitWith(obj, f, EmitOptions{})
}

// EmitWith serialises obj with options.
func EmitWith(obj *Object, f Format, opts EmitOptions) []byte {
	return Append(nil, obj, f, opts)
}

// Append appends the serialisation of obj to dst (which callers can reuse
// between calls) and returns the extended buffer.
func Append(dst []byte, obj *Object, f Format, opts EmitOptions) []byte {
	if obj == nil || f > FormatMsgpack {
		return dst
	}
	e := &emitter{id: f, top: obj, comments: opts.Comments, fmtFloat: opts.FormatFloat}
	if e.fmtFloat == nil {
		e.fmtFloat = appendDouble
	}
	return e.append(dst, obj)
}

func (e *emitter) append(b []byte, obj *Object) []byte {
	if e.id == FormatMsgpack {
		return e.msgpackElt(b, obj, false)
	}
	return e.elt(b, obj, true, false, e.id == FormatJSONCompact)
}

type emitter struct {
	id       Format
	indent   int
	top      *Object
	comments *Comments
	fmtFloat func(b []byte, v float64) []byte
}

const spaces = "                                                                "

func (e *emitter) tabs(b []byte, compact bool) []byte {
	if compact {
		return b
	}
	for n := e.indent * 4; n > 0; n -= len(spaces) {
		b = append(b, spaces[:min(n, len(spaces))]...)
	}
	return b
}

// identTop reports whether obj gets braces and indentation of its own.
func (e *emitter) identTop(obj *Object) bool {
	return e.top != obj || e.id == FormatJSONCompact || e.id == FormatJSON
}

func (e *emitter) key(b []byte, printKey bool, obj *Object, compact bool) []byte {
	if !printKey {
		return b
	}
	switch e.id {
	case FormatConfig:
		if obj.flags&FlagNeedKeyEscape != 0 {
			b = appendJSONString(b, obj.key)
		} else {
			b = append(b, obj.key...)
		}
		if obj.typ != TypeObject && obj.typ != TypeArray {
			b = append(b, " = "...)
		} else {
			b = append(b, ' ')
		}
	case FormatYAML:
		switch {
		case obj.key != "" && obj.flags&FlagNeedKeyEscape != 0:
			b = appendJSONString(b, obj.key)
		case obj.key != "":
			b = append(b, obj.key...)
		default:
			b = append(b, "null"...)
		}
		b = append(b, ": "...)
	default:
		if obj.key != "" {
			b = appendJSONString(b, obj.key)
		} else {
			b = append(b, "null"...)
		}
		if compact {
			b = append(b, ':')
		} else {
			b = append(b, ": "...)
		}
	}
	return b
}

func (e *emitter) finish(b []byte, obj *Object, isArray bool) []byte {
	if e.id != FormatConfig || obj == e.top {
		return b
	}
	switch {
	case obj.typ == TypeObject || obj.typ == TypeArray:
		b = append(b, '\n')
	case isArray:
		b = append(b, ",\n"...)
	default:
		b = append(b, ";\n"...)
	}
	return b
}

func (e *emitter) endObject(b []byte, obj *Object, compact bool) []byte {
	if e.identTop(obj) {
		e.indent--
		if compact || obj.n == 0 {
			b = append(b, '}')
		} else {
			if e.id != FormatConfig {
				b = append(b, '\n')
			}
			b = e.tabs(b, compact)
			b = append(b, '}')
		}
	}
	b = e.finish(b, obj, false)
	return b
}

func (e *emitter) endArray(b []byte, obj *Object, compact bool) []byte {
	e.indent--
	if compact || obj.n == 0 {
		b = append(b, ']')
	} else {
		if e.id != FormatConfig {
			b = append(b, '\n')
		}
		b = e.tabs(b, compact)
		b = append(b, ']')
	}
	b = e.finish(b, obj, true)
	return b
}

// startArray prints an explicit array, or the implicit array headed by obj.
func (e *emitter) startArray(b []byte, obj *Object, printKey, compact bool) []byte {
	b = e.key(b, printKey, obj, compact)
	if compact || obj.n == 0 {
		b = append(b, '[')
	} else {
		b = append(b, "[\n"...)
	}
	e.indent++
	first := true
	if obj.typ == TypeArray {
		for _, cur := range obj.arr {
			if cur != nil {
				b = e.elt(b, cur, first, false, compact)
				first = false
			}
		}
		return b
	}
	for cur := obj; cur != nil; cur = cur.next {
		b = e.elt(b, cur, first, false, compact)
		first = false
	}
	return b
}

func (e *emitter) startObject(b []byte, obj *Object, printKey, compact bool) []byte {
	b = e.key(b, printKey, obj, compact)
	if e.identTop(obj) {
		if compact || obj.n == 0 {
			b = append(b, '{')
		} else {
			b = append(b, "{\n"...)
		}
		e.indent++
	}
	if obj.hash == nil {
		return b
	}
	first := true
	for he := obj.hash.head; he != nil; he = he.next {
		cur := he.obj
		switch {
		case e.id == FormatConfig:
			for v := cur; v != nil; v = v.next {
				b = e.elt(b, v, first, true, compact)
			}
		case cur.next != nil:
			if !first {
				if compact {
					b = append(b, ',')
				} else {
					b = append(b, ",\n"...)
				}
			}
			b = e.tabs(b, compact)
			b = e.startArray(b, cur, true, compact)
			b = e.endArray(b, cur, compact)
		default:
			b = e.elt(b, cur, first, true, compact)
		}
		first = false
	}
	return b
}

func (e *emitter) writeComments(b []byte, chain *Object, compact, tabsAfterLast bool) []byte {
	for c := chain; c != nil; c = c.next {
		b = append(b, c.sv...)
		b = append(b, '\n')
		if tabsAfterLast || c.next != nil {
			b = e.tabs(b, compact)
		}
	}
	return b
}

func (e *emitter) elt(b []byte, obj *Object, first, printKey, compact bool) []byte {
	if e.id != FormatConfig && !first {
		switch {
		case compact:
			b = append(b, ',')
		case e.id == FormatYAML && e.indent == 0:
			b = append(b, '\n')
		default:
			b = append(b, ",\n"...)
		}
	}
	b = e.tabs(b, compact)
	var after *Object
	if e.comments != nil && e.id == FormatConfig {
		if c := e.comments.Find(obj); c != nil {
			if c.flags&FlagInherited == 0 {
				b = e.writeComments(b, c, compact, true)
			} else {
				after = c
			}
		}
	}
	switch obj.typ {
	case TypeInt:
		b = e.key(b, printKey, obj, compact)
		b = strconv.AppendInt(b, obj.iv, 10)
		b = e.finish(b, obj, !printKey)
	case TypeFloat, TypeTime:
		b = e.key(b, printKey, obj, compact)
		b = e.fmtFloat(b, obj.dv)
		b = e.finish(b, obj, !printKey)
	case TypeBoolean:
		b = e.key(b, printKey, obj, compact)
		if obj.iv != 0 {
			b = append(b, "true"...)
		} else {
			b = append(b, "false"...)
		}
		b = e.finish(b, obj, !printKey)
	case TypeString:
		b = e.key(b, printKey, obj, compact)
		switch {
		case e.id != FormatConfig:
			b = appendJSONString(b, obj.sv)
		case isLongString(obj):
			b = append(b, "<<EOD\n"...)
			b = append(b, obj.sv...)
			b = append(b, "\nEOD"...)
		case obj.flags&FlagSquoted != 0:
			b = appendSquotedString(b, obj.sv)
		default:
			b = appendJSONString(b, obj.sv)
		}
		b = e.finish(b, obj, !printKey)
	case TypeNull:
		b = e.key(b, printKey, obj, compact)
		b = append(b, "null"...)
		b = e.finish(b, obj, !printKey)
	case TypeObject:
		b = e.startObject(b, obj, printKey, compact)
		b = e.endObject(b, obj, compact)
	case TypeArray:
		b = e.startArray(b, obj, printKey, compact)
		b = e.endArray(b, obj, compact)
	case TypeUserdata:
		b = e.key(b, printKey, obj, compact)
		b = appendJSONString(b, userdataString(obj))
		b = e.finish(b, obj, !printKey)
	}
	if after != nil {
		b = e.writeComments(b, after, compact, false)
	}
	return b
}

// userdataString returns the text a userdata object is emitted as.
func userdataString(obj *Object) string {
	if obj.ud == nil || obj.ud.emit == nil {
		return ""
	}
	if s, ok := obj.ud.emit(); ok {
		return s
	}
	return "null"
}

// isLongString reports whether a string is printed as a heredoc in config
// output: longer than 80 bytes or flagged multiline, and holding a newline.
func isLongString(obj *Object) bool {
	if obj.n > 80 || obj.flags&FlagMultiline != 0 {
		return strings.IndexByte(obj.sv, '\n') >= 0
	}
	return false
}

// appendJSONString appends s as a JSON string the way libucl escapes it.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	c := 0
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if !isClass(ch, chJSONUnsafe|chDenied|chWhitespaceUnsafe) {
			continue
		}
		b = append(b, s[c:i]...)
		c = i + 1
		switch ch {
		case 0:
			b = append(b, `\u0000`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		case '\b':
			b = append(b, `\b`...)
		case '\t':
			b = append(b, `\t`...)
		case '\f':
			b = append(b, `\f`...)
		case '\v':
			b = append(b, `\u000B`...)
		case '\\':
			b = append(b, `\\`...)
		case ' ':
			b = append(b, ' ')
		case '"':
			b = append(b, `\"`...)
		default:
			b = append(b, `\uFFFD`...)
		}
	}
	b = append(b, s[c:]...)
	return append(b, '"')
}

// appendSquotedString appends s in single quotes, escaping quotes.
func appendSquotedString(b []byte, s string) []byte {
	b = append(b, '\'')
	c := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			b = append(b, s[c:i]...)
			b = append(b, '\\', '\'')
			c = i + 1
		}
	}
	b = append(b, s[c:]...)
	return append(b, '\'')
}

// AppendJSONString appends s as a quoted, escaped JSON string exactly as
// libucl's emitters write strings.
func AppendJSONString(b []byte, s string) []byte { return appendJSONString(b, s) }

func (e *emitter) msgpackElt(b []byte, obj *Object, printKey bool) []byte {
	if printKey {
		b = appendMsgpackString(b, obj.key, false)
	}
	switch obj.typ {
	case TypeInt:
		b = appendMsgpackInt(b, obj.iv)
	case TypeFloat, TypeTime:
		b = append(b, 0xcb)
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(obj.dv))
	case TypeBoolean:
		if obj.iv != 0 {
			b = append(b, 0xc3)
		} else {
			b = append(b, 0xc2)
		}
	case TypeString:
		b = appendMsgpackString(b, obj.sv, obj.flags&FlagBinary != 0)
	case TypeNull:
		b = append(b, 0xc0)
	case TypeObject:
		b = appendMsgpackHeader(b, 0x80, 0xde, obj.n)
		if obj.hash != nil {
			// only the first value of an implicit array fits a map
			for he := obj.hash.head; he != nil; he = he.next {
				b = e.msgpackElt(b, he.obj, true)
			}
		}
	case TypeArray:
		b = appendMsgpackHeader(b, 0x90, 0xdc, obj.n)
		for _, cur := range obj.arr {
			if cur != nil {
				b = e.msgpackElt(b, cur, false)
			}
		}
	case TypeUserdata:
		// Upstream runs the emitter but then writes the object's own
		// (empty) string instead of its result.
		userdataString(obj)
		b = appendMsgpackString(b, "", false)
	}
	return b
}

func appendMsgpackInt(b []byte, v int64) []byte {
	if v >= 0 {
		switch {
		case v <= 0x7f:
			return append(b, byte(v))
		case v <= math.MaxUint8:
			return append(b, 0xcc, byte(v))
		case v <= math.MaxUint16:
			return binary.BigEndian.AppendUint16(append(b, 0xcd), uint16(v))
		case v <= math.MaxUint32:
			return binary.BigEndian.AppendUint32(append(b, 0xce), uint32(v))
		}
		return binary.BigEndian.AppendUint64(append(b, 0xcf), uint64(v))
	}
	u := uint64(-v)
	switch {
	case v >= -32:
		return append(b, byte(int8(v)))
	case u <= math.MaxInt8:
		return append(b, 0xd0, byte(int8(v)))
	case u <= math.MaxInt16:
		return binary.BigEndian.AppendUint16(append(b, 0xd1), uint16(v))
	case u <= math.MaxInt32:
		return binary.BigEndian.AppendUint32(append(b, 0xd2), uint32(v))
	}
	return binary.BigEndian.AppendUint64(append(b, 0xd3), uint64(v))
}

func appendMsgpackString(b []byte, s string, binaryStr bool) []byte {
	n := len(s)
	switch {
	case binaryStr && n <= 0xff:
		b = append(b, 0xc4, byte(n))
	case binaryStr && n <= 0xffff:
		b = binary.BigEndian.AppendUint16(append(b, 0xc5), uint16(n))
	case binaryStr:
		b = binary.BigEndian.AppendUint32(append(b, 0xc6), uint32(n))
	case n <= 0x1f:
		b = append(b, 0xa0|byte(n))
	case n <= 0xff:
		b = append(b, 0xd9, byte(n))
	case n <= 0xffff:
		b = binary.BigEndian.AppendUint16(append(b, 0xda), uint16(n))
	default:
		b = binary.BigEndian.AppendUint32(append(b, 0xdb), uint32(n))
	}
	return append(b, s...)
}

// appendMsgpackHeader appends an array or map header: fix for up to 15
// elements, then the 16- and 32-bit forms (code16 and code16+1).
func appendMsgpackHeader(b []byte, fix, code16 byte, n uint32) []byte {
	switch {
	case n <= 0xf:
		return append(b, fix|byte(n))
	case n <= 0xffff:
		return binary.BigEndian.AppendUint16(append(b, code16), uint16(n))
	}
	return binary.BigEndian.AppendUint32(append(b, code16+1), n)
}
