// Package cfgload reads an rspamd configuration the way rspamd 4.1.5 does
// (rspamd_config_read and the post-load steps): it sets up the Lua paths
// and the rspamd_env table, parses rspamd.conf and everything it includes
// with rspamd's variables and macros, runs the Jinja pre-processor on
// every file (unless templates are skipped), decrypts files that have a
// ".key" keypair next to them, applies lua_cfg_transform, computes the
// configuration checksum, processes the sections into a cfg.Config and
// runs the post-load steps.
//
// The Lua side is reached through the Lua interface; without one, the
// steps that need Lua are skipped (the Jinja handler then fails as
// upstream does when lua_util cannot be loaded).
package cfgload

import (
	"errors"
	"fmt"
	"os"
	"syscall"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/syserr"
	"github.com/gorspamd/rspamd/internal/ucl"
	"github.com/gorspamd/rspamd/internal/version"
)

// Lua is the Lua side of configuration loading.
type Lua interface {
	cfg.LuaHooks
	// SetPath sets package.path and package.cpath from the directories
	// and the options.lua_path and lua_cpath of top, the configuration
	// tree (rspamd_lua_set_path); top is nil before it is parsed.
	SetPath(top *ucl.Object, vars *goption.Vars)
	// SetEnv creates the rspamd_paths and rspamd_env globals unless they
	// exist, loading the --lua-env files (rspamd_lua_set_env).
	SetEnv(vars *goption.Vars, luaEnv []string) error
	// Jinja expands a configuration file with lua_util.jinja_template and
	// rspamd_env (failures are logged for c).
	Jinja(c *cfg.Config, src []byte) ([]byte, error)
	// SetGlobals creates the config, metrics, composites, classifiers
	// globals and rspamd_config (rspamd_lua_set_globals).
	SetGlobals(c *cfg.Config)
	// InitDebugLogging calls lua_util.init_debug_logging.
	InitDebugLogging(c *cfg.Config) error
	// Transform runs lua_cfg_transform on the configuration tree, which it
	// may change in place.
	Transform(c *cfg.Config)
	// PostLoad merges the Lua config and metrics globals into the
	// configuration (rspamd_lua_post_load_config).
	PostLoad(c *cfg.Config)
	// InitFilters loads the Lua plugins (rspamd_init_lua_filters).
	InitFilters(c *cfg.Config, strict bool) bool
	// InitSymcache registers the classifiers' symbols and initialises
	// the symbol cache (the symbol cache's part of
	// rspamd_config_post_load).
	InitSymcache(c *cfg.Config) bool
	// ValidateSymbols validates the symbol cache (rspamd_symcache_validate)
	// and returns the longest time its symbols may take with the symbols'
	// timeouts that count, longest first.
	ValidateSymbols(c *cfg.Config) (ok bool, max float64, timeouts []cfg.SymbolTimeout)
	// CheckConfigurationErrors runs lua_cfg_utils.check_configuration_errors.
	CheckConfigurationErrors(c *cfg.Config) bool
}

// Options are the inputs of a configuration load besides the file.
type Options struct {
	// Vars are the --var definitions.
	Vars *goption.Vars
	// LuaEnv are the --lua-env files.
	LuaEnv []string
	// SkipTemplate disables the Jinja pre-processor (-T).
	SkipTemplate bool
	// Lua is the Lua runtime; nil loads without one.
	Lua Lua
	// Log receives the messages; nil means logger.Default().
	Log *logger.Logger
	// Resolver resolves host names of bind lines; nil means the system's.
	Resolver cfg.Resolver
	// Hostname is $HOSTNAME; empty means os.Hostname().
	Hostname string
	// IncludeTrace, when set, is told about every include
	// (rspamd_config:load_ucl's trace function).
	IncludeTrace ucl.IncludeTracer
	// LoggerReady, when set, is called once the logging section has been
	// read (upstream's logger_fin), or right away when there is none.
	LoggerReady func(c *cfg.Config)
}

// encryptedMagic starts a configuration file encrypted with a keypair.
const encryptedMagic = "ruclev1"

// New returns an empty configuration with its sections registered.
func New(o *Options) *cfg.Config {
	c := cfg.New(cfg.PathsTable(o.Vars, nil))
	c.Log = o.Log
	c.Resolver = o.Resolver
	if o.Lua != nil {
		c.Lua = o.Lua
	}
	return c
}

// Read loads the configuration file into c (rspamd_config_read): on
// failure the reason has been logged and the error returned.
func Read(c *cfg.Config, filename string, o *Options) error {
	c.Name = filename
	if o.Lua != nil {
		o.Lua.SetPath(nil, o.Vars)
		if err := o.Lua.SetEnv(o.Vars, o.LuaEnv); err != nil {
			c.Logf(logger.LevelCritical, "rspamd_config_read", "failed to set up environment: %s", err.Error())
			return err
		}
	}
	if err := parseUCL(c, filename, o); err != nil {
		c.Logf(logger.LevelCritical, "rspamd_config_read", "failed to load config: %s", err.Error())
		return err
	}
	c.InitSections()
	if o.Lua != nil {
		o.Lua.SetPath(c.UCL, o.Vars)
		o.Lua.SetGlobals(c)
	}
	if o.LoggerReady != nil {
		if err := initLogging(c, o); err != nil {
			return err
		}
	}
	if o.Lua != nil {
		o.Lua.Transform(c)
	}
	c.Checksum = Checksum(c.UCL)
	if err := c.Parse(); err != nil {
		c.Logf(logger.LevelCritical, "rspamd_config_read", "rcl parse error: %s", gerrorText(err))
		return err
	}
	return nil
}

// gerrorText prints an error as rspamd's %e: its message, or "unknown
// error" when the failure had no message.
func gerrorText(err error) string {
	var ce *cfg.Error
	if errors.As(err, &ce) {
		return ce.Msg
	}
	return "unknown error"
}

// initLogging processes the logging section early, as upstream does before
// anything else is parsed, and tells the caller the logger can be set up.
func initLogging(c *cfg.Config, o *Options) error {
	obj := c.UCL.LookupAny("logging", "logger")
	if obj == nil {
		o.LoggerReady(c)
		return nil
	}
	if err := c.ParseSection("logging", obj); err != nil {
		c.Logf(logger.LevelCritical, "rspamd_config_read", "cannot init logger: %s", gerrorText(err))
		return err
	}
	o.LoggerReady(c)
	if o.Lua != nil {
		if err := o.Lua.InitDebugLogging(c); err != nil {
			return err
		}
	}
	return nil
}

// parseUCL parses the configuration file (rspamd_config_parse_ucl).
func parseUCL(c *cfg.Config, filename string, o *Options) error {
	data, err := readFile(filename)
	if err != nil {
		return fmt.Errorf("cannot open %s: %w", filename, err)
	}
	var kp *cryptobox.Keypair
	if kdata, err := os.ReadFile(filename + ".key"); err == nil {
		kp = loadKeypair(c, filename+".key", kdata)
	}
	p := ucl.NewParser(ucl.ParserSaveComments)
	AddConfVariables(p, o)
	addConfMacros(p, c)
	_ = p.SetFileVars(filename, true)
	if o.IncludeTrace != nil {
		p.SetIncludeTracer(o.IncludeTrace)
	}
	if kp != nil {
		p.AddSpecialHandler(&ucl.SpecialHandler{Magic: []byte(encryptedMagic), Handle: func(_ *ucl.Parser, src []byte) ([]byte, error) {
			out, err := kp.DecryptBlob(src)
			if err != nil {
				c.Logf(logger.LevelCritical, "rspamd_rcl_decrypt_handler", "cannot decrypt file: %s", err.Error())
				return nil, err
			}
			return out, nil
		}})
	}
	if !o.SkipTemplate {
		p.AddSpecialHandler(&ucl.SpecialHandler{PreprocessAll: true, Handle: func(_ *ucl.Parser, src []byte) ([]byte, error) {
			return jinja(c, o, src)
		}})
	}
	if err := p.AddChunk(data); err != nil {
		msg := err.Error()
		if msg == "" {
			// upstream prints the missing message as its printf prints NULL
			msg = "(null)"
		}
		return fmt.Errorf("ucl parser error: %s", msg)
	}
	c.UCL = p.Object()
	c.Comments = p.Comments()
	return nil
}

// jinja runs the Jinja pre-processor on a chunk.
func jinja(c *cfg.Config, o *Options, src []byte) ([]byte, error) {
	if o.Lua == nil {
		c.Logf(logger.LevelCritical, "rspamd_rcl_jinja_handler", "cannot require lua_util.jinja_template")
		return nil, errors.New("no Lua runtime")
	}
	return o.Lua.Jinja(c, src)
}

// loadKeypair reads the keypair that decrypts a configuration file.
func loadKeypair(c *cfg.Config, name string, data []byte) *cryptobox.Keypair {
	p := ucl.NewParser(0)
	if err := p.AddChunk(data); err != nil {
		c.Logf(logger.LevelCritical, "rspamd_config_parse_ucl", "cannot load keypair from %s: %s", name, err.Error())
		return nil
	}
	kp, err := cfg.KeypairFromUCL(p.Object())
	if err != nil {
		c.Logf(logger.LevelCritical, "rspamd_config_parse_ucl", "cannot load keypair from %s: invalid keypair", name)
		return nil
	}
	return kp
}

// AddConfVariables registers rspamd's UCL variables
// (rspamd_ucl_add_conf_variables): the compiled-in directories, the
// version, the host name, then the --var definitions.
func AddConfVariables(p *ucl.Parser, o *Options) {
	for _, v := range cfg.DirVariables() {
		p.RegisterVariable(v[0], v[1])
	}
	p.RegisterVariable("VERSION", version.Upstream)
	p.RegisterVariable("VERSION_MAJOR", fmt.Sprint(version.Major))
	p.RegisterVariable("VERSION_MINOR", fmt.Sprint(version.Minor))
	p.RegisterVariable("BRANCH_VERSION", fmt.Sprint(version.Major))
	host := o.Hostname
	if host == "" {
		h, err := os.Hostname()
		if err != nil {
			h = "unknown"
		}
		host = h
	}
	p.RegisterVariable("HOSTNAME", host)
	if o.Vars != nil {
		for _, name := range o.Vars.Names() {
			v, _ := o.Vars.Get(name)
			p.RegisterVariable(name, v)
		}
	}
}

// addConfMacros registers rspamd's own macros: .include_map adds a map
// whose content is merged into the configuration when it is read.
func addConfMacros(p *ucl.Parser, c *cfg.Config) {
	p.RegisterMacro("include_map", func(_ *ucl.Parser, data []byte, _, _ *ucl.Object) error {
		c.IncludeMaps = append(c.IncludeMaps, string(data))
		return nil
	})
}

// readFile reads the configuration file the way upstream maps it, with
// its error texts.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open file %s: %s", path, syserr.Text(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot stat file %s: %s", path, syserr.Text(err))
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(st.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("cannot mmap file %s: %s", path, syserr.Text(err))
	}
	out := append([]byte(nil), data...)
	if err := syscall.Munmap(data); err != nil {
		return nil, fmt.Errorf("cannot unmap file %s: %s", path, syserr.Text(err))
	}
	return out, nil
}

// InitFilters runs what follows a successful read: the Lua config globals
// are merged into the tree and the filters are initialised (C modules,
// then Lua plugins). It reports whether the filters loaded.
func InitFilters(c *cfg.Config, o *Options, strict bool) bool {
	if o.Lua != nil {
		o.Lua.PostLoad(c)
	}
	c.InitCModules()
	if o.Lua != nil {
		return o.Lua.InitFilters(c, strict)
	}
	return true
}

// InitSymcache initialises the symbol cache once the post-load checks
// ran (configdump and configtest do it within rspamd_config_post_load).
func InitSymcache(c *cfg.Config, o *Options) bool {
	if o.Lua == nil {
		return true
	}
	return o.Lua.InitSymcache(c)
}

// ValidateSymcache validates the symbol cache (rspamd_symcache_validate),
// as the daemon's rspamd_config_post_load does.
func ValidateSymcache(c *cfg.Config, o *Options) bool {
	if o.Lua == nil {
		return true
	}
	ok, _, _ := o.Lua.ValidateSymbols(c)
	return ok
}

// Validate runs configtest's checks on a loaded configuration: the symbol
// cache, the task timeouts against the symbols' timeouts (globally and for
// every worker that sets its own) and the Lua configuration checks.
func Validate(c *cfg.Config, o *Options) bool {
	if o.Lua == nil {
		return true
	}
	ok, max, timeouts := o.Lua.ValidateSymbols(c)
	if !ok {
		return false
	}
	c.CheckTimeout(c.TaskTimeout, max, timeouts)
	for _, w := range c.Workers {
		if to := w.Options.LookupAny("task_timeout", "check_timeout"); to != nil {
			v, _ := to.AsFloat()
			c.CheckTimeout(v, max, timeouts)
		}
	}
	return o.Lua.CheckConfigurationErrors(c)
}
