package luaapi

import (
	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd_int64 and the rspamd{int64} class (defined in upstream's
// lua_util.c): a boxed 64-bit integer, which Lua numbers cannot hold
// exactly.

const int64Class = "rspamd{int64}"

func init() {
	defineClass(int64Class, int64Methods, nil)
	defineLib("rspamd_int64", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{{Name: "fromstring", Func: rt.int64FromString}}
	})
}

// PushInt64 pushes v as a new rspamd{int64}.
func (rt *Runtime) PushInt64(s *lua.State, v int64) {
	s.PushUserdata(rt.Class(int64Class), v)
}

// int64Arg returns the rspamd{int64} at narg, raising "'int64' expected"
// otherwise.
func (rt *Runtime) int64Arg(s *lua.State, narg int) int64 {
	return lua.Check[int64](s, narg, rt.Class(int64Class))
}

// int64FromString reads an optional minus sign and decimal digits as an
// unsigned 64-bit value (so signed and unsigned numbers both fit); it
// returns nil and "invalid number" on bad input.
func (rt *Runtime) int64FromString(s *lua.State) int {
	b, ok := rt.textOrString(s, 1)
	if !ok || len(b) == 0 {
		// upstream pushes nothing: the argument is returned
		return 1
	}
	neg := b[0] == '-'
	if neg {
		b = b[1:]
	}
	u, ok := cconv.RspamdStrtou64(b)
	if !ok {
		s.PushNil()
		s.PushString("invalid number")
		return 2
	}
	v := int64(u)
	if neg {
		v = -v
	}
	rt.PushInt64(s, v)
	return 1
}

func int64Methods(rt *Runtime) []lua.Reg {
	tostring := func(s *lua.State) int {
		n := rt.int64Arg(s, 1)
		if s.Type(2) == lua.TypeBoolean && s.ToBool(2) {
			s.PushString(logger.Sprintf("%L", n))
		} else {
			s.PushString(logger.Sprintf("%uL", n))
		}
		return 1
	}
	return []lua.Reg{
		{Name: "tostring", Func: tostring},
		{Name: "__tostring", Func: tostring},
		{Name: "tonumber", Func: func(s *lua.State) int {
			s.PushNumber(float64(rt.int64Arg(s, 1)))
			return 1
		}},
		{Name: "hex", Func: func(s *lua.State) int {
			s.PushString(logger.Sprintf("%XL", rt.int64Arg(s, 1)))
			return 1
		}},
	}
}
