package luaapi

import (
	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/re"
	"github.com/gorspamd/rspamd/internal/recache"
)

// The regexp cache methods of rspamd{config} over internal/recache:
// regexps and selectors registered in scopes, and the scopes' flags.

// scopeArg reads an optional scope name ("" for the default scope when
// the argument is not a string).
func scopeArg(s *lua.State, idx int) string {
	if s.Type(idx) == lua.TypeString {
		v, _ := s.ToString(idx)
		return cconv.CString(v)
	}
	return ""
}

func (rt *Runtime) configRegexpMethods() []lua.Reg {
	return []lua.Reg{
		{Name: "register_regexp", Func: func(s *lua.State) int {
			return rt.configRegisterRegexp(s, rt.configArg(s, 1), "", 2, false)
		}},
		{Name: "register_regexp_scoped", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			return rt.configRegisterRegexp(s, c, cconv.CString(s.CheckString(2)), 3, true)
		}},
		{Name: "replace_regexp", Func: func(s *lua.State) int {
			return rt.configReplaceRegexp(s, rt.configArg(s, 1), "", 2)
		}},
		{Name: "replace_regexp_scoped", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			return rt.configReplaceRegexp(s, c, cconv.CString(s.CheckString(2)), 3)
		}},
		{Name: "register_re_selector", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			return rt.configRegisterSelector(s, c, "", false, 2)
		}},
		{Name: "register_re_selector_scoped", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			return rt.configRegisterSelector(s, c, cconv.CString(s.CheckString(2)), true, 3)
		}},
		{Name: "find_regexp_scope", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			s.PushBool(c.Regexps.Scope(scopeArg(s, 2)) != nil)
			return 1
		}},
		{Name: "remove_regexp_scope", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			s.PushBool(c.Regexps.Remove(cconv.CString(s.CheckString(2))))
			return 1
		}},
		{Name: "count_regexp_scopes", Func: func(s *lua.State) int {
			s.PushInteger(int64(len(rt.configArg(s, 1).Regexps.Scopes())))
			return 1
		}},
		{Name: "list_regexp_scopes", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			s.NewTable(0, 0)
			for i, sc := range c.Regexps.Scopes() {
				name := sc.Name
				if name == "" {
					name = "default"
				}
				s.PushInteger(int64(i + 1))
				s.PushString(name)
				s.SetTable(-3)
			}
			return 1
		}},
		{Name: "set_regexp_scope_flags", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			if sc := c.Regexps.Scope(scopeArg(s, 2)); sc != nil {
				sc.Flags |= uint(s.ToInteger(3))
			}
			return 0
		}},
		{Name: "clear_regexp_scope_flags", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			if sc := c.Regexps.Scope(scopeArg(s, 2)); sc != nil {
				sc.Flags &^= uint(s.ToInteger(3))
			}
			return 0
		}},
		{Name: "get_regexp_scope_flags", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			var flags uint
			if sc := c.Regexps.Scope(scopeArg(s, 2)); sc != nil {
				flags = sc.Flags
			}
			s.PushInteger(int64(flags))
			return 1
		}},
		{Name: "is_regexp_scope_loaded", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			sc := c.Regexps.Scope(scopeArg(s, 2))
			s.PushBool(sc != nil && sc.Flags&recache.FlagLoaded != 0)
			return 1
		}},
		{Name: "set_regexp_scope_loaded", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			loaded := true
			if s.Type(3) == lua.TypeBoolean {
				loaded = s.ToBool(3)
			}
			if sc := c.Regexps.Scope(scopeArg(s, 2)); sc != nil {
				if loaded {
					sc.Flags |= recache.FlagLoaded
				} else {
					sc.Flags &^= recache.FlagLoaded
				}
			}
			return 0
		}},
	}
}

// configRegisterRegexp registers {re=, type=, header=[, selector=],
// pcre_only=} in a scope; the Lua regexp then refers to the cached one.
func (rt *Runtime) configRegisterRegexp(s *lua.State, c *Config, scope string, idx int, scoped bool) int {
	const fname = "lua_config_register_regexp"
	var reArg any
	var typ, header, selector optStr
	var pcreOnly bool
	args := []tableArg{argUserdata("*re", regexpClass, &reArg), argString("*type", &typ), argString("header", &header)}
	if scoped {
		args = append(args, argString("selector", &selector))
	}
	args = append(args, argBool("pcre_only", &pcreOnly))
	if err := rt.parseTableArgs(s, idx, args...); err != nil {
		rt.cfgLogf(c, logger.LevelCritical, fname, "cannot get parameters list: %s", err.Error())
		return 0
	}
	lre := reArg.(*luaRegexp)
	t := recache.TypeFromString(cconv.CString(typ.s))
	isHeader := t == recache.TypeHeader || t == recache.TypeRawHeader || t == recache.TypeMimeHeader
	if isHeader && !header.ok {
		rt.cfgLogf(c, logger.LevelCritical, fname, "header argument is mandatory for header/rawheader regexps")
		return 0
	}
	if lre.re == nil {
		return 0
	}
	if pcreOnly {
		lre.re.SetFlags(lre.re.Flags() | re.FlagPCREOnly)
	}
	data, hasData := "", false
	switch {
	case header.ok && (!scoped || isHeader):
		data, hasData = cconv.CString(header.s), true
	case scoped && selector.ok && t == recache.TypeSelector:
		data, hasData = cconv.CString(selector.s), true
	}
	cached := c.Regexps.Add(scope, lre.re, t, data, hasData, nil)
	if cached != lre.re {
		lre.re = cached
		if pcreOnly {
			cached.SetFlags(cached.Flags() | re.FlagPCREOnly)
		}
	}
	return 0
}

func (rt *Runtime) configReplaceRegexp(s *lua.State, c *Config, scope string, idx int) int {
	var oldArg, newArg any
	var pcreOnly bool
	if err := rt.parseTableArgs(s, idx, argUserdata("*old_re", regexpClass, &oldArg),
		argUserdata("*new_re", regexpClass, &newArg), argBool("pcre_only", &pcreOnly)); err != nil {
		return s.Errorf("cannot get parameters list: %s", err.Error())
	}
	oldRe, newRe := oldArg.(*luaRegexp).re, newArg.(*luaRegexp).re
	if oldRe == nil || newRe == nil {
		return 0
	}
	if pcreOnly {
		newRe.SetFlags(newRe.Flags() | re.FlagPCREOnly)
	}
	c.Regexps.Replace(scope, oldRe, newRe)
	return 0
}

// configRegisterSelector registers a selector regexps can match against:
// lua_selectors.create_selector_closure(cfg, selector, delimiter,
// flatten) makes its function.
func (rt *Runtime) configRegisterSelector(s *lua.State, c *Config, scope string, scoped bool, idx int) int {
	const fname = "lua_config_register_re_selector"
	name := cconv.CString(s.CheckString(idx))
	selector := s.CheckString(idx + 1)
	delimiter, flatten := "", false
	if s.GetTop() >= idx+2 {
		delimiter = s.CheckString(idx + 2)
		if s.Type(idx+3) == lua.TypeBoolean {
			flatten = s.ToBool(idx + 3)
		}
	}
	top := s.GetTop()
	res := false
	switch err := s.Require("lua_selectors"); {
	case err != nil:
		rt.cfgLogf(c, logger.LevelWarning, fname, "cannot require lua_selectors: %s", luaErrorText(err))
	case !s.IsTable(-1):
		rt.cfgLogf(c, logger.LevelWarning, fname, "lua selectors must return table and not %s", s.TypeName(-1))
	case s.GetField(-1, "create_selector_closure") != lua.TypeFunction:
		rt.cfgLogf(c, logger.LevelWarning, fname, "create_selector_closure must return function and not %s", s.TypeName(-1))
	default:
		rt.PushConfig(s, c)
		s.PushString(selector)
		s.PushString(delimiter)
		s.PushBool(flatten)
		if err := s.PCall(4, 1); err != nil {
			rt.cfgLogf(c, logger.LevelCritical, fname, "call to create_selector_closure lua script failed (%d): %s", 2, luaErrorText(err))
		} else if !s.IsFunction(-1) {
			rt.cfgLogf(c, logger.LevelWarning, fname, "create_selector_closure invocation must return function and not %s", s.TypeName(-1))
		} else {
			if c.Regexps.AddSelector(scope, name, s.Ref()) {
				rt.log().Logf(logger.LevelWarning, "re_cache", "", false, "rspamd_re_cache_add_selector", "replacing selector with name %s", name)
			}
			res = true
		}
	}
	s.SetTop(top)
	s.PushBool(res)
	if res {
		if scoped {
			rt.cfgLogf(c, logger.LevelInfo, fname, "registered regexp selector %s for scope %s", name, scope)
		} else {
			rt.cfgLogf(c, logger.LevelInfo, fname, "registered regexp selector %s", name)
		}
	}
	return 1
}
