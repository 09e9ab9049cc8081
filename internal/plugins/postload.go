package plugins

import (
	"fmt"
	"io"
	"strings"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/hyperscan"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/luaapi"
	"github.com/gorspamd/rspamd/internal/symcache"
)

// PostLoad does the symbol cache's part of rspamd_config_post_load once
// every module is loaded: the classifiers' symbols are registered, the
// cache is initialised, the regexp cache tries to load its Hyperscan
// databases, and the symbols of whitelist composites (those with a
// negative score) are marked fine.
func PostLoad(c *luaapi.Config) bool {
	for _, sym := range c.Cfg.ClassifierSymbolNames() {
		c.Cache.AddSymbol(sym, 0, nil, symcache.FlagClassifier|symcache.FlagNostat, -1)
	}
	ok := c.Cache.Init()
	hyperscanOn := hyperscan.Available() && !c.Cfg.DisableHyperscan
	if !c.Regexps.Scope("").TryLoadHyperscan(c.Cfg.Log, hyperscanOn) {
		c.Cfg.Logf(logger.LevelDebug, "rspamd_config_post_load", "cannot load hyperscan database, disable it")
	}
	if len(c.Cfg.Composites) > 0 {
		markWhitelistComposites(c)
	}
	return ok
}

// compositeAtomSymbol is the symbol a composite's atom names, without its
// prefix operators and options; "" for group atoms and operators.
func compositeAtomSymbol(atom string) string {
	if atom == "" || strings.ContainsRune("&|!()", rune(atom[0])) {
		return ""
	}
	atom = strings.TrimLeft(atom, "~-^")
	if atom == "" {
		return ""
	}
	for _, p := range []string{"g:", "g+:", "g-:"} {
		if strings.HasPrefix(atom, p) {
			return ""
		}
	}
	if i := strings.IndexByte(atom, '['); i >= 0 {
		atom = atom[:i]
	}
	return atom
}

// markWhitelistComposites marks fine every symbol a whitelist composite
// depends on, directly or through other whitelist composites
// (composites_manager::mark_whitelist_dependencies).
func markWhitelistComposites(c *luaapi.Config) {
	fine := map[string]bool{}
	var order []string
	collect := func(comp *cfg.Composite) bool {
		added := false
		for _, a := range comp.Expr.Atoms() {
			if sym := compositeAtomSymbol(a.Text); sym != "" && !fine[sym] {
				fine[sym] = true
				order = append(order, sym)
				added = true
			}
		}
		return added
	}
	for _, comp := range c.Cfg.Composites {
		if s := c.Cfg.Symbols[comp.Name]; s != nil && s.Score < 0 {
			collect(comp)
		}
	}
	for changed := true; changed; {
		changed = false
		for _, comp := range c.Cfg.Composites {
			if fine[comp.Name] && collect(comp) {
				changed = true
			}
		}
	}
	marked := 0
	for _, sym := range order {
		if c.Cache.SetSymbolFine(sym) {
			marked++
		}
	}
	c.Cfg.Logf(logger.LevelInfo, "mark_whitelist_dependencies", "marked %d symbols as FINE for whitelist composite dependencies", marked)
}

// Validate checks the symbol cache (rspamd_symcache_validate) and
// returns the longest time a scan may take with the symbols' timeouts
// that count in it, longest first.
func Validate(c *luaapi.Config) (bool, float64, []cfg.SymbolTimeout) {
	ok := c.Cache.Validate()
	max, elts := c.Cache.MaxTimeout()
	out := make([]cfg.SymbolTimeout, 0, len(elts))
	for _, e := range elts {
		out = append(out, cfg.SymbolTimeout{Symbol: e.Item.Name, Timeout: e.Timeout})
	}
	return ok, max, out
}

// ModulesState prints which modules are enabled and why the others are
// not, as configdump -m does: it runs the plugins_stats script with the
// command's arguments and the configuration, its print going to w.
func ModulesState(rt *luaapi.Runtime, c *luaapi.Config, args []string, w io.Writer) error {
	s := rt.L
	top := s.GetTop()
	defer s.SetTop(top)
	s.GetGlobal("print")
	oldPrint := s.Ref()
	defer func() {
		s.PushRef(oldPrint)
		s.SetGlobal("print")
		s.Unref(oldPrint)
	}()
	s.PushFunction(func(s *lua.State) int {
		var b []byte
		for i := 1; i <= s.GetTop(); i++ {
			if i > 1 {
				b = append(b, '\t')
			}
			s.GetGlobal("tostring")
			s.PushValue(i)
			if err := s.PCall(1, 1); err != nil {
				return s.ErrorOf(err)
			}
			v, ok := s.ToString(-1)
			if !ok {
				return s.Errorf("'tostring' must return a string to 'print'")
			}
			b = append(b, v...)
			s.Pop(1)
		}
		b = append(b, '\n')
		if _, err := w.Write(b); err != nil {
			return s.ErrorOf(err)
		}
		return 0
	})
	s.SetGlobal("print")
	const fn = "rspamadm_execute_lua_ucl_subr"
	if err := s.Require("plugins_stats"); err != nil {
		rt.Log().Logf(logger.LevelCritical, "", "", false, fn, "cannot execute lua script %s: %s", `return require "plugins_stats"`, lua.ErrorMessage(err))
		return err
	}
	if s.IsTable(-1) {
		s.GetField(-1, "handler")
	}
	if !s.IsFunction(-1) {
		err := fmt.Errorf("lua script must return function and not %s", s.TypeName(-1))
		rt.Log().Log(logger.LevelCritical, "", "", false, fn, err.Error())
		return err
	}
	s.NewTable(len(args), 0)
	for i, a := range args {
		if i == 0 {
			continue
		}
		s.PushString(a)
		s.RawSetInt(-2, i)
	}
	rt.PushUCL(s, c.Cfg.UCL, true)
	if err := s.PCall(2, 0); err != nil {
		rt.Log().Log(logger.LevelCritical, "", "", false, fn, lua.ErrorDetailed(err))
		return err
	}
	return nil
}
