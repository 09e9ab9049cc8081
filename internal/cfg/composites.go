package cfg

import (
	"fmt"
	"math"
	"strings"

	"github.com/gorspamd/rspamd/internal/expr"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// CompositePolicy says what a matching composite does with its symbols.
type CompositePolicy int

// Composite policies.
const (
	CompositeRemoveAll CompositePolicy = iota
	CompositeRemoveSymbol
	CompositeRemoveWeight
	CompositeLeave
)

var compositePolicies = map[string]CompositePolicy{
	"remove": CompositeRemoveAll, "remove_all": CompositeRemoveAll, "default": CompositeRemoveAll,
	"remove_symbol": CompositeRemoveSymbol, "remove_weight": CompositeRemoveWeight,
	"leave": CompositeLeave, "remove_none": CompositeLeave,
}

// Composite is a composite symbol definition.
type Composite struct {
	Name       string
	Expression string
	Expr       *expr.Expr
	Policy     CompositePolicy
	DependsOn  []string
	// Conditions are the symbols with Lua conditions.
	Conditions []string
}

// compositeAtomLen returns the length of the composite atom at the start
// of line (the reduced state machine of rspamd_composite_expr_parse): a
// symbol name with an optional [option, /regexp/, ...] list.
func compositeAtomLen(line string) (int, error) {
	const (
		stSymbol = iota
		stObrace
		stOption
		stRegexp
		stRegexpEnd
		stComma
		stEbrace
		stEnd
	)
	state := stSymbol
	p := 0
	at := func(i int) byte {
		if i < len(line) {
			return line[i]
		}
		return 0
	}
	for p < len(line) && state != stEnd {
		switch state {
		case stSymbol:
			n := strings.IndexAny(line[p:], "[; \t()><!|&\n")
			if n < 0 {
				n = len(line) - p
			}
			p += n
			if at(p) == '[' {
				state = stObrace
			} else {
				state = stEnd
			}
		case stObrace:
			p++
			if at(p) == '/' {
				p++
				state = stRegexp
			} else {
				state = stOption
			}
		case stRegexp:
			if at(p) == '\\' && p+1 < len(line) {
				p++
			} else if at(p) == '/' {
				state = stRegexpEnd
			}
			p++
		case stOption, stRegexpEnd:
			switch at(p) {
			case ',':
				p++
				state = stComma
			case ']':
				state = stEbrace
			default:
				p++
			}
		case stComma:
			switch ch := at(p); {
			case ch == ' ' || ch >= '\t' && ch <= '\r':
				p++
			case ch == '/':
				state = stRegexp
			case ch == ']':
				state = stEbrace
			default:
				state = stOption
			}
		case stEbrace:
			p++
			state = stEnd
		}
	}
	if state != stEnd {
		return 0, fmt.Errorf("invalid composite: %s;parser stopped in state %d", line, state)
	}
	return p, nil
}

// parseCompositeExpr parses a composite expression.
func parseCompositeExpr(line string) (*expr.Expr, error) {
	return expr.Parse(line, expr.Config{Parse: func(rest string) (*expr.Atom, error) {
		n, err := compositeAtomLen(rest)
		if err != nil {
			return nil, err
		}
		return &expr.Atom{Text: rest[:n]}, nil
	}})
}

// AddComposite defines a composite from its UCL definition
// (composites_manager::add_composite); nil when it is disabled or broken
// (the reason is logged).
func (c *Config) AddComposite(name string, obj *ucl.Object) *Composite {
	const fn = "add_composite"
	if v := obj.Lookup("enabled"); v != nil && !v.Bool() {
		c.infof(fn, "composite %s is disabled", name)
		return nil
	}
	for _, old := range c.Composites {
		if old.Name == name {
			c.warnf(fn, "composite %s is redefined", name)
			break
		}
	}
	val := obj.Lookup("expression")
	expression, ok := val.AsString()
	if val == nil || !ok {
		c.errf(fn, "composite must have an expression defined in %s", name)
		return nil
	}
	e, err := parseCompositeExpr(expression)
	if err != nil {
		c.errf(fn, "cannot parse composite expression for %s: %s", name, err.Error())
		return nil
	}
	comp := &Composite{Name: name, Expression: expression, Expr: e}
	if !c.parseCompositeConditions(name, obj, comp) {
		return nil
	}
	c.Composites = append(c.Composites, comp)
	score := 0.0
	if !math.IsNaN(c.UnknownWeight) {
		score = c.UnknownWeight
	}
	if v := obj.Lookup("score"); v != nil {
		if f, ok := v.AsFloat(); ok {
			score = f
		}
	}
	group := "composite"
	if v := obj.Lookup("group"); v != nil {
		group = v.Str()
	}
	desc := expression
	if v := obj.Lookup("description"); v != nil {
		desc = v.Str()
	}
	c.AddSymbol(name, score, desc, group, 0, obj.Priority(), 1)
	if gr := obj.Lookup("groups"); gr != nil && gr.Type() == ucl.TypeArray {
		for cur := range gr.Iterate(ucl.IterateBoth) {
			c.AddSymbolGroup(name, cur.Str())
		}
	}
	if v := obj.Lookup("policy"); v != nil {
		p, ok := compositePolicies[v.Str()]
		if !ok {
			c.errf(fn, "composite %s has incorrect policy", name)
			return nil
		}
		comp.Policy = p
	}
	return comp
}

// parseCompositeConditions reads the conditions and depends_on keys.
func (c *Config) parseCompositeConditions(name string, obj *ucl.Object, comp *Composite) bool {
	const fn = "composite_parse_conditions"
	if val := obj.Lookup("conditions"); val != nil {
		if val.Type() != ucl.TypeObject {
			c.errf(fn, "composite %s: 'conditions' must be an object keyed by symbol name", name)
			return false
		}
		for cur := range val.Iterate(ucl.IterateBoth) {
			if cur.Type() != ucl.TypeUserdata {
				sym := cur.Key()
				if sym == "" {
					sym = "unknown"
				}
				c.errf(fn, "composite %s: condition for symbol '%s' must be a function", name, sym)
				return false
			}
			comp.Conditions = append(comp.Conditions, cur.Key())
		}
	}
	if val := obj.Lookup("depends_on"); val != nil {
		switch val.Type() {
		case ucl.TypeString:
			comp.DependsOn = append(comp.DependsOn, val.Str())
		case ucl.TypeArray:
			for cur := range val.Iterate(ucl.IterateBoth) {
				s, ok := cur.AsString()
				if !ok {
					c.errf(fn, "composite %s: 'depends_on' elements must be strings", name)
					return false
				}
				comp.DependsOn = append(comp.DependsOn, s)
			}
		default:
			c.errf(fn, "composite %s: 'depends_on' must be a string or an array of strings", name)
			return false
		}
	}
	return true
}

// handleComposite reads one composite (rspamd_rcl_composite_handler).
func handleComposite(c *Config, obj *ucl.Object, key string, _ any, _ *section) error {
	if v := obj.Lookup("enabled"); v != nil && !v.Bool() {
		c.infof("rspamd_rcl_composite_handler", "composite %s is disabled", key)
		return nil
	}
	comp := c.AddComposite(key, obj)
	if comp == nil {
		return errLogged
	}
	if c.SymbolCache != nil {
		c.SymbolCache.AddComposite(key, comp)
	}
	return nil
}

// handleComposites reads the composites section: every key is a composite
// except "dynamic", a map of composites.
func handleComposites(c *Config, obj *ucl.Object, _ string, ud any, sec *section) error {
	for cur := range obj.Iterate(ucl.IterateBoth) {
		if cur.Key() == "dynamic" {
			c.DynamicComposites = append(c.DynamicComposites, cur)
			continue
		}
		if err := handleComposite(c, cur, cur.Key(), ud, sec); err != nil {
			return err
		}
	}
	return nil
}
