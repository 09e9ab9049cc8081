package luaapi

import (
	"fmt"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd_caseless_table and rspamd{caseless_table} (upstream's
// lua_caseless_table.c): a table keyed by strings whose lookups ignore
// ASCII case while iteration gives the keys as first inserted. The
// values live in two Lua tables: lowercased key -> value (a table of
// values for a multi-value entry, whose first value stands for it) and
// lowercased key -> original key. A registry table with weak keys maps
// each userdata to {values, original keys}, so that they go with it.

const (
	caselessTableClass = "rspamd{caseless_table}"
	// caselessStoreKey names the registry field of the weak table.
	caselessStoreKey = "rspamd_caseless_table.store"
)

// caselessTable is the value of an rspamd{caseless_table}.
type caselessTable struct {
	size int
}

func init() {
	defineClass(caselessTableClass, caselessTableMetamethods, caselessTableSetup)
	defineLib("rspamd_caseless_table", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "create", Func: func(s *lua.State) int {
				rt.newCaselessTable(s)
				return 1
			}},
			{Name: "from_table", Func: func(s *lua.State) int {
				s.CheckType(1, lua.TypeTable)
				rt.caselessFromTable(s, 1)
				return 1
			}},
		}
	})
}

// newCaselessTable pushes a new empty caseless table and returns it.
func (rt *Runtime) newCaselessTable(s *lua.State) *caselessTable {
	ct := &caselessTable{}
	s.PushUserdata(rt.Class(caselessTableClass), ct)
	s.GetField(lua.RegistryIndex, caselessStoreKey)
	s.PushValue(-2)
	s.NewTable(2, 0)
	s.NewTable(0, 0)
	s.RawSetInt(-2, 1)
	s.NewTable(0, 0)
	s.RawSetInt(-2, 2)
	s.RawSet(-3)
	s.Pop(1)
	return ct
}

// pushCaselessTables pushes the values and the original keys of the
// caseless table at idx.
func pushCaselessTables(s *lua.State, idx int) {
	idx = s.AbsIndex(idx)
	s.GetField(lua.RegistryIndex, caselessStoreKey)
	s.PushValue(idx)
	s.RawGet(-2)
	s.RawGetInt(-1, 1)
	s.RawGetInt(-2, 2)
	s.Remove(-3)
	s.Remove(-3)
}

// caselessFromTable pushes a caseless table holding the string keys of
// the table at idx and their values (a table value is a multi-value
// entry).
func (rt *Runtime) caselessFromTable(s *lua.State, idx int) {
	idx = s.AbsIndex(idx)
	ct := rt.newCaselessTable(s)
	pushCaselessTables(s, -1)
	vals, orig := s.GetTop()-1, s.GetTop()
	s.PushNil()
	for s.Next(idx) {
		if s.Type(-2) == lua.TypeString {
			key, _ := s.ToString(-2)
			lc := encoding.LowerASCII(key)
			s.PushString(lc)
			isNew := s.RawGet(orig) == lua.TypeNil
			s.Pop(1)
			s.PushString(lc)
			s.PushValue(-2)
			s.RawSet(vals)
			if isNew {
				s.PushString(lc)
				s.PushValue(-3)
				s.RawSet(orig)
				ct.size++
			}
		}
		s.Pop(1)
	}
	s.Pop(2)
}

// checkCaseless returns the caseless table at narg.
func (rt *Runtime) checkCaseless(s *lua.State, narg int) *caselessTable {
	return lua.Check[*caselessTable](s, narg, rt.Class(caselessTableClass))
}

// caselessGet pushes the stored value of key in the caseless table at
// idx (a table for a multi-value entry, nil when absent).
func caselessGet(s *lua.State, idx int, key string) lua.Type {
	pushCaselessTables(s, idx)
	s.Pop(1)
	s.PushString(encoding.LowerASCII(key))
	t := s.RawGet(-2)
	s.Remove(-2)
	return t
}

// pushFirstOfMulti replaces a table on top by its first element.
func pushFirstOfMulti(s *lua.State) {
	if s.IsTable(-1) {
		s.RawGetInt(-1, 1)
		s.Remove(-2)
	}
}

func caselessTableSetup(rt *Runtime, c *lua.Class) {
	s := rt.L
	s.NewTable(0, 0)
	s.NewTable(0, 1)
	s.PushString("k")
	s.RawSetField(-2, "__mode")
	s.SetMetatable(-2)
	s.SetField(lua.RegistryIndex, caselessStoreKey)
	// methods are found by exact name before any key, and only
	// methods: the metamethods are not reachable through __index
	s.NewTable(0, 4)
	for _, r := range caselessTableMethods(rt) {
		s.PushFunction(r.Func)
		s.RawSetField(-2, r.Name)
	}
	methods := s.Ref()
	c.SetMethod("__index", func(s *lua.State) int {
		rt.checkCaseless(s, 1)
		if s.Type(2) != lua.TypeString {
			s.PushNil()
			return 1
		}
		s.PushRef(methods)
		s.PushValue(2)
		if s.RawGet(-2) != lua.TypeNil {
			return 1
		}
		key, _ := s.ToString(2)
		caselessGet(s, 1, key)
		pushFirstOfMulti(s)
		return 1
	})
}

func caselessTableMetamethods(rt *Runtime) []lua.Reg {
	return []lua.Reg{
		{Name: "__newindex", Func: rt.caselessNewIndex},
		{Name: "__len", Func: func(s *lua.State) int {
			s.PushInteger(int64(rt.checkCaseless(s, 1).size))
			return 1
		}},
		{Name: "__pairs", Func: func(s *lua.State) int {
			rt.checkCaseless(s, 1)
			pushCaselessIterator(s)
			s.PushValue(1)
			s.PushNil()
			return 3
		}},
		{Name: "__tostring", Func: func(s *lua.State) int {
			s.PushString(fmt.Sprintf("rspamd{caseless_table: %d entries}", rt.checkCaseless(s, 1).size))
			return 1
		}},
	}
}

func caselessTableMethods(rt *Runtime) []lua.Reg {
	return []lua.Reg{
		{Name: "each", Func: func(s *lua.State) int {
			rt.checkCaseless(s, 1)
			pushCaselessIterator(s)
			return 1
		}},
		{Name: "has_key", Func: func(s *lua.State) int {
			rt.checkCaseless(s, 1)
			if s.Type(2) != lua.TypeString {
				s.PushBool(false)
				return 1
			}
			key, _ := s.ToString(2)
			s.PushBool(caselessGet(s, 1, key) != lua.TypeNil)
			return 1
		}},
		{Name: "get_all", Func: func(s *lua.State) int {
			rt.checkCaseless(s, 1)
			if s.Type(2) != lua.TypeString {
				s.PushNil()
				return 1
			}
			key, _ := s.ToString(2)
			if t := caselessGet(s, 1, key); t == lua.TypeNil || t == lua.TypeTable {
				return 1
			}
			s.NewTable(1, 0)
			s.PushValue(-2)
			s.RawSetInt(-2, 1)
			return 1
		}},
		{Name: "to_table", Func: func(s *lua.State) int {
			ct := rt.checkCaseless(s, 1)
			s.NewTable(0, ct.size)
			res := s.GetTop()
			pushCaselessTables(s, 1)
			vals, orig := s.GetTop()-1, s.GetTop()
			s.PushNil()
			for s.Next(vals) {
				s.PushValue(-2)
				s.RawGet(orig)
				s.PushValue(-2)
				pushFirstOfMulti(s)
				s.RawSet(res)
				s.Pop(1)
			}
			s.Pop(2)
			return 1
		}},
	}
}

// caselessNewIndex is t[key] = value: a nil value removes the entry, a
// new key keeps its case for iteration.
func (rt *Runtime) caselessNewIndex(s *lua.State) int {
	ct := rt.checkCaseless(s, 1)
	if s.Type(2) != lua.TypeString {
		return s.Errorf("caseless_table keys must be strings")
	}
	key, _ := s.ToString(2)
	lc := encoding.LowerASCII(key)
	exists := caselessGet(s, 1, key) != lua.TypeNil
	s.Pop(1)
	pushCaselessTables(s, 1)
	vals, orig := s.GetTop()-1, s.GetTop()
	if s.IsNil(3) {
		if exists {
			for _, t := range []int{vals, orig} {
				s.PushString(lc)
				s.PushNil()
				s.RawSet(t)
			}
			ct.size--
		}
		return 0
	}
	s.PushString(lc)
	s.PushValue(3)
	s.RawSet(vals)
	if !exists {
		ct.size++
		s.PushString(lc)
		s.PushValue(2)
		s.RawSet(orig)
	}
	return 0
}

// pushCaselessIterator pushes the stateful iterator of each() and
// __pairs: it yields (original key, value), the first value of a
// multi-value entry, in the order of next() over the values. The
// caseless table is argument 1.
func pushCaselessIterator(s *lua.State) {
	pushCaselessTables(s, 1)
	s.PushNil()
	s.PushClosure(func(s *lua.State) int {
		vals, orig, cur := lua.UpvalueIndex(1), lua.UpvalueIndex(2), lua.UpvalueIndex(3)
		s.PushValue(cur)
		if !s.Next(vals) {
			return 0
		}
		s.PushValue(-2)
		s.Replace(cur)
		pushFirstOfMulti(s)
		s.PushValue(-2)
		s.RawGet(orig)
		s.Insert(-2)
		return 2
	}, 3)
}
