package luaapi

import (
	"strings"
	"testing"
)

// TestConfigInitSubsystemSymcache: init_subsystem('symcache') initialises
// the symbol cache (dependencies linked); the subsystems this build lacks
// are errors.
func TestConfigInitSubsystemSymcache(t *testing.T) {
	rt, conf, _ := newConfigRuntime(t)
	doString(t, rt, `
		local cb = function() end
		rspamd_config:register_symbol({name = 'A', callback = cb})
		rspamd_config:register_symbol({name = 'PRE', type = 'prefilter', callback = cb})
		rspamd_config:register_dependency('A', 'PRE')
		rspamd_config:init_subsystem('symcache')
	`)
	if deps := conf.Cache.Lookup("A", false).Deps(); len(deps) != 1 || deps[0].Item.Name != "PRE" {
		t.Errorf("A's dependencies after init_subsystem: %v", deps)
	}
	err := rt.L.DoString(`rspamd_config:init_subsystem('symcache,stat')`)
	if err == nil || !strings.Contains(err.Error(), "stat is not available") {
		t.Errorf("init_subsystem('stat'): %v", err)
	}
}
