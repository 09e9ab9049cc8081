// Package luaapi implements rspamd's Lua API: the rspamd_* modules that
// upstream's Lua tree requires and the rspamd{...} userdata classes it
// receives, over the Go packages that do the work.
//
// Conventions:
//   - One file per rspamd module or class (logger.go, util.go, config.go,
//     text.go, ...). Each file registers what it defines from an init
//     function with defineClass and defineModule; Open then builds every
//     class of a state before preloading every module, so a module's
//     functions may push userdata of any class.
//   - Adapters stay thin: argument checking, conversions and rspamd's exact
//     return conventions live here; the behaviour lives in the Go package the
//     adapter calls (internal/re, internal/ucl, internal/cfg, ...), never the
//     other way round.
//   - Functions are closures over the state's Runtime, which carries what
//     upstream keeps in its C globals (the config, the logger, paths).
//   - Errors raised to Lua use upstream's wording; where upstream logs and
//     returns nil, so do we.
package luaapi

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/url"
)

// Runtime is the per-state context of the Lua API: one per Lua state, owned
// by the goroutine that owns the state.
type Runtime struct {
	// L is the main Lua state.
	L *lua.State
	// Logger receives rspamd_logger's lines and the errors the API logs;
	// nil means the process's default logger (logger.Default).
	Logger *logger.Logger
	// classes holds the classes of this state by name ("rspamd{text}").
	classes map[string]*lua.Class
	// uclNull identifies the ucl.null userdata.
	uclNull uintptr
	// urls is the scanner of the URL functions (nil: the static one; see
	// URLScanner).
	urls *url.Scanner
}

type classDef struct {
	name    string
	methods func(rt *Runtime) []lua.Reg
	setup   func(rt *Runtime, c *lua.Class)
}

type moduleDef struct {
	name string
	open func(rt *Runtime) lua.Function
}

var (
	classDefs  []classDef
	moduleDefs []moduleDef
)

// defineClass registers a class: methods returns its methods and
// metamethods for one runtime; setup, when not nil, runs once the class
// exists (to set a finalizer or an argument name).
func defineClass(name string, methods func(rt *Runtime) []lua.Reg, setup func(rt *Runtime, c *lua.Class)) {
	classDefs = append(classDefs, classDef{name: name, methods: methods, setup: setup})
}

// defineModule registers a module loaded by require(name): open returns
// the loader, which pushes the module's value.
func defineModule(name string, open func(rt *Runtime) lua.Function) {
	moduleDefs = append(moduleDefs, moduleDef{name: name, open: open})
}

// defineLib registers a module that is a table of functions.
func defineLib(name string, funcs func(rt *Runtime) []lua.Reg) {
	defineModule(name, func(rt *Runtime) lua.Function {
		regs := funcs(rt)
		return func(s *lua.State) int {
			s.NewTable(0, len(regs))
			for _, r := range regs {
				s.PushFunction(r.Func)
				s.RawSetField(-2, r.Name)
			}
			return 1
		}
	})
}

// Open installs the Lua API into s: every class, every module in
// package.preload, and the globals every rspamd state has from the start
// (rspamd_actions, rspamd_plugins, rspamd_plugins_state). The globals that
// depend on the command line and the configuration are set by SetPath,
// SetEnv and SetGlobals.
func Open(s *lua.State) (*Runtime, error) {
	rt := &Runtime{L: s, classes: make(map[string]*lua.Class)}
	s.SetTypeErrorHook(func(msg string) {
		rt.log().Log(logger.LevelCritical, "", "", false, "rspamd_lua_check_udata_common", "lua type error: "+msg)
	})
	defs := slices.Clone(classDefs)
	slices.SortFunc(defs, func(a, b classDef) int { return strings.Compare(a.name, b.name) })
	for i, d := range defs {
		if i > 0 && defs[i-1].name == d.name {
			return nil, fmt.Errorf("luaapi: class %s defined twice", d.name)
		}
		rt.classes[d.name] = s.NewClass(d.name, nil)
	}
	for _, d := range defs {
		c := rt.classes[d.name]
		for _, r := range d.methods(rt) {
			c.SetMethod(r.Name, r.Func)
		}
		if d.setup != nil {
			d.setup(rt, c)
		}
	}
	mods := slices.Clone(moduleDefs)
	slices.SortFunc(mods, func(a, b moduleDef) int { return strings.Compare(a.name, b.name) })
	for i, m := range mods {
		if i > 0 && mods[i-1].name == m.name {
			return nil, fmt.Errorf("luaapi: module %s defined twice", m.name)
		}
		s.Preload(m.name, m.open(rt))
	}
	rt.setInitGlobals()
	return rt, nil
}

// Class returns the class named name ("rspamd{text}"); it panics if no file
// defines it, which is a programming error.
func (rt *Runtime) Class(name string) *lua.Class {
	c, ok := rt.classes[name]
	if !ok {
		panic("luaapi: unknown class " + name)
	}
	return c
}
