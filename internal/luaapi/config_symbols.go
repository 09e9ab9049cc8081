package luaapi

import (
	"math"
	"net/netip"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/symcache"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Symbol registration of rspamd{config}: register_symbol and its older
// forms, dependencies, conditions, static enabling, settings ids and what
// the cache tells about registered symbols.

// noAddr is the client address of configuration-time debug lines: none.
var noAddr netip.Addr

// SettingsID is rspamd_config_name_to_id: the low 32 bits of the xxHash64
// of a settings name.
func SettingsID(name string) uint32 {
	return uint32(fasthash.XXHash64([]byte(name), 0))
}

// idList reads a settings id list string: names separated by commas or
// semicolons, each hashed to its id.
func idList(s string) []uint32 {
	ids := []uint32{}
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' || s[i] == ';' {
			ids = append(ids, SettingsID(s[start:i]))
			start = i + 1
		}
	}
	return ids
}

// registerSymbolFromLua registers a symbol for Lua code
// (rspamd_register_symbol_fromlua): ref is its callback (RefNil for none),
// allowed and forbidden its settings ids (nil when not given). It returns
// the symbol's id or -1; an optional symbol already registered returns the
// existing id.
func (rt *Runtime) registerSymbolFromLua(s *lua.State, c *Config, name string, ref lua.Ref, weight float64, priority int,
	flags symcache.Flags, parent int, allowed, forbidden []uint32, optional bool) int {
	const fname = "rspamd_register_symbol_fromlua"
	if priority == 0 && weight < 0 {
		priority = 1
	}
	if id := c.Cache.Find(name); name != "" && id != -1 {
		if optional {
			rt.cfgDebugf(c, fname, "duplicate symbol: %s, skip registering", name)
			return id
		}
		rt.cfgLogf(c, logger.LevelCritical, fname, "duplicate symbol: %s, skip registering", name)
		return -1
	}
	if allowed != nil && flags&symcache.FlagExplicitDisable == 0 {
		rt.cfgLogf(c, logger.LevelInfo, fname, "mark symbol %s as explicit enable as its execution isallowed merely on specific settings ids", name)
		flags |= symcache.FlagExplicitEnable
	}
	var fn any
	if ref != lua.RefNil && ref != lua.NoRef {
		fn = &LuaCallback{Ref: ref, Symbol: name, Coro: flags&symcache.FlagUseCoro != 0}
	}
	id := c.Cache.AddSymbol(name, priority, fn, flags, parent)
	if it := c.Cache.Lookup(name, false); it != nil {
		if allowed != nil {
			it.Allowed.Set(allowed)
		}
		if forbidden != nil {
			it.Forbidden.Set(forbidden)
		}
	}
	return id
}

// tableIDsArg reads the allowed_ids or forbidden_ids attribute at the top
// of the stack: a list string or a table of ids (nil otherwise).
func tableIDsArg(s *lua.State) []uint32 {
	switch s.Type(-1) {
	case lua.TypeString:
		v, _ := s.ToString(-1)
		return idList(cconv.CString(v))
	case lua.TypeTable:
		return tableIDs(s, -1)
	}
	return nil
}

// registerSymbolFromTable registers the symbol a table describes
// (lua_config_register_symbol_from_table): its callback, weight,
// priority, type, flags, parent, settings ids, condition and
// augmentations, and, when the metric does not define it yet, its score,
// group, description and shots. named tells whether name comes from the
// key of rspamd_config.NAME = {...} rather than the table.
func (rt *Runtime) registerSymbolFromTable(s *lua.State, c *Config, name string, named bool, idx int) int {
	tbl := s.AbsIndex(idx)
	if !named {
		if s.GetField(tbl, "name") != lua.TypeString {
			s.Raisef("name is not specified")
		}
		name, _ = s.ToString(-1)
		name = cconv.CString(name)
		s.Pop(1)
	}
	ref := lua.RefNil
	if s.GetField(tbl, "callback") == lua.TypeFunction {
		ref = s.Ref()
	} else {
		s.Pop(1)
	}
	weight := 1.0
	if s.GetField(tbl, "weight") == lua.TypeNumber {
		weight = s.ToNumber(-1)
	}
	s.Pop(1)
	priority := 0
	if s.GetField(tbl, "priority") == lua.TypeNumber {
		priority = int(uint32(s.ToInteger(-1)))
	}
	s.Pop(1)
	optional := false
	if s.GetField(tbl, "optional") == lua.TypeBoolean {
		optional = s.ToBool(-1)
	}
	s.Pop(1)
	typeStr := "normal"
	if s.GetField(tbl, "type") == lua.TypeString {
		typeStr, _ = s.ToString(-1)
		typeStr = cconv.CString(typeStr)
	}
	s.Pop(1)
	typ := rt.parseSymbolType(typeStr)
	if typ&symcache.FlagVirtual == 0 && ref == lua.RefNil {
		s.Raisef("no callback for symbol %s", name)
	}
	parent := -1
	if s.GetField(tbl, "parent") == lua.TypeNumber {
		parent = int(s.ToInteger(-1))
	}
	s.Pop(1)
	var flags symcache.Flags
	switch s.GetField(tbl, "flags") {
	case lua.TypeString:
		v, _ := s.ToString(-1)
		flags = symcache.ParseFlags(cconv.CString(v))
	case lua.TypeTable:
		s.PushNil()
		for s.Next(-2) {
			if v, ok := s.ToString(-1); ok {
				flags |= symcache.ParseFlags(cconv.CString(v))
			}
			s.Pop(1)
		}
	}
	s.Pop(1)
	s.GetField(tbl, "allowed_ids")
	allowed := tableIDsArg(s)
	s.Pop(1)
	s.GetField(tbl, "forbidden_ids")
	forbidden := tableIDsArg(s)
	s.Pop(1)
	id := rt.registerSymbolFromLua(s, c, name, ref, weight, priority, typ|flags, parent, allowed, forbidden, optional)
	if id != -1 {
		if ref != lua.RefNil {
			if s.GetField(tbl, "condition") == lua.TypeFunction {
				c.Cache.AddCondition(name, s.Ref())
			} else {
				s.Pop(1)
			}
		}
		if s.GetField(tbl, "augmentations") == lua.TypeTable {
			aug := s.GetTop()
			s.PushNil()
			for s.Next(aug) {
				v, _ := s.ToString(-1)
				c.Cache.AddAugmentation(id, cconv.CString(v), "")
				s.Pop(1)
			}
		}
		s.Pop(1)
	}
	// upstream hands the cache flags of the "flags" attribute to the
	// metric definition as they are
	rt.metricFromTable(s, c, name, tbl, cfg.SymbolFlags(flags))
	return id
}

// metricFromTable defines a symbol in the metric from its registration
// table when the metric has no score for it yet (score, group, groups,
// description, one_shot, one_param), or completes the description and
// groups of an existing definition.
func (rt *Runtime) metricFromTable(s *lua.State, c *Config, name string, tbl int, flags cfg.SymbolFlags) {
	strField := func(key string) (string, bool) {
		defer s.Pop(1)
		if s.GetField(tbl, key) == lua.TypeString {
			v, _ := s.ToString(-1)
			return cconv.CString(v), true
		}
		return "", false
	}
	boolField := func(key string) bool {
		defer s.Pop(1)
		return s.GetField(tbl, key) == lua.TypeBoolean && s.ToBool(-1)
	}
	sym := c.Cfg.Symbols[name]
	if sym != nil && sym.Flags&cfg.SymbolUnscored == 0 {
		if sym.Description == "" {
			if desc, ok := strField("description"); ok {
				sym.Description = desc
			}
		}
		if group, ok := strField("group"); ok {
			if sym.Flags&cfg.SymbolUngrouped != 0 {
				sym.Group = nil
			}
			c.Cfg.AddSymbolGroup(name, group)
		}
		return
	}
	nshots := c.Cfg.DefaultMaxShots
	score := math.NaN()
	if s.GetField(tbl, "score") == lua.TypeNumber {
		score = s.ToNumber(-1)
		if sym != nil {
			sym.Flags &^= cfg.SymbolUnscored
		}
	}
	s.Pop(1)
	group, hasGroup := strField("group")
	if math.IsNaN(score) && !hasGroup {
		return
	}
	desc, _ := strField("description")
	if boolField("one_shot") {
		nshots = 1
	}
	if boolField("one_param") {
		flags |= cfg.SymbolOneParam
	}
	c.Cfg.AddSymbol(name, score, desc, group, flags, 0, nshots)
	if s.GetField(tbl, "groups") == lua.TypeTable {
		gt := s.GetTop()
		s.PushNil()
		for s.Next(gt) {
			if !s.IsString(-1) {
				s.Raisef("invalid groups element")
			}
			g, _ := s.ToString(-1)
			c.Cfg.AddSymbolGroup(name, cconv.CString(g))
			s.Pop(1)
		}
	}
	s.Pop(1)
}

// parseSymbolType reads a type attribute, warning about unknown names.
func (rt *Runtime) parseSymbolType(str string) symcache.Flags {
	return symcache.ParseType(str, func(bad string) {
		rt.log().Logf(logger.LevelWarning, "", "", false, "lua_parse_symbol_type", "bad type: %s", bad)
	})
}

// luaCallbackOf returns the Lua callback of a symbol (of its parent for a
// virtual symbol), nil when it has none.
func luaCallbackOf(c *Config, name string) *LuaCallback {
	it := c.Cache.Lookup(name, true)
	if it == nil {
		return nil
	}
	cb, _ := it.Func.(*LuaCallback)
	return cb
}

func (rt *Runtime) configSymbolMethods() []lua.Reg {
	return []lua.Reg{
		{Name: "register_symbol", Func: rt.configRegisterSymbol},
		{Name: "register_symbols", Func: rt.configRegisterSymbols},
		{Name: "register_virtual_symbol", Func: rt.configRegisterVirtualSymbol},
		{Name: "register_callback_symbol", Func: func(s *lua.State) int { return rt.configRegisterCallback(s, false) }},
		{Name: "register_callback_symbol_priority", Func: func(s *lua.State) int { return rt.configRegisterCallback(s, true) }},
		{Name: "register_pre_filter", Func: func(s *lua.State) int {
			return rt.configRegisterStageFilter(s, "register_pre_filter", symcache.FlagPrefilter)
		}},
		{Name: "register_post_filter", Func: func(s *lua.State) int {
			return rt.configRegisterStageFilter(s, "register_post_filter", symcache.FlagPostfilter)
		}},
		{Name: "register_dependency", Func: rt.configRegisterDependency},
		{Name: "get_symbol_flags", Func: rt.configGetSymbolFlags},
		{Name: "add_condition", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			sym := cconv.CString(s.CheckString(2))
			if s.Type(3) != lua.TypeFunction {
				s.PushBool(false)
				return 1
			}
			s.PushValue(3)
			c.Cache.AddCondition(sym, s.Ref())
			s.PushBool(true)
			return 1
		}},
		{Name: "set_peak_cb", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			if s.Type(2) == lua.TypeFunction {
				if old, ok := c.Cache.PeakCallback.(lua.Ref); ok {
					s.Unref(old)
				}
				s.PushValue(2)
				c.Cache.PeakCallback = s.Ref()
				rt.log().Logf(logger.LevelInfo, "symcache", c.Cfg.Tag(), c.Cfg.HasTag(), "set_peak_cb", "registered peak callback")
			}
			return 0
		}},
		{Name: "enable_symbol", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			if err := c.Cache.EnableSymbol(cconv.CString(s.CheckString(2))); err != nil {
				return s.ErrorOf(err)
			}
			return 0
		}},
		{Name: "disable_symbol", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			if err := c.Cache.DisableSymbol(cconv.CString(s.CheckString(2))); err != nil {
				return s.ErrorOf(err)
			}
			return 0
		}},
		{Name: "promote_symbols_cache_resort", Func: func(s *lua.State) int {
			rt.configArg(s, 1).Cache.PromoteResort()
			s.PushBool(true)
			return 1
		}},
		{Name: "get_symbols_count", Func: func(s *lua.State) int {
			s.PushInteger(int64(rt.configArg(s, 1).Cache.StatsSymbolsCount()))
			return 1
		}},
		{Name: "get_symbols_cksum", Func: func(s *lua.State) int {
			rt.PushInt64(s, int64(rt.configArg(s, 1).Cache.Checksum()))
			return 1
		}},
		{Name: "get_symbols_counters", Func: func(s *lua.State) int {
			rt.PushUCL(s, rt.configArg(s, 1).Cache.Counters(), true)
			return 1
		}},
		{Name: "get_symbol_callback", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			if cb := luaCallbackOf(c, cconv.CString(s.CheckString(2))); cb != nil {
				s.PushRef(cb.Ref)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "set_symbol_callback", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			sym := s.CheckString(2)
			if s.Type(3) != lua.TypeFunction {
				return s.Errorf("invalid arguments")
			}
			cb := luaCallbackOf(c, cconv.CString(sym))
			if cb == nil {
				s.PushBool(false)
				return 1
			}
			s.Unref(cb.Ref)
			s.PushValue(3)
			cb.Ref = s.Ref()
			s.PushBool(true)
			return 1
		}},
		{Name: "get_symbol_stat", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			freq, stddev, tm, hits, ok := c.Cache.SymbolStat(cconv.CString(s.CheckString(2)))
			if !ok {
				s.PushNil()
				return 1
			}
			s.NewTable(0, 4)
			s.PushNumber(freq)
			s.SetField(-2, "frequency")
			s.PushNumber(stddev)
			s.SetField(-2, "sttdev")
			s.PushNumber(tm)
			s.SetField(-2, "time")
			s.PushInteger(int64(hits))
			s.SetField(-2, "hits")
			return 1
		}},
		{Name: "get_symbol_parent", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			if p := c.Cache.ParentName(cconv.CString(s.CheckString(2))); p != "" {
				s.PushString(p)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "register_settings_id", Func: rt.configRegisterSettingsID},
	}
}

// configRegisterSymbol is register_symbol: a table, or the legacy
// positional form starting with the name.
func (rt *Runtime) configRegisterSymbol(s *lua.State) int {
	c := rt.configArg(s, 1)
	if s.Type(2) != lua.TypeString {
		s.PushInteger(int64(rt.registerSymbolFromTable(s, c, "", false, 2)))
		return 1
	}
	id, ok := rt.registerSymbolLegacy(s, c)
	if !ok {
		return s.Errorf("bad arguments")
	}
	s.PushInteger(int64(id))
	return 1
}

// registerSymbolLegacy reads register_symbol's positional arguments
// (name, weight, callback, type, priority, parent, score, description,
// group, one_shot, nshots).
func (rt *Runtime) registerSymbolLegacy(s *lua.State, c *Config) (int, bool) {
	var name, typeStr, desc, group optStr
	var weight, parentF, score float64
	var priority, nshots int64
	var oneShot bool
	cb := lua.RefNil
	err := rt.parseTableArgs(s, 2,
		argString("name", &name), argNumber("weight", &weight, false), argFunc("callback", &cb),
		argString("type", &typeStr), argInt("priority", &priority), argNumber("parent", &parentF, true),
		argNumber("score", &score, true), argString("description", &desc), argString("group", &group),
		argBool("one_shot", &oneShot), argInt("nshots", &nshots))
	if err != nil {
		rt.cfgLogf(c, logger.LevelCritical, "lua_config_register_symbol_legacy", "bad arguments: %s", err.Error())
		return -1, false
	}
	typ := symcache.FlagNormal
	if typeStr.ok {
		typ = rt.parseSymbolType(cconv.CString(typeStr.s))
	}
	if !name.ok && typ&symcache.FlagCallback == 0 {
		s.Raisef("no symbol name but type is not callback")
	}
	if typ&symcache.FlagVirtual == 0 && cb == lua.RefNil {
		s.Raisef("no callback for symbol %s", cconv.CString(name.s))
	}
	parent := -1
	if !math.IsNaN(parentF) {
		parent = int(parentF)
	}
	if weight == 0 {
		weight = 1
	}
	id := rt.registerSymbolFromLua(s, c, cconv.CString(name.s), cb, weight, int(priority), typ, parent, nil, nil, false)
	if id == -1 {
		return -1, false
	}
	if !math.IsNaN(score) || group.ok {
		if oneShot {
			nshots = 1
		}
		if nshots == 0 {
			nshots = int64(c.Cfg.DefaultMaxShots)
		}
		c.Cfg.AddSymbol(cconv.CString(name.s), score, cconv.CString(desc.s), cconv.CString(group.s), 0, 0, int(nshots))
	}
	return id, true
}

// configRegisterSymbols is the legacy register_symbols(callback, [weight,]
// name, virtual names...): a callback symbol with virtual children.
func (rt *Runtime) configRegisterSymbols(s *lua.State) int {
	if s.GetTop() < 3 {
		if v, c := s.ToUserdata(1); c == rt.Class(configClass) {
			rt.cfgLogf(v.(*Config), logger.LevelCritical, "lua_config_register_symbols", "not enough arguments to register a function")
		}
		return s.Error()
	}
	c := rt.configArg(s, 1)
	if s.Type(2) == lua.TypeString {
		s.GetGlobal(s.CheckString(2))
	} else {
		s.PushValue(2)
	}
	ref := s.Ref()
	weight, top := 1.0, 3
	if s.Type(3) == lua.TypeNumber {
		weight, top = s.ToNumber(3), 4
	}
	sym := cconv.CString(s.CheckString(top))
	top++
	ret := rt.registerSymbolFromLua(s, c, sym, ref, weight, 0, symcache.FlagCallback, -1, nil, nil, false)
	for i := top; i <= s.GetTop(); i++ {
		switch s.Type(i) {
		case lua.TypeTable:
			s.PushNil()
			for s.Next(i) {
				s.PushValue(-2)
				v := cconv.CString(s.CheckString(-2))
				c.Cache.AddSymbol(v, 0, nil, symcache.FlagVirtual, ret)
				s.Pop(2)
			}
		case lua.TypeString:
			c.Cache.AddSymbol(cconv.CString(s.CheckString(i)), 0, nil, symcache.FlagVirtual, ret)
		}
	}
	s.PushInteger(int64(ret))
	return 1
}

func (rt *Runtime) configRegisterVirtualSymbol(s *lua.State) int {
	c := rt.configArg(s, 1)
	name := cconv.CString(s.CheckString(2))
	weight := s.CheckNumber(3)
	parent := -1
	if s.GetTop() > 3 {
		parent = int(s.ToNumber(4))
	}
	prio := -1
	if weight > 0 {
		prio = 0
	}
	s.PushInteger(int64(c.Cache.AddSymbol(name, prio, nil, symcache.FlagVirtual, parent)))
	return 1
}

// configRegisterCallback is register_callback_symbol([name,] weight,
// callback) and register_callback_symbol_priority([name,] weight,
// priority, callback).
func (rt *Runtime) configRegisterCallback(s *lua.State, withPriority bool) int {
	c := rt.configArg(s, 1)
	name, top := "", 2
	if s.Type(2) == lua.TypeString {
		name = cconv.CString(s.CheckString(2))
		top++
	}
	weight := s.CheckNumber(top)
	priority := 0
	if withPriority {
		priority = int(s.CheckNumber(top + 1))
		top++
	}
	if s.Type(top+1) == lua.TypeString {
		s.GetGlobal(s.CheckString(top + 1))
	} else {
		s.PushValue(top + 1)
	}
	ret := rt.registerSymbolFromLua(s, c, name, s.Ref(), weight, priority, symcache.FlagCallback, -1, nil, nil, false)
	s.PushInteger(int64(ret))
	return 1
}

// configRegisterStageFilter is the deprecated register_pre_filter and
// register_post_filter(callback[, order]).
func (rt *Runtime) configRegisterStageFilter(s *lua.State, what string, stage symcache.Flags) int {
	c := rt.configArg(s, 1)
	order := 0
	if s.Type(3) == lua.TypeNumber {
		order = int(s.ToNumber(3))
	}
	if s.Type(2) != lua.TypeFunction {
		return s.Errorf("invalid type for callback: %s", s.TypeName(2))
	}
	s.PushValue(2)
	ref := s.Ref()
	rt.cfgLogf(c, logger.LevelWarning, "lua_config_"+what, "%s function is deprecated, use register_symbol instead", what)
	ret := rt.registerSymbolFromLua(s, c, "", ref, 1.0, order, stage|symcache.FlagCallback, -1, nil, nil, false)
	s.PushBool(ret != 0)
	return 1
}

func (rt *Runtime) configRegisterDependency(s *lua.State) int {
	c := rt.configArg(s, 1)
	if s.Type(2) == lua.TypeNumber {
		child := int(s.CheckNumber(2))
		parent := s.CheckString(3)
		return s.Errorf("calling for obsolete method to register deps for symbol %d->%s", child, parent)
	}
	child := cconv.CString(s.CheckString(2))
	parent := cconv.CString(s.CheckString(3))
	hard := s.Type(4) == lua.TypeBoolean && s.ToBool(4)
	c.Cache.AddDelayedDependency(child, parent, hard)
	return 0
}

func (rt *Runtime) configGetSymbolFlags(s *lua.State) int {
	c := rt.configArg(s, 1)
	flags := c.Cache.SymbolFlags(cconv.CString(s.CheckString(2)))
	if flags == 0 {
		s.PushNil()
		return 1
	}
	pushStringArray(s, flags.LuaNames())
	return 1
}

// settingsSymbols reads the symbols of a settings id: the keys of a
// table; present is false for nil, ok false for a non-empty array or a
// scalar.
func (rt *Runtime) settingsSymbols(s *lua.State, idx int) (names []string, present, ok bool) {
	obj := rt.ToUCL(s, idx)
	if obj == nil {
		return nil, false, true
	}
	switch obj.Type() {
	case ucl.TypeObject:
		for cur := range obj.All() {
			names = append(names, cur.Key())
		}
		return names, true, true
	case ucl.TypeArray:
		return nil, true, obj.ArraySize() == 0
	}
	return nil, true, false
}

// configRegisterSettingsID registers (or replaces) a settings id with the
// symbols it enables and disables and its policy.
func (rt *Runtime) configRegisterSettingsID(s *lua.State) int {
	c := rt.configArg(s, 1)
	name := cconv.CString(s.CheckString(2))
	enabled, hasEnabled, ok := rt.settingsSymbols(s, 3)
	if !ok {
		return s.Errorf("invalid symbols enabled")
	}
	disabled, _, ok := rt.settingsSymbols(s, 4)
	if !ok {
		return s.Errorf("invalid symbols enabled")
	}
	policy := symcache.SettingsDefault
	if s.IsString(5) {
		p, _ := s.ToString(5)
		switch cconv.CString(p) {
		case "default":
		case "implicit_allow":
			policy = symcache.SettingsImplicitAllow
		case "implicit_deny":
			policy = symcache.SettingsImplicitDeny
		default:
			return s.Errorf("invalid settings policy: %s", p)
		}
	} else if !hasEnabled {
		policy = symcache.SettingsImplicitAllow
	}
	rt.registerSettings(c, name, enabled, disabled, policy)
	return 0
}

// registerSettings is rspamd_config_register_settings_id: a settings id
// already known is replaced (upstream processes the old definition's
// symbols again, not the new one's).
func (rt *Runtime) registerSettings(c *Config, name string, enabled, disabled []string, policy symcache.SettingsPolicy) {
	const fname = "rspamd_config_register_settings_id"
	id := SettingsID(name)
	elt := &symcache.SettingsElt{ID: id, Name: name, Enabled: enabled, Disabled: disabled, Policy: policy}
	for i, old := range c.Settings {
		if old.ID != id {
			continue
		}
		rt.cfgLogf(c, logger.LevelWarning, fname, "replace settings id %ud (%s)", id, name)
		c.Cache.ProcessSettings(old)
		c.Settings = append(append(c.Settings[:i:i], c.Settings[i+1:]...), elt)
		return
	}
	rt.cfgLogf(c, logger.LevelInfo, fname, "register new settings id %ud (%s)", id, name)
	c.Cache.ProcessSettings(elt)
	c.Settings = append(c.Settings, elt)
}
