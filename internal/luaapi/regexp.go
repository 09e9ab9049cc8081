package luaapi

import (
	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/re"
)

// rspamd_regexp and rspamd{regexp} (upstream's lua_regexp.c) over
// internal/re.

const regexpClass = "rspamd{regexp}"

// luaRegexp is the value of an rspamd{regexp}: several userdata may share
// one compiled regexp (create_cached), and destroy detaches this one.
type luaRegexp struct {
	re *re.Regexp // nil once destroyed
}

func init() {
	defineClass(regexpClass, regexpMethods, nil)
	defineLib("rspamd_regexp", regexpFuncs)
}

// subject reads the subject argument of the regexp methods: a string,
// a text, or nothing usable (nil) for other types.
func (rt *Runtime) subject(s *lua.State, idx int) []byte {
	b, _ := rt.textOrString(s, idx)
	return b
}

func (rt *Runtime) pushRegexp(s *lua.State, r *re.Regexp) {
	s.PushUserdata(rt.Class(regexpClass), &luaRegexp{re: r})
}

// regexpArgs reads the pattern and, when exactly two arguments are given,
// the flags of the module's constructors.
func regexpArgs(s *lua.State) (pattern, flags string, hasFlags bool) {
	pattern = s.CheckString(1)
	if s.GetTop() == 2 {
		return pattern, cconv.CString(s.CheckString(2)), true
	}
	return pattern, "", false
}

// compileRegexp compiles pattern with flags (see compileWith) and pushes
// the result, or logs the failure under the pattern shown and pushes nil.
func (rt *Runtime) compileRegexp(s *lua.State, function, shown, pattern, flags string, compile func(p, f string) (*re.Regexp, error)) int {
	r, err := compile(pattern, flags)
	if err != nil {
		rt.log().Logf(logger.LevelInfo, "", "", false, function, "cannot parse regexp: %s, error: %s", cconv.CString(shown), err.Error())
		s.PushNil()
		return 1
	}
	rt.pushRegexp(s, r)
	return 1
}

// compileWith picks Compile or CompileFlags as rspamd_regexp_new does
// with a NULL or a given flags string; cacheWith does the same through
// the global cache.
func compileWith(hasFlags bool) func(p, f string) (*re.Regexp, error) {
	if hasFlags {
		return re.CompileFlags
	}
	return func(p, _ string) (*re.Regexp, error) { return re.Compile(p) }
}

func cacheWith(hasFlags bool) func(p, f string) (*re.Regexp, error) {
	if hasFlags {
		return re.Global.CreateFlags
	}
	return func(p, _ string) (*re.Regexp, error) { return re.Global.Create(p) }
}

func regexpFuncs(rt *Runtime) []lua.Reg {
	importer := func(function string, how re.EscapeFlags) lua.Function {
		return func(s *lua.State) int {
			pattern, flags, hasFlags := regexpArgs(s)
			escaped := re.Escape(pattern, how)
			return rt.compileRegexp(s, function, pattern, escaped, flags, compileWith(hasFlags))
		}
	}
	return []lua.Reg{
		{Name: "create", Func: func(s *lua.State) int {
			pattern, flags, hasFlags := regexpArgs(s)
			return rt.compileRegexp(s, "lua_regexp_create", pattern, pattern, flags, compileWith(hasFlags))
		}},
		{Name: "import_glob", Func: importer("lua_regexp_import_glob", re.EscapeGlob|re.EscapeUTF)},
		{Name: "import_plain", Func: importer("lua_regexp_import_plain", 0)},
		{Name: "get_cached", Func: func(s *lua.State) int {
			pattern, flags, _ := regexpArgs(s)
			if r := re.Global.Get(pattern, flags); r != nil {
				rt.pushRegexp(s, r)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "create_cached", Func: func(s *lua.State) int {
			pattern, flags, hasFlags := regexpArgs(s)
			if r := re.Global.Get(pattern, flags); r != nil {
				rt.pushRegexp(s, r)
				return 1
			}
			return rt.compileRegexp(s, "lua_regexp_create_cached", pattern, pattern, flags, cacheWith(hasFlags))
		}},
	}
}

func regexpMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *luaRegexp {
		return lua.Check[*luaRegexp](s, 1, rt.Class(regexpClass))
	}
	// live returns the regexp of argument 1, raising "invalid arguments"
	// once it is destroyed.
	live := func(s *lua.State) *re.Regexp {
		r := check(s)
		if r.re == nil {
			s.Raisef("invalid arguments")
		}
		return r.re
	}
	pattern := func(s *lua.State) int {
		if r := check(s); r.re != nil {
			s.PushString(r.re.Pattern())
		} else {
			s.PushNil()
		}
		return 1
	}
	return []lua.Reg{
		{Name: "get_pattern", Func: pattern},
		{Name: "__tostring", Func: pattern},
		{Name: "set_limit", Func: func(s *lua.State) int {
			r := check(s)
			lim := s.ToInteger(2)
			if r.re != nil {
				r.re.SetMatchLimit(int(max(lim, 0)))
			}
			return 0
		}},
		{Name: "set_max_hits", Func: func(s *lua.State) int {
			r := check(s)
			lim := uint32(s.CheckInteger(2))
			if r.re != nil {
				s.PushInteger(int64(r.re.SetMaxHits(lim)))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_max_hits", Func: func(s *lua.State) int {
			if r := check(s); r.re != nil {
				s.PushInteger(int64(r.re.MaxHits()))
			} else {
				s.PushInteger(1)
			}
			return 1
		}},
		{Name: "search", Func: func(s *lua.State) int {
			r := live(s)
			data := rt.subject(s, 2)
			raw := s.GetTop() >= 3 && s.ToBool(3)
			if len(data) == 0 {
				s.PushNil()
				return 1
			}
			captures := s.GetTop() >= 4 && s.ToBool(4)
			s.NewTable(0, 0)
			i := 0
			n := r.Each(data, raw, captures, func(m []int) {
				i++
				if !captures {
					s.PushBytes(data[m[0]:m[1]])
					s.RawSetInt(-2, i)
					return
				}
				s.NewTable(len(m)/2, 0)
				for j := 0; j < len(m); j += 2 {
					if m[j] < 0 {
						s.PushString("")
					} else {
						s.PushBytes(data[m[j]:m[j+1]])
					}
					s.RawSetInt(-2, j/2+1)
				}
				s.RawSetInt(-2, i)
			})
			if n == 0 {
				s.Pop(1)
				s.PushNil()
			}
			return 1
		}},
		{Name: "match", Func: func(s *lua.State) int {
			r := live(s)
			data := rt.subject(s, 2)
			raw := s.GetTop() == 3 && s.ToBool(3)
			s.PushBool(len(data) > 0 && r.Match(data, raw))
			return 1
		}},
		{Name: "matchn", Func: func(s *lua.State) int {
			r := live(s)
			data := rt.subject(s, 2)
			limit := int(int32(s.ToInteger(3)))
			raw := s.GetTop() == 4 && s.ToBool(4)
			n := 0
			if len(data) > 0 {
				n = r.MatchN(data, limit, raw)
			}
			s.PushInteger(int64(n))
			return 1
		}},
		{Name: "split", Func: func(s *lua.State) int {
			r := live(s)
			isText := s.Type(2) == lua.TypeUserdata
			data := rt.subject(s, 2)
			if len(data) == 0 {
				s.PushNil()
				return 1
			}
			s.NewTable(0, 0)
			i := 0
			n := r.Split(data, func(start, end int) {
				i++
				if isText {
					rt.PushText(s, data[start:end:end])
				} else {
					s.PushBytes(data[start:end])
				}
				s.RawSetInt(-2, i)
			})
			if n == 0 {
				s.Pop(1)
				s.PushNil()
			}
			return 1
		}},
		{Name: "destroy", Func: func(s *lua.State) int {
			r := check(s)
			if r.re != nil {
				re.Global.Remove(r.re)
				r.re = nil
			}
			return 0
		}},
	}
}
