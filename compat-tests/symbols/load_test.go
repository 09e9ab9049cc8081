package symbols

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/cfgload"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/symcache"
)

// loaded is a configuration loaded in-process the way configtest loads it.
type loaded struct {
	c   *cfg.Config
	lua *cfgload.LuaState
}

// load loads the packaged configuration with a LOCAL_CONFDIR, logging to
// w, up to the initialised symbol cache.
func load(t *testing.T, local string, w io.Writer) *loaded {
	t.Helper()
	vars := vars(local)
	var gv goption.Vars
	for _, v := range vars {
		if !gv.Parse(v) {
			t.Fatalf("bad variable %q", v)
		}
	}
	log := logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, w, w)
	logger.SetDefault(log)
	l, err := cfgload.NewLuaState()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.Close)
	o := &cfgload.Options{Vars: &gv, Lua: l, Log: log, LoggerReady: func(*cfg.Config) {}}
	c := cfgload.New(o)
	if err := cfgload.Read(c, filepath.Join(top, "conf", "rspamd.conf"), o); err != nil {
		t.Fatalf("reading the configuration: %v", err)
	}
	cfgload.InitFilters(c, o, false)
	c.PostLoad(false)
	cfgload.InitSymcache(c, o)
	return &loaded{c: c, lua: l}
}

func (l *loaded) cache() *symcache.Cache { return l.lua.Config(l.c).Cache }
