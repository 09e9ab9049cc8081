package luaapi

import (
	"bytes"
	"crypto/rand"
	"hash/crc32"
	"math"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/charset"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/re"
)

// Text is the value of an rspamd{text} userdata: a byte string that Lua
// code passes around without copying it into a Lua string. Texts made by
// span, sub, lines and split share the bytes of their parent, as upstream's
// do, so in-place operations (lower with inplace, exclude_chars and oneline
// on an owned text) show through every text sharing them.
type Text struct {
	Data []byte
	// Own is set when the text owns its bytes: exclude_chars and oneline
	// then modify it in place unless told to copy.
	Own bool
	// Binary marks binary content (ucl conversion flags the string).
	Binary bool
}

const textClass = "rspamd{text}"

// textCookie marks the rspamd{text} metatable and the rspamd_text module.
const textCookie = 0x2b21ef6f

func init() {
	defineClass(textClass, textMethods, func(rt *Runtime, c *lua.Class) {
		// rspamd's patched LPeg matches texts as it matches strings.
		rt.L.SetTextHook(func(s *lua.State, idx int) ([]byte, bool) {
			t, ok := lua.Test[*Text](s, idx, c)
			if !ok {
				return nil, false
			}
			return t.Data, true
		})
		rt.L.PushMetatable(c)
		rt.L.PushNumber(textCookie)
		rt.L.SetField(-2, "cookie")
		rt.L.Pop(1)
	})
	defineModule("rspamd_text", func(rt *Runtime) lua.Function {
		regs := textModuleFuncs(rt)
		return func(s *lua.State) int {
			s.NewTable(0, len(regs)+1)
			s.PushNumber(textCookie)
			s.SetField(-2, "cookie")
			s.SetFuncs(-1, regs)
			return 1
		}
	})
}

// PushText pushes data as a new rspamd{text}. The text refers to data: the
// caller must not modify it afterwards.
func (rt *Runtime) PushText(s *lua.State, data []byte) {
	s.PushUserdata(rt.Class(textClass), &Text{Data: data})
}

// PushOwnedText pushes data as a new rspamd{text} that owns its bytes.
func (rt *Runtime) PushOwnedText(s *lua.State, data []byte) *Text {
	t := &Text{Data: data, Own: true}
	s.PushUserdata(rt.Class(textClass), t)
	return t
}

// ToBytes returns the bytes of the string or rspamd{text} at idx, without
// copying (the result must not be modified nor kept beyond the call), and
// false for any other value. Numbers are not converted.
func (rt *Runtime) ToBytes(s *lua.State, idx int) ([]byte, bool) {
	switch s.Type(idx) {
	case lua.TypeString:
		return s.ToBytesView(idx)
	case lua.TypeUserdata:
		if t, ok := lua.Test[*Text](s, idx, rt.Class(textClass)); ok {
			return t.Data, true
		}
	}
	return nil, false
}

// textArg returns the text at narg, raising "'text' expected" otherwise.
func (rt *Runtime) textArg(s *lua.State, narg int) *Text {
	return lua.Check[*Text](s, narg, rt.Class(textClass))
}

// textOrString is lua_check_text_or_string: the bytes of a text (raising
// for a userdata of another class) or of a string (not a number), and
// false for anything else.
func (rt *Runtime) textOrString(s *lua.State, narg int) ([]byte, bool) {
	switch s.Type(narg) {
	case lua.TypeUserdata:
		return rt.textArg(s, narg).Data, true
	case lua.TypeString:
		return s.ToBytesView(narg)
	}
	return nil, false
}

func textModuleFuncs(rt *Runtime) []lua.Reg {
	fromString := func(s *lua.State) int {
		str := s.CheckBytes(1)
		if s.Type(2) == lua.TypeBoolean && s.ToBool(2) {
			// "transparent": upstream points at the Lua string
			rt.PushText(s, str)
			return 1
		}
		rt.PushOwnedText(s, str)
		return 1
	}
	fromTable := func(s *lua.State) int {
		if !s.IsTable(1) {
			return s.Errorf("invalid arguments")
		}
		var delim []byte
		if s.Type(2) == lua.TypeString {
			delim, _ = s.ToBytes(2)
		}
		out := rt.textJoin(s, 1, delim, nil, 0)
		if out == nil {
			out = []byte{}
		}
		rt.PushOwnedText(s, out)
		return 1
	}
	return []lua.Reg{
		{Name: "fromstring", Func: fromString},
		{Name: "from_string", Func: fromString},
		{Name: "fromtable", Func: fromTable},
		{Name: "from_table", Func: fromTable},
		{Name: "null", Func: func(s *lua.State) int {
			rt.PushText(s, nil)
			return 1
		}},
		{Name: "randombytes", Func: func(s *lua.State) int {
			n := uint32(s.CheckInteger(1))
			buf := make([]byte, n)
			rand.Read(buf)
			rt.PushOwnedText(s, buf)
			return 1
		}},
	}
}

// textMaxDepth bounds nested tables in fromtable.
const textMaxDepth = 10

// textJoin appends the strings and texts of the array at idx (recursing
// into nested arrays) separated by delim.
func (rt *Runtime) textJoin(s *lua.State, idx int, delim, dst []byte, depth int) []byte {
	if depth > textMaxDepth {
		s.Raisef("lua_text_tbl_length: recursion limit exceeded")
	}
	idx = s.AbsIndex(idx)
	n := tableSize(s, idx)
	for i := 1; i <= n; i++ {
		switch s.RawGetInt(idx, i) {
		case lua.TypeString:
			b, _ := s.ToBytesView(-1)
			dst = append(dst, b...)
		case lua.TypeUserdata:
			if t, ok := lua.Test[*Text](s, -1, rt.Class(textClass)); ok {
				dst = append(dst, t.Data...)
			}
		case lua.TypeTable:
			dst = rt.textJoin(s, -1, delim, dst, depth+1)
		}
		if len(delim) > 0 && i != n {
			dst = append(dst, delim...)
		}
		s.Pop(1)
	}
	return dst
}

// tableSize is rspamd_lua_table_size: the length of the array part.
func tableSize(s *lua.State, idx int) int {
	return s.ObjLen(idx)
}

// relStart and relEnd turn Lua string positions (negative from the end)
// into 1-based bounds as string.sub does.
func relStart(pos int64, n int) int {
	switch {
	case pos > 0:
		return int(min(pos, math.MaxInt32))
	case pos == 0, pos < -int64(n):
		return 1
	}
	return n + int(pos) + 1
}

func relEnd(pos int64, n int) int {
	switch {
	case pos > int64(n):
		return n
	case pos >= 0:
		return int(pos)
	case pos < -int64(n):
		return 0
	}
	return n + int(pos) + 1
}

func textMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *Text { return rt.textArg(s, 1) }
	length := func(s *lua.State) int {
		s.PushInteger(int64(len(check(s).Data)))
		return 1
	}
	str := func(s *lua.State) int {
		s.PushBytes(check(s).Data)
		return 1
	}
	byteAt := func(s *lua.State) int {
		t := check(s)
		n := len(t.Data)
		start := relStart(s.OptInteger(2, 1), n)
		end := relEnd(s.OptInteger(3, int64(start)), n)
		start--
		if start >= end {
			return 0
		}
		s.CheckStack(end - start)
		for i := start; i < end; i++ {
			// upstream pushes a signed char
			s.PushInteger(int64(int8(t.Data[i])))
		}
		return end - start
	}
	save := func(s *lua.State) int { return rt.textSave(s, check(s)) }
	regs := []lua.Reg{
		{Name: "len", Func: length},
		{Name: "__len", Func: length},
		{Name: "str", Func: str},
		{Name: "__tostring", Func: str},
		{Name: "len_utf8", Func: func(s *lua.State) int {
			t := check(s)
			n, ok := utf8Count(t.Data)
			if !ok {
				s.PushNil()
				return 1
			}
			s.PushInteger(int64(n))
			return 1
		}},
		{Name: "ptr", Func: func(s *lua.State) int {
			// an opaque light userdata identifying the bytes (never
			// dereferenced)
			t := check(s)
			var p unsafe.Pointer
			if len(t.Data) > 0 {
				p = unsafe.Add(nil, uintptr(unsafe.Pointer(unsafe.SliceData(t.Data))))
			}
			s.PushLightUserdata(p)
			return 1
		}},
		{Name: "take_ownership", Func: func(s *lua.State) int {
			t := check(s)
			if !t.Own {
				t.Data = bytes.Clone(t.Data)
				t.Own = true
			}
			s.PushBool(true)
			return 1
		}},
		{Name: "save_in_file", Func: save},
		{Name: "write", Func: save},
		{Name: "span", Func: func(s *lua.State) int {
			t := check(s)
			n := int64(len(t.Data))
			start := s.ToInteger(2)
			if start < 1 || start > n {
				return s.Errorf("invalid arguments: start offset %d is larger than text len %d", int32(start), int32(n))
			}
			l := int64(-1)
			if s.IsNumber(3) {
				l = int64(s.ToNumber(3))
			}
			if l == -1 {
				l = n - (start - 1)
			}
			if l < 0 || l > n-(start-1) {
				return s.Errorf("invalid length")
			}
			rt.PushText(s, t.Data[start-1:start-1+l:start-1+l])
			return 1
		}},
		{Name: "sub", Func: func(s *lua.State) int {
			t := check(s)
			n := len(t.Data)
			start := relStart(s.CheckInteger(2), n)
			end := relEnd(s.OptInteger(3, -1), n)
			if start <= end {
				rt.PushText(s, t.Data[start-1:end:end])
			} else {
				rt.PushOwnedText(s, []byte{})
			}
			return 1
		}},
		{Name: "sub_utf8", Func: rt.textSubUTF8},
		{Name: "lines", Func: rt.textLines},
		{Name: "split", Func: rt.textSplit},
		{Name: "at", Func: byteAt},
		{Name: "byte", Func: byteAt},
		{Name: "memchr", Func: func(s *lua.State) int {
			var c byte
			if s.IsNumber(2) {
				c = byte(int64(s.ToNumber(2)))
			} else {
				b, ok := s.ToBytesView(2)
				if !ok {
					return s.Errorf("invalid arguments")
				}
				if len(b) != 1 {
					return s.Errorf("need exactly one character to search")
				}
				c = b[0]
			}
			t := check(s)
			var pos int
			if s.Type(3) == lua.TypeBoolean && s.ToBool(3) {
				pos = bytes.LastIndexByte(t.Data, c)
			} else {
				pos = bytes.IndexByte(t.Data, c)
			}
			if pos >= 0 {
				pos++
			}
			s.PushInteger(int64(pos))
			return 1
		}},
		{Name: "bytes", Func: func(s *lua.State) int {
			t := check(s)
			s.NewTable(len(t.Data), 0)
			for i, c := range t.Data {
				s.PushInteger(int64(c))
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "lower", Func: func(s *lua.State) int {
			t := check(s)
			utf := s.Type(2) == lua.TypeBoolean && s.ToBool(2)
			nt := t
			if s.Type(3) == lua.TypeBoolean && s.ToBool(3) {
				s.PushValue(1)
			} else {
				nt = rt.PushOwnedText(s, bytes.Clone(t.Data))
			}
			if utf {
				lowerUTF8InPlace(nt.Data)
			} else {
				lowerASCII(nt.Data)
			}
			return 1
		}},
		{Name: "exclude_chars", Func: rt.textExcludeChars},
		{Name: "memcspn", Func: func(s *lua.State) int {
			t := check(s)
			reject := s.CheckStringView(2)
			if reject == "" {
				s.PushInteger(int64(len(t.Data)))
				return 1
			}
			n := memcspn(t.Data, reject)
			s.PushInteger(int64(n))
			return 1
		}},
		{Name: "oneline", Func: rt.textOneline},
		{Name: "normalize_newlines", Func: rt.textNormalizeNewlines},
		{Name: "base32", Func: func(s *lua.State) int {
			t := check(s)
			alpha, st := base32Arg(s, 2)
			if st != 0 {
				return st
			}
			rt.PushOwnedText(s, encoding.AppendBase32(nil, t.Data, alpha))
			return 1
		}},
		{Name: "base64", Func: func(s *lua.State) int {
			t := check(s)
			lineLen := 0
			if s.Type(2) == lua.TypeNumber {
				lineLen = int(s.ToInteger(2))
				if uint64(lineLen) <= 8 {
					return s.Errorf("too small line length (at least 8 is required)")
				}
				if lineLen < 0 {
					// an unsigned length upstream: never reached
					lineLen = math.MaxInt32
				}
			}
			nl, err := newlineArg(s, 3)
			if err != 0 {
				return err
			}
			fold := s.Type(4) == lua.TypeBoolean && s.ToBool(4)
			out, e := encoding.EncodeBase64Lines(t.Data, lineLen, nl, fold)
			if e != nil {
				return s.ErrorOf(e)
			}
			rt.PushOwnedText(s, []byte(out))
			return 1
		}},
		{Name: "hex", Func: func(s *lua.State) int {
			t := check(s)
			rt.PushOwnedText(s, encoding.AppendHex(nil, t.Data))
			return 1
		}},
		{Name: "crc32", Func: func(s *lua.State) int {
			t := check(s)
			return pushCRC32(s, t.Data, "text")
		}},
		{Name: "find", Func: func(s *lua.State) int {
			t := check(s)
			pat := s.CheckBytes(2)
			init := 1
			if s.IsNumber(3) {
				init = relStart(s.ToInteger(3), len(t.Data))
			}
			init--
			if init > len(t.Data) {
				return s.Errorf("invalid arguments to find: init too large")
			}
			pos := substringSearch(t.Data[init:], pat)
			if pos < 0 {
				s.PushNil()
				return 1
			}
			s.PushInteger(int64(pos + 1))
			s.PushInteger(int64(pos + len(pat)))
			return 2
		}},
		{Name: "strtoul", Func: func(s *lua.State) int {
			t := check(s)
			if v, ok := cconv.RspamdStrtoul(t.Data); ok {
				s.PushInteger(int64(v))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "__eq", Func: func(s *lua.State) int {
			a, _ := rt.textOrString(s, 1)
			b, _ := rt.textOrString(s, 2)
			s.PushBool(bytes.Equal(a, b))
			return 1
		}},
		{Name: "__lt", Func: func(s *lua.State) int {
			a, ok1 := rt.textOrString(s, 1)
			b, ok2 := rt.textOrString(s, 2)
			if ok1 && ok2 {
				if len(a) == len(b) {
					s.PushBool(bytes.Compare(a, b) < 0)
				} else {
					s.PushBool(len(a) < len(b))
				}
				return 1
			}
			return 1
		}},
		{Name: "__concat", Func: func(s *lua.State) int {
			a, ok1 := rt.textOrString(s, 1)
			b, ok2 := rt.textOrString(s, 2)
			if ok1 && ok2 {
				rt.PushOwnedText(s, append(bytes.Clone(a), b...))
			}
			return 1
		}},
	}
	return append(regs, textStatsMethods(rt)...)
}

// newlineArg reads the newline style at narg ("cr", "lf", "crlf"; CRLF when
// absent); it returns a non-zero Lua status for an unknown style.
func newlineArg(s *lua.State, narg int) (encoding.Newline, int) {
	if s.Type(narg) != lua.TypeString {
		return encoding.NewlineCRLF, 0
	}
	name, _ := s.ToString(narg)
	nl, ok := encoding.ParseNewline(name)
	if !ok {
		return 0, s.Errorf("invalid newline style: %s", name)
	}
	return nl, 0
}

// pushCRC32 pushes the CRC-32 of data[start-1:start-1+len] with the optional
// start and length at arguments 2 and 3.
func pushCRC32(s *lua.State, data []byte, what string) int {
	start, l := int64(1), int64(-1)
	if s.IsNumber(2) {
		start = s.ToInteger(2)
	}
	if s.IsNumber(3) {
		l = s.ToInteger(3)
	}
	n := int64(len(data))
	if start < 1 || start-1 > n {
		return s.Errorf("invalid start offset %d (%s len %d)", int32(start), what, int32(n))
	}
	if l == -1 {
		l = n - (start - 1)
	}
	if l < 0 || l > n-(start-1) {
		return s.Errorf("invalid length")
	}
	s.PushInteger(int64(crc32.ChecksumIEEE(data[start-1 : start-1+l])))
	return 1
}

func (rt *Runtime) textSave(s *lua.State, t *Text) int {
	fd := -1
	var fname string
	mode := uint32(0o644)
	switch s.Type(2) {
	case lua.TypeString:
		fname = s.CheckString(2)
		if s.Type(3) == lua.TypeNumber {
			mode = uint32(s.ToInteger(3))
		}
	case lua.TypeNumber:
		fd = int(s.ToInteger(2))
	}
	needClose := false
	if fd == -1 {
		if fname != "" || s.Type(2) == lua.TypeString {
			f, err := unix.Open(fname, unix.O_CREAT|unix.O_WRONLY|unix.O_EXCL|unix.O_NOFOLLOW|unix.O_CLOEXEC, mode)
			if err != nil {
				return pushFalseErr(s, err)
			}
			fd, needClose = f, true
		} else {
			fd = 1
		}
	}
	if err := writeAll(fd, t.Data); err != nil {
		if fd != 1 {
			unix.Close(fd)
		}
		return pushFalseErr(s, err)
	}
	if needClose {
		unix.Close(fd)
	}
	s.PushBool(true)
	return 1
}

// writeAll is write(2) of data (one call, as upstream).
func writeAll(fd int, data []byte) error {
	for {
		_, err := unix.Write(fd, data)
		if err == unix.EINTR {
			continue
		}
		return err
	}
}

// utf8Count counts the characters of valid UTF-8 (false if invalid).
func utf8Count(b []byte) (int, bool) {
	n := 0
	for i := 0; i < len(b); {
		r, size := charset.DecodeRune(b[i:])
		if r < 0 {
			return 0, false
		}
		i += size
		n++
	}
	return n, true
}

func (rt *Runtime) textSubUTF8(s *lua.State) int {
	t := rt.textArg(s, 1)
	start := int32(s.CheckInteger(2))
	finish := int32(s.OptInteger(3, -1))
	n, ok := utf8Count(t.Data)
	if !ok {
		s.PushNil()
		return 1
	}
	st := relStart(int64(start), n)
	en := relEnd(int64(finish), n)
	if st > en {
		rt.PushOwnedText(s, []byte{})
		return 1
	}
	pos, idx := 0, 0
	for pos < len(t.Data) && idx < st-1 {
		_, size := charset.DecodeRune(t.Data[pos:])
		pos += size
		idx++
	}
	end := pos
	for end < len(t.Data) && idx < en {
		_, size := charset.DecodeRune(t.Data[end:])
		end += size
		idx++
	}
	rt.PushOwnedText(s, bytes.Clone(t.Data[pos:end]))
	return 1
}

// textLine returns the line of t starting at pos and ending before sep
// (or the end), without trailing CR and LF, and the position after it.
func textLine(t *Text, pos, sep int) ([]byte, int) {
	end := len(t.Data)
	if sep >= 0 {
		end = sep
	}
	next := end
	for end > pos && (t.Data[end-1] == '\r' || t.Data[end-1] == '\n') {
		end--
	}
	return t.Data[pos:end:end], next
}

func (rt *Runtime) textLines(s *lua.State) int {
	t := rt.textArg(s, 1)
	stringify := s.Type(2) == lua.TypeBoolean && s.ToBool(2)
	pos := 0
	s.PushValue(1)
	s.PushClosure(func(s *lua.State) int {
		if pos >= len(t.Data) {
			return 0
		}
		sep := bytes.IndexByte(t.Data[pos:], '\n')
		if sep < 0 {
			sep = bytes.IndexByte(t.Data[pos:], '\r')
		}
		if sep >= 0 {
			sep += pos
		}
		line, next := textLine(t, pos, sep)
		rt.pushPiece(s, line, stringify)
		pos = next
		for pos < len(t.Data) && (t.Data[pos] == '\n' || t.Data[pos] == '\r') {
			pos++
		}
		return 1
	}, 1)
	return 1
}

// pushPiece pushes part of a text as a string or as a text sharing the
// bytes.
func (rt *Runtime) pushPiece(s *lua.State, b []byte, stringify bool) {
	if stringify {
		s.PushBytes(b)
	} else {
		rt.PushText(s, b)
	}
}

func (rt *Runtime) textSplit(s *lua.State) int {
	t := rt.textArg(s, 1)
	var rx *re.Regexp
	if s.Type(2) == lua.TypeUserdata {
		r, ok := lua.Test[*luaRegexp](s, 2, rt.Class(regexpClass))
		if !ok || r.re == nil {
			return s.ArgError(2, "'regexp' expected")
		}
		rx = r.re
	} else {
		pat, _ := s.ToString(2)
		r, err := re.Compile(pat)
		if err != nil {
			return s.Errorf("cannot parse regexp: %s, error: %s", pat, err.Error())
		}
		rx = r
	}
	stringify := s.Type(3) == lua.TypeBoolean && s.ToBool(3)
	pos := 0
	s.PushValue(1)
	s.PushValue(2)
	s.PushClosure(func(s *lua.State) int {
		n := len(t.Data)
		if pos >= n {
			return 0
		}
		end := pos
		for {
			oldStart := end
			st, en, ok := rx.Search(t.Data, end, false)
			if !ok {
				break
			}
			end = en
			if st > oldStart {
				rt.pushPiece(s, t.Data[oldStart:st:st], stringify)
				pos = end
				return 1
			}
			if st == en {
				break
			}
			// a separator at the start: skip it
		}
		if end < n {
			rt.pushPiece(s, t.Data[end:n:n], stringify)
			pos = n
			return 1
		}
		pos = end
		s.PushNil()
		return 1
	}, 2)
	return 1
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)              { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool         { return b[c>>6]&(1<<(c&63)) != 0 }
func (b *byteSet) addWord(i int, m uint64) { b[i] |= m }

// Byte classes of exclude_chars and oneline.
const (
	setSpaces  = 0x100003600 // \t \n \f \r and space
	setNewline = 0x2400      // \n \r
	setControl = 0xffffffff  // 0..31
	setDel     = 0x8000000000000000
)

// inPlaceTarget returns the text a modifying method writes to: the text
// itself (pushed as the result) or a new owned copy, following the copy
// argument at narg (by default texts that own their bytes are modified in
// place).
func (rt *Runtime) inPlaceTarget(s *lua.State, t *Text, narg int) *Text {
	cp := !t.Own
	if s.Type(narg) == lua.TypeBoolean {
		cp = s.ToBool(narg)
	}
	if !cp {
		s.PushValue(1)
		return t
	}
	return rt.PushOwnedText(s, bytes.Clone(t.Data))
}

func (rt *Runtime) textExcludeChars(s *lua.State) int {
	t := rt.textArg(s, 1)
	pat, ok := s.ToBytes(2)
	if !ok || len(pat) == 0 {
		return s.Errorf("invalid arguments")
	}
	dst := rt.inPlaceTarget(s, t, 3)
	var set byteSet
	for i := 0; i < len(pat); i++ {
		if pat[i] != '%' {
			set.add(pat[i])
			continue
		}
		i++
		if i >= len(pat) {
			set.add('%')
			break
		}
		switch pat[i] {
		case '%':
			set.add('%')
		case 's':
			set.addWord(0, setSpaces)
		case 'n':
			set.addWord(0, setNewline)
		case '8':
			set.addWord(2, math.MaxUint64)
			set.addWord(3, math.MaxUint64)
		case 'c':
			set.addWord(0, setControl)
			set.addWord(1, setDel)
		}
	}
	out := dst.Data[:0]
	for _, c := range dst.Data {
		if !set.has(c) {
			out = append(out, c)
		}
	}
	dst.Data = out
	return 1
}

func (rt *Runtime) textOneline(s *lua.State) int {
	t := rt.textArg(s, 1)
	dst := rt.inPlaceTarget(s, t, 2)
	var set byteSet
	set.addWord(0, setSpaces|setControl)
	set.addWord(1, setDel)
	set.addWord(2, math.MaxUint64)
	set.addWord(3, math.MaxUint64)
	src := dst.Data
	d := 0
	seen8 := false
	for p := 0; p < len(src); {
		c := src[p]
		switch {
		case !set.has(c):
			src[d] = c
			d++
		case c&0x80 != 0:
			seen8 = true
			src[d] = c
			d++
		case c == ' ':
			if d != 0 {
				src[d] = c
				d++
				p++
			}
			for p < len(src) && isCSpace(src[p]) {
				p++
			}
			continue
		case c == '\r' || c == '\n':
			if d != 0 {
				src[d] = ' '
				d++
				p++
			}
			for p < len(src) && isCSpace(src[p]) {
				p++
			}
			continue
		}
		p++
	}
	for d > 0 && isCSpace(src[d-1]) {
		d--
	}
	out := src[:d]
	if seen8 {
		questionInvalid(out)
	}
	dst.Data = out
	return 1
}

// utf8ErrorOffset returns 0 for valid UTF-8, else 1 + the offset of the
// first ill-formed sequence (rspamd_fast_utf8_validate).
func utf8ErrorOffset(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i + 1
		}
		i += size
	}
	return 0
}

// questionInvalid replaces the first byte of each ill-formed sequence with
// '?' the way oneline does: after each run of bad sequences it resumes past
// the next valid character, so later bytes of a multi-byte bad sequence may
// stay.
func questionInvalid(b []byte) {
	nd, remain := 0, len(b)
	for remain > 0 {
		off := utf8ErrorOffset(b[nd : nd+remain])
		if off == 0 {
			return
		}
		off--
		nd += off
		remain -= off
		i := 0
		for i < remain {
			old := i
			r, size := charset.DecodeRune(b[nd+i : nd+remain])
			i += size
			if r >= 0 {
				break
			}
			b[nd+old] = '?'
		}
		nd += i
		remain -= i
	}
}

func (rt *Runtime) textNormalizeNewlines(s *lua.State) int {
	t := rt.textArg(s, 1)
	crlf := true
	if s.Type(2) == lua.TypeString {
		mode, _ := s.ToString(2)
		switch {
		case encoding.EqualFoldASCII(mode, "lf"), encoding.EqualFoldASCII(mode, "unix"):
			crlf = false
		case encoding.EqualFoldASCII(mode, "crlf"), encoding.EqualFoldASCII(mode, "windows"):
		default:
			return s.Errorf("invalid mode: %s (expected 'lf' or 'crlf')", mode)
		}
	}
	if crlf {
		if out, changed := toCRLF(t.Data); changed {
			t.Data, t.Own = out, true
		}
	} else if out, changed := toLF(t.Data); changed {
		t.Data, t.Own = out, true
	}
	s.PushValue(1)
	return 1
}

// toCRLF inserts a CR before every LF not preceded by one.
func toCRLF(b []byte) ([]byte, bool) {
	n := 0
	for i, c := range b {
		if c == '\n' && (i == 0 || b[i-1] != '\r') {
			n++
		}
	}
	if n == 0 {
		return b, false
	}
	out := make([]byte, 0, len(b)+n)
	for i, c := range b {
		if c == '\n' && (i == 0 || b[i-1] != '\r') {
			out = append(out, '\r')
		}
		out = append(out, c)
	}
	return out, true
}

// toLF removes every CR directly followed by LF.
func toLF(b []byte) ([]byte, bool) {
	n := 0
	for i, c := range b {
		if c == '\r' && i+1 < len(b) && b[i+1] == '\n' {
			n++
		}
	}
	if n == 0 {
		return b, false
	}
	out := make([]byte, 0, len(b)-n)
	for i, c := range b {
		if c == '\r' && i+1 < len(b) && b[i+1] == '\n' {
			continue
		}
		out = append(out, c)
	}
	return out, true
}

// lowerASCII lowercases ASCII letters in place.
func lowerASCII(b []byte) {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
}

// memcspn is the length of the prefix of b without any byte of reject.
func memcspn(b []byte, reject string) int {
	var set byteSet
	for i := 0; i < len(reject); i++ {
		set.add(reject[i])
	}
	for i, c := range b {
		if set.has(c) {
			return i
		}
	}
	return len(b)
}

// substringSearch is rspamd_substring_search: the offset of pat in in,
// or -1. Like upstream, a pattern as long as the input is compared
// ignoring ASCII case.
func substringSearch(in, pat []byte) int {
	switch {
	case len(in) > len(pat):
		return bytes.Index(in, pat)
	case len(in) == len(pat):
		if lcEqual(in, pat) {
			return 0
		}
	}
	return -1
}

// lcEqual compares ignoring ASCII case.
func lcEqual(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		ca, cb := a[i], b[i]
		if ca >= 'A' && ca <= 'Z' {
			ca += 32
		}
		if cb >= 'A' && cb <= 'Z' {
			cb += 32
		}
		if ca != cb {
			return false
		}
	}
	return true
}

// lowerUTF8InPlace lowercases UTF-8 in place as rspamd_str_lc_utf8 does: a
// character whose lowercase form is longer keeps its bytes, a shorter one
// moves the rest left (the bytes past the new end are left as they were).
func lowerUTF8InPlace(b []byte) int {
	d := 0
	var tmp [4]byte
	for i := 0; i < len(b); {
		r, size := charset.DecodeRune(b[i:])
		i += size
		if r >= 0 {
			lc := unicode.ToLower(r)
			if n := utf8.EncodeRune(tmp[:], lc); n <= size {
				copy(b[d:], tmp[:n])
				d += n
				continue
			}
		}
		d += size
	}
	return d
}
