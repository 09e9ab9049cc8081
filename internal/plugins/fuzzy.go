package plugins

import (
	"fmt"
	"math"
	"strings"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/maps"
	"github.com/gorspamd/rspamd/internal/symcache"
	"github.com/gorspamd/rspamd/internal/ucl"
	"github.com/gorspamd/rspamd/internal/upstream"
)

// The defaults of the fuzzy_check module.
const (
	fuzzyDefaultSymbol      = "R_FUZZY_HASH"
	fuzzyDefaultPort        = 11335
	fuzzyDefaultHeaders     = "Subject,Content-Type,Reply-To,X-Mailer"
	fuzzySymbolForbidden    = "FUZZY_FORBIDDEN"
	fuzzySymbolRatelimited  = "FUZZY_RATELIMITED"
	fuzzySymbolEncRequired  = "FUZZY_ENCRYPTION_REQUIRED"
	fuzzyDefaultIOTimeout   = 1.0
	fuzzyDefaultRetransmits = 3
	fuzzyDefaultMaxErrors   = 4
	fuzzyDefaultReviveTime  = 60
)

// FuzzyMapping is a flag of a fuzzy storage with its symbol.
type FuzzyMapping struct {
	Symbol string
	Flag   int64
	Weight float64
}

// FuzzyRule is one fuzzy storage rule.
type FuzzyRule struct {
	Name, Symbol, Algorithm string
	Mode                    string
	Headers                 []string
	HitsLimit               float64
	Retransmits             int64
	Timeout                 float64
	SkipUnknown, NoShare    bool
	NoSubject               bool
	TCP, TCPAuto            bool
	TCPThreshold, TCPWindow float64
	TCPTimeout, TCPRetry    float64
	ReadServers             *upstream.List
	WriteServers            *upstream.List
	Mappings                []*FuzzyMapping
	SkipHashes              *maps.Map
	PeerKey, ReadPeerKey    *cryptobox.PublicKey
	WritePeerKey            *cryptobox.PublicKey
	HashKey, ShinglesKey    []byte
	LearnCondition          lua.Ref
	WeightThreshold         float64
	ProbPower, ProbBias     float64
	TextHashes, HTML        bool
	MinHTMLTags             int64
	HTMLWeight              float64
	HTMLIgnoreDomains       bool
	// LuaID is what lua_fuzzy.process_rule returned for the rule.
	LuaID float64
	UCL   *ucl.Object
}

// Fuzzy is the context of the fuzzy_check module (upstream's
// plugins/fuzzy_check.c).
type Fuzzy struct {
	Enabled                 bool
	DefaultSymbol           string
	Timeout                 float64
	Retransmits, MaxErrors  int64
	ReviveTime              float64
	Whitelist               *maps.Map
	Rules                   []*FuzzyRule
	ProcessRule, CheckMime  lua.Ref
	CleanupRules            lua.Ref
	writableFlags           map[int64]string
	writableFlagsRegistered bool
}

// fuzzyLuaFunctions are the functions upstream exports as
// rspamd_plugins.fuzzy_check.
var fuzzyLuaFunctions = []string{"unlearn", "learn", "gen_hashes", "hex_hashes", "list_storages", "ping_storage", "check"}

// requireLuaFuzzy takes the functions of lua_fuzzy the module calls.
func (l *loader) requireLuaFuzzy(m *Fuzzy) {
	const fn = "fuzzy_check_module_config"
	s := l.rt.L
	top := s.GetTop()
	defer s.SetTop(top)
	if err := s.Require("lua_fuzzy"); err != nil {
		l.logf(logger.LevelCritical, fn, "cannot require lua_fuzzy: %s", lua.ErrorMessage(err))
		m.Enabled = false
		return
	}
	if !s.IsTable(-1) {
		l.logf(logger.LevelCritical, fn, "lua fuzzy must return table and not %s", s.TypeName(-1))
		m.Enabled = false
		return
	}
	for _, f := range []struct {
		name string
		dst  *lua.Ref
	}{{"process_rule", &m.ProcessRule}, {"check_mime_part", &m.CheckMime}, {"cleanup_rules", &m.CleanupRules}} {
		if s.GetField(-1, f.name) != lua.TypeFunction {
			l.logf(logger.LevelCritical, fn, "%s must return function and not %s", f.name, s.TypeName(-1))
			s.Pop(1)
			m.Enabled = false
			continue
		}
		*f.dst = s.Ref()
	}
}

// configFuzzy reads the fuzzy_check section and registers FUZZY_CALLBACK
// with the symbols of its rules.
func (l *loader) configFuzzy(bool) bool {
	const fn = "fuzzy_check_module_config"
	m := &Fuzzy{ProcessRule: lua.NoRef, CheckMime: lua.NoRef, CleanupRules: lua.NoRef}
	l.modules().Fuzzy = m
	if !l.isModuleEnabled("fuzzy_check") {
		return true
	}
	m.Enabled = true
	l.requireLuaFuzzy(m)
	if !m.Enabled {
		return true
	}
	m.DefaultSymbol = fuzzyDefaultSymbol
	if v := l.moduleOpt("fuzzy_check", "symbol"); v != nil {
		m.DefaultSymbol, _ = v.AsString()
	}
	m.Timeout = optFloat(l.moduleOpt("fuzzy_check", "timeout"), fuzzyDefaultIOTimeout)
	m.Retransmits = optInt(l.moduleOpt("fuzzy_check", "retransmits"), fuzzyDefaultRetransmits)
	m.MaxErrors = optInt(l.moduleOpt("fuzzy_check", "max_errors"), fuzzyDefaultMaxErrors)
	m.ReviveTime = optFloat(l.moduleOpt("fuzzy_check", "revive_time"), fuzzyDefaultReviveTime)
	if v := l.moduleOpt("fuzzy_check", "whitelist"); v != nil {
		m.Whitelist, _ = l.rt.RadixFromUCL(l.c, v, "Fuzzy whitelist", "fuzzy ip whitelist")
	}
	nrules := 0
	if rules := l.moduleOpt("fuzzy_check", "rule"); rules != nil {
		cache := l.c.Cache
		cb := cache.AddSymbol("FUZZY_CALLBACK", 0, &Handler{Module: "fuzzy_check", Name: "check", Data: m},
			symcache.FlagCallback|symcache.FlagFine, -1)
		l.cfg.AddSymbol("FUZZY_CALLBACK", 0, "Fuzzy check callback", "fuzzy", cfg.SymbolIgnoreMetric, 1, 1)
		for _, meta := range []struct{ sym, desc string }{
			{fuzzySymbolForbidden, "Fuzzy access denied"},
			{fuzzySymbolRatelimited, "Fuzzy rate limit is reached"},
			{fuzzySymbolEncRequired, "Fuzzy encryption is required by a server"},
		} {
			cache.AddSymbol(meta.sym, 0, nil, symcache.FlagVirtual, cb)
			l.cfg.AddSymbol(meta.sym, 0, meta.desc, "fuzzy", 0, 1, 1)
		}
		m.writableFlags = map[int64]string{}
		m.writableFlagsRegistered = true
		for _, cur := range rules.Values() {
			if cur.LookupAny("servers", "read_servers", "write_servers") != nil {
				l.parseFuzzyRule(m, cur, "", cb)
				nrules++
				continue
			}
			for elt := range cur.All() {
				l.parseFuzzyRule(m, elt, elt.Key(), cb)
				nrules++
			}
		}
		cache.AddDelayedDependency("FUZZY_CALLBACK", "MIME_TYPES_CALLBACK", false)
		for _, r := range m.Rules {
			if !r.NoShare && r.encrypted() {
				for _, dep := range []string{"SPF_CHECK", "DKIM_CHECK", "DMARC_CHECK", "HFILTER_CHECK"} {
					cache.AddDelayedDependency("FUZZY_CALLBACK", dep, false)
				}
				break
			}
		}
	}
	l.logf(logger.LevelInfo, fn, "init internal fuzzy_check module, %d rules loaded", nrules)
	l.exportLua("fuzzy_check", fuzzyLuaFunctions)
	return true
}

func optFloat(v *ucl.Object, def float64) float64 {
	if v == nil {
		return def
	}
	f, _ := v.AsFloat()
	return f
}

func optInt(v *ucl.Object, def int64) int64 {
	if v == nil {
		return def
	}
	return v.Int()
}

// uclLines are the strings of a value (an array's, every value's of a
// repeated option).
func uclLines(obj *ucl.Object) []string {
	var out []string
	for _, cur := range obj.Values() {
		if cur.Type() == ucl.TypeArray {
			for elt := range cur.All() {
				out = append(out, elt.Str())
			}
			continue
		}
		out = append(out, cur.Str())
	}
	return out
}

// fuzzyServers makes a list of fuzzy storages.
func (l *loader) fuzzyServers(m *Fuzzy, v *ucl.Object) (*upstream.List, bool) {
	list := upstream.NewList(l.c.Upstreams)
	list.SetLimits(m.ReviveTime, math.NaN(), math.NaN(), math.NaN(), uint(m.MaxErrors), 0)
	return list, list.ParseLines(uclLines(v), fuzzyDefaultPort, nil)
}

// parseFuzzyRule reads one rule (fuzzy_parse_rule); problems are logged.
func (l *loader) parseFuzzyRule(m *Fuzzy, obj *ucl.Object, name string, cb int) {
	const fn = "fuzzy_parse_rule"
	if obj.Type() != ucl.TypeObject {
		l.logf(logger.LevelCritical, fn, "invalid rule definition")
		return
	}
	if v := obj.LookupAny("enabled", "enable"); v != nil && !v.Bool() {
		l.logf(logger.LevelInfo, fn, "fuzzy rule %s is disabled by configuration", name)
		return
	}
	r := &FuzzyRule{Symbol: m.DefaultSymbol, Mode: "read_write", UCL: obj, LearnCondition: lua.NoRef,
		Algorithm: "sip", WeightThreshold: math.NaN(), ProbBias: 0.5, ProbPower: 1, HTMLWeight: 1,
		TextHashes: true, MinHTMLTags: 10, TCPThreshold: 1, TCPWindow: 1, TCPTimeout: 5, TCPRetry: 10}
	shown := name
	if shown == "" {
		shown = "default"
	}
	l.cfg.Logf(logger.LevelDebug, fn, "parsing fuzzy rule '%s'", shown)
	if v := obj.Lookup("skip_hashes"); v != nil {
		r.SkipHashes = l.rt.Maps(l.c).Add(v, "Fuzzy hashes whitelist", maps.KindHash)
	}
	if v := obj.Lookup("headers"); v != nil {
		for _, line := range uclLines(v) {
			r.Headers = append(r.Headers, fuzzyHeaders(line)...)
		}
	} else {
		r.Headers = fuzzyHeaders(fuzzyDefaultHeaders)
	}
	if v := obj.LookupAny("hits_limit", "max_score"); v != nil {
		r.HitsLimit, _ = v.AsFloat()
	}
	r.Retransmits = optInt(obj.Lookup("retransmits"), m.Retransmits)
	r.Timeout = optFloat(obj.Lookup("timeout"), m.Timeout)
	if v := obj.Lookup("symbol"); v != nil {
		r.Symbol, _ = v.AsString()
	}
	r.Name = name
	if name == "" {
		r.Name = r.Symbol
	}
	if v := obj.Lookup("read_only"); v != nil && v.Bool() {
		r.Mode = "read_only"
	}
	if v := obj.Lookup("mode"); v != nil {
		switch mode := strings.ToLower(v.Str()); mode {
		case "read_only", "write_only", "read_write":
			r.Mode = mode
		default:
			l.logf(logger.LevelWarning, fn, "unknown mode: %s, use read_write by default", v.Str())
			r.Mode = "read_write"
		}
	}
	r.SkipUnknown = obj.Lookup("skip_unknown").Bool()
	r.NoShare = obj.Lookup("no_share").Bool()
	r.NoSubject = obj.Lookup("no_subject").Bool()
	l.fuzzyTCP(r, obj.Lookup("tcp"))
	if v := obj.Lookup("algorithm"); v != nil {
		switch alg := strings.ToLower(v.Str()); alg {
		case "old", "siphash":
		case "xxhash":
			r.Algorithm = "xx"
		case "mumhash":
			r.Algorithm = "mum"
		case "fasthash", "fast":
			r.Algorithm = "fast"
		default:
			l.logf(logger.LevelWarning, fn, "unknown algorithm: %s, use siphash by default", v.Str())
		}
	}
	if v := obj.Lookup("servers"); v != nil {
		list, ok := l.fuzzyServers(m, v)
		if !ok {
			l.logf(logger.LevelCritical, fn, "cannot read servers definition")
			return
		}
		r.ReadServers, r.WriteServers = list, list
	} else {
		for _, s := range []struct {
			key string
			dst **upstream.List
		}{{"read_servers", &r.ReadServers}, {"write_servers", &r.WriteServers}} {
			v := obj.Lookup(s.key)
			if v == nil {
				continue
			}
			list, ok := l.fuzzyServers(m, v)
			if !ok {
				l.logf(logger.LevelCritical, fn, "cannot read %s definition", s.key)
				return
			}
			*s.dst = list
		}
		if r.ReadServers == nil {
			r.ReadServers = r.WriteServers
		}
		if r.WriteServers == nil {
			r.WriteServers = r.ReadServers
		}
	}
	if v := obj.Lookup("fuzzy_map"); v != nil {
		for elt := range v.All() {
			l.fuzzyFlag(r, elt, cb)
		}
	}
	if !l.fuzzyKeys(r, obj, name) {
		return
	}
	l.fuzzyLearnCondition(r, obj)
	keyStr := "rspamd"
	if v := obj.Lookup("fuzzy_key"); v != nil {
		if s, ok := v.AsString(); ok {
			keyStr = s
		}
	}
	h := cryptobox.Hash([]byte(keyStr))
	r.HashKey = h[:32]
	shStr := "rspamd"
	if v := obj.Lookup("fuzzy_shingles_key"); v != nil {
		if s, ok := v.AsString(); ok {
			shStr = s
		}
	}
	sh := cryptobox.Hash([]byte(shStr))
	r.ShinglesKey = sh[:16]
	if r.ReadServers == nil || r.ReadServers.CountTotal() == 0 {
		l.logf(logger.LevelCritical, fn, "no servers defined for fuzzy rule with name: %s", r.Name)
		return
	}
	m.Rules = append(m.Rules, r)
	if r.Symbol != m.DefaultSymbol {
		vid := l.c.Cache.AddSymbol(r.Symbol, 0, nil, symcache.FlagVirtual|symcache.FlagFine, cb)
		if r.Timeout > 0 {
			l.c.Cache.AddAugmentation(vid, "timeout", fmt.Sprintf("%f", r.Timeout))
		}
	}
	l.logf(logger.LevelInfo, fn, "added fuzzy rule %s, key: %s, shingles_key: %s, algorithm: %s",
		r.Symbol, encoding.EncodeHex(r.HashKey[:6]), encoding.EncodeHex(r.ShinglesKey[:6]), r.Algorithm)
	l.fuzzyOptions(r, obj)
	l.fuzzyProcessRule(m, r, obj)
	l.fuzzyWritableFlags(m, r)
}

// fuzzyHeaders splits a comma-separated list of header names.
func fuzzyHeaders(s string) []string {
	var out []string
	for _, h := range strings.Split(s, ",") {
		out = append(out, strings.TrimSpace(h))
	}
	return out
}

// fuzzyTCP reads a rule's TCP options (a boolean or an object).
func (l *loader) fuzzyTCP(r *FuzzyRule, v *ucl.Object) {
	switch {
	case v == nil:
	case v.Type() == ucl.TypeBoolean:
		r.TCP = v.Bool()
	case v.Type() == ucl.TypeObject:
		r.TCP = v.Lookup("enabled").Bool()
		r.TCPAuto = v.Lookup("auto").Bool()
		r.TCPThreshold = optFloat(v.Lookup("threshold"), 1)
		r.TCPWindow = optFloat(v.Lookup("window"), 1)
		r.TCPTimeout = optFloat(v.Lookup("timeout"), 5)
		r.TCPRetry = optFloat(v.Lookup("retry_delay"), 10)
	}
	const fn = "fuzzy_parse_rule"
	switch {
	case r.TCP:
		l.cfg.Logf(logger.LevelDebug, fn, "rule %s: TCP explicitly enabled (timeout=%.1fs)", r.Name, r.TCPTimeout)
	case r.TCPAuto:
		l.cfg.Logf(logger.LevelDebug, fn, "rule %s: TCP auto-switch enabled (threshold=%.2f req/s, window=%.1fs)", r.Name, r.TCPThreshold, r.TCPWindow)
	default:
		l.cfg.Logf(logger.LevelDebug, fn, "rule %s: TCP disabled (using UDP only)", r.Name)
	}
}

// fuzzyFlag reads one fuzzy_map entry and registers its symbol.
func (l *loader) fuzzyFlag(r *FuzzyRule, v *ucl.Object, cb int) {
	const fn = "parse_flags"
	switch v.Type() {
	case ucl.TypeString:
		l.logf(logger.LevelCritical, fn, "string mappings are deprecated and no longer supported, use new style configuration")
	case ucl.TypeObject:
		sym := v.Key()
		if s := v.Lookup("symbol"); s != nil {
			if str, ok := s.AsString(); ok {
				sym = str
			}
		}
		flag := v.Lookup("flag")
		if flag == nil {
			l.logf(logger.LevelCritical, fn, "fuzzy_map parameter has no flag definition")
			return
		}
		mp := &FuzzyMapping{Symbol: sym, Flag: flag.Int(), Weight: r.HitsLimit}
		if w := v.LookupAny("hits_limit", "max_score"); w != nil {
			mp.Weight, _ = w.AsFloat()
		}
		r.Mappings = append(r.Mappings, mp)
		l.c.Cache.AddSymbol(sym, 0, nil, symcache.FlagVirtual|symcache.FlagFine, cb)
	default:
		l.logf(logger.LevelCritical, fn, "fuzzy_map parameter is of an unsupported type")
	}
}

// fuzzyKeys reads the rule's encryption keys; a bad one drops the rule.
func (l *loader) fuzzyKeys(r *FuzzyRule, obj *ucl.Object, name string) bool {
	const fn = "fuzzy_parse_rule"
	for _, k := range []struct {
		key, what string
		dst       **cryptobox.PublicKey
	}{{"encryption_key", "encryption key", &r.PeerKey}, {"read_encryption_key", "read_encryption_key", &r.ReadPeerKey},
		{"write_encryption_key", "write_encryption_key", &r.WritePeerKey}} {
		v := obj.Lookup(k.key)
		if v == nil {
			continue
		}
		str, _ := v.AsString()
		pk, err := cryptobox.PublicKeyFromBase32(str, cryptobox.KEX)
		if err != nil {
			if str == "" {
				str = "(null)"
			}
			l.logf(logger.LevelCritical, fn, "bad %s value: %s", k.what, str)
			return false
		}
		*k.dst = pk
	}
	if r.ReadPeerKey == nil {
		r.ReadPeerKey = r.PeerKey
	}
	if r.WritePeerKey == nil {
		r.WritePeerKey = r.PeerKey
	}
	if r.ReadPeerKey == nil && r.WritePeerKey != nil {
		r.ReadPeerKey = r.WritePeerKey
	}
	if r.WritePeerKey == nil && r.ReadPeerKey != nil {
		r.WritePeerKey = r.ReadPeerKey
	}
	return true
}

// fuzzyLearnCondition runs the rule's learn_condition script, which must
// return a function.
func (l *loader) fuzzyLearnCondition(r *FuzzyRule, obj *ucl.Object) {
	const fn = "fuzzy_parse_rule"
	v := obj.Lookup("learn_condition")
	if v == nil {
		return
	}
	script, ok := v.AsString()
	if !ok {
		return
	}
	s := l.rt.L
	top := s.GetTop()
	defer s.SetTop(top)
	if err := s.Load(script, script); err == nil {
		err = s.PCall(0, 1)
		if err != nil {
			l.logf(logger.LevelCritical, fn, "cannot execute lua script for fuzzy learn condition: %s", lua.ErrorMessage(err))
			return
		}
	} else {
		l.logf(logger.LevelCritical, fn, "cannot execute lua script for fuzzy learn condition: %s", lua.ErrorMessage(err))
		return
	}
	if !s.IsFunction(-1) {
		l.logf(logger.LevelCritical, fn, "lua script must return function(task) and not %s", s.TypeName(-1))
		return
	}
	r.LearnCondition = s.Ref()
	l.logf(logger.LevelInfo, fn, "loaded learn condition script for fuzzy rule: %s", r.Name)
}

// fuzzyOptions reads the options following the rule's registration.
func (l *loader) fuzzyOptions(r *FuzzyRule, obj *ucl.Object) {
	const fn = "fuzzy_parse_rule"
	if v := obj.Lookup("weight_threshold"); v != nil {
		r.WeightThreshold, _ = v.AsFloat()
	}
	if v := obj.Lookup("prob_power"); v != nil {
		if r.ProbPower, _ = v.AsFloat(); !(r.ProbPower > 0) {
			l.logf(logger.LevelWarning, fn, "prob_power must be positive in rule %s, using the default 1.0", r.Name)
			r.ProbPower = 1
		}
	}
	if v := obj.Lookup("prob_bias"); v != nil {
		if r.ProbBias, _ = v.AsFloat(); r.ProbBias < 0 || r.ProbBias >= 1 {
			l.logf(logger.LevelWarning, fn, "prob_bias must be in [0, 1) in rule %s, using the default 0.5", r.Name)
			r.ProbBias = 0.5
		}
	}
	if v := obj.Lookup("text_hashes"); v != nil {
		r.TextHashes = v.Bool()
	}
	if v := obj.Lookup("html_shingles"); v != nil {
		r.HTML = v.Bool()
	}
	if v := obj.Lookup("min_html_tags"); v != nil {
		r.MinHTMLTags = v.Int()
	}
	if v := obj.Lookup("html_weight"); v != nil {
		r.HTMLWeight, _ = v.AsFloat()
	}
	if v := obj.Lookup("checks"); v != nil {
		l.fuzzyChecks(r, v)
	}
}

// fuzzyChecks reads the rule's checks object (text and html hashes).
func (l *loader) fuzzyChecks(r *FuzzyRule, checks *ucl.Object) {
	const fn = "fuzzy_rule_apply_checks"
	if checks.Type() != ucl.TypeObject {
		l.logf(logger.LevelWarning, fn, "checks parameter for fuzzy rule %s must be an object", r.Name)
		return
	}
	for cur := range checks.All() {
		name := cur.Key()
		if cur.Type() != ucl.TypeObject {
			l.logf(logger.LevelWarning, fn, "check %s in fuzzy rule %s must be an object", name, r.Name)
			continue
		}
		switch strings.ToLower(name) {
		case "text":
			r.TextHashes = true
			if v := cur.Lookup("enabled"); v != nil {
				r.TextHashes = v.Bool()
			}
			if v := cur.Lookup("no_subject"); v != nil {
				r.NoSubject = v.Bool()
			}
		case "html":
			r.HTML = true
			if v := cur.Lookup("enabled"); v != nil {
				r.HTML = v.Bool()
			}
			if v := cur.LookupAny("min_html_tags", "min_tags"); v != nil {
				r.MinHTMLTags = v.Int()
			}
			if v := cur.LookupAny("html_weight", "weight"); v != nil {
				r.HTMLWeight, _ = v.AsFloat()
			}
			if v := cur.Lookup("ignore_link_domains"); v != nil {
				r.HTMLIgnoreDomains = v.Bool()
			}
		case "images", "image", "archives", "archive":
		default:
			l.logf(logger.LevelWarning, fn, "unknown check type '%s' in fuzzy rule %s", name, r.Name)
		}
	}
}

// fuzzyProcessRule hands the rule to lua_fuzzy.process_rule.
func (l *loader) fuzzyProcessRule(m *Fuzzy, r *FuzzyRule, obj *ucl.Object) {
	s := l.rt.L
	top := s.GetTop()
	defer s.SetTop(top)
	r.LuaID = -1
	s.PushRef(m.ProcessRule)
	l.rt.PushUCL(s, obj, true)
	if err := s.PCall(1, 1); err != nil {
		l.logf(logger.LevelCritical, "fuzzy_parse_rule", "call to process_rule lua script failed (%d): %s", 2, lua.ErrorDetailed(err))
		return
	}
	r.LuaID = s.ToNumber(-1)
}

// fuzzyWritableFlags warns when a flag is written by two writable rules.
func (l *loader) fuzzyWritableFlags(m *Fuzzy, r *FuzzyRule) {
	if r.Mode == "read_only" || !m.writableFlagsRegistered {
		return
	}
	name := r.Name
	if name == "" {
		name = "(unnamed)"
	}
	for _, mp := range r.Mappings {
		if existing, ok := m.writableFlags[mp.Flag]; ok {
			l.logf(logger.LevelWarning, "fuzzy_parse_rule",
				"fuzzy flag %d is used by both writable rules '%s' and '%s'; write operations will be sent to all matching rules — use unique flags or set `read_only = true` on rules that should not receive writes",
				mp.Flag, existing, name)
			continue
		}
		m.writableFlags[mp.Flag] = name
	}
}

// encrypted reports whether the rule talks to its storages encrypted.
func (r *FuzzyRule) encrypted() bool {
	return r.PeerKey != nil || r.ReadPeerKey != nil || r.WritePeerKey != nil
}
