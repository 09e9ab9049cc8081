package plugins

import (
	"strings"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/expr"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/mimeexpr"
	"github.com/gorspamd/rspamd/internal/symcache"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// RegexpRule is one rule of the regexp module: an expression, or a Lua
// function (the rule's value).
type RegexpRule struct {
	Symbol string
	Expr   *expr.Expr
	// Lua is the function of a Lua rule (the UCL value holding it).
	Lua       any
	ExprFlags expr.Flags
}

// Regexp is the context of the regexp module (upstream's
// plugins/regexp.c): the rules of the regexp section, which
// rules/regexp/*.lua fill through the config['regexp'] table.
type Regexp struct {
	MaxSize int64
	Rules   []*RegexpRule
}

// expressionFlags reads a rule's expression_flags (a name or a list).
func (l *loader) expressionFlags(v *ucl.Object) expr.Flags {
	var flags expr.Flags
	add := func(name string) {
		if name == "noopt" {
			flags |= expr.NoOpt
		} else {
			l.rt.Log().Logf(logger.LevelWarning, "", "", false, "parse_expression_flags", "unknown expression flag: %s", name)
		}
	}
	switch {
	case v == nil:
	case v.Type() == ucl.TypeArray:
		for cur := range v.All() {
			if cur.Type() == ucl.TypeString {
				add(cur.Str())
			}
		}
	case v.Type() == ucl.TypeString:
		add(v.Str())
	}
	return flags
}

// parseRuleExpression parses a rule's expression; failures are logged.
func (l *loader) parseRuleExpression(rule *RegexpRule, line string, obj *ucl.Object, flags expr.Flags) bool {
	const fn = "read_regexp_expression"
	logAt := func(level logger.Level) func(string, ...any) {
		return func(format string, args ...any) { l.logf(level, "rspamd_mime_expr_parse_regexp_atom", format, args...) }
	}
	env := mimeexpr.Env{
		Cache: l.c.Regexps,
		Rule:  obj,
		IsGlobalFunction: func(name string) bool {
			s := l.rt.L
			defer s.Pop(1)
			return s.GetGlobal(name) == lua.TypeFunction
		},
		Warnf:  logAt(logger.LevelWarning),
		Errorf: logAt(logger.LevelCritical),
		Infof:  logAt(logger.LevelInfo),
	}
	e, err := mimeexpr.Parse(line, env)
	if err != nil {
		l.logf(logger.LevelWarning, fn, "%s = \"%s\" is invalid regexp expression: %s", rule.Symbol, line, err.Error())
		return false
	}
	rule.Expr = e
	rule.ExprFlags = flags
	return true
}

// configRegexp registers the rules of the regexp section: expressions
// and Lua functions, with their scores, groups and conditions.
func (l *loader) configRegexp(strict bool) bool {
	const fn = "regexp_module_config"
	m := &Regexp{}
	l.modules().Regexp = m
	if !l.isModuleEnabled("regexp") {
		return true
	}
	sec := l.cfg.UCL.Lookup("regexp")
	if sec == nil {
		l.logf(logger.LevelCritical, fn, "regexp module enabled, but no rules are defined")
		return true
	}
	nre, nlua := 0, 0
	nshots := l.cfg.DefaultMaxShots
	// cur outlives each rule as upstream's variable does: an object rule
	// with neither callback nor expression reuses the previous rule
	var cur *RegexpRule
	add := func(r *RegexpRule, flags symcache.Flags) {
		m.Rules = append(m.Rules, r)
		l.c.Cache.AddSymbol(r.Symbol, 0, &Handler{Module: "regexp", Name: "rule", Data: r}, flags, -1)
	}
	for value := range sec.All() {
		key := value.Key()
		switch {
		case hasPrefixFold(key, "max_size"):
			m.MaxSize = value.Int()
			l.c.Regexps.SetLimitAll(uint(m.MaxSize))
		case hasPrefixFold(key, "max_threads"):
			l.logf(logger.LevelWarning, fn, "regexp module is now single threaded, max_threads is ignored")
		case value.Type() == ucl.TypeString:
			cur = &RegexpRule{Symbol: key}
			if !l.parseRuleExpression(cur, value.Str(), nil, 0) {
				if strict {
					return false
				}
				continue
			}
			add(cur, symcache.FlagNormal)
			nre++
		case value.Type() == ucl.TypeUserdata:
			cur = &RegexpRule{Symbol: key, Lua: value.Userdata()}
			add(cur, symcache.FlagNormal)
			nlua++
		case value.Type() == ucl.TypeObject:
			ok := l.regexpObjectRule(m, value, &cur, &nre, &nlua, &nshots, strict, add)
			if !ok {
				return false
			}
		default:
			l.logf(logger.LevelWarning, fn, "unknown type of attribute %s for regexp module", key)
		}
	}
	l.logf(logger.LevelInfo, fn, "init internal regexp module, %d regexp rules and %d lua rules are loaded", nre, nlua)
	return true
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// regexpObjectRule registers a rule given as an object (callback or
// expression, with its attributes); false fails the module in strict
// mode.
func (l *loader) regexpObjectRule(m *Regexp, value *ucl.Object, cur **RegexpRule, nre, nlua *int, nshots *int,
	strict bool, add func(*RegexpRule, symcache.Flags)) bool {
	const fn = "regexp_module_config"
	key := value.Key()
	if cb := value.Lookup("callback"); cb != nil && cb.Type() == ucl.TypeUserdata {
		*cur = &RegexpRule{Symbol: key, Lua: cb.Userdata()}
		*nlua++
	} else if re := value.LookupAny("regexp", "re"); re != nil && re.Type() == ucl.TypeString {
		*cur = &RegexpRule{Symbol: key}
		flags := l.expressionFlags(value.Lookup("expression_flags"))
		if l.parseRuleExpression(*cur, re.Str(), value, flags) {
			*nre++
		} else if strict {
			return false
		}
	} else {
		l.logf(logger.LevelCritical, fn, "no callback/expression defined for regexp symbol: %s", key)
	}
	rule := *cur
	if rule == nil {
		return true
	}
	bad := func(attr, what string) bool {
		l.logf(logger.LevelCritical, fn, "%s attribute is not %s for symbol: '%s'", attr, what, rule.Symbol)
		return !strict
	}
	flags := symcache.FlagNormal
	if v := value.Lookup("mime_only"); v != nil {
		if v.Type() != ucl.TypeBoolean {
			if !bad("mime_only", "boolean") {
				return false
			}
		} else if v.Bool() {
			flags |= symcache.FlagMimeOnly
		}
	}
	add(rule, flags)
	if v := value.Lookup("condition"); v != nil && v.Type() == ucl.TypeUserdata {
		l.c.Cache.AddCondition(rule.Symbol, l.rt.UCLFunctionRef(v))
	}
	var desc, group string
	if v := value.Lookup("description"); v != nil {
		desc = uclString(v)
	}
	if v := value.Lookup("group"); v != nil {
		group = uclString(v)
	}
	score := 0.0
	isNum := func(v *ucl.Object) bool { return v.Type() == ucl.TypeFloat || v.Type() == ucl.TypeInt }
	if v := value.Lookup("score"); v != nil {
		if !isNum(v) {
			if !bad("score", "numeric") {
				return false
			}
		} else {
			score, _ = v.AsFloat()
		}
	}
	for _, b := range []struct {
		key  string
		shot int
	}{{"one_shot", 1}, {"any_shot", -1}} {
		v := value.Lookup(b.key)
		if v == nil {
			continue
		}
		if v.Type() != ucl.TypeBoolean {
			if !bad(b.key, "boolean") {
				return false
			}
		} else if v.Bool() {
			*nshots = b.shot
		}
	}
	if v := value.Lookup("nshots"); v != nil {
		if !isNum(v) {
			if !bad("nshots", "numeric") {
				return false
			}
		} else {
			*nshots = int(v.Int())
		}
	}
	var symFlags cfg.SymbolFlags
	if v := value.Lookup("one_param"); v != nil {
		if v.Type() != ucl.TypeBoolean {
			if !bad("one_param", "boolean") {
				return false
			}
		} else if v.Bool() {
			symFlags |= cfg.SymbolOneParam
		}
	}
	var prio uint
	if v := value.Lookup("priority"); v != nil {
		if !isNum(v) {
			if !bad("priority", "numeric") {
				return false
			}
		} else {
			prio = uint(v.Int())
		}
	}
	l.cfg.AddSymbol(rule.Symbol, score, desc, group, symFlags, prio, *nshots)
	if v := value.Lookup("groups"); v != nil {
		for g := range v.Iterate(ucl.IterateBoth) {
			l.cfg.AddSymbolGroup(rule.Symbol, uclString(g))
		}
	}
	return true
}

// uclString is ucl_object_tostring: a string's value, "(null)" for other
// values as upstream prints a NULL string.
func uclString(v *ucl.Object) string {
	if s, ok := v.AsString(); ok {
		return s
	}
	return "(null)"
}
