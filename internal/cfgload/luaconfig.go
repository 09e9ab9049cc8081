package cfgload

import (
	"errors"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// The configuration loader as rspamd_config:load_ucl, parse_rcl and
// init_modules reach it (luaapi.ConfigLoader): rspamadm's Lua commands
// read the configuration with them.

// LoadUCL implements luaapi.ConfigLoader: the file is parsed with vars as
// the --var definitions, then transformed and its checksum computed.
func (l *LuaState) LoadUCL(c *cfg.Config, filename string, vars map[string]string, trace ucl.IncludeTracer, skipTemplate bool) error {
	var gv goption.Vars
	for name, v := range vars {
		gv.Set(name, v)
	}
	o := &Options{Vars: &gv, Lua: l, Log: c.Log, SkipTemplate: skipTemplate, IncludeTrace: trace}
	if err := parseUCL(c, filename, o); err != nil {
		return err
	}
	l.Transform(c)
	c.Checksum = Checksum(c.UCL)
	return nil
}

// ParseRCL implements luaapi.ConfigLoader: a fresh set of sections
// without the excluded ones processes the tree.
func (l *LuaState) ParseRCL(c *cfg.Config, excluded []string) error {
	if c.UCL == nil || c.UCL.Type() != ucl.TypeObject {
		return errors.New("top configuration must be an object")
	}
	c.InitSections()
	c.SkipSections(excluded)
	if err := c.Parse(); err != nil {
		return errors.New(gerrorText(err))
	}
	return nil
}

// InitModules implements luaapi.ConfigLoader.
func (l *LuaState) InitModules(c *cfg.Config) bool {
	return InitFilters(c, &Options{Lua: l}, false)
}
