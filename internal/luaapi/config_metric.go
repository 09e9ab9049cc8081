package luaapi

import (
	"math"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/symcache"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// The metric side of rspamd{config}: symbols' scores and groups, actions
// and composites.

func (rt *Runtime) configMetricMethods() []lua.Reg {
	getSymbol := func(s *lua.State) int {
		c := rt.configArg(s, 1)
		name := cconv.CString(s.CheckString(2))
		sym := c.Cfg.Symbols[name]
		if sym == nil {
			s.PushNil()
			return 1
		}
		rt.pushMetricSymbol(s, c, sym)
		return 1
	}
	getSymbols := func(s *lua.State) int {
		c := rt.configArg(s, 1)
		names := c.Cfg.SymbolNames()
		s.NewTable(0, len(names))
		for _, name := range names {
			rt.pushMetricSymbol(s, c, c.Cfg.Symbols[name])
			s.SetField(-2, name)
		}
		return 1
	}
	getAction := func(s *lua.State) int {
		c := rt.configArg(s, 1)
		act := c.Cfg.Actions.Get(cconv.CString(s.CheckString(2)))
		if act == nil || math.IsNaN(act.Threshold) {
			s.PushNil()
		} else {
			s.PushNumber(act.Threshold)
		}
		return 1
	}
	return []lua.Reg{
		{Name: "set_metric_symbol", Func: rt.configSetMetricSymbol},
		{Name: "set_symbol", Func: rt.configSetMetricSymbol},
		{Name: "set_metric_action", Func: rt.configSetMetricAction},
		{Name: "set_action", Func: rt.configSetMetricAction},
		{Name: "get_metric_symbol", Func: getSymbol},
		{Name: "get_symbol", Func: getSymbol},
		{Name: "get_metric_action", Func: getAction},
		{Name: "get_action", Func: getAction},
		{Name: "get_all_actions", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			s.NewTable(0, len(c.Cfg.Actions.List))
			for _, act := range c.Cfg.Actions.List {
				if !math.IsNaN(act.Threshold) {
					s.PushNumber(act.Threshold)
					s.SetField(-2, act.Name)
				}
			}
			return 1
		}},
		{Name: "get_symbols", Func: getSymbols},
		{Name: "get_symbols_scores", Func: getSymbols},
		{Name: "get_groups", Func: rt.configGetGroups},
		{Name: "get_group_symbols", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			g := c.Cfg.Group(cconv.CString(s.CheckString(2)))
			if g == nil {
				s.PushNil()
				return 1
			}
			pushStringArray(s, g.SymbolNames())
			return 1
		}},
		{Name: "add_composite", Func: rt.configAddComposite},
	}
}

// pushMetricSymbol pushes what get_symbol tells about a symbol: its score,
// description, metric flags (with the cache's flags and settings ids once
// the cache knows it), shots and groups.
func (rt *Runtime) pushMetricSymbol(s *lua.State, c *Config, sym *cfg.Symbol) {
	s.NewTable(0, 6)
	s.PushNumber(sym.Score)
	s.SetField(-2, "score")
	if sym.Description != "" {
		s.PushString(sym.Description)
		s.SetField(-2, "description")
	}
	s.NewTable(0, 3)
	for _, f := range []struct {
		bit  cfg.SymbolFlags
		name string
	}{{cfg.SymbolIgnoreMetric, "ignore"}, {cfg.SymbolOneParam, "oneparam"}, {cfg.SymbolUngrouped, "ungrouped"}, {cfg.SymbolDisabled, "disabled"}} {
		if sym.Flags&f.bit != 0 {
			s.PushBool(true)
			s.SetField(-2, f.name)
		}
	}
	if it := c.Cache.Connected(sym.Name); it != nil {
		for _, n := range it.Flags.LuaNames() {
			s.PushBool(true)
			s.SetField(-2, n)
		}
		for _, ids := range []struct {
			key  string
			list symcache.IDList
		}{{"allowed_ids", it.Allowed}, {"forbidden_ids", it.Forbidden}} {
			if len(ids.list) == 0 {
				continue
			}
			s.NewTable(len(ids.list), 0)
			for i, id := range ids.list {
				s.PushInteger(int64(id))
				s.RawSetInt(-2, i+1)
			}
			s.SetField(-2, ids.key)
		}
	}
	s.SetField(-2, "flags")
	s.PushInteger(int64(sym.NShots))
	s.SetField(-2, "nshots")
	if sym.Group != nil {
		s.PushString(sym.Group.Name)
		s.SetField(-2, "group")
	}
	s.NewTable(len(sym.Groups), 0)
	for i, g := range sym.Groups {
		s.PushString(g.Name)
		s.RawSetInt(-2, i+1)
	}
	s.SetField(-2, "groups")
}

// configSetMetricSymbol defines a symbol in the metric: from a table of
// attributes, or (name, score[, description[, metric[, group[,
// one_shot]]]]).
func (rt *Runtime) configSetMetricSymbol(s *lua.State) int {
	c := rt.configArg(s, 1)
	var name, desc, group, flagsStr optStr
	score, priority := math.NaN(), 0.0
	var oneShot, oneParam bool
	var nshots int64
	isTable := s.Type(2) == lua.TypeTable
	if isTable {
		err := rt.parseTableArgs(s, 2, argString("*name", &name), argNumber("score", &score, false),
			argString("description", &desc), argString("group", &group), argBool("one_shot", &oneShot),
			argBool("one_param", &oneParam), argNumber("priority", &priority, false),
			argString("flags", &flagsStr), argInt("nshots", &nshots))
		if err != nil {
			rt.cfgLogf(c, logger.LevelCritical, "lua_config_set_metric_symbol", "bad arguments: %s", err.Error())
			return 0
		}
	} else {
		name = optStr{s.CheckString(2), true}
		score = s.CheckNumber(3)
		top := s.GetTop()
		if top > 3 && s.Type(4) == lua.TypeString {
			desc = optStr{s.CheckString(4), true}
		}
		if top > 5 && s.Type(6) == lua.TypeString {
			group = optStr{s.CheckString(6), true}
		}
		if top > 6 && s.Type(7) == lua.TypeBoolean {
			oneShot = s.ToBool(7)
		}
	}
	if nshots == 0 {
		nshots = int64(c.Cfg.DefaultMaxShots)
	}
	if oneShot {
		nshots = 1
	}
	var flags cfg.SymbolFlags
	if oneParam {
		flags |= cfg.SymbolOneParam
	}
	if flagsStr.ok {
		if strings.Contains(flagsStr.s, "one_shot") {
			nshots = 1
		}
		if strings.Contains(flagsStr.s, "ignore") {
			flags |= cfg.SymbolIgnoreMetric
		}
		if strings.Contains(flagsStr.s, "one_param") {
			flags |= cfg.SymbolOneParam
		}
	}
	sym := cconv.CString(name.s)
	c.Cfg.AddSymbol(sym, score, cconv.CString(desc.s), cconv.CString(group.s), flags, uint(priority), int(nshots))
	if isTable {
		if s.GetField(2, "groups") == lua.TypeTable {
			gt := s.GetTop()
			s.PushNil()
			for s.Next(gt) {
				if !s.IsString(-1) {
					return s.Errorf("invalid groups element")
				}
				g, _ := s.ToString(-1)
				c.Cfg.AddSymbolGroup(sym, cconv.CString(g))
				s.Pop(1)
			}
		}
		s.Pop(1)
	}
	return 0
}

// configSetMetricAction sets an action's threshold: from {action=, score=,
// priority=}, or (name, definition table).
func (rt *Runtime) configSetMetricAction(s *lua.State) int {
	c := rt.configArg(s, 1)
	switch {
	case s.Type(2) == lua.TypeTable:
		var name optStr
		var threshold, priority float64
		err := rt.parseTableArgs(s, 2, argString("*action", &name), argNumber("score", &threshold, false),
			argNumber("priority", &priority, false))
		if err != nil {
			rt.cfgLogf(c, logger.LevelCritical, "lua_config_set_metric_action", "bad arguments: %s", err.Error())
			return 0
		}
		if !math.IsNaN(threshold) && threshold != 0 {
			obj := ucl.New(ucl.TypeObject)
			obj.InsertKey("score", ucl.NewFloat(threshold))
			obj.InsertKey("priority", ucl.NewFloat(priority))
			c.Cfg.SetActionScore(cconv.CString(name.s), obj)
		}
	case s.Type(2) == lua.TypeString && s.Type(3) == lua.TypeTable:
		name, _ := s.ToString(2)
		obj := rt.ToUCL(s, 3)
		if obj == nil {
			return s.Errorf("invalid second argument, table expected")
		}
		c.Cfg.SetActionScore(cconv.CString(name), obj)
	default:
		return s.Errorf("invalid arguments, table expected")
	}
	return 0
}

// configGetGroups lists the groups (only the public ones when asked, or
// when public_groups_only is set and nothing is asked).
func (rt *Runtime) configGetGroups(s *lua.State) int {
	c := rt.configArg(s, 1)
	private := !c.Cfg.PublicGroupsOnly
	if s.Type(2) == lua.TypeBoolean {
		private = s.ToBool(2)
	}
	names := c.Cfg.GroupNames()
	s.NewTable(0, len(names))
	for _, name := range names {
		g := c.Cfg.Group(name)
		if g == nil || !private && g.Flags&cfg.GroupPublic == 0 {
			continue
		}
		s.NewTable(0, 4)
		if g.Description != "" {
			s.PushString(g.Description)
			s.SetField(-2, "description")
		}
		s.PushNumber(g.MaxScore)
		s.SetField(-2, "max_score")
		s.PushNumber(g.MinScore)
		s.SetField(-2, "min_score")
		s.PushBool(g.Flags&cfg.GroupPublic != 0)
		s.SetField(-2, "is_public")
		s.SetField(-2, g.Name)
	}
	return 1
}

// configAddComposite defines a composite from an expression or a full
// definition table and registers its symbol.
func (rt *Runtime) configAddComposite(s *lua.State) int {
	c := rt.configArg(s, 1)
	name := cconv.CString(s.CheckString(2))
	var comp *cfg.Composite
	if s.Type(3) == lua.TypeTable {
		if obj := rt.ToUCL(s, 3); obj != nil {
			comp = c.Cfg.AddComposite(name, obj)
		}
	} else {
		comp = c.Cfg.AddCompositeString(name, cconv.CString(s.CheckString(3)))
	}
	if comp != nil {
		c.Cache.AddSymbol(name, 0, comp, symcache.FlagComposite, -1)
	}
	s.PushBool(comp != nil)
	return 1
}
