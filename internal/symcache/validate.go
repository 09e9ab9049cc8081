package symcache

import (
	"math"
	"slices"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/logger"
)

// Validate checks the symbols against the metric (symcache::validate):
// symbols that should have a score and have none get the unknown weight
// when one is configured and are skipped otherwise; negative scores make
// symbols fine and raise their priority; virtual symbols share weight,
// priority and fineness with their parents; symbols disabled in the
// metric are disabled. Upstream never fails here.
func (c *Cache) Validate() bool {
	const fname = "validate"
	c.total = 1
	for _, it := range c.bySymbol.vals {
		skipped := it.Stat.Weight != 0
		if _, ok := c.cfg.Symbols[it.Name]; it.isScoreable() && !ok {
			if !math.IsNaN(c.cfg.UnknownWeight) {
				it.Stat.Weight = c.cfg.UnknownWeight
				c.cfg.AddUnknownSymbol(it.Name, c.cfg.UnknownWeight)
				c.logf(logger.LevelInfo, fname, "adding unknown symbol %s with weight: %.2f", it.Name, c.cfg.UnknownWeight)
				skipped = false
			} else {
				skipped = true
			}
		} else {
			skipped = false
		}
		if skipped && it.Flags&FlagSkipped == 0 {
			it.Flags |= FlagSkipped
			c.logf(logger.LevelWarning, fname, "symbol %s has no score registered, skip its check", it.Name)
		}
		if it.Stat.Weight < 0 && it.Priority == 0 {
			it.Priority++
		}
		if it.Stat.Weight < 0 && it.Flags&FlagFine == 0 {
			it.Flags |= FlagFine
			c.debugf(fname, "symbol %s has negative weight (%.2f), marking as FINE", it.Name, it.Stat.Weight)
		}
		if it.virtual && !it.IsGhost() {
			if parent := c.validParent(it); parent != nil {
				if math.Abs(parent.Stat.Weight) < math.Abs(it.Stat.Weight) {
					parent.Stat.Weight = it.Stat.Weight
				}
				p1, p2 := absInt(it.Priority), absInt(parent.Priority)
				if p1 != p2 {
					parent.Priority = max(p1, p2)
					it.Priority = parent.Priority
				}
			}
		}
		c.total += math.Abs(it.Stat.Weight)
	}
	for changed := true; changed; {
		changed = false
		for _, it := range c.bySymbol.vals {
			if !it.virtual || it.IsGhost() {
				continue
			}
			parent := c.validParent(it)
			if parent == nil {
				continue
			}
			switch {
			case it.Flags&FlagFine != 0 && parent.Flags&FlagFine == 0:
				parent.Flags |= FlagFine
				changed = true
			case parent.Flags&FlagFine != 0 && it.Flags&FlagFine == 0:
				it.Flags |= FlagFine
				changed = true
			}
		}
	}
	for _, name := range c.cfg.SymbolNames() {
		def := c.cfg.Symbols[name]
		if def.Flags&(cfg.SymbolIgnoreMetric|cfg.SymbolDisabled) == 0 {
			if !c.bySymbol.has(name) {
				c.debugf(fname, "symbol '%s' has its score defined but there is no corresponding rule registered", name)
			}
		} else if def.Flags&cfg.SymbolDisabled != 0 {
			if it := c.lookupMut(name, false); it != nil {
				it.Enabled = false
			}
		}
	}
	return true
}

// validParent returns the parent of a virtual item, resolving it first
// when needed.
func (c *Cache) validParent(it *Item) *Item {
	if p := c.Parent(it); p != nil {
		return p
	}
	c.resolveParent(it)
	return c.Parent(it)
}

func absInt(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// SetSymbolFine marks a symbol fine, with its parent and its virtual
// children (rspamd_symcache_set_symbol_fine); it reports whether the
// symbol exists.
func (c *Cache) SetSymbolFine(name string) bool {
	it := c.lookupMut(name, false)
	if it == nil {
		return false
	}
	if it.Flags&FlagFine != 0 {
		return true
	}
	it.Flags |= FlagFine
	if it.virtual {
		if p := c.Parent(it); p != nil {
			p.Flags |= FlagFine
		}
	}
	for _, cld := range it.children {
		cld.Flags |= FlagFine
	}
	return true
}

// Timeout is a symbol whose timeout counts in the longest time the cache
// may take.
type Timeout struct {
	Timeout float64
	Item    *Item
}

// MaxTimeout returns the longest time the symbols may take
// (symcache::get_max_timeout): the longest timeout of each priority of
// prefilters, postfilters and idempotent filters, plus the longest chain
// of dependencies among the filters; with the symbols that count, longest
// first.
func (c *Cache) MaxTimeout() (float64, []Timeout) {
	const fname = "get_max_timeout"
	var elts []Timeout
	seen := map[*Item]bool{}
	accumulated := 0.0
	itemTimeout := func(it *Item) float64 {
		v, _ := it.NumericAugmentation("timeout")
		return v
	}
	var filterTimeout func(it *Item) float64
	filterTimeout = func(it *Item) float64 {
		own := itemTimeout(it)
		maxChild := 0.0
		for _, dep := range it.deps.vals {
			if t := filterTimeout(dep.Item); t > maxChild {
				maxChild = t
			}
		}
		return own + maxChild
	}
	stage := func(vec []*Item) float64 {
		saved := -1
		if len(vec) > 0 {
			saved = vec[0].Priority
		}
		maxTimeout, added := 0.0, 0.0
		var maxElt *Item
		add := func() bool {
			if seen[maxElt] {
				return false
			}
			accumulated += maxTimeout
			added += maxTimeout
			elts = append(elts, Timeout{maxTimeout, maxElt})
			seen[maxElt] = true
			return true
		}
		for _, it := range vec {
			if it.Priority != saved && maxElt != nil && maxTimeout > 0 {
				if add() {
					c.debugf(fname, "added %.2f to the timeout (%.2f) as the priority has changed (%d -> %d); symbol: %s",
						maxTimeout, accumulated, saved, it.Priority, maxElt.Name)
				}
				maxTimeout = 0
				saved = it.Priority
				maxElt = nil
			}
			if t := itemTimeout(it); t > maxTimeout {
				maxTimeout = t
				maxElt = it
			}
		}
		if maxElt != nil && maxTimeout > 0 && add() {
			c.debugf(fname, "added %.2f to the timeout (%.2f) end of processing; symbol: %s",
				maxTimeout, accumulated, maxElt.Name)
		}
		return added
	}
	pre := stage(c.prefilters)
	maxFilters := 0.0
	for _, it := range c.filters {
		if t := filterTimeout(it); t > maxFilters {
			maxFilters = t
			if !seen[it] {
				elts = append(elts, Timeout{t, it})
				seen[it] = true
			}
		}
	}
	accumulated += maxFilters
	post := stage(c.postfilters)
	idem := stage(c.idempotent)
	slices.SortStableFunc(elts, func(a, b Timeout) int {
		switch {
		case a.Timeout > b.Timeout:
			return -1
		case b.Timeout > a.Timeout:
			return 1
		}
		return 0
	})
	c.debugf(fname, "overall cache timeout: %.2f, %.2f from prefilters, %.2f from postfilters, %.2f from idempotent filters, %.2f from normal filters",
		accumulated, pre, post, idem, maxFilters)
	return accumulated, elts
}
