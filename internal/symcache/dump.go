package symcache

import "strconv"

// DumpDep is a dependency in a Dump.
type DumpDep struct {
	Symbol string `json:"symbol"`
	// Item is the name of the item the dependency resolved to ("" when
	// unresolved).
	Item          string `json:"item"`
	VirtualSource int    `json:"vsrc"`
	Hard          bool   `json:"hard"`
}

// DumpAug is an augmentation in a Dump.
type DumpAug struct {
	Name string `json:"name"`
	// Kind is "none", "string" or "number".
	Kind   string  `json:"kind"`
	String string  `json:"string,omitempty"`
	Number float64 `json:"number,omitempty"`
	Weight int     `json:"weight"`
}

// DumpItem is an item in a Dump.
type DumpItem struct {
	Name       string    `json:"name"`
	ID         int       `json:"id"`
	Type       string    `json:"type"`
	Flags      uint32    `json:"flags"`
	Priority   int       `json:"priority"`
	Order      uint32    `json:"order"`
	Virtual    bool      `json:"virtual"`
	ParentID   int       `json:"parent_id"`
	Children   []string  `json:"children"`
	Deps       []DumpDep `json:"deps"`
	RDeps      []DumpDep `json:"rdeps"`
	Conditions int       `json:"conditions"`
	Allowed    []uint32  `json:"allowed_ids"`
	ExecOnly   []uint32  `json:"exec_only_ids"`
	Forbidden  []uint32  `json:"forbidden_ids"`
	Augs       []DumpAug `json:"augmentations"`
	Weight     float64   `json:"weight"`
	Enabled    bool      `json:"enabled"`
}

// Dump is the whole state of a cache, laid out as the oracle's dump script
// reads it from upstream's structures, for comparisons.
type Dump struct {
	// Items in iteration order (items_by_symbol).
	Items []DumpItem `json:"items"`
	// Order is the names in the order computed by Init (items_by_order).
	Order []string `json:"order"`
	// Stages are the names of each stage's items in their order.
	Stages map[string][]string `json:"stages"`
	// Checksum is the symbols checksum as a decimal string.
	Checksum   string `json:"cksum"`
	StatsCount int    `json:"stats_count"`
}

func names(items []*Item) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, it.Name)
	}
	return out
}

func dumpDeps(deps []*Dependency) []DumpDep {
	out := make([]DumpDep, 0, len(deps))
	for _, d := range deps {
		dd := DumpDep{Symbol: d.Symbol, VirtualSource: d.VirtualSource, Hard: d.Hard}
		if d.Item != nil {
			dd.Item = d.Item.Name
		}
		out = append(out, dd)
	}
	return out
}

func ids(l IDList) []uint32 {
	return append([]uint32{}, l...)
}

// Dump returns the cache's state.
func (c *Cache) Dump() *Dump {
	d := &Dump{
		Order:      names(c.order),
		Checksum:   strconv.FormatUint(c.cksum, 10),
		StatsCount: c.nstats,
		Stages:     map[string][]string{},
	}
	for t := TypeConnfilter; t <= TypeVirtual; t++ {
		d.Stages[t.String()] = names(*c.vector(t))
	}
	for _, it := range c.bySymbol.vals {
		di := DumpItem{
			Name: it.Name, ID: it.ID, Type: it.Type.String(), Flags: uint32(it.Flags),
			Priority: it.Priority, Order: it.Order, Virtual: it.virtual, ParentID: it.parentID,
			Children: names(it.children), Deps: dumpDeps(it.deps.vals), RDeps: dumpDeps(it.rdeps.vals),
			Conditions: len(it.Conditions), Allowed: ids(it.Allowed), ExecOnly: ids(it.ExecOnly),
			Forbidden: ids(it.Forbidden), Weight: it.Stat.Weight, Enabled: it.Enabled,
			Augs: []DumpAug{},
		}
		if !it.virtual {
			di.ParentID = -1
		}
		for i, name := range it.augs.keys {
			a := it.augs.vals[i]
			da := DumpAug{Name: name, Kind: "none", Weight: a.Weight}
			switch v := a.Value.(type) {
			case string:
				da.Kind, da.String = "string", v
			case float64:
				da.Kind, da.Number = "number", v
			}
			di.Augs = append(di.Augs, da)
		}
		d.Items = append(d.Items, di)
	}
	return d
}
