// Package plugins loads rspamd's modules the way rspamd 4.1.5 does
// (rspamd_init_filters and rspamd_init_lua_filters): the modules upstream
// writes in C (chartable, dkim, fuzzy_check, regexp: their configuration
// halves, which parse their options and register their symbols) in the
// order of the options.filters list, then every Lua plugin found on the
// module paths, each only when the configuration enables it. The reasons
// are recorded in the rspamd_plugins_state global, which configdump -m
// prints.
//
// It also runs what follows loading on the symbol cache
// (rspamd_config_post_load with the symbol cache, and the validation
// configtest and the workers do).
package plugins

import (
	"os"
	"slices"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/luaapi"
	"github.com/gorspamd/rspamd/internal/syserr"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Handler is what the symbol of a C module runs: the module and which of
// its callbacks (the scan dispatches on them).
type Handler struct {
	Module, Name string
	// Data is the module's rule or item the callback is for.
	Data any
}

// Modules are the contexts of the C modules of a configuration.
type Modules struct {
	Chartable *Chartable
	DKIM      *DKIM
	Fuzzy     *Fuzzy
	Regexp    *Regexp
}

// loader loads the modules of one configuration.
type loader struct {
	rt  *luaapi.Runtime
	c   *luaapi.Config
	cfg *cfg.Config
}

func newLoader(rt *luaapi.Runtime, c *luaapi.Config) *loader {
	return &loader{rt: rt, c: c, cfg: c.Cfg}
}

func (l *loader) logf(level logger.Level, function, format string, args ...any) {
	l.cfg.Logf(level, function, format, args...)
}

// cModule is the configuration half of a C module.
type cModule struct {
	name   string
	config func(l *loader, strict bool) bool
}

// cModules are upstream's C modules, in the order it registers them.
var cModules = []cModule{
	{"chartable", (*loader).configChartable},
	{"dkim", (*loader).configDKIM},
	{"fuzzy_check", (*loader).configFuzzy},
	{"regexp", (*loader).configRegexp},
}

func findCModule(name string) *cModule {
	for i := range cModules {
		if encoding.EqualFoldASCII(cModules[i].name, name) {
			return &cModules[i]
		}
	}
	return nil
}

// InitFilters configures the C modules named in options.filters and loads
// the Lua plugins (upstream reports unknown filters before, as the
// configuration package does). It reports whether every module loaded;
// with strict it stops at the first failure.
func InitFilters(rt *luaapi.Runtime, c *luaapi.Config, strict bool) bool {
	l := newLoader(rt, c)
	if c.Modules == nil {
		c.Modules = &Modules{}
	}
	ok := true
	for _, name := range c.Cfg.Filters {
		mod := findCModule(name)
		if mod == nil {
			continue
		}
		l.isModuleEnabled(mod.name)
		if !mod.config(l, strict) {
			l.logf(logger.LevelCritical, "rspamd_init_filters", "config of %s failed", mod.name)
			ok = false
			if strict {
				return false
			}
		}
	}
	return l.initLuaFilters(strict) && ok
}

// modules returns the C module contexts.
func (l *loader) modules() *Modules { return l.c.Modules.(*Modules) }

// pushState records a decision about a module in rspamd_plugins_state.
func (l *loader) pushState(field, module string) {
	s := l.rt.L
	top := s.GetTop()
	defer s.SetTop(top)
	if s.GetGlobal("rspamd_plugins_state") != lua.TypeTable {
		return
	}
	if s.GetField(-1, field) != lua.TypeTable {
		return
	}
	s.NewTable(0, 0)
	s.SetField(-2, module)
}

// isModuleEnabled decides whether a module runs and records why
// (rspamd_config_is_module_enabled): explicit modules always do; a C
// module must be in options.filters; a Lua plugin needs its section; a
// section may disable it, and so may its symbols group.
func (l *loader) isModuleEnabled(name string) bool {
	const fn = "rspamd_config_is_module_enabled"
	isC := slices.ContainsFunc(cfg.CModules, func(m string) bool { return encoding.EqualFoldASCII(m, name) })
	kind := "lua"
	if isC {
		kind = "internal"
	}
	if l.cfg.ExplicitModules.Has(name) {
		l.pushState("enabled", name)
		return true
	}
	if isC && !slices.Contains(l.cfg.Filters, name) {
		l.logf(logger.LevelInfo, fn, "internal module %s is disable in `filters` line", name)
		l.pushState("disabled_explicitly", name)
		return false
	}
	conf := l.cfg.UCL.Lookup(name)
	switch {
	case conf == nil:
		l.pushState("disabled_unconfigured", name)
		l.logf(logger.LevelInfo, fn, "%s module %s is enabled but has not been configured", kind, name)
		if !isC {
			l.logf(logger.LevelInfo, fn, "%s disabling unconfigured lua module", name)
			return false
		}
	case !l.cfg.IsEnabledFromUCL(conf):
		l.pushState("disabled_explicitly", name)
		l.logf(logger.LevelInfo, fn, "%s module %s is disabled in the configuration", kind, name)
		return false
	}
	if g := l.cfg.Group(name); g != nil && g.Flags&cfg.GroupDisabled != 0 {
		l.pushState("disabled_explicitly", name)
		l.logf(logger.LevelInfo, fn, "%s module %s is disabled in the configuration as its group has been disabled", kind, name)
		return false
	}
	l.pushState("enabled", name)
	return true
}

// initLuaFilters runs every enabled Lua plugin (rspamd_init_lua_filters).
func (l *loader) initLuaFilters(strict bool) bool {
	const fn = "rspamd_init_lua_filters"
	s := l.rt.L
	l.rt.PushConfig(s, l.c)
	s.SetGlobal("rspamd_config")
	for _, mod := range l.cfg.ScriptModules {
		if mod.Path == "" || !l.isModuleEnabled(mod.Name) {
			continue
		}
		if !l.runPlugin(mod) {
			l.pushState("disabled_failed", mod.Name)
			if strict {
				return false
			}
		}
	}
	return true
}

// runPlugin loads and runs one plugin file; failures are logged.
func (l *loader) runPlugin(mod cfg.ScriptModule) bool {
	const fn = "rspamd_init_lua_filters"
	s := l.rt.L
	top := s.GetTop()
	defer s.SetTop(top)
	data, err := os.ReadFile(mod.Path)
	if err != nil {
		l.logf(logger.LevelCritical, fn, "cannot mmap %s failed: %s", mod.Path, syserr.Text(err))
		return false
	}
	sum := cryptobox.Hash(data)
	digest := encoding.EncodeHex(sum[:])
	if err := s.Load(string(data), "@"+mod.Path); err != nil {
		l.logf(logger.LevelCritical, fn, "load of %s failed: %s", mod.Path, lua.ErrorMessage(err))
		return false
	}
	if err := s.PCall(0, 0); err != nil {
		l.logf(logger.LevelCritical, fn, "init of %s failed: %s", mod.Path, lua.ErrorDetailed(err))
		return false
	}
	l.logf(logger.LevelInfo, fn, "init lua module %s from %s; digest: %s", mod.Name, mod.Path, digest[:10])
	return true
}

// moduleOpt returns an option of a module's section (its first value),
// nil when absent (rspamd_config_get_module_opt).
func (l *loader) moduleOpt(module, opt string) *ucl.Object {
	sec := l.cfg.UCL.Lookup(module)
	if sec == nil {
		return nil
	}
	return sec.Lookup(opt)
}
