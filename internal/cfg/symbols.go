package cfg

import (
	"math"
	"slices"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// ActionType is a standard action (upstream's enum order) or a custom one.
type ActionType int

// Action types.
const (
	ActionReject ActionType = iota
	ActionSoftReject
	ActionRewriteSubject
	ActionAddHeader
	ActionGreylist
	ActionNoAction
	actionMax
	ActionCustom     ActionType = 999
	ActionDiscard    ActionType = 1000
	ActionQuarantine ActionType = 1001
)

// ActionFlags are the flags of an action.
type ActionFlags uint

// Action flags.
const (
	ActionNoThreshold   ActionFlags = 1 << 0
	ActionThresholdOnly ActionFlags = 1 << 1
	ActionHam           ActionFlags = 1 << 2
	ActionMilter        ActionFlags = 1 << 3
)

var actionNames = map[string]ActionType{
	"reject": ActionReject, "greylist": ActionGreylist,
	"add header": ActionAddHeader, "add_header": ActionAddHeader,
	"rewrite subject": ActionRewriteSubject, "rewrite_subject": ActionRewriteSubject,
	"soft reject": ActionSoftReject, "soft_reject": ActionSoftReject,
	"no action": ActionNoAction, "no_action": ActionNoAction, "accept": ActionNoAction,
	"quarantine": ActionQuarantine, "discard": ActionDiscard,
}

// ActionFromString returns the standard action a name stands for.
func ActionFromString(name string) (ActionType, bool) {
	t, ok := actionNames[name]
	return t, ok
}

// String returns the canonical name of an action type.
func (t ActionType) String() string {
	switch t {
	case ActionReject:
		return "reject"
	case ActionSoftReject:
		return "soft reject"
	case ActionRewriteSubject:
		return "rewrite subject"
	case ActionAddHeader:
		return "add header"
	case ActionGreylist:
		return "greylist"
	case ActionNoAction:
		return "no action"
	case actionMax:
		return "invalid max action"
	case ActionCustom:
		return "custom"
	case ActionDiscard:
		return "discard"
	case ActionQuarantine:
		return "quarantine"
	}
	return "unknown action"
}

// Action is a configured action.
type Action struct {
	Name      string
	Type      ActionType
	Threshold float64
	Flags     ActionFlags
	Priority  uint
}

// Actions are the actions of the metric, kept sorted by threshold (actions
// without one first).
type Actions struct {
	List   []*Action
	byName map[string]*Action
}

func newActions() *Actions {
	a := &Actions{byName: map[string]*Action{}}
	for t := ActionReject; t < actionMax; t++ {
		act := &Action{Name: t.String(), Type: t, Threshold: math.NaN()}
		switch t {
		case ActionSoftReject:
			act.Flags = ActionNoThreshold | ActionHam
		case ActionGreylist:
			act.Flags = ActionThresholdOnly | ActionHam
		case ActionNoAction:
			act.Flags = ActionHam
		}
		a.add(act)
	}
	return a
}

func (a *Actions) add(act *Action) {
	a.List = append(a.List, act)
	a.byName[act.Name] = act
	a.sort()
}

func (a *Actions) sort() {
	slices.SortStableFunc(a.List, func(x, y *Action) int {
		xn, yn := math.IsNaN(x.Threshold), math.IsNaN(y.Threshold)
		switch {
		case !xn && !yn:
			if x.Threshold < y.Threshold {
				return -1
			}
			if x.Threshold > y.Threshold {
				return 1
			}
			return 0
		case xn && !yn:
			return -1
		case !xn && yn:
			return 1
		}
		return 0
	})
}

// Get returns the action named name (canonical names).
func (a *Actions) Get(name string) *Action {
	return a.byName[name]
}

// actionFromUCL sets an action from its definition: a number or an object
// with score/threshold, flags and a milter action.
func (c *Config) actionFromUCL(act *Action, obj *ucl.Object) bool {
	threshold := math.NaN()
	var flags ActionFlags
	switch obj.Type() {
	case ucl.TypeObject:
		if elt := obj.LookupAny("score", "threshold"); elt != nil {
			threshold = elt.Float()
		}
		if elt := obj.Lookup("flags"); elt != nil && elt.Type() == ucl.TypeArray {
			for cur := range elt.All() {
				if cur.Type() != ucl.TypeString {
					continue
				}
				switch s := cur.Str(); {
				case encoding.EqualFoldASCII(s, "no_threshold"):
					flags |= ActionNoThreshold
				case encoding.EqualFoldASCII(s, "threshold_only"):
					flags |= ActionThresholdOnly
				case encoding.EqualFoldASCII(s, "ham"):
					flags |= ActionHam
				default:
					c.warnf("rspamd_config_action_from_ucl", "unknown action flag: %s", s)
				}
			}
		}
		if elt := obj.Lookup("milter"); elt != nil {
			switch s := elt.Str(); s {
			case "discard":
				flags |= ActionMilter
				act.Type = ActionDiscard
			case "quarantine":
				flags |= ActionMilter
				act.Type = ActionQuarantine
			default:
				c.warnf("rspamd_config_action_from_ucl", "unknown milter action: %s", s)
			}
		}
	case ucl.TypeFloat, ucl.TypeInt:
		threshold = obj.Float()
	}
	if math.IsNaN(threshold) && flags&ActionNoThreshold == 0 {
		c.errf("rspamd_config_action_from_ucl", "action %s has no threshold being set and it is not a no threshold action", act.Name)
		return false
	}
	act.Threshold = threshold
	act.Flags = flags
	if flags&ActionMilter == 0 {
		if t, ok := ActionFromString(act.Name); ok {
			act.Type = t
		} else {
			act.Type = ActionCustom
		}
	}
	return true
}

// SetActionScore defines or overrides an action from obj
// (rspamd_config_set_action_score); it fails when the definition has no
// threshold.
func (c *Config) SetActionScore(name string, obj *ucl.Object) bool {
	prio := obj.Priority()
	if obj.Type() == ucl.TypeObject {
		if elt := obj.Lookup("priority"); elt != nil {
			prio = uint(elt.Int())
		}
	}
	if t, ok := ActionFromString(name); ok {
		name = t.String()
	}
	if act := c.Actions.Get(name); act != nil {
		if act.Priority > prio {
			c.infof("rspamd_config_set_action_score", "action %s has been already registered with priority %ud, do not override (new priority: %ud)",
				name, act.Priority, prio)
			return true
		}
		oldPrio, oldThr := act.Priority, act.Threshold
		if !c.actionFromUCL(act, obj) {
			return false
		}
		c.infof("rspamd_config_set_action_score", "action %s has been already registered with priority %ud, override it with new priority: %ud, old threshold: %.2f, new threshold: %.2f",
			name, oldPrio, prio, oldThr, act.Threshold)
		c.Actions.sort()
		return true
	}
	act := &Action{Name: name}
	if !c.actionFromUCL(act, obj) {
		return false
	}
	c.Actions.add(act)
	return true
}

// MaybeDisableAction disables an action (a null definition) unless it was
// set with a higher priority.
func (c *Config) MaybeDisableAction(name string, prio uint) bool {
	act := c.Actions.Get(name)
	if act == nil {
		return false
	}
	if prio < act.Priority {
		c.infof("rspamd_config_maybe_disable_action", "action %s has been already registered with priority %ud, cannot disable it with new priority: %ud",
			name, act.Priority, prio)
		return false
	}
	c.infof("rspamd_config_maybe_disable_action", "disable action %s; old priority: %ud, new priority: %ud",
		name, act.Priority, prio)
	act.Threshold = math.NaN()
	act.Priority = prio
	act.Flags |= ActionNoThreshold
	return true
}

// GroupFlags are the flags of a symbol group.
type GroupFlags uint

// Group flags.
const (
	GroupDisabled  GroupFlags = 1 << 0
	GroupOneShot   GroupFlags = 1 << 1
	GroupUngrouped GroupFlags = 1 << 2
	GroupPublic    GroupFlags = 1 << 3
)

// Group is a symbols group.
type Group struct {
	Name        string
	Description string
	MaxScore    float64
	MinScore    float64
	Flags       GroupFlags
	// Symbols are the group's symbols by lowercased name.
	Symbols map[string]*Symbol
	order   *ghashOrder
}

// SymbolNames returns the names of the group's symbols in upstream's hash
// table order.
func (g *Group) SymbolNames() []string { return g.order.order() }

// SymbolFlags are the flags of a symbol definition.
type SymbolFlags uint

// Symbol flags.
const (
	SymbolIgnoreMetric SymbolFlags = 1 << 1
	SymbolOneParam     SymbolFlags = 1 << 2
	SymbolUngrouped    SymbolFlags = 1 << 3
	SymbolDisabled     SymbolFlags = 1 << 4
	SymbolUnscored     SymbolFlags = 1 << 5
)

// Symbol is a symbol's definition in the metric.
type Symbol struct {
	Name        string
	Description string
	Score       float64
	Priority    uint
	// Group is the main group; Groups every group the symbol belongs to.
	Group  *Group
	Groups []*Group
	Flags  SymbolFlags
	NShots int
}

// groupByName looks a group up ignoring ASCII case, as upstream's groups
// table does.
func (c *Config) groupByName(name string) *Group {
	if g, ok := c.Groups[encoding.LowerASCII(name)]; ok {
		return g
	}
	return nil
}

// NewGroup creates a symbols group.
func (c *Config) NewGroup(name string) *Group {
	g := &Group{Name: name, MaxScore: math.NaN(), MinScore: math.NaN(), Symbols: map[string]*Symbol{},
		order: newGHashOrder(true)}
	if name == "ungrouped" {
		g.Flags |= GroupUngrouped
	}
	c.groupOrder.insert(name)
	c.Groups[encoding.LowerASCII(name)] = g
	return g
}

// GroupNames returns the names of the groups in upstream's hash table order.
func (c *Config) GroupNames() []string { return c.groupOrder.order() }

// SymbolNames returns the names of the symbols in upstream's hash table
// order.
func (c *Config) SymbolNames() []string { return c.symbolOrder.order() }

// Group returns a group by name (ignoring ASCII case), or nil.
func (c *Config) Group(name string) *Group { return c.groupByName(name) }

func (g *Group) addSymbol(s *Symbol) {
	g.order.insert(s.Name)
	g.Symbols[encoding.LowerASCII(s.Name)] = s
}

func (g *Group) removeSymbol(name string) {
	g.order.remove(name)
	delete(g.Symbols, encoding.LowerASCII(name))
}

func hasGroup(groups []*Group, name string) bool {
	for _, g := range groups {
		if encoding.EqualFoldASCII(g.Name, name) {
			return true
		}
	}
	return false
}

// AddSymbol defines a symbol or updates its definition, priorities
// deciding which score wins (rspamd_config_add_symbol). score is NaN when
// the definition has none; group is "" for none. It reports whether the
// definition was applied.
func (c *Config) AddSymbol(name string, score float64, desc, group string, flags SymbolFlags, prio uint, nshots int) bool {
	s, ok := c.Symbols[name]
	if !ok {
		c.newSymbol(name, score, desc, group, flags, prio, nshots)
		return true
	}
	if group != "" && !hasGroup(s.Groups, group) {
		g := c.groupByName(group)
		if g == nil {
			g = c.NewGroup(group)
		}
		if s.Group == nil || s.Flags&SymbolUngrouped != 0 {
			s.Group = g
			s.Flags &^= SymbolUngrouped
		}
		g.addSymbol(s)
		s.Flags &^= SymbolUngrouped
		s.Groups = append(s.Groups, g)
	}
	if s.Priority > prio && (math.IsNaN(score) || s.Flags&SymbolUnscored == 0) {
		c.debugf("rspamd_config_add_symbol", "symbol %s has been already registered with priority %ud, do not override (new priority: %ud)",
			name, s.Priority, prio)
		if s.Description == "" && desc != "" {
			s.Description = desc
		}
		if nshots != 0 && s.NShots == c.DefaultMaxShots {
			s.NShots = nshots
		}
		return false
	}
	if !math.IsNaN(score) {
		c.debugf("rspamd_config_add_symbol", "symbol %s has been already registered with priority %ud, override it with new priority: %ud, old score: %.2f, new score: %.2f",
			name, s.Priority, prio, s.Score, score)
		s.Score = score
		s.Priority = prio
		s.Flags = flags &^ SymbolUnscored
	} else {
		s.Flags = flags | s.Flags&SymbolUnscored
	}
	if nshots != 0 {
		s.NShots = nshots
	} else if s.Priority < prio {
		s.NShots = c.DefaultMaxShots
	}
	if desc != "" {
		s.Description = desc
	}
	if group != "" && s.Group != nil && group != s.Group.Name {
		g := c.groupByName(group)
		if g == nil {
			g = c.NewGroup(group)
		}
		if g.Flags&GroupUngrouped == 0 {
			c.debugf("rspamd_config_add_symbol", "move symbol %s from group %s to %s", s.Name, s.Group.Name, group)
			s.Group.removeSymbol(s.Name)
			s.Group = g
			g.addSymbol(s)
		}
	}
	return true
}

func (c *Config) newSymbol(name string, score float64, desc, group string, flags SymbolFlags, prio uint, nshots int) {
	s := &Symbol{Name: name, Description: desc}
	if math.IsNaN(score) {
		c.debugf("rspamd_config_new_symbol", "score is not defined for symbol %s, set it to zero", name)
		score = 0
		flags |= SymbolUnscored
	} else {
		s.Priority = prio
	}
	s.Score = score
	s.Flags = flags
	s.NShots = nshots
	if nshots == 0 {
		s.NShots = c.DefaultMaxShots
	}
	var groupArg any = group
	if group == "" {
		groupArg = nil // upstream's NULL group prints as (NULL)
	}
	c.debugf("rspamd_config_new_symbol", "registered symbol %s with weight %.2f in and group %s", name, score, groupArg)
	c.Symbols[name] = s
	c.symbolOrder.insert(name)
	if group == "" {
		group = "ungrouped"
		s.Flags |= SymbolUngrouped
	} else if group == "ungrouped" {
		s.Flags |= SymbolUngrouped
	}
	g := c.groupByName(group)
	if g == nil {
		g = c.NewGroup(group)
	}
	s.Group = g
	g.addSymbol(s)
	if s.Flags&SymbolUngrouped == 0 {
		s.Groups = append(s.Groups, g)
	}
}

// AddSymbolGroup adds a symbol to one more group.
func (c *Config) AddSymbolGroup(name, group string) bool {
	s, ok := c.Symbols[name]
	if !ok || hasGroup(s.Groups, group) {
		return false
	}
	g := c.groupByName(group)
	if g == nil {
		g = c.NewGroup(group)
	}
	if s.Group == nil {
		s.Group = g
	}
	g.addSymbol(s)
	s.Flags &^= SymbolUngrouped
	s.Groups = append(s.Groups, g)
	return true
}
