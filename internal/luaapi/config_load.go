package luaapi

import (
	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Loading a configuration from Lua: rspamd_config:load_ucl, parse_rcl and
// init_modules, which rspamadm's Lua commands use to read the
// configuration into the bare one rspamadm gives them.

// ConfigLoader is what those methods need from the configuration loader
// (internal/cfgload implements it).
type ConfigLoader interface {
	// LoadUCL parses a configuration file into c's tree with the
	// directory variables vars, telling trace (when not nil) about every
	// include and running Jinja unless skipTemplate, then applies
	// lua_cfg_transform and computes the checksum
	// (rspamd_config_parse_ucl and what lua_config_load_ucl does after).
	LoadUCL(c *cfg.Config, filename string, vars map[string]string, trace ucl.IncludeTracer, skipTemplate bool) error
	// ParseRCL processes the sections of c's tree but the excluded ones
	// (rspamd_rcl_config_init with skipped sections, rspamd_rcl_parse).
	ParseRCL(c *cfg.Config, excluded []string) error
	// InitModules merges the Lua config global into the tree and loads
	// the modules (rspamd_lua_post_load_config, rspamd_init_filters).
	InitModules(c *cfg.Config) bool
}

// loadUCLVars are the entries of rspamd_paths that load_ucl passes as
// configuration variables.
var loadUCLVars = []string{"CONFDIR", "LOCAL_CONFDIR", "RUNDIR", "DBDIR", "LOGDIR", "WWWDIR",
	"PLUGINSDIR", "RULESDIR", "LUALIBDIR", "PREFIX"}

func (rt *Runtime) configLoadMethods() []lua.Reg {
	return []lua.Reg{
		{Name: "load_ucl", Func: rt.configLoadUCL},
		{Name: "parse_rcl", Func: rt.configParseRCL},
		{Name: "init_modules", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			s.PushBool(c.Loader != nil && c.Loader.InitModules(c.Cfg))
			return 1
		}},
	}
}

// loadFailed returns load_ucl's and parse_rcl's failure.
func loadFailed(s *lua.State, err error) int {
	s.PushBool(false)
	s.PushString("failed to load config: " + err.Error())
	return 2
}

// errNoLoader is the failure of a configuration that cannot load files.
type errNoLoader struct{}

func (errNoLoader) Error() string { return "no configuration loader" }

func (rt *Runtime) configLoadUCL(s *lua.State) int {
	c := rt.configArg(s, 1)
	filename := cfg.DefaultDirs().Conf + "/rspamd.conf"
	if s.IsString(2) {
		filename, _ = s.ToString(2)
		filename = cconv.CString(filename)
	}
	vars := map[string]string{}
	if s.GetGlobal("rspamd_paths") == lua.TypeTable {
		for _, name := range loadUCLVars {
			s.GetField(-1, name)
			if s.IsString(-1) {
				v, _ := s.ToString(-1)
				vars[name] = cconv.CString(v)
			}
			s.Pop(1)
		}
	}
	s.Pop(1)
	var trace ucl.IncludeTracer
	skip := s.ToBool(3)
	if s.Type(3) == lua.TypeFunction {
		s.PushValue(3)
		ref := s.Ref()
		defer s.Unref(ref)
		trace = rt.includeTracer(s, ref)
		skip = s.ToBool(4)
	}
	if c.Loader == nil {
		return loadFailed(s, errNoLoader{})
	}
	if err := c.Loader.LoadUCL(c.Cfg, filename, vars, trace, skip); err != nil {
		return loadFailed(s, err)
	}
	s.PushBool(true)
	return 1
}

// includeTracer calls the Lua function ref with the current file, the
// included path, the include's parameters and the parent's key
// (lua_include_trace_cb).
func (rt *Runtime) includeTracer(s *lua.State, ref lua.Ref) ucl.IncludeTracer {
	return func(p *ucl.Parser, parent, args *ucl.Object, path string) {
		top := s.GetTop()
		defer s.SetTop(top)
		s.PushRef(ref)
		s.PushString(p.CurrentFile())
		s.PushString(path)
		if args != nil {
			rt.PushUCL(s, args, true)
		} else {
			s.NewTable(0, 0)
		}
		if parent != nil {
			s.PushString(parent.Key())
		} else {
			s.PushNil()
		}
		if err := s.PCall(4, 0); err != nil {
			rt.log().Log(logger.LevelCritical, "", "", false, "lua_include_trace_cb",
				"lua call to local include trace failed: "+luaErrorDetail(err))
		}
	}
}

func (rt *Runtime) configParseRCL(s *lua.State) int {
	c := rt.configArg(s, 1)
	var excluded []string
	if s.IsTable(2) {
		s.PushValue(2)
		s.PushNil()
		for s.Next(-2) {
			v, _ := s.ToString(-1)
			excluded = append(excluded, cconv.CString(v))
			s.Pop(1)
		}
		s.Pop(1)
	}
	if c.Loader == nil {
		return loadFailed(s, errNoLoader{})
	}
	if err := c.Loader.ParseRCL(c.Cfg, excluded); err != nil {
		return loadFailed(s, err)
	}
	s.PushBool(true)
	return 1
}
