package admin

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/cfgload"
)

// failingFilters is a Lua side whose filters fail to load; it records
// whether they were loaded and whether the symbol cache was initialised.
type failingFilters struct {
	cfgload.Lua
	filters, symcache bool
}

func (f *failingFilters) InitFilters(*cfg.Config, bool) bool {
	f.filters = true
	return false
}

func (f *failingFilters) InitSymcache(*cfg.Config) bool {
	f.symcache = true
	return true
}

// TestFiltersFailure checks what follows filters that fail to load:
// configtest, strict or not, stops there (no post-load steps, "syntax
// BAD"), as configtest.c does; configdump goes on.
func TestFiltersFailure(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "rspamd.conf")
	if err := os.WriteFile(conf, []byte("actions { reject = 15; }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var lua *failingFilters
	old := ConfigLua
	ConfigLua = func(*Session) (cfgload.Lua, error) {
		l, err := cfgload.NewLuaState()
		if err != nil {
			return nil, err
		}
		lua = &failingFilters{Lua: l}
		return lua, nil
	}
	defer func() { ConfigLua = old }()
	// without templates: the Jinja handler needs the upstream lualib
	vars := []string{"--var=CONFDIR=" + dir, "--var=LOCAL_CONFDIR=" + dir + "/local"}
	for _, tc := range []struct {
		args     []string
		code     int
		stdout   string
		symcache bool
	}{
		{[]string{"configtest", "-T", "-c", conf}, 1, "syntax BAD\n", false},
		{[]string{"configtest", "-T", "-s", "-c", conf}, 1, "syntax BAD\n", false},
		{[]string{"configdump", "-T", "-c", conf, "actions"}, 0, "", true},
	} {
		code, stdout, stderr := runMain(append(vars, tc.args...), nil, "")
		if code != tc.code || (tc.stdout != "" && stdout != tc.stdout) {
			t.Errorf("%v: code %d, stdout %q, stderr %q", tc.args, code, stdout, stderr)
		}
		if lua == nil || !lua.filters {
			t.Fatalf("%v: the filters were not loaded", tc.args)
		}
		if lua.symcache != tc.symcache {
			t.Errorf("%v: symbol cache initialised: %v, want %v", tc.args, lua.symcache, tc.symcache)
		}
		lua = nil
	}
}
