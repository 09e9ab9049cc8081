package ucl

import (
	"bytes"
	"encoding/binary"
	"math"
	"strconv"
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
	if obj == nil || f > FormatMsgpack {
		return nil
	}
	e := &emitter{id: f, top: obj, comments: opts.Comments, fmtFloat: opts.FormatFloat}
	if e.fmtFloat == nil {
		e.fmtFloat = appendDouble
	}
	if f == FormatMsgpack {
		e.msgpackElt(obj, false)
	} else {
		e.elt(obj, true, false, f == FormatJSONCompact)
	}
	return e.buf
}

type emitter struct {
	buf      []byte
	id       Format
	indent   int
	top      *Object
	comments *Comments
	fmtFloat func(b []byte, v float64) []byte
}

func (e *emitter) tabs(compact bool) {
	if !compact && e.indent > 0 {
		e.buf = append(e.buf, bytes.Repeat([]byte{' '}, e.indent*4)...)
	}
}

// identTop reports whether obj gets braces and indentation of its own.
func (e *emitter) identTop(obj *Object) bool {
	return e.top != obj || e.id == FormatJSONCompact || e.id == FormatJSON
}

func (e *emitter) key(printKey bool, obj *Object, compact bool) {
	if !printKey {
		return
	}
	switch e.id {
	case FormatConfig:
		if obj.flags&FlagNeedKeyEscape != 0 {
			e.buf = appendJSONString(e.buf, obj.key)
		} else {
			e.buf = append(e.buf, obj.key...)
		}
		if obj.typ != TypeObject && obj.typ != TypeArray {
			e.buf = append(e.buf, " = "...)
		} else {
			e.buf = append(e.buf, ' ')
		}
	case FormatYAML:
		switch {
		case obj.key != "" && obj.flags&FlagNeedKeyEscape != 0:
			e.buf = appendJSONString(e.buf, obj.key)
		case obj.key != "":
			e.buf = append(e.buf, obj.key...)
		default:
			e.buf = append(e.buf, "null"...)
		}
		e.buf = append(e.buf, ": "...)
	default:
		if obj.key != "" {
			e.buf = appendJSONString(e.buf, obj.key)
		} else {
			e.buf = append(e.buf, "null"...)
		}
		if compact {
			e.buf = append(e.buf, ':')
		} else {
			e.buf = append(e.buf, ": "...)
		}
	}
}

func (e *emitter) finish(obj *Object, isArray bool) {
	if e.id != FormatConfig || obj == e.top {
		return
	}
	switch {
	case obj.typ == TypeObject || obj.typ == TypeArray:
		e.buf = append(e.buf, '\n')
	case isArray:
		e.buf = append(e.buf, ",\n"...)
	default:
		e.buf = append(e.buf, ";\n"...)
	}
}

func (e *emitter) endObject(obj *Object, compact bool) {
	if e.identTop(obj) {
		e.indent--
		if compact || obj.n == 0 {
			e.buf = append(e.buf, '}')
		} else {
			if e.id != FormatConfig {
				e.buf = append(e.buf, '\n')
			}
			e.tabs(compact)
			e.buf = append(e.buf, '}')
		}
	}
	e.finish(obj, false)
}

func (e *emitter) endArray(obj *Object, compact bool) {
	e.indent--
	if compact || obj.n == 0 {
		e.buf = append(e.buf, ']')
	} else {
		if e.id != FormatConfig {
			e.buf = append(e.buf, '\n')
		}
		e.tabs(compact)
		e.buf = append(e.buf, ']')
	}
	e.finish(obj, true)
}

// startArray prints an explicit array, or the implicit array headed by obj.
func (e *emitter) startArray(obj *Object, printKey, compact bool) {
	e.key(printKey, obj, compact)
	if compact || obj.n == 0 {
		e.buf = append(e.buf, '[')
	} else {
		e.buf = append(e.buf, "[\n"...)
	}
	e.indent++
	first := true
	if obj.typ == TypeArray {
		for _, cur := range obj.arr {
			if cur != nil {
				e.elt(cur, first, false, compact)
				first = false
			}
		}
		return
	}
	for cur := obj; cur != nil; cur = cur.next {
		e.elt(cur, first, false, compact)
		first = false
	}
}

func (e *emitter) startObject(obj *Object, printKey, compact bool) {
	e.key(printKey, obj, compact)
	if e.identTop(obj) {
		if compact || obj.n == 0 {
			e.buf = append(e.buf, '{')
		} else {
			e.buf = append(e.buf, "{\n"...)
		}
		e.indent++
	}
	if obj.hash == nil {
		return
	}
	first := true
	for he := obj.hash.head; he != nil; he = he.next {
		cur := he.obj
		switch {
		case e.id == FormatConfig:
			for v := cur; v != nil; v = v.next {
				e.elt(v, first, true, compact)
			}
		case cur.next != nil:
			if !first {
				if compact {
					e.buf = append(e.buf, ',')
				} else {
					e.buf = append(e.buf, ",\n"...)
				}
			}
			e.tabs(compact)
			e.startArray(cur, true, compact)
			e.endArray(cur, compact)
		default:
			e.elt(cur, first, true, compact)
		}
		first = false
	}
}

func (e *emitter) writeComments(chain *Object, compact, tabsAfterLast bool) {
	for c := chain; c != nil; c = c.next {
		e.buf = append(e.buf, c.sv...)
		e.buf = append(e.buf, '\n')
		if tabsAfterLast || c.next != nil {
			e.tabs(compact)
		}
	}
}

func (e *emitter) elt(obj *Object, first, printKey, compact bool) {
	if e.id != FormatConfig && !first {
		switch {
		case compact:
			e.buf = append(e.buf, ',')
		case e.id == FormatYAML && e.indent == 0:
			e.buf = append(e.buf, '\n')
		default:
			e.buf = append(e.buf, ",\n"...)
		}
	}
	e.tabs(compact)
	var after *Object
	if e.comments != nil && e.id == FormatConfig {
		if c := e.comments.Find(obj); c != nil {
			if c.flags&FlagInherited == 0 {
				e.writeComments(c, compact, true)
			} else {
				after = c
			}
		}
	}
	switch obj.typ {
	case TypeInt:
		e.key(printKey, obj, compact)
		e.buf = strconv.AppendInt(e.buf, obj.iv, 10)
		e.finish(obj, !printKey)
	case TypeFloat, TypeTime:
		e.key(printKey, obj, compact)
		e.buf = e.fmtFloat(e.buf, obj.dv)
		e.finish(obj, !printKey)
	case TypeBoolean:
		e.key(printKey, obj, compact)
		if obj.iv != 0 {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
		e.finish(obj, !printKey)
	case TypeString:
		e.key(printKey, obj, compact)
		switch {
		case e.id != FormatConfig:
			e.buf = appendJSONString(e.buf, obj.sv)
		case isLongString(obj):
			e.buf = append(e.buf, "<<EOD\n"...)
			e.buf = append(e.buf, obj.sv...)
			e.buf = append(e.buf, "\nEOD"...)
		case obj.flags&FlagSquoted != 0:
			e.buf = appendSquotedString(e.buf, obj.sv)
		default:
			e.buf = appendJSONString(e.buf, obj.sv)
		}
		e.finish(obj, !printKey)
	case TypeNull:
		e.key(printKey, obj, compact)
		e.buf = append(e.buf, "null"...)
		e.finish(obj, !printKey)
	case TypeObject:
		e.startObject(obj, printKey, compact)
		e.endObject(obj, compact)
	case TypeArray:
		e.startArray(obj, printKey, compact)
		e.endArray(obj, compact)
	case TypeUserdata:
		e.key(printKey, obj, compact)
		e.buf = appendJSONString(e.buf, userdataString(obj))
		e.finish(obj, !printKey)
	}
	if after != nil {
		e.writeComments(after, compact, false)
	}
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
		return bytes.IndexByte([]byte(obj.sv), '\n') >= 0
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

func (e *emitter) msgpackElt(obj *Object, printKey bool) {
	if printKey {
		e.buf = appendMsgpackString(e.buf, obj.key, false)
	}
	switch obj.typ {
	case TypeInt:
		e.buf = appendMsgpackInt(e.buf, obj.iv)
	case TypeFloat, TypeTime:
		e.buf = append(e.buf, 0xcb)
		e.buf = binary.BigEndian.AppendUint64(e.buf, math.Float64bits(obj.dv))
	case TypeBoolean:
		if obj.iv != 0 {
			e.buf = append(e.buf, 0xc3)
		} else {
			e.buf = append(e.buf, 0xc2)
		}
	case TypeString:
		e.buf = appendMsgpackString(e.buf, obj.sv, obj.flags&FlagBinary != 0)
	case TypeNull:
		e.buf = append(e.buf, 0xc0)
	case TypeObject:
		e.buf = appendMsgpackHeader(e.buf, 0x80, 0xde, obj.n)
		if obj.hash != nil {
			// only the first value of an implicit array fits a map
			for he := obj.hash.head; he != nil; he = he.next {
				e.msgpackElt(he.obj, true)
			}
		}
	case TypeArray:
		e.buf = appendMsgpackHeader(e.buf, 0x90, 0xdc, obj.n)
		for _, cur := range obj.arr {
			if cur != nil {
				e.msgpackElt(cur, false)
			}
		}
	case TypeUserdata:
		e.buf = appendMsgpackString(e.buf, userdataString(obj), false)
	}
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
