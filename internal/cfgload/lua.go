package cfgload

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/luaapi"
	"github.com/gorspamd/rspamd/internal/plugins"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// LuaState is the Lua side of a configuration load on one Lua state (the
// configuration's own state, as upstream creates one per configuration).
type LuaState struct {
	L  *lua.State
	RT *luaapi.Runtime
	// PushConfig pushes the rspamd_config object of a configuration; nil
	// while that class is not available, in which case the Lua files of
	// the `lua` section and the Lua plugins are not run.
	PushConfig func(s *lua.State, c *cfg.Config)

	// config is the Lua view of the configuration loaded on this state
	// (its symbol cache and modules: internal/luaapi, internal/plugins).
	config *luaapi.Config
}

// NewLuaState opens a Lua state with rspamd's Lua API.
func NewLuaState() (*LuaState, error) {
	s, err := lua.New()
	if err != nil {
		return nil, fmt.Errorf("open Lua state: %w", err)
	}
	rt, err := luaapi.Open(s)
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("open Lua API: %w", err)
	}
	rt.StubMissingModules()
	l := &LuaState{L: s, RT: rt}
	l.PushConfig = func(s *lua.State, c *cfg.Config) { rt.PushConfig(s, l.Config(c)) }
	return l, nil
}

// Config returns the Lua view of c, made on first use (when the globals
// are set, before the sections are parsed).
func (l *LuaState) Config(c *cfg.Config) *luaapi.Config {
	if l.config == nil || l.config.Cfg != c {
		l.config = l.RT.NewConfig(c)
		l.config.Loader = l
	}
	return l.config
}

// Close releases the Lua state.
func (l *LuaState) Close() { l.L.Close() }

func luaVars(vars *goption.Vars) luaapi.Vars {
	out := luaapi.Vars{}
	if vars == nil {
		return out
	}
	for _, n := range vars.Names() {
		v, _ := vars.Get(n)
		out[n] = v
	}
	return out
}

// SetPath implements Lua.
func (l *LuaState) SetPath(top *ucl.Object, vars *goption.Vars) { l.RT.SetPath(top, luaVars(vars)) }

// SetEnv implements Lua.
func (l *LuaState) SetEnv(vars *goption.Vars, luaEnv []string) error {
	return l.RT.SetEnv(luaVars(vars), luaEnv)
}

// SetGlobals implements Lua.
func (l *LuaState) SetGlobals(c *cfg.Config) {
	var push func(s *lua.State)
	if l.PushConfig != nil {
		push = func(s *lua.State) { l.PushConfig(s, c) }
	}
	l.RT.SetGlobals(push)
}

// requireFunction pushes modname's funcname (or the module itself when
// funcname is empty, which must then be a function), logging why it cannot
// as rspamd_lua_require_function does.
func (l *LuaState) requireFunction(modname, funcname string) bool {
	s := l.L
	top := s.GetTop()
	if s.GetGlobal("require") == lua.TypeNil {
		s.SetTop(top)
		return false
	}
	s.PushString(modname)
	name := modname
	if funcname != "" {
		name = modname + "." + funcname
	}
	if err := s.PCall(1, 1); err != nil {
		logger.Default().Logf(logger.LevelWarning, "", "", false, "rspamd_lua_require_function",
			"require of %s failed: %s", name, lua.ErrorMessage(err))
		s.SetTop(top)
		return false
	}
	if funcname == "" {
		if s.IsFunction(-1) {
			return true
		}
		logger.Default().Logf(logger.LevelWarning, "", "", false, "rspamd_lua_require_function",
			"require of %s failed: not a function but %s", name, s.Type(-1).String())
		s.SetTop(top)
		return false
	}
	if !s.IsTable(-1) {
		logger.Default().Logf(logger.LevelWarning, "", "", false, "rspamd_lua_require_function",
			"require of %s failed: not a table but %s", name, s.Type(-1).String())
		s.SetTop(top)
		return false
	}
	s.GetField(-1, funcname)
	if !s.IsFunction(-1) {
		logger.Default().Logf(logger.LevelWarning, "", "", false, "rspamd_lua_require_function",
			"require of %s failed: not a function but %s", name, s.Type(-1).String())
		s.SetTop(top)
		return false
	}
	s.Remove(-2)
	return true
}

// Jinja implements Lua: lua_util.jinja_template(src, rspamd_env, false)
// (rspamd_rcl_jinja_handler).
func (l *LuaState) Jinja(c *cfg.Config, src []byte) ([]byte, error) {
	s := l.L
	top := s.GetTop()
	defer s.SetTop(top)
	const fn = "rspamd_rcl_jinja_handler"
	if !l.requireFunction("lua_util", "jinja_template") {
		c.Logf(logger.LevelCritical, fn, "cannot require lua_util.jinja_template")
		return nil, errors.New("cannot require lua_util.jinja_template")
	}
	if !hasTemplate(src) {
		// lupa returns such text unchanged: no need to run it
		return src, nil
	}
	s.PushBytes(src)
	s.GetGlobal("rspamd_env")
	s.PushBool(false)
	if err := s.PCall(3, 1); err != nil {
		c.Logf(logger.LevelCritical, fn, "cannot call lua jinja_template script: %s", lua.ErrorDetailed(err))
		return nil, err
	}
	if s.Type(-1) != lua.TypeString {
		c.Logf(logger.LevelCritical, fn, "invalid return type when templating jinja %s", s.Type(-1).String())
		return nil, errors.New("jinja template is not a string")
	}
	out, _ := s.ToBytes(-1)
	return append([]byte(nil), out...), nil
}

// hasTemplate tells whether lupa, as lua_util configures it ({% %}, {= =}
// and {# #} delimiters, newlines normalised), could change src.
func hasTemplate(src []byte) bool {
	return bytes.Contains(src, []byte("{%")) || bytes.Contains(src, []byte("{=")) ||
		bytes.Contains(src, []byte("{#")) || bytes.IndexByte(src, '\r') >= 0
}

// InitDebugLogging implements Lua: lua_util.init_debug_logging(rspamd_config).
func (l *LuaState) InitDebugLogging(c *cfg.Config) error {
	if l.PushConfig == nil {
		return nil
	}
	s := l.L
	top := s.GetTop()
	defer s.SetTop(top)
	if !l.requireFunction("lua_util", "init_debug_logging") {
		c.Logf(logger.LevelCritical, "rspamd_config_read", "cannot require lua_util.init_debug_logging")
		return errors.New("cannot require lua_util.init_debug_logging")
	}
	l.PushConfig(s, c)
	if err := s.PCall(1, 0); err != nil {
		c.Logf(logger.LevelCritical, "rspamd_config_read", "cannot call lua init_debug_logging script: %s", lua.ErrorDetailed(err))
		return err
	}
	return nil
}

// Transform implements Lua: lua_cfg_transform on the configuration tree,
// which the function edits in place through the wrapped object
// (rspamd_rcl_maybe_apply_lua_transform).
func (l *LuaState) Transform(c *cfg.Config) {
	s := l.L
	top := s.GetTop()
	defer s.SetTop(top)
	const fn = "rspamd_rcl_maybe_apply_lua_transform"
	if !l.requireFunction("lua_cfg_transform", "") {
		c.Logf(logger.LevelWarning, fn, "cannot execute lua script %s: %s", "lua_cfg_transform", "")
		return
	}
	l.RT.PushUCLWrapped(s, c.UCL)
	if err := s.PCall(1, 2); err != nil {
		logger.Default().Logf(logger.LevelCritical, "", "", false, fn, "call to rspamadm lua script failed (%d): %s", 2, lua.ErrorDetailed(err))
		return
	}
	if s.ToBool(-2) && s.Type(-1) == lua.TypeUserdata {
		c.Logf(logger.LevelInfo, fn, "configuration has been transformed in Lua")
	}
}

// LoadFile implements cfg.LuaHooks: compiles and runs a Lua file of the
// `lua` section. Without rspamd_config the file is not run: it would need
// the whole configuration API.
func (l *LuaState) LoadFile(name string) (loaded bool, err error) {
	if l.PushConfig == nil {
		return true, nil
	}
	s := l.L
	top := s.GetTop()
	defer s.SetTop(top)
	if err := s.LoadFile(name); err != nil {
		return false, errors.New(lua.ErrorMessage(err))
	}
	if err := s.PCall(0, 0); err != nil {
		return true, errors.New(lua.ErrorDetailed(err))
	}
	return true, nil
}

// CompileFunction implements cfg.LuaHooks (rspamd_lua_function_ref_from_str):
// the chunk must load, run and return a function.
func (l *LuaState) CompileFunction(src, name string) error {
	s := l.L
	top := s.GetTop()
	defer s.SetTop(top)
	if err := s.Load(src, name); err != nil {
		return &cfg.Error{Msg: fmt.Sprintf("cannot load lua script %s: %s", name, lua.ErrorMessage(err))}
	}
	if err := s.PCall(0, 1); err != nil {
		return &cfg.Error{Msg: fmt.Sprintf("cannot init lua script %s: %s", name, lua.ErrorDetailed(err))}
	}
	if !s.IsFunction(-1) {
		return &cfg.Error{Msg: fmt.Sprintf("cannot init lua script %s: must return function not %s", name, s.Type(-1).String())}
	}
	return nil
}

// CheckProxyParser implements cfg.LuaHooks.
func (l *LuaState) CheckProxyParser(obj *ucl.Object) error { return nil }

// CheckProxyScript implements cfg.LuaHooks.
func (l *LuaState) CheckProxyScript(script string, isFile bool) error { return nil }

// PostLoad implements Lua: the tables of the global `config` are merged
// into the configuration tree, with their keys sorted
// (rspamd_lua_post_load_config).
func (l *LuaState) PostLoad(c *cfg.Config) {
	s := l.L
	top := s.GetTop()
	defer s.SetTop(top)
	if s.GetGlobal("config") != lua.TypeTable {
		return
	}
	var names []string
	s.PushNil()
	for s.Next(-2) {
		if s.Type(-2) == lua.TypeString && s.IsTable(-1) {
			k, _ := s.ToString(-2)
			names = append(names, k)
		}
		s.Pop(1)
	}
	for _, name := range names {
		s.GetField(-1, name)
		if s.IsTable(-1) {
			if obj := l.RT.ToUCL(s, s.GetTop()); obj != nil {
				obj.SortKeys(0)
				c.UCL.InsertKeyMerged(name, obj)
			}
		}
		s.Pop(1)
	}
}

// InitFilters implements Lua: the C modules and the Lua plugins
// (internal/plugins).
func (l *LuaState) InitFilters(c *cfg.Config, strict bool) bool {
	return plugins.InitFilters(l.RT, l.Config(c), strict)
}

// InitSymcache implements Lua: the symbol cache's part of the post-load
// steps (internal/plugins).
func (l *LuaState) InitSymcache(c *cfg.Config) bool { return plugins.PostLoad(l.Config(c)) }

// ValidateSymbols implements Lua: the symbol cache's validation and its
// timeouts (internal/plugins).
func (l *LuaState) ValidateSymbols(c *cfg.Config) (bool, float64, []cfg.SymbolTimeout) {
	return plugins.Validate(l.Config(c))
}

// SymbolDetails adds what the symbol cache knows about a symbol to its
// configdump -d entry.
func (l *LuaState) SymbolDetails(c *cfg.Config, name string, obj *ucl.Object) {
	l.Config(c).Cache.Details(name, obj)
}

// ModulesState prints the modules' state as configdump -m does (the Lua
// plugins_stats script).
func (l *LuaState) ModulesState(c *cfg.Config, args []string, w io.Writer) error {
	return plugins.ModulesState(l.RT, l.Config(c), args, w)
}

// CheckConfigurationErrors implements Lua:
// lua_cfg_utils.check_configuration_errors().
func (l *LuaState) CheckConfigurationErrors(c *cfg.Config) bool {
	if l.PushConfig == nil {
		return true
	}
	s := l.L
	top := s.GetTop()
	defer s.SetTop(top)
	if !l.requireFunction("lua_cfg_utils", "check_configuration_errors") {
		return true
	}
	if err := s.PCall(0, 1); err != nil {
		c.Logf(logger.LevelCritical, "rspamadm_configtest", "call to lua function failed: %s", lua.ErrorMessage(err))
		return false
	}
	return s.ToBool(-1)
}
