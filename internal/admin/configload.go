package admin

import (
	"fmt"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/cfgload"
	"github.com/gorspamd/rspamd/internal/logger"
)

// ConfigLua returns the Lua runtime configuration loading uses (one fresh
// Lua state per load); when it is nil or fails, configurations load
// without their Lua side.
var ConfigLua = func(s *Session) (cfgload.Lua, error) {
	return cfgload.NewLuaState()
}

// ConfigResolver, when set, resolves the host names of bind lines instead
// of the system resolver (tests use it for a fixed view of names).
var ConfigResolver cfg.Resolver

// loaded is a configuration loaded by configdump or configtest.
type loaded struct {
	c    *cfg.Config
	opts *cfgload.Options
	// read tells whether the configuration was read, post whether the
	// post-load steps succeeded too.
	read, post bool
}

// loadConfig reads a configuration for configdump and configtest: the file
// given with -c, else $CONFDIR/rspamd.conf; then the Lua post-load step
// and the filters (strictly with strict), and the post-load checks, which
// for configtest (test) run only when the filters loaded.
func (s *Session) loadConfig(config *string, skipTemplate, test, strict bool) loaded {
	log := logger.NewConsoleTo(s.logFlags(), "main", s.logLevel(), s.Stdout, s.Stderr)
	logger.SetDefault(log)
	o := &cfgload.Options{
		Vars:         &s.Vars,
		LuaEnv:       s.LuaEnv,
		SkipTemplate: skipTemplate,
		Log:          log,
		Resolver:     ConfigResolver,
		LoggerReady:  func(*cfg.Config) {},
	}
	if ConfigLua != nil {
		l, err := ConfigLua(s)
		if err != nil {
			fmt.Fprintf(s.Stderr, "rspamadm: %v\n", err)
		} else {
			o.Lua = l
		}
	}
	name := s.configPath(config)
	l := loaded{c: cfgload.New(o), opts: o}
	if err := cfgload.Read(l.c, name, o); err != nil {
		return l
	}
	l.read = true
	// configtest checks the rest only when the filters loaded; configdump
	// goes on whatever happened.
	l.post = cfgload.InitFilters(l.c, o, strict)
	if l.post || !test {
		post := l.c.PostLoad(false)
		symcache := cfgload.InitSymcache(l.c, o)
		l.post = post && symcache && l.post
	}
	return l
}

// logLevel is the threshold of rspamadm's logger.
func (s *Session) logLevel() logger.Level {
	if s.Verbose {
		return logger.ThresholdDebug
	}
	return logger.ThresholdNotice
}

// configPath is the configuration file: -c, else rspamd.conf in $CONFDIR
// (a --var definition or the compiled-in directory).
func (s *Session) configPath(config *string) string {
	if config != nil {
		return *config
	}
	dir, ok := s.Vars.Get("CONFDIR")
	if !ok {
		dir = cfg.DefaultDirs().Conf
	}
	return dir + "/rspamd.conf"
}

// logFlags are the flags of rspamadm's logger: bare messages, or with -v
// time stamps with microseconds.
func (s *Session) logFlags() logger.Flags {
	if s.Verbose {
		return logger.FlagUsec | logger.FlagEnforced | logger.FlagRspamadm
	}
	return logger.FlagRspamadm
}
