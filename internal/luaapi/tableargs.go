package luaapi

import (
	"fmt"
	"math"

	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Named arguments read from a table, as rspamd_lua_parse_table_arguments
// reads them: each argument has a key (required with a leading '*') and a
// kind; a value of another Lua type is an error with upstream's wording,
// an absent value leaves the kind's zero (NaN for a double), and an absent
// required one is an error.

// optStr is a string argument that may be absent (upstream's NULL).
type optStr struct {
	s  string
	ok bool
}

// tableArg is one named argument and where its value goes.
type tableArg struct {
	key      string
	required bool
	kind     string // type name in error messages
	want     lua.Type
	set      func(s *lua.State, idx int)
	missing  func()
	class    string // for userdata arguments
}

func newTableArg(key string, kind string, want lua.Type) tableArg {
	req := false
	if len(key) > 0 && key[0] == '*' {
		req, key = true, key[1:]
	}
	return tableArg{key: key, required: req, kind: kind, want: want}
}

// argString is 'S': a string.
func argString(key string, dst *optStr) tableArg {
	a := newTableArg(key, "string", lua.TypeString)
	a.set = func(s *lua.State, idx int) { v, _ := s.ToString(idx); *dst = optStr{v, true} }
	a.missing = func() { *dst = optStr{} }
	return a
}

// argNumber is 'N' (0 when absent) or, with nan, 'D' (NaN when absent).
func argNumber(key string, dst *float64, nan bool) tableArg {
	a := newTableArg(key, "double", lua.TypeNumber)
	a.set = func(s *lua.State, idx int) { *dst = s.ToNumber(idx) }
	a.missing = func() {
		*dst = 0
		if nan {
			*dst = math.NaN()
		}
	}
	return a
}

// argInt is 'I': an integer.
func argInt(key string, dst *int64) tableArg {
	a := newTableArg(key, "int64", lua.TypeNumber)
	a.set = func(s *lua.State, idx int) { *dst = s.ToInteger(idx) }
	a.missing = func() { *dst = 0 }
	return a
}

// argBool is 'B': a boolean.
func argBool(key string, dst *bool) tableArg {
	a := newTableArg(key, "bool", lua.TypeBoolean)
	a.set = func(s *lua.State, idx int) { *dst = s.ToBool(idx) }
	a.missing = func() { *dst = false }
	return a
}

// argFunc is 'F': a function, referenced in the registry (RefNil when
// absent).
func argFunc(key string, dst *lua.Ref) tableArg {
	a := newTableArg(key, "function", lua.TypeFunction)
	a.set = func(s *lua.State, idx int) { s.PushValue(idx); *dst = s.Ref() }
	a.missing = func() { *dst = lua.RefNil }
	return a
}

// argUCL is 'O': any value converted to UCL (nil only when absent).
func (rt *Runtime) argUCL(key string, dst **ucl.Object) tableArg {
	a := newTableArg(key, "", lua.TypeNone)
	a.set = func(s *lua.State, idx int) { *dst = rt.ToUCL(s, idx) }
	a.missing = func() { *dst = nil }
	return a
}

// argUserdata is 'U{class}': the Go value of a userdata of class.
func argUserdata(key, class string, dst *any) tableArg {
	a := newTableArg(key, "int64", lua.TypeUserdata)
	a.class = class
	a.set = func(s *lua.State, idx int) { *dst, _ = s.ToUserdata(idx) }
	a.missing = func() { *dst = nil }
	return a
}

// parseTableArgs reads args from the table at pos, or from consecutive
// stack slots starting at pos when it is not a table.
func (rt *Runtime) parseTableArgs(s *lua.State, pos int, args ...tableArg) error {
	pos = s.AbsIndex(pos)
	isTable := s.Type(pos) == lua.TypeTable
	idx := pos
	for _, a := range args {
		top := s.GetTop()
		cur := idx
		if isTable {
			s.GetField(pos, a.key)
			cur = s.GetTop()
		}
		t := s.Type(cur)
		absent := t == lua.TypeNil || t == lua.TypeNone
		if a.want == lua.TypeNone {
			absent = t == lua.TypeNone
		}
		switch {
		case absent:
			a.missing()
		case a.want != lua.TypeNone && t != a.want:
			got := s.TypeName(cur)
			s.SetTop(top)
			return fmt.Errorf("bad type for key: %s: '%s', '%s' is expected", a.key, got, a.kind)
		case a.class != "":
			_, c := s.ToUserdata(cur)
			if c == nil || c.Name() != a.class {
				got := "unknown"
				if c != nil {
					got = c.Name()
				}
				s.SetTop(top)
				return fmt.Errorf("invalid class for key %s, expected %s, got %s", a.key, a.class, got)
			}
			a.set(s, cur)
		default:
			a.set(s, cur)
		}
		s.SetTop(top)
		if absent && a.required {
			return fmt.Errorf("required parameter %s is missing", a.key)
		}
		if !isTable {
			idx++
		}
	}
	return nil
}
