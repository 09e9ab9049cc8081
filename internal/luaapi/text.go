package luaapi

import "github.com/gorspamd/rspamd/internal/lua"

// Text is the value of an rspamd{text} userdata: a byte string that Lua
// code passes around without copying it into a Lua string.
type Text struct {
	Data []byte
}

const textClass = "rspamd{text}"

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
	})
}

func textMethods(rt *Runtime) []lua.Reg {
	return []lua.Reg{
		{Name: "len", Func: func(s *lua.State) int {
			t := lua.Check[*Text](s, 1, rt.Class(textClass))
			s.PushInteger(int64(len(t.Data)))
			return 1
		}},
		{Name: "__len", Func: func(s *lua.State) int {
			t := lua.Check[*Text](s, 1, rt.Class(textClass))
			s.PushInteger(int64(len(t.Data)))
			return 1
		}},
		{Name: "str", Func: func(s *lua.State) int {
			t := lua.Check[*Text](s, 1, rt.Class(textClass))
			s.PushBytes(t.Data)
			return 1
		}},
		{Name: "__tostring", Func: func(s *lua.State) int {
			t := lua.Check[*Text](s, 1, rt.Class(textClass))
			s.PushBytes(t.Data)
			return 1
		}},
	}
}

// PushText pushes data as a new rspamd{text}. The text refers to data: the
// caller must not modify it afterwards.
func (rt *Runtime) PushText(s *lua.State, data []byte) {
	s.PushUserdata(rt.Class(textClass), &Text{Data: data})
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
