package plugins

import (
	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/maps"
	"github.com/gorspamd/rspamd/internal/symcache"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// DKIM is the context of the DKIM check module (upstream's
// plugins/dkim_check.c).
type DKIM struct {
	SymbolReject, SymbolTempfail, SymbolAllow, SymbolNA, SymbolPermfail string
	CheckLocal, CheckAuthed, TrustedOnly                                bool
	CacheSize, SignCacheSize                                            int64
	TimeJitter                                                          float64
	MaxSigs                                                             int64
	StrictMultiplier                                                    int64
	// Whitelist are the addresses not checked; Domains the domains
	// checked (or trusted).
	Whitelist, Domains *maps.Map
	// SignHeaders are the headers signed (dkim_signing's or dkim's), and
	// ARCSignHeaders arc's.
	SignHeaders, ARCSignHeaders string
}

// dkimLuaFunctions are the functions upstream exports as
// rspamd_plugins.dkim for the dkim_signing and arc plugins.
var dkimLuaFunctions = []string{"sign", "verify", "canon_header_relaxed", "load_sign_key", "sign_key_get_alg", "sign_digest"}

// taskOnly is a module function that only works on tasks, which this
// build does not scan yet.
func taskOnly(name string) lua.Function {
	return func(s *lua.State) int {
		return s.Errorf("%s: not available in this build yet", name)
	}
}

// exportLua sets rspamd_plugins[module] to a table of functions.
func (l *loader) exportLua(module string, names []string) {
	s := l.rt.L
	top := s.GetTop()
	defer s.SetTop(top)
	if s.GetGlobal("rspamd_plugins") != lua.TypeTable {
		return
	}
	s.NewTable(0, len(names))
	for _, n := range names {
		s.PushFunction(taskOnly(module + "." + n))
		s.SetField(-2, n)
	}
	s.SetField(-2, module)
}

// moduleBool reads a boolean option of the module, or of options.
func (l *loader) moduleBool(module, opt string) bool {
	v := l.moduleOpt(module, opt)
	if v == nil {
		v = l.moduleOpt("options", opt)
	}
	return v != nil && v.Bool()
}

// configDKIM reads the dkim section and registers DKIM_CHECK with its
// virtual result symbols.
func (l *loader) configDKIM(strict bool) bool {
	const fn = "dkim_module_config"
	l.exportLua("dkim", dkimLuaFunctions)
	m := &DKIM{SymbolReject: "R_DKIM_REJECT", SymbolTempfail: "R_DKIM_TEMPFAIL", SymbolAllow: "R_DKIM_ALLOW",
		SymbolNA: "R_DKIM_NA", SymbolPermfail: "R_DKIM_PERMFAIL", CacheSize: 2048, SignCacheSize: 128,
		TimeJitter: 60, StrictMultiplier: 1}
	l.modules().DKIM = m
	m.CheckLocal = l.moduleBool("dkim", "check_local")
	m.CheckAuthed = l.moduleBool("dkim", "check_authed")
	for _, o := range []struct {
		key string
		dst *string
	}{{"symbol_reject", &m.SymbolReject}, {"symbol_tempfail", &m.SymbolTempfail}, {"symbol_allow", &m.SymbolAllow},
		{"symbol_na", &m.SymbolNA}, {"symbol_permfail", &m.SymbolPermfail}} {
		if v := l.moduleOpt("dkim", o.key); v != nil {
			*o.dst, _ = v.AsString()
		}
	}
	for _, o := range []struct {
		key string
		dst *int64
	}{{"dkim_cache_size", &m.CacheSize}, {"sign_cache_size", &m.SignCacheSize}, {"max_sigs", &m.MaxSigs}} {
		if v := l.moduleOpt("dkim", o.key); v != nil {
			*o.dst = v.Int()
		}
	}
	if v := l.moduleOpt("dkim", "time_jitter"); v != nil {
		m.TimeJitter, _ = v.AsFloat()
	}
	if v := l.moduleOpt("dkim", "whitelist"); v != nil {
		m.Whitelist, _ = l.rt.RadixFromUCL(l.c, v, "DKIM whitelist", "dkim whitelist")
	}
	trusted := false
	if v := l.moduleOpt("dkim", "domains"); v != nil {
		if m.Domains = l.rt.Maps(l.c).Add(v, "DKIM domains", maps.KindHash); m.Domains == nil {
			l.logf(logger.LevelWarning, fn, "cannot load dkim domains list from %s", uclString(v))
		} else {
			trusted = true
		}
	}
	if v := l.moduleOpt("dkim", "trusted_domains"); !trusted && v != nil {
		if m.Domains = l.rt.Maps(l.c).Add(v, "DKIM domains", maps.KindHash); m.Domains == nil {
			l.logf(logger.LevelWarning, fn, "cannot load dkim domains list from %s", uclString(v))
			if strict {
				return false
			}
		} else {
			trusted = true
		}
	}
	if v := l.moduleOpt("dkim", "strict_multiplier"); v != nil {
		m.StrictMultiplier = v.Int()
	}
	if v := l.moduleOpt("dkim", "trusted_only"); v != nil {
		m.TrustedOnly = v.Bool()
	}
	m.SignHeaders = l.signHeaders("dkim_signing", "dkim")
	if v := l.moduleOpt("arc", "sign_headers"); v != nil {
		if v.Type() != ucl.TypeString {
			l.logf(logger.LevelCritical, fn, "sign_headers in arc must be a colon-delimited string, got %s", v.Type().String())
		} else {
			m.ARCSignHeaders = v.Str()
		}
	}
	if m.TrustedOnly && !trusted {
		l.logf(logger.LevelCritical, fn, "trusted_only option is set and no trusted domains are defined")
		return !strict
	}
	if !l.isModuleEnabled("dkim") {
		return true
	}
	cache := l.c.Cache
	cb := cache.AddSymbol("DKIM_CHECK", 0, &Handler{Module: "dkim", Name: "check", Data: m}, symcache.FlagCallback, -1)
	l.cfg.AddSymbol("DKIM_CHECK", 0, "DKIM check callback", "policies", cfg.SymbolIgnoreMetric, 1, 1)
	l.cfg.AddSymbolGroup("DKIM_CHECK", "dkim")
	for _, sym := range []string{m.SymbolReject, m.SymbolNA, m.SymbolPermfail, m.SymbolTempfail, m.SymbolAllow} {
		cache.AddSymbol(sym, 0, nil, symcache.FlagVirtual|symcache.FlagFine, cb)
	}
	cache.AddSymbol("DKIM_TRACE", 0, nil, symcache.FlagVirtual|symcache.FlagNostat, cb)
	l.cfg.AddSymbol("DKIM_TRACE", 0, "DKIM trace symbol", "policies", cfg.SymbolIgnoreMetric, 1, 1)
	l.cfg.AddSymbolGroup("DKIM_TRACE", "dkim")
	l.logf(logger.LevelInfo, fn, "init internal dkim module")
	return true
}

// signHeaders reads sign_headers from the first of the modules that has
// it (a colon-separated string).
func (l *loader) signHeaders(modules ...string) string {
	for _, mod := range modules {
		v := l.moduleOpt(mod, "sign_headers")
		if v == nil {
			continue
		}
		if v.Type() != ucl.TypeString {
			l.logf(logger.LevelCritical, "dkim_module_config", "sign_headers in %s must be a colon-delimited string, got %s", mod, v.Type().String())
			return ""
		}
		return v.Str()
	}
	return ""
}
