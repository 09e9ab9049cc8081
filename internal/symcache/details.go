package symcache

import (
	"math"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Details adds a symbol's type and modifier flags to its configdump -d
// entry (rspamd_symcache_get_symbol_details); nothing for an unknown
// symbol.
func (c *Cache) Details(name string, obj *ucl.Object) {
	it := c.Lookup(name, false)
	if it == nil {
		return
	}
	obj.InsertKey("type", ucl.NewString(it.Type.String()))
	flags := ucl.New(ucl.TypeArray)
	for _, n := range it.Flags.Names() {
		flags.ArrayAppend(ucl.NewString(n))
	}
	obj.InsertKey("flags", flags)
}

// SymbolStat returns the statistics the controller shows for a symbol:
// average frequency, its standard deviation, average time and the hits
// since the last resort (rspamd_symcache_stat_symbol).
func (c *Cache) SymbolStat(name string) (freq, stddev, tm float64, hits uint32, ok bool) {
	it := c.Lookup(name, false)
	if it == nil {
		return 0, 0, 0, 0, false
	}
	return it.Stat.AvgFrequency, math.Sqrt(it.Stat.StddevFrequency), it.Stat.TimeMean, it.Stat.Hits, true
}

func roundTo(x float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(x*p) / p
}

// Counters returns every symbol with its weight, frequency, hits and time
// (rspamd_symcache_counters: the controller's /counters): virtual symbols
// show their parent's statistics.
func (c *Cache) Counters() *ucl.Object {
	top := ucl.New(ucl.TypeArray)
	for _, it := range c.bySymbol.vals {
		obj := ucl.New(ucl.TypeObject)
		obj.InsertKey("symbol", ucl.NewString(it.Name))
		obj.InsertKey("weight", ucl.NewFloat(roundTo(it.Stat.Weight, 3)))
		src := it
		if it.virtual {
			src = c.Parent(it)
		}
		if it.virtual && it.IsGhost() || src == nil {
			obj.InsertKey("frequency", ucl.NewFloat(0))
			obj.InsertKey("frequency_stddev", ucl.NewFloat(0))
			obj.InsertKey("hits", ucl.NewFloat(0))
			obj.InsertKey("time", ucl.NewFloat(0))
		} else {
			obj.InsertKey("frequency", ucl.NewFloat(roundTo(src.Stat.AvgFrequency, 6)))
			obj.InsertKey("frequency_stddev", ucl.NewFloat(roundTo(math.Sqrt(src.Stat.StddevFrequency), 6)))
			obj.InsertKey("hits", ucl.NewInt(int64(src.Stat.TotalHits)))
			obj.InsertKey("time", ucl.NewFloat(roundTo(src.Stat.AvgTime, 3)))
		}
		top.ArrayAppend(obj)
	}
	return top
}

// SymbolsReply returns the controller's /symbols reply: every group with
// its symbols, their weights, descriptions and statistics
// (rspamd_controller_handle_symbols).
func (c *Cache) SymbolsReply() *ucl.Object {
	top := ucl.New(ucl.TypeArray)
	for _, gname := range c.cfg.GroupNames() {
		g := c.cfg.Group(gname)
		if g == nil {
			continue
		}
		obj := ucl.New(ucl.TypeObject)
		obj.InsertKey("group", ucl.NewString(g.Name))
		rules := ucl.New(ucl.TypeArray)
		for _, sname := range g.SymbolNames() {
			sym := g.Symbols[encoding.LowerASCII(sname)]
			if sym == nil {
				continue
			}
			so := ucl.New(ucl.TypeObject)
			so.InsertKey("symbol", ucl.NewString(sym.Name))
			so.InsertKey("weight", ucl.NewFloat(sym.Score))
			if sym.Description != "" {
				so.InsertKey("description", ucl.NewString(sym.Description))
			}
			if freq, stddev, tm, _, ok := c.SymbolStat(sym.Name); ok {
				so.InsertKey("frequency", ucl.NewFloat(freq))
				so.InsertKey("frequency_stddev", ucl.NewFloat(stddev))
				so.InsertKey("time", ucl.NewFloat(tm))
			}
			rules.ArrayAppend(so)
		}
		obj.InsertKey("rules", rules)
		top.ArrayAppend(obj)
	}
	return top
}
