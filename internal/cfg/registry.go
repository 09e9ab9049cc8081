package cfg

import (
	"math"
	"slices"

	"github.com/gorspamd/rspamd/internal/ucl"
)

// The parts of the configuration that the symbol cache
// (internal/symcache) reaches.

// SymbolRegistry is the symbol cache as the sections see it: the
// composites section registers each composite it defines, as upstream
// adds them to the cache while parsing.
type SymbolRegistry interface {
	AddComposite(name string, comp *Composite)
}

// ClassifierSymbolNames returns the statfile symbols in upstream's hash
// table order (cfg->classifiers_symbols), the order their classifier
// symbols are registered in.
func (c *Config) ClassifierSymbolNames() []string { return c.classifierOrder.order() }

// AddUnknownSymbol defines a symbol that has no score with the unknown
// weight, without group or description, as the symbol cache's validation
// does when options.unknown_weight is set.
func (c *Config) AddUnknownSymbol(name string, weight float64) {
	c.Symbols[name] = &Symbol{Name: name, Score: weight}
	c.symbolOrder.insert(name)
}

// AddCompositeString defines a composite from its expression alone, as
// Lua's rspamd_config:add_composite(name, expression) does
// (composites_manager::add_composite with a string): its symbol is scored
// with the unknown weight (or 0), described by its own name, in the
// composite group. nil when the expression does not parse (logged).
func (c *Config) AddCompositeString(name, expression string) *Composite {
	const fn = "add_composite"
	for _, old := range c.Composites {
		if old.Name == name {
			c.warnf(fn, "composite %s is redefined", name)
			break
		}
	}
	e, err := parseCompositeExpr(expression)
	if err != nil {
		c.errf(fn, "cannot parse composite expression for %s: %s", name, err.Error())
		return nil
	}
	score := 0.0
	if !math.IsNaN(c.UnknownWeight) {
		score = c.UnknownWeight
	}
	c.AddSymbol(name, score, name, "composite", 0, 0, 1)
	comp := &Composite{Name: name, Expression: expression, Expr: e}
	c.Composites = append(c.Composites, comp)
	return comp
}

// IsEnabledFromUCL tells whether a module's section enables it
// (rspamd_config_is_enabled_from_ucl): enabled = false or disabled =
// true turn it off, as do words other than yes/no/true/false/on/off.
func (c *Config) IsEnabledFromUCL(obj *ucl.Object) bool {
	const fn = "rspamd_config_is_enabled_from_ucl"
	if en := obj.Lookup("enabled"); en != nil {
		switch en.Type() {
		case ucl.TypeBoolean:
			return en.Bool()
		case ucl.TypeString:
			switch parseFlag(en.Str()) {
			case 0:
				return false
			case -1:
				c.infof(fn, "wrong value for the `enabled` key")
				return false
			}
		}
	}
	if dis := obj.Lookup("disabled"); dis != nil {
		switch dis.Type() {
		case ucl.TypeBoolean:
			return !dis.Bool()
		case ucl.TypeString:
			switch parseFlag(dis.Str()) {
			case 0:
				return true
			case -1:
				c.infof(fn, "wrong value for the `disabled` key")
			}
			return false
		}
	}
	return true
}

// SkipSections removes top-level sections from those InitSections
// registered, so that Parse leaves them alone (the sections
// rspamd_rcl_config_init skips, as rspamd_config:parse_rcl asks).
func (c *Config) SkipSections(names []string) {
	if c.top == nil {
		return
	}
	c.top.order = slices.DeleteFunc(c.top.order, func(s *section) bool { return slices.Contains(names, s.name) })
	for _, n := range names {
		delete(c.top.sections, n)
	}
}
