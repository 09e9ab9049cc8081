package luaapi

import (
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd_pdf_text, rspamd{pdf_encoding}, rspamd{pdf_cmap} and
// rspamd{pdf_text_builder} (upstream's lua_pdf_text.cxx) over
// pdf_decode.go: what lua_content/pdf decodes the text of PDF content
// streams with.

const (
	pdfEncodingClass = "rspamd{pdf_encoding}"
	pdfCMapClass     = "rspamd{pdf_cmap}"
	pdfBuilderClass  = "rspamd{pdf_text_builder}"
)

func init() {
	// the checks name the classes in full
	argName := func(rt *Runtime, c *lua.Class) { c.SetArgName(c.Name()) }
	defineClass(pdfEncodingClass, func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "set_difference", Func: rt.pdfSetDifference},
			{Name: "apply_differences", Func: rt.pdfApplyDifferences},
			{Name: "__tostring", Func: lua.ClassTostring},
		}
	}, argName)
	defineClass(pdfCMapClass, func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "size", Func: func(s *lua.State) int {
				s.PushInteger(int64(lua.Check[*pdfCMap](s, 1, rt.Class(pdfCMapClass)).size()))
				return 1
			}},
			{Name: "__tostring", Func: lua.ClassTostring},
		}
	}, argName)
	defineClass(pdfBuilderClass, pdfBuilderMethods, argName)
	defineRegisteredLib("rspamd_pdf_text", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "encoding", Func: func(s *lua.State) int {
				base, ok := pdfBaseEncoding(cconv.CString(s.CheckString(1)))
				if !ok {
					s.PushNil()
					s.PushString("unknown base encoding")
					return 2
				}
				s.PushUserdata(rt.Class(pdfEncodingClass), &pdfEncoding{base: base})
				return 1
			}},
			{Name: "cmap", Func: func(s *lua.State) int {
				data, _ := rt.textOrString(s, 1)
				cm, ok := parseCMap(string(data))
				if !ok {
					s.PushNil()
					s.PushString("not a usable cmap")
					return 2
				}
				s.PushUserdata(rt.Class(pdfCMapClass), cm)
				return 1
			}},
			{Name: "builder", Func: func(s *lua.State) int {
				b := &pdfTextBuilder{}
				if s.Type(1) == lua.TypeNumber {
					if n := s.ToInteger(1); n > 0 {
						b.buf = make([]byte, 0, min(n, 1<<20))
					}
				}
				s.PushUserdata(rt.Class(pdfBuilderClass), b)
				return 1
			}},
		}
	})
}

// pdfSetDifference is encoding:set_difference(code, glyph_name): whether
// the name gave the code a character.
func (rt *Runtime) pdfSetDifference(s *lua.State) int {
	e := lua.Check[*pdfEncoding](s, 1, rt.Class(pdfEncodingClass))
	code := s.CheckInteger(2)
	glyph := cconv.CString(s.CheckString(3))
	if code < 0 || code > 255 {
		return s.Errorf("character code out of range: %d", int32(code))
	}
	s.PushBool(e.setDifference(byte(code), glyph))
	return 1
}

// pdfApplyDifferences is encoding:apply_differences(array): a /Differences
// array, a number setting the code of the names after it; how many codes
// got a character.
func (rt *Runtime) pdfApplyDifferences(s *lua.State) int {
	e := lua.Check[*pdfEncoding](s, 1, rt.Class(pdfEncodingClass))
	if s.Type(2) != lua.TypeTable {
		return s.Errorf("table expected")
	}
	applied, code := 0, int64(-1)
	for i := 1; i <= s.ObjLen(2); i++ {
		switch s.RawGetInt(2, i) {
		case lua.TypeNumber:
			code = s.ToInteger(-1)
		case lua.TypeString:
			if code >= 0 && code <= 255 {
				name, _ := s.ToString(-1)
				if e.setDifference(byte(code), cconv.CString(name)) {
					applied++
				}
			}
			if code >= 0 {
				code++
			}
		}
		s.Pop(1)
	}
	s.PushInteger(int64(applied))
	return 1
}

// pdfBytesArg is a string or text argument as upstream's check of the
// two reads it: nothing for anything else.
func (rt *Runtime) pdfBytesArg(s *lua.State, narg int) string {
	b, _ := rt.textOrString(s, narg)
	return string(b)
}

func pdfBuilderMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *pdfTextBuilder {
		return lua.Check[*pdfTextBuilder](s, 1, rt.Class(pdfBuilderClass))
	}
	return []lua.Reg{
		{Name: "set_encoding", Func: func(s *lua.State) int {
			b := check(s)
			var enc *pdfEncoding
			if s.GetTop() >= 2 && !s.IsNil(2) {
				enc = lua.Check[*pdfEncoding](s, 2, rt.Class(pdfEncodingClass))
			}
			b.enc, b.cmap = enc, nil
			return 0
		}},
		{Name: "set_cmap", Func: func(s *lua.State) int {
			b := check(s)
			var cm *pdfCMap
			if s.GetTop() >= 2 && !s.IsNil(2) {
				cm = lua.Check[*pdfCMap](s, 2, rt.Class(pdfCMapClass))
			}
			b.enc, b.cmap = nil, cm
			return 0
		}},
		{Name: "add_string", Func: func(s *lua.State) int {
			check(s).addString(rt.pdfBytesArg(s, 2))
			return 0
		}},
		{Name: "add_hexstring", Func: func(s *lua.State) int {
			check(s).addHexString(rt.pdfBytesArg(s, 2))
			return 0
		}},
		{Name: "add_encoded", Func: func(s *lua.State) int {
			check(s).decode(rt.pdfBytesArg(s, 2))
			return 0
		}},
		{Name: "add_utf8", Func: func(s *lua.State) int {
			b := check(s)
			text, _ := rt.textOrString(s, 2)
			ok := utf8.Valid(text)
			if ok {
				b.buf = append(b.buf, text...)
			}
			s.PushBool(ok)
			return 1
		}},
		{Name: "add_char", Func: func(s *lua.State) int {
			b := check(s)
			c := s.CheckBytes(2)
			if len(c) != 1 {
				return s.Errorf("a single character expected")
			}
			b.buf = append(b.buf, c[0])
			return 0
		}},
		{Name: "len", Func: func(s *lua.State) int {
			s.PushInteger(int64(len(check(s).buf)))
			return 1
		}},
		{Name: "finish", Func: func(s *lua.State) int {
			b := check(s)
			rt.PushOwnedText(s, append([]byte(nil), b.buf...))
			b.buf = b.buf[:0]
			return 1
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}
