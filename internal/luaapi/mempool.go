package luaapi

import (
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/mempool"
)

// rspamd_mempool and rspamd{mempool} (upstream's lua_mempool.c) over
// internal/mempool. Variables set from Lua are stored as the C layout
// upstream writes (mempool.Layout), so that get_variable's type lists read
// them, and those set by Go code, as upstream reads C variables.
// topointer, which hands the C pool to LuaJIT FFI code, has no counterpart.

const mempoolClass = "rspamd{mempool}"

func init() {
	defineClass(mempoolClass, mempoolMethods, nil)
	defineLib("rspamd_mempool", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{{Name: "create", Func: func(s *lua.State) int {
			rt.PushMempool(s, mempool.New("lua"))
			return 1
		}}}
	})
}

// PushMempool pushes p as an rspamd{mempool}.
func (rt *Runtime) PushMempool(s *lua.State, p *mempool.Pool) {
	s.PushUserdata(rt.Class(mempoolClass), p)
}

// MempoolArg returns the pool at narg, raising "'mempool' expected" for any
// other value (rspamd_lua_check_mempool).
func (rt *Runtime) MempoolArg(s *lua.State, narg int) *mempool.Pool {
	return lua.Check[*mempool.Pool](s, narg, rt.Class(mempoolClass))
}

func mempoolMethods(rt *Runtime) []lua.Reg {
	destroy := func(s *lua.State) int {
		rt.MempoolArg(s, 1).Destroy()
		return 0
	}
	return []lua.Reg{
		{Name: "add_destructor", Func: func(s *lua.State) int {
			p := rt.MempoolArg(s, 1)
			if !s.IsFunction(2) {
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_mempool_add_destructor",
					"trying to add destructor without function")
				return 1
			}
			s.PushValue(2)
			ref := s.Ref()
			main := s.Main()
			p.AddDestructor(func() {
				main.PushRef(ref)
				if err := main.PCall(0, 0); err != nil {
					rt.log().Logf(logger.LevelInfo, "", "", false, "lua_mempool_destructor_func",
						"call to destructor failed: %s", err.Error())
				}
				main.Unref(ref)
			}, 0)
			// upstream returns the top of the stack: the function
			return 1
		}},
		{Name: "stat", Func: func(s *lua.State) int {
			rt.MempoolArg(s, 1)
			return 1
		}},
		{Name: "suggest_size", Func: func(s *lua.State) int {
			// upstream pushes the size, then returns no value
			rt.MempoolArg(s, 1)
			return 0
		}},
		{Name: "set_variable", Func: rt.mempoolSetVariable},
		{Name: "set_bucket", Func: func(s *lua.State) int {
			p := rt.MempoolArg(s, 1)
			name := cconv.CString(s.CheckString(2))
			n := int(int32(s.CheckNumber(3)))
			if n <= 0 {
				return s.Errorf("invalid arguments")
			}
			nums := make([]float64, n)
			for i := range nums {
				if s.Type(4) == lua.TypeTable {
					s.RawGetInt(4, i+1)
					nums[i] = s.ToNumber(-1)
					s.Pop(1)
				} else {
					nums[i] = s.ToNumber(4 + i)
				}
			}
			p.SetVariable(name, mempool.AppendBucket(nil, nums), nil)
			return 0
		}},
		{Name: "get_variable", Func: rt.mempoolGetVariable},
		{Name: "has_variable", Func: func(s *lua.State) int {
			p := rt.MempoolArg(s, 1)
			v, _ := p.Variable(cconv.CString(s.CheckString(2)))
			s.PushBool(v != nil)
			return 1
		}},
		{Name: "delete_variable", Func: func(s *lua.State) int {
			p := rt.MempoolArg(s, 1)
			name := cconv.CString(s.CheckString(2))
			v, _ := p.Variable(name)
			if v != nil {
				p.RemoveVariable(name)
			}
			s.PushBool(v != nil)
			return 1
		}},
		{Name: "delete", Func: destroy},
		{Name: "destroy", Func: destroy},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// mempoolSetVariable is pool:set_variable(name, ...): the values are laid
// out one after the other as upstream does (numbers as doubles, booleans
// as gbooleans, strings with their NUL, tables as buckets of numbers).
func (rt *Runtime) mempoolSetVariable(s *lua.State) int {
	p := rt.MempoolArg(s, 1)
	name := cconv.CString(s.CheckString(2))
	top := s.GetTop()
	unhandled := func(i int) {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_mempool_set_variable",
			"cannot handle lua type %s", s.TypeName(i))
	}
	var layout []byte
	for i := 3; i <= top; i++ {
		switch s.Type(i) {
		case lua.TypeNumber:
			layout = mempool.AppendDouble(layout, s.ToNumber(i))
		case lua.TypeBoolean:
			layout = mempool.AppendBool(layout, s.ToBool(i))
		case lua.TypeString:
			b, _ := s.ToBytesView(i)
			layout = mempool.AppendString(layout, b)
		case lua.TypeTable:
			n := s.ObjLen(i)
			nums := make([]float64, n)
			for j := range nums {
				s.RawGetInt(i, j+1)
				nums[j] = s.ToNumber(-1)
				s.Pop(1)
			}
			layout = mempool.AppendBucket(layout, nums)
		default:
			unhandled(i)
		}
	}
	if len(layout) == 0 {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_mempool_set_variable", "no values specified")
		return 0
	}
	// upstream walks the values twice and complains twice
	for i := 3; i <= top; i++ {
		switch s.Type(i) {
		case lua.TypeNumber, lua.TypeBoolean, lua.TypeString, lua.TypeTable:
		default:
			unhandled(i)
		}
	}
	p.SetVariable(name, layout, nil)
	return 0
}

// mempoolGetVariable is pool:get_variable(name[, types]): without types the
// value as a string; with a list of types ("double,int64, string") one
// result per type, read from the value's layout in sequence.
func (rt *Runtime) mempoolGetVariable(s *lua.State) int {
	p := rt.MempoolArg(s, 1)
	name := cconv.CString(s.CheckString(2))
	v, _ := p.Variable(name)
	var spec string
	hasSpec := s.GetTop() >= 3
	if hasSpec {
		spec = cconv.CString(s.CheckString(3))
	}
	if v == nil {
		s.PushNil()
		return 1
	}
	layout, hasLayout := mempool.Layout(v)
	if !hasSpec {
		if !hasLayout {
			s.PushNil()
			return 1
		}
		s.PushBytes(mempool.NewReader(layout).String())
		return 1
	}
	r := mempool.NewReader(layout)
	n := 0
	for rest := spec; ; {
		tok := rest[:strings.IndexFunc(rest+",", func(c rune) bool { return c == ',' || c == ' ' })]
		if tok == "" {
			break
		}
		switch {
		case encoding.EqualFoldASCII(tok, "double"):
			s.PushNumber(r.Double())
		case encoding.EqualFoldASCII(tok, "int"):
			s.PushInteger(int64(r.Int()))
		case encoding.EqualFoldASCII(tok, "int64"):
			s.PushInteger(r.Int64())
		case encoding.EqualFoldASCII(tok, "bool"):
			s.PushBool(r.Bool())
		case encoding.EqualFoldASCII(tok, "string"):
			s.PushBytes(r.String())
		case encoding.EqualFoldASCII(tok, "gstring"):
			// a GString variable: Go code stores its text as a string
			if str, ok := v.(string); ok {
				s.PushString(str)
			} else {
				s.PushNil()
			}
			r.Skip()
		case encoding.EqualFoldASCII(tok, "bucket"):
			nums := r.Bucket()
			s.NewTable(len(nums), 0)
			for i, x := range nums {
				s.PushNumber(x)
				s.RawSetInt(-2, i+1)
			}
		case encoding.EqualFoldASCII(tok, "fstrings"):
			// a GList of strings: Go code stores a []string
			list, _ := v.([]string)
			s.NewTable(0, 0)
			for i, str := range list {
				s.PushString(str)
				s.RawSetInt(-2, i+1)
			}
			r.Skip()
		default:
			rt.log().Logf(logger.LevelCritical, "", "", false, "lua_mempool_get_variable",
				"unknown type for get_variable: %s", rest)
			s.PushNil()
		}
		rest = strings.TrimLeft(rest[len(tok):], ", ")
		n++
	}
	return n
}
