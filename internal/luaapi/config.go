package luaapi

import (
	"math"
	"strings"

	"github.com/gorspamd/rspamd/internal/buildinfo"
	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/maps"
	"github.com/gorspamd/rspamd/internal/mempool"
	"github.com/gorspamd/rspamd/internal/recache"
	"github.com/gorspamd/rspamd/internal/symcache"
	"github.com/gorspamd/rspamd/internal/text"
	"github.com/gorspamd/rspamd/internal/ucl"
	"github.com/gorspamd/rspamd/internal/upstream"
)

// rspamd{config}, the rspamd_config global and rspamd{config_symbol_proxy}
// (upstream's lua_config.c) over internal/cfg and internal/symcache.

const symbolProxyClass = "rspamd{config_symbol_proxy}"

// Script is a Lua function registered to run at some point of a
// configuration's life (on load, after init, on unload, at the end of a
// task, in a worker).
type Script struct {
	Ref      lua.Ref
	Priority int
	// Source is where it was registered ("file.lua:10").
	Source string
}

// LuaCallback is the function of a symbol registered from Lua, as the
// symbol's item holds it.
type LuaCallback struct {
	Ref    lua.Ref
	Symbol string
	// Coro runs the function in a coroutine that may yield.
	Coro bool
}

// Config is the value of rspamd{config}: a configuration with the symbol
// cache and the other parts upstream's struct rspamd_config gives Lua.
type Config struct {
	Cfg       *cfg.Config
	Cache     *symcache.Cache
	Pool      *mempool.Pool
	Upstreams *upstream.Context
	Maps      *maps.Registry

	// Scripts registered by Lua code, in upstream's order.
	OnLoad, PostInit, ConfigUnload, OnTerm []Script
	// WorkerScripts are the scripts of each worker section.
	WorkerScripts map[*cfg.Worker][]Script
	// Periodics are the periodic functions of add_periodic.
	Periodics []*Periodic
	// Settings are the settings ids, in registration order.
	Settings []*symcache.SettingsElt
	// Monitored are the monitored resources (register_monitored).
	Monitored []*Monitored
	// Regexps is the regexp cache rules register into.
	Regexps *recache.Cache
	// Modules are the contexts of the C modules (internal/plugins).
	Modules any
	// LangDet is the language detector (init_subsystem('langdet')).
	LangDet *text.Detector
	// Loader reads configuration files for load_ucl, parse_rcl and
	// init_modules (nil: they fail).
	Loader ConfigLoader

	uclRef  lua.Ref
	luaMaps map[*maps.Map]*luaMap
}

// LogTag implements Tagged: the configuration's checksum.
func (c *Config) LogTag() string { return c.Cfg.Tag() }

// UpstreamContext implements UpstreamContexter.
func (c *Config) UpstreamContext() *upstream.Context { return c.Upstreams }

// compositeRegistry registers the composites of the composites section
// into the symbol cache (cfg.SymbolRegistry).
type compositeRegistry struct{ cache *symcache.Cache }

func (r compositeRegistry) AddComposite(name string, comp *cfg.Composite) {
	r.cache.AddSymbol(name, 0, comp, symcache.FlagComposite, -1)
}

// NewConfig makes the Lua view of a configuration: its symbol cache (which
// the configuration's composites section fills while it is parsed), its
// memory pool, upstream context, maps and regexp cache.
func (rt *Runtime) NewConfig(c *cfg.Config) *Config {
	cache := symcache.New(c)
	c.SymbolCache = compositeRegistry{cache}
	ups := upstream.NewContext()
	return &Config{
		Cfg:           c,
		Cache:         cache,
		Pool:          mempool.New("cfg"),
		Upstreams:     ups,
		WorkerScripts: map[*cfg.Worker][]Script{},
		Regexps:       recache.New(),
		uclRef:        lua.NoRef,
	}
}

// PushConfig pushes c as an rspamd{config}.
func (rt *Runtime) PushConfig(s *lua.State, c *Config) {
	s.PushUserdata(rt.Class(configClass), c)
}

func init() {
	defineClass(configClass, configMethods, func(rt *Runtime, c *lua.Class) {
		c.SetArgName("config")
		s := rt.L
		s.PushInteger(recache.FlagLoaded)
		s.SetGlobal("RSPAMD_RE_CACHE_FLAG_LOADED")
	})
	defineClass(symbolProxyClass, symbolProxyMethods, nil)
	defineClass(monitoredClass, monitoredMethods, nil)
}

// configArg returns the configuration at narg, raising "'config' expected"
// for anything else.
func (rt *Runtime) configArg(s *lua.State, narg int) *Config {
	return lua.Check[*Config](s, narg, rt.Class(configClass))
}

func (rt *Runtime) cfgLogf(c *Config, level logger.Level, function, format string, args ...any) {
	rt.log().Logf(level, "cfg", c.Cfg.Tag(), c.Cfg.HasTag(), function, format, args...)
}

func (rt *Runtime) cfgDebugf(c *Config, function, format string, args ...any) {
	rt.log().Debugf("config", noAddr, c.Cfg.Tag(), c.Cfg.HasTag(), function, format, args...)
}

func configMethods(rt *Runtime) []lua.Reg {
	regs := []lua.Reg{
		{Name: "get_module_opt", Func: rt.configGetModuleOpt},
		{Name: "get_mempool", Func: func(s *lua.State) int {
			rt.PushMempool(s, rt.configArg(s, 1).Pool)
			return 1
		}},
		{Name: "get_resolver", Func: func(s *lua.State) int {
			rt.configArg(s, 1)
			s.PushNil()
			return 1
		}},
		{Name: "get_all_opt", Func: rt.configGetAllOpt},
		{Name: "get_ucl", Func: rt.configGetUCL},
		{Name: "get_classifier", Func: func(s *lua.State) int {
			rt.configArg(s, 1)
			s.CheckString(2)
			s.PushNil()
			return 1
		}},
		{Name: "get_api_version", Func: func(s *lua.State) int {
			rt.log().Log(logger.LevelWarning, "", "", false, "lua_config_get_api_version", "get_api_version is deprecated, do not use it")
			s.PushNumber(100)
			return 1
		}},
		{Name: "get_key", Func: rt.configGetKey},
		{Name: "register_module_option", Func: func(s *lua.State) int { return 0 }},
		{Name: "get_cpu_flags", Func: rt.configGetCPUFlags},
		{Name: "has_torch", Func: func(s *lua.State) int {
			rt.log().Log(logger.LevelWarning, "", "", false, "lua_config_has_torch", "use of the obsoleted `has_torch` function")
			s.PushBool(false)
			return 1
		}},
		{Name: "is_mime_utf8", Func: func(s *lua.State) int {
			s.PushBool(rt.configArg(s, 1).Cfg.EnableMimeUTF)
			return 1
		}},
		{Name: "experimental_enabled", Func: func(s *lua.State) int {
			s.PushBool(rt.configArg(s, 1).Cfg.EnableExperimental)
			return 1
		}},
		{Name: "get_tld_path", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			if c.Cfg.TLDFile == "" {
				s.PushNil()
			} else {
				s.PushString(c.Cfg.TLDFile)
			}
			return 1
		}},
		{Name: "get_dns_max_requests", Func: func(s *lua.State) int {
			s.PushInteger(int64(rt.configArg(s, 1).Cfg.DNSMaxRequests))
			return 1
		}},
		{Name: "get_dns_timeout", Func: func(s *lua.State) int {
			s.PushNumber(rt.configArg(s, 1).Cfg.DNSTimeout)
			return 1
		}},
		{Name: "add_doc", Func: rt.configAddDoc},
		{Name: "add_example", Func: rt.configAddExample},
		{Name: "__index", Func: rt.configIndex},
		{Name: "__newindex", Func: rt.configNewIndex},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
	regs = append(regs, rt.configSymbolMethods()...)
	regs = append(regs, rt.configMetricMethods()...)
	regs = append(regs, rt.configScriptMethods()...)
	regs = append(regs, rt.configRegexpMethods()...)
	regs = append(regs, rt.configMapMethods()...)
	regs = append(regs, rt.configSubsystemMethods()...)
	regs = append(regs, rt.configLoadMethods()...)
	return regs
}

// moduleOpt is rspamd_config_get_module_opt: the first value of an option
// of a section.
func moduleOpt(top *ucl.Object, module, opt string) *ucl.Object {
	sec := top.Lookup(module)
	if sec == nil {
		return nil
	}
	return sec.Lookup(opt)
}

func (rt *Runtime) configGetModuleOpt(s *lua.State) int {
	c := rt.configArg(s, 1)
	mname := s.CheckString(2)
	opt := s.CheckString(3)
	if obj := moduleOpt(c.Cfg.UCL, cconv.CString(mname), cconv.CString(opt)); obj != nil {
		rt.PushUCL(s, obj, true)
		return 1
	}
	s.PushNil()
	return 1
}

// configGetAllOpt flattens every section of a name into one table (an
// object's keys) or lists the values of a repeated option.
func (rt *Runtime) configGetAllOpt(s *lua.State) int {
	c := rt.configArg(s, 1)
	mname := cconv.CString(s.CheckString(2))
	obj := c.Cfg.UCL.Lookup(mname)
	if obj == nil {
		s.PushNil()
		return 1
	}
	s.NewTable(0, 0)
	if t := obj.Type(); t == ucl.TypeObject || t == ucl.TypeArray {
		for _, cur := range obj.Values() {
			for elt := range cur.All() {
				s.PushString(elt.Key())
				rt.PushUCL(s, elt, true)
				s.SetTable(-3)
			}
		}
		return 1
	}
	for i, cur := range obj.Values() {
		s.PushInteger(int64(i + 1))
		rt.PushUCL(s, cur, true)
		s.SetTable(-3)
	}
	return 1
}

// configGetUCL pushes the whole configuration as a table, converted once
// and cached.
func (rt *Runtime) configGetUCL(s *lua.State) int {
	c := rt.configArg(s, 1)
	if c.uclRef != lua.NoRef {
		s.PushRef(c.uclRef)
		return 1
	}
	if c.Cfg.UCL == nil {
		s.PushNil()
		return 1
	}
	rt.PushUCL(s, c.Cfg.UCL, true)
	s.PushValue(-1)
	c.uclRef = s.Ref()
	return 1
}

func (rt *Runtime) configGetKey(s *lua.State) int {
	c := rt.configArg(s, 1)
	name := s.CheckString(2)
	val := c.Cfg.UCL.Lookup(name)
	if val == nil {
		s.PushNil()
		return 1
	}
	rt.PushUCL(s, val, val.Type() != ucl.TypeArray)
	return 1
}

// cpuFlagNames maps the extension names of the build report to the keys of
// get_cpu_flags.
var cpuFlagNames = map[string]string{
	"ssse3": "ssse3", "sse4.1": "sse41", "sse4.2": "sse42", "sse2": "sse2", "sse3": "sse3", "avx": "avx", "avx2": "avx2",
}

func (rt *Runtime) configGetCPUFlags(s *lua.State) int {
	rt.configArg(s, 1)
	s.NewTable(0, 0)
	for _, ext := range strings.Split(buildinfo.CPUExtensions(), ", ") {
		if name, ok := cpuFlagNames[ext]; ok {
			s.PushBool(true)
			s.SetField(-2, name)
		}
	}
	return 1
}

// docArgs reads the arguments add_doc and add_example share: the
// configuration, the path (nil for the top), the option and its text.
func (rt *Runtime) docArgs(s *lua.State) (c *Config, path, option, doc string) {
	c = rt.configArg(s, 1)
	if s.Type(2) == lua.TypeString {
		path, _ = s.ToString(2)
	}
	return c, path, s.CheckString(3), s.CheckString(4)
}

// configAddDoc documents an option (rspamd_config:add_doc). Upstream reads
// the type attribute only when the attributes are broken, so documented
// options never get one.
func (rt *Runtime) configAddDoc(s *lua.State) int {
	c, path, option, doc := rt.docArgs(s)
	var def *string
	required := false
	if s.Type(5) == lua.TypeTable {
		var typ, defv optStr
		if err := rt.parseTableArgs(s, 5, argString("type", &typ), argString("default", &defv), argBool("required", &required)); err != nil {
			rt.cfgLogf(c, logger.LevelCritical, "lua_config_add_doc", "cannot get parameters list: %s", err.Error())
		} else if defv.ok {
			def = &defv.s
		}
	}
	c.Cfg.AddDocByPath(path, doc, option, ucl.TypeNull, def, required)
	return 0
}

// configAddExample documents a module from an example configuration: the
// module's entry gets the example text.
func (rt *Runtime) configAddExample(s *lua.State) int {
	c, path, option, doc := rt.docArgs(s)
	example := s.CheckString(5)
	p := ucl.NewParser(ucl.ParserNoFileVars | ucl.ParserSaveComments)
	if err := p.AddChunk([]byte(example)); err != nil {
		rt.cfgLogf(c, logger.LevelCritical, "rspamd_rcl_add_doc_by_example", "cannot parse example: %s", err.Error())
		return 0
	}
	top := c.Cfg.AddDocByPath(path, doc, option, p.Object().Type(), nil, false)
	top.InsertKey("example", ucl.NewString(example))
	return 0
}

// configIndex is __index: methods first, then a proxy of the symbol named
// by the key.
func (rt *Runtime) configIndex(s *lua.State) int {
	c := rt.configArg(s, 1)
	if s.Type(2) != lua.TypeString {
		s.PushNil()
		return 1
	}
	if s.GetMetatable(1) {
		s.PushValue(2)
		if s.RawGet(-2) != lua.TypeNil {
			return 1
		}
		s.Pop(2)
	}
	key, _ := s.ToString(2)
	s.PushUserdata(rt.Class(symbolProxyClass), &symbolProxy{cfg: c, name: cconv.CString(key)})
	return 1
}

// configNewIndex is __newindex: rspamd_config.SYMBOL = function or table
// registers a symbol.
func (rt *Runtime) configNewIndex(s *lua.State) int {
	c := rt.configArg(s, 1)
	name := cconv.CString(s.CheckString(2))
	if s.GetTop() != 3 {
		return s.Errorf("invalid arguments")
	}
	switch s.Type(3) {
	case lua.TypeFunction:
		s.PushValue(3)
		rt.registerSymbolFromLua(s, c, name, s.Ref(), 1.0, 0, symcache.FlagNormal, -1, nil, nil, false)
	case lua.TypeTable:
		s.PushInteger(int64(rt.registerSymbolFromTable(s, c, name, true, 3)))
		return 1
	default:
		return s.Errorf("invalid value for symbol")
	}
	return 0
}

// symbolProxy is the value of rspamd{config_symbol_proxy}: rspamd_config.SYM
// for reading and updating a symbol piecewise.
type symbolProxy struct {
	cfg  *Config
	name string
}

func symbolProxyMethods(rt *Runtime) []lua.Reg {
	return []lua.Reg{
		{Name: "__index", Func: rt.symbolProxyIndex},
		{Name: "__newindex", Func: rt.symbolProxyNewIndex},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

func (rt *Runtime) symbolProxyArg(s *lua.State) *symbolProxy {
	sp, ok := lua.Test[*symbolProxy](s, 1, rt.Class(symbolProxyClass))
	if !ok {
		s.Raisef("invalid symbol proxy")
	}
	return sp
}

func (rt *Runtime) symbolProxyIndex(s *lua.State) int {
	sp := rt.symbolProxyArg(s)
	if s.Type(2) != lua.TypeString {
		s.PushNil()
		return 1
	}
	field, _ := s.ToString(2)
	if strings.EqualFold(field, "name") {
		s.PushString(sp.name)
		return 1
	}
	sym := sp.cfg.Cfg.Symbols[sp.name]
	if sym == nil {
		s.PushNil()
		return 1
	}
	switch strings.ToLower(field) {
	case "score":
		s.PushNumber(sym.Score)
	case "description":
		if sym.Description == "" {
			s.PushNil()
		} else {
			s.PushString(sym.Description)
		}
	case "group":
		if sym.Group == nil {
			s.PushNil()
		} else {
			s.PushString(sym.Group.Name)
		}
	case "nshots":
		s.PushInteger(int64(sym.NShots))
	default:
		s.PushNil()
	}
	return 1
}

// symbolProxyNewIndex updates one field of a symbol: its condition or
// callback in the cache, or a field of its metric definition.
func (rt *Runtime) symbolProxyNewIndex(s *lua.State) int {
	sp := rt.symbolProxyArg(s)
	if s.Type(2) != lua.TypeString {
		return s.Errorf("invalid field type: %s", s.TypeName(2))
	}
	c := sp.cfg
	field, _ := s.ToString(2)
	switch strings.ToLower(field) {
	case "condition":
		if s.Type(3) == lua.TypeFunction {
			s.PushValue(3)
			c.Cache.AddCondition(sp.name, s.Ref())
		}
		return 0
	case "callback":
		if s.Type(3) != lua.TypeFunction {
			return s.Errorf("callback must be a function")
		}
		if c.Cache.Find(sp.name) == -1 {
			s.PushValue(3)
			rt.registerSymbolFromLua(s, c, sp.name, s.Ref(), 1.0, 0, symcache.FlagNormal, -1, nil, nil, false)
		} else if cb := luaCallbackOf(c, sp.name); cb != nil {
			s.Unref(cb.Ref)
			s.PushValue(3)
			cb.Ref = s.Ref()
		}
		return 0
	case "groups":
		if s.Type(3) == lua.TypeTable {
			forEachString(s, 3, func(g string) { c.Cfg.AddSymbolGroup(sp.name, g) })
		}
		return 0
	case "augmentations":
		if s.Type(3) == lua.TypeTable {
			if id := c.Cache.Find(sp.name); id != -1 {
				forEachString(s, 3, func(a string) { c.Cache.AddAugmentation(id, a, "") })
			}
		}
		return 0
	case "allowed_ids", "forbidden_ids":
		if s.Type(3) == lua.TypeTable {
			ids := tableIDs(s, 3)
			if it := c.Cache.Lookup(sp.name, false); it != nil && len(ids) > 0 {
				if strings.EqualFold(field, "allowed_ids") {
					it.Allowed.Set(ids)
				} else {
					it.Forbidden.Set(ids)
				}
			}
		}
		return 0
	}
	return rt.symbolProxySetMetric(s, c, sp.name, strings.ToLower(field))
}

// symbolProxySetMetric updates a field of a symbol's metric definition,
// keeping the others.
func (rt *Runtime) symbolProxySetMetric(s *lua.State, c *Config, name, field string) int {
	group, desc := "", ""
	var prio uint
	var flags cfg.SymbolFlags
	nshots := c.Cfg.DefaultMaxShots
	sym := c.Cfg.Symbols[name]
	if sym != nil {
		if sym.Group != nil {
			group = sym.Group.Name
		}
		desc, prio, flags, nshots = sym.Description, sym.Priority, sym.Flags, sym.NShots
	}
	score := math.NaN()
	switch field {
	case "score":
		score = s.CheckNumber(3)
	case "description":
		desc = s.CheckString(3)
	case "group":
		group = s.CheckString(3)
	case "nshots":
		nshots = int(s.CheckInteger(3))
	case "one_shot":
		if s.ToBool(3) {
			nshots = 1
		}
	case "one_param":
		if s.ToBool(3) {
			flags |= cfg.SymbolOneParam
		} else {
			flags &^= cfg.SymbolOneParam
		}
	case "flags":
		switch s.Type(3) {
		case lua.TypeString:
			fl, _ := s.ToString(3)
			if strings.Contains(fl, "ignore") {
				flags |= cfg.SymbolIgnoreMetric
			}
			if strings.Contains(fl, "one_param") {
				flags |= cfg.SymbolOneParam
			}
		case lua.TypeTable:
			forEachString(s, 3, func(fl string) {
				switch {
				case strings.EqualFold(fl, "ignore"):
					flags |= cfg.SymbolIgnoreMetric
				case strings.EqualFold(fl, "one_param"):
					flags |= cfg.SymbolOneParam
				}
			})
		}
	case "priority":
		prio = uint(s.CheckInteger(3))
	default:
		return 0
	}
	c.Cfg.AddSymbol(name, score, desc, group, flags, prio, nshots)
	return 0
}

// forEachString calls fn with every string value of the table at idx.
func forEachString(s *lua.State, idx int, fn func(string)) {
	idx = s.AbsIndex(idx)
	s.PushNil()
	for s.Next(idx) {
		if s.Type(-1) == lua.TypeString {
			v, _ := s.ToString(-1)
			fn(v)
		}
		s.Pop(1)
	}
}

// tableIDs reads the settings ids of a table (its values as integers).
func tableIDs(s *lua.State, idx int) []uint32 {
	idx = s.AbsIndex(idx)
	ids := []uint32{}
	s.PushNil()
	for s.Next(idx) {
		ids = append(ids, uint32(s.ToInteger(-1)))
		s.Pop(1)
	}
	return ids
}

// Log returns the logger the API writes to.
func (rt *Runtime) Log() *logger.Logger { return rt.log() }

// UCLFunctionRef returns the reference of the Lua function a UCL value
// holds (a function converted from Lua), lua.NoRef for anything else.
func (rt *Runtime) UCLFunctionRef(obj *ucl.Object) lua.Ref {
	if obj == nil || obj.Type() != ucl.TypeUserdata {
		return lua.NoRef
	}
	if f, ok := obj.Userdata().(*uclFunc); ok {
		return f.ref
	}
	return lua.NoRef
}

// pushStringArray pushes a Lua array of strings.
func pushStringArray(s *lua.State, strs []string) {
	s.NewTable(len(strs), 0)
	for i, str := range strs {
		s.PushString(str)
		s.RawSetInt(-2, i+1)
	}
}
