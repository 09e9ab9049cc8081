package luaapi

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"os"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// The globals the C core sets in every Lua state (upstream's lua_common.c:
// rspamd_lua_init, rspamd_lua_set_path, rspamd_lua_set_env and
// rspamd_lua_set_globals).

// Paths are the directories of an installation: what rspamd_paths lists and
// package.path is built from.
type Paths struct {
	ShareDir, ConfDir, LocalConfDir, RunDir, DBDir, LogDir, WWWDir string
	PluginsDir, RulesDir, LuaLibDir, Prefix, LibDir                string
}

// DefaultPaths are the compile-time directories of the Debian package of
// rspamd 4.1.5.
var DefaultPaths = Paths{
	ShareDir:     "/usr/share/rspamd",
	ConfDir:      "/etc/rspamd",
	LocalConfDir: "/etc/rspamd",
	RunDir:       "/run/rspamd",
	DBDir:        "/var/lib/rspamd",
	LogDir:       "/var/log/rspamd",
	WWWDir:       "/usr/share/rspamd/www",
	PluginsDir:   "/usr/share/rspamd/plugins",
	RulesDir:     "/usr/share/rspamd/rules",
	LuaLibDir:    "/usr/share/rspamd/lualib",
	Prefix:       "/usr",
	LibDir:       "/usr/lib/rspamd",
}

// Vars are the --var definitions of a command line; names are compared
// ignoring ASCII case, as upstream's table does.
type Vars map[string]string

// Get returns the value of name.
func (v Vars) Get(name string) (string, bool) {
	if val, ok := v[name]; ok {
		return val, true
	}
	for k, val := range v {
		if encoding.EqualFoldASCII(k, name) {
			return val, true
		}
	}
	return "", false
}

// pathVar is one overridable directory: its variable name and field.
type pathVar struct {
	name string
	dst  func(p *Paths) *string
}

var pathVars = []pathVar{
	{"SHAREDIR", func(p *Paths) *string { return &p.ShareDir }},
	{"PLUGINSDIR", func(p *Paths) *string { return &p.PluginsDir }},
	{"RULESDIR", func(p *Paths) *string { return &p.RulesDir }},
	{"DBDIR", func(p *Paths) *string { return &p.DBDir }},
	{"RUNDIR", func(p *Paths) *string { return &p.RunDir }},
	{"LUALIBDIR", func(p *Paths) *string { return &p.LuaLibDir }},
	{"LOGDIR", func(p *Paths) *string { return &p.LogDir }},
	{"WWWDIR", func(p *Paths) *string { return &p.WWWDir }},
	{"CONFDIR", func(p *Paths) *string { return &p.ConfDir }},
	{"LOCAL_CONFDIR", func(p *Paths) *string { return &p.LocalConfDir }},
}

// ResolvePaths returns DefaultPaths overridden by environment variables
// (SHAREDIR, CONFDIR, ...) and then by vars, as rspamd_paths is built.
func ResolvePaths(getenv func(string) (string, bool), vars Vars) Paths {
	p := DefaultPaths
	for _, v := range pathVars {
		if val, ok := getenv(v.name); ok {
			*v.dst(&p) = val
		}
	}
	for _, v := range pathVars {
		if val, ok := vars.Get(v.name); ok {
			*v.dst(&p) = val
		}
	}
	return p
}

// Actions are rspamd's action names by number (rspamd_actions).
var Actions = []string{"reject", "soft reject", "rewrite subject", "add header", "greylist", "no action"}

// setInitGlobals sets what rspamd_lua_init sets in every new state:
// rspamd_actions, rspamd_plugins, rspamd_plugins_state and a random seed.
func (rt *Runtime) setInitGlobals() {
	s := rt.L
	var seed [8]byte
	rand.Read(seed[:])
	s.GetGlobal("math")
	s.GetField(-1, "randomseed")
	s.PushNumber(float64(binary.LittleEndian.Uint64(seed[:])))
	// the seed matters little: a failure (math replaced) is ignored
	_ = s.PCall(1, 0)
	s.Pop(1)
	s.NewTable(0, len(Actions))
	for i, name := range Actions {
		s.PushInteger(int64(i))
		s.SetField(-2, name)
	}
	s.SetGlobal("rspamd_actions")
	s.NewTable(0, 0)
	s.SetGlobal("rspamd_plugins")
	s.NewTable(0, 7)
	for _, name := range []string{"enabled", "disabled_unconfigured", "disabled_redis",
		"disabled_explicitly", "disabled_failed", "disabled_experimental", "disabled_unknown"} {
		s.NewTable(0, 0)
		s.SetField(-2, name)
	}
	s.SetGlobal("rspamd_plugins_state")
}

// SetPath builds package.path and package.cpath as rspamd_lua_set_path
// does: the options.lua_path and lua_cpath of cfg (may be nil) when set,
// otherwise CONFDIR/lua, RULESDIR and LUALIBDIR (from the environment and
// vars) in front of Lua's defaults. A path that already holds the default
// LUALIBDIR is left alone.
func (rt *Runtime) SetPath(cfg *ucl.Object, vars Vars) {
	rt.setPath(cfg, vars, os.LookupEnv)
}

func (rt *Runtime) setPath(cfg *ucl.Object, vars Vars, getenv func(string) (string, bool)) {
	s := rt.L
	old := s.Path()
	if strings.Contains(old, DefaultPaths.LuaLibDir) {
		return
	}
	var opts *ucl.Object
	if cfg != nil {
		opts = cfg.Lookup("options")
	}
	if lp := opts.Lookup("lua_path"); lp != nil && lp.Type() == ucl.TypeString {
		s.SetPath(cconv.CString(lp.Str()) + ";" + old)
	} else {
		rules, lualib := DefaultPaths.RulesDir, DefaultPaths.LuaLibDir
		for _, src := range []func(string) (string, bool){getenv, vars.Get} {
			if v, ok := src("RULESDIR"); ok {
				rules = v
			}
			if v, ok := src("LUALIBDIR"); ok {
				lualib = v
			}
		}
		s.SetPath(DefaultPaths.ConfDir + "/lua/?.lua;" + rules + "/?.lua;" + lualib + "/?.lua;" + lualib + "/?/init.lua;" + old)
	}
	// (upstream looks options.lua_cpath up inside lua_path, so it never
	// applies)
	libdir := DefaultPaths.LibDir
	for _, src := range []func(string) (string, bool){getenv, vars.Get} {
		for _, name := range []string{"LIBDIR", "RSPAMD_LIBDIR"} {
			if v, ok := src(name); ok {
				libdir = v
			}
		}
	}
	s.SetCPath(libdir + "/?.so;" + s.CPath())
}

// SetEnv sets rspamd_paths and rspamd_env unless they exist, as
// rspamd_lua_set_env does: rspamd_env holds vars, the host name, the
// version fields, every RSPAMD_<NAME> environment variable as NAME, and the
// tables returned by the --lua-env files luaEnv.
func (rt *Runtime) SetEnv(vars Vars, luaEnv []string) error {
	host, _ := os.Hostname()
	return rt.setEnv(vars, luaEnv, os.Environ(), host)
}

func (rt *Runtime) setEnv(vars Vars, luaEnv, environ []string, hostname string) error {
	s := rt.L
	top := s.GetTop()
	defer s.SetTop(top)
	getenv := func(name string) (string, bool) {
		for _, kv := range environ {
			if k, v, ok := strings.Cut(kv, "="); ok && k == name {
				return v, true
			}
		}
		return "", false
	}
	if s.GetGlobal("rspamd_paths") == lua.TypeNil {
		p := ResolvePaths(getenv, vars)
		s.NewTable(0, 11)
		for _, kv := range [][2]string{
			{"SHAREDIR", p.ShareDir}, {"CONFDIR", p.ConfDir}, {"LOCAL_CONFDIR", p.LocalConfDir},
			{"RUNDIR", p.RunDir}, {"DBDIR", p.DBDir}, {"LOGDIR", p.LogDir}, {"WWWDIR", p.WWWDir},
			{"PLUGINSDIR", p.PluginsDir}, {"RULESDIR", p.RulesDir}, {"LUALIBDIR", p.LuaLibDir},
			{"PREFIX", p.Prefix},
		} {
			s.PushString(cconv.CString(kv[1]))
			s.SetField(-2, kv[0])
		}
		s.SetGlobal("rspamd_paths")
	}
	s.Pop(1)
	if s.GetGlobal("rspamd_env") != lua.TypeNil {
		return nil
	}
	s.NewTable(0, len(vars)+8)
	env := s.GetTop()
	for k, v := range vars {
		s.PushString(cconv.CString(v))
		s.SetField(env, cconv.CString(k))
	}
	s.PushString(cconv.CString(hostname))
	s.SetField(env, "hostname")
	for _, kv := range [][2]string{
		{"version", versionString}, {"ver_major", "4"}, {"ver_minor", "1"}, {"ver_id", versionID},
	} {
		s.PushString(kv[1])
		s.SetField(env, kv[0])
	}
	s.PushNumber(versionNum)
	s.SetField(env, "ver_num")
	for _, kv := range environ {
		// the prefix is compared ignoring case
		if len(kv) < len("RSPAMD_") || !strings.EqualFold(kv[:len("RSPAMD_")], "RSPAMD_") {
			continue
		}
		k, v, ok := strings.Cut(kv[len("RSPAMD_"):], "=")
		if !ok {
			continue
		}
		s.PushString(k)
		s.PushString(cconv.CString(v))
		s.SetTable(env)
	}
	for _, file := range luaEnv {
		if err := rt.loadEnvFile(file, env); err != nil {
			return err
		}
	}
	s.PushValue(env)
	s.SetGlobal("rspamd_env")
	return nil
}

// loadEnvFile runs a --lua-env file and copies the table it returns into
// the table at env.
func (rt *Runtime) loadEnvFile(file string, env int) error {
	s := rt.L
	top := s.GetTop()
	defer s.SetTop(top)
	if err := s.LoadFile(file); err != nil {
		return fmt.Errorf("cannot load lua file %s: %s", file, luaErrorText(err))
	}
	if err := s.PCall(0, 1); err != nil {
		msg := luaErrorText(err)
		if le, ok := err.(*lua.Error); ok && le.Traceback != "" {
			msg = le.Detailed()
		}
		return fmt.Errorf("cannot init lua file %s: %s", file, msg)
	}
	if !s.IsTable(-1) {
		return fmt.Errorf("invalid return type when loading env from %s: %s", file, s.TypeName(-1))
	}
	s.PushNil()
	for s.Next(-2) {
		s.PushValue(-2)
		s.PushValue(-2)
		s.SetTable(env)
		s.Pop(1)
	}
	return nil
}

// luaErrorText is the message of a Lua error with its traceback, as
// upstream's traceback handler leaves it.
func luaErrorText(err error) string {
	if le, ok := err.(*lua.Error); ok {
		return le.Message
	}
	return err.Error()
}

// SetGlobals sets the legacy tables config, metrics, composites,
// classifiers and rspamd_classifiers and the rspamd_version function unless
// they exist, and, when pushConfig is not nil, rspamd_config to the value it
// pushes (rspamd_lua_set_globals).
func (rt *Runtime) SetGlobals(pushConfig func(s *lua.State)) {
	s := rt.L
	for _, name := range []string{"config", "metrics", "composites", "rspamd_classifiers", "classifiers"} {
		if s.GetGlobal(name) == lua.TypeNil {
			s.NewTable(0, 0)
			s.SetGlobal(name)
		}
		s.Pop(1)
	}
	if s.GetGlobal("rspamd_version") == lua.TypeNil {
		s.PushFunction(rspamdVersion)
		s.SetGlobal("rspamd_version")
	}
	s.Pop(1)
	if pushConfig != nil {
		pushConfig(s)
		s.SetGlobal("rspamd_config")
	}
}
