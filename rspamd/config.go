package main

import (
	"fmt"
	"io"
	"os"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/cfgload"
	rlog "github.com/gorspamd/rspamd/internal/logger"
)

// loadConfig loads the configuration the way the daemon does
// (load_rspamd_config): read it with the console logger, switch to the
// logger it configures, run the post-load steps with validation, the
// symbol cache's included (what configtest loads). Failures are logged as
// upstream logs them and end the daemon with code 1. Since the workers
// are not built yet, a configuration that loads ends it too, saying so.
func loadConfig(o *options, path, tag string, stderr io.Writer) int {
	mainLog := func(level rlog.Level, msg string) {
		rlog.Default().Log(level, "main", tag, true, "load_rspamd_config", msg)
	}
	level := rlog.ThresholdNotice
	if o.debug {
		level = rlog.ThresholdDebug
	}
	log := rlog.NewConsoleTo(0, "main", level, stderr, stderr)
	rlog.SetDefault(log)
	opts := &cfgload.Options{
		Vars:         &o.vars,
		LuaEnv:       o.luaEnv,
		SkipTemplate: o.skipTemplate,
		Log:          log,
	}
	opts.LoggerReady = func(c *cfg.Config) {
		lc := c.LoggerConfig()
		if o.debug {
			lc.Level = rlog.ThresholdDebug
		}
		l, err := rlog.Open(lc, "main")
		if err != nil {
			// Upstream has logged why and exits.
			os.Exit(1)
		}
		c.Log = l
		opts.Log = l
		rlog.SetDefault(l)
	}
	lua, err := cfgload.NewLuaState()
	if err != nil {
		fmt.Fprintf(stderr, "rspamd: %v\n", err)
		return 1
	}
	defer lua.Close()
	opts.Lua = lua
	c := cfgload.New(opts)
	if err := cfgload.Read(c, path, opts); err != nil {
		return 1
	}
	if c.TempDir == "" {
		mainLog(rlog.LevelWarning, "tempdir is not set, trying to use $TMPDIR")
		c.TempDir = os.Getenv("TMPDIR")
		if c.TempDir == "" {
			mainLog(rlog.LevelWarning, "$TMPDIR is empty too, using /tmp as default")
			c.TempDir = "/tmp"
		}
	}
	if !cfgload.InitFilters(c, opts, false) {
		mainLog(rlog.LevelCritical, "init filters failed")
		return 1
	}
	// rspamd_config_post_load with validation: what fails is logged with
	// the last reason
	reason := ""
	if !c.PostLoad(true) {
		reason = "cannot parse log format"
	}
	if !cfgload.InitSymcache(c, opts) {
		reason = "symcache init failed"
	}
	c.CheckController()
	if !cfgload.ValidateSymcache(c, opts) {
		reason = "symcache validation failed"
	}
	if reason != "" {
		c.Logf(rlog.LevelCritical, "rspamd_config_post_load", "error on post-init stage: %s", reason)
		mainLog(rlog.LevelCritical, "post load failed")
		return 1
	}
	fmt.Fprintf(stderr, "rspamd: configuration %s loaded; cannot start: the workers (serving) are not built yet\n", path)
	return 1
}
