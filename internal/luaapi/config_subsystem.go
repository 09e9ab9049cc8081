package luaapi

import (
	"os"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/text"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// rspamd_config:init_subsystem (upstream's lua_config.c), for the
// subsystems this build sets up on request: the language detector and the
// symbol cache.

func (rt *Runtime) configSubsystemMethods() []lua.Reg {
	return []lua.Reg{{Name: "init_subsystem", Func: rt.configInitSubsystem}}
}

// configInitSubsystem is rspamd_config:init_subsystem(names): names
// separated by ';' or ','.
func (rt *Runtime) configInitSubsystem(s *lua.State) int {
	c := rt.configArg(s, 1)
	names := s.CheckString(2)
	for _, name := range strings.FieldsFunc(cconv.CString(names), func(r rune) bool { return r == ';' || r == ',' }) {
		switch name {
		case "langdet":
			if c.LangDet == nil {
				c.LangDet = rt.loadLangDetector(c)
			}
		case "symcache":
			c.Cache.Init()
		case "filters", "stat", "dns", "tokenizers", "custom_tokenizers":
			return s.Errorf("init_subsystem: %s is not available in this build", name)
		default:
			return s.Errorf("invalid param: %s", name)
		}
	}
	return 0
}

// loadLangDetector loads the language models of lang_detection.languages
// (SHAREDIR/languages by default; unlike upstream, whose share directory
// is fixed at build time, a SHAREDIR environment variable moves it, as it
// moves rspamd_paths). Stop words do not detect languages here: their
// matcher is compiled only in workers.
func (rt *Runtime) loadLangDetector(c *Config) *text.Detector {
	dir := ResolvePaths(os.LookupEnv, nil).ShareDir + "/languages"
	if c.Cfg != nil && c.Cfg.UCL != nil {
		if v := c.Cfg.UCL.Lookup("lang_detection").Lookup("languages"); v != nil && v.Type() == ucl.TypeString {
			dir = v.Str()
		}
	}
	d, err := text.LoadDetector(dir)
	if err != nil {
		rt.log().Logf(logger.LevelCritical, "", "", false, "rspamd_language_detector_init",
			"cannot load languages from %s: %s", dir, err.Error())
		return nil
	}
	d.StopWordDetection = false
	return d
}
