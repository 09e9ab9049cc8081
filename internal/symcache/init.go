package symcache

import (
	"bytes"
	"math"
	"os"
	"slices"
	"syscall"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/syserr"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Init prepares the cache once every symbol is registered
// (rspamd_symcache_init): saved statistics are loaded from the cache file,
// statically disabled symbols (with their parent and siblings) are
// removed, delayed dependencies and conditions are attached, dependencies
// are checked and linked both ways, the stages are sorted by priority and
// the order of the filters is computed; the metric's scores become the
// items' weights.
func (c *Cache) Init() bool {
	c.reloadTime = c.cfg.CacheReload
	if c.cfg.CacheFile != "" {
		c.debugf("init", "loading symcache saved data from %s", c.cfg.CacheFile)
		c.loadItems(c.cfg.CacheFile)
	}
	disabled := c.disabledIDs()
	c.resolveDelayedDeps(disabled)
	for _, id := range disabled.keys {
		it, _ := c.byID.get(id)
		c.byID.erase(id)
		c.bySymbol.erase(it.Name)
		v := c.vector(it.Type)
		*v = slices.DeleteFunc(*v, func(x *Item) bool { return x.ID == id })
	}
	c.disabled, c.enabled = nil, nil
	c.resolveConditions()
	c.debugf("init", "process dependencies")
	for _, it := range c.byID.vals {
		c.processDeps(it)
	}
	c.debugf("init", "sorting stuff")
	byPrioDesc := func(a, b *Item) int { return b.Priority - a.Priority }
	byPrioAsc := func(a, b *Item) int { return a.Priority - b.Priority }
	slices.SortStableFunc(c.connfilters, byPrioDesc)
	slices.SortStableFunc(c.prefilters, byPrioDesc)
	slices.SortStableFunc(c.postfilters, byPrioAsc)
	slices.SortStableFunc(c.idempotent, byPrioAsc)
	c.resort()
	c.debugf("init", "connect metrics")
	c.connected = map[string]*Item{}
	for name, s := range c.cfg.Symbols {
		if it := c.lookupMut(name, false); it != nil {
			it.Stat.Weight = s.Score
			c.connected[name] = it
		}
	}
	return true
}

// disabledIDs collects the ids of the statically disabled symbols: each
// disabled symbol not enabled again, with its parent and the parent's
// virtual children for a virtual symbol, or its own virtual children.
func (c *Cache) disabledIDs() *dense[int, struct{}] {
	ids := newDense[int, struct{}]()
	if len(c.disabled) == 0 {
		return ids
	}
	for _, it := range c.byID.vals {
		for _, pat := range c.disabled {
			if pat != it.Name {
				continue
			}
			c.debugf("init", "symbol %s matches %s disable pattern", it.Name, pat)
			if i := slices.Index(c.enabled, it.Name); i >= 0 {
				c.debugf("init", "symbol %s matches %s enable pattern; skip disabling", it.Name, c.enabled[i])
				continue
			}
			ids.insert(it.ID, struct{}{})
			owner := it
			if it.virtual {
				owner = c.Parent(it)
				if owner == nil {
					continue
				}
				ids.insert(owner.ID, struct{}{})
			}
			for _, cld := range owner.children {
				c.debugf("init", "symbol %s is a virtual child of the disabled symbol %s", cld.Name, it.Name)
				ids.insert(cld.ID, struct{}{})
			}
		}
	}
	return ids
}

// resolveDelayedDeps turns the delayed dependencies into dependencies
// between the real items (the registering virtual item keeps a copy).
func (c *Cache) resolveDelayedDeps(disabled *dense[int, struct{}]) {
	const fname = "init"
	c.debugf(fname, "resolving delayed dependencies: %d in list", len(c.delayedDeps))
	for _, d := range c.delayedDeps {
		virt := c.Lookup(d.from, false)
		real := c.Lookup(d.from, true)
		dest := c.Lookup(d.to, true)
		switch {
		case virt == nil || real == nil || dest == nil:
			if dest != nil {
				c.logf(logger.LevelCritical, fname, "cannot register delayed dependency %s -> %s: source %s is missing", d.from, d.to, d.from)
			} else {
				c.logf(logger.LevelCritical, fname, "cannot register delayed dependency %s -> %s: destination %s is missing", d.from, d.to, d.to)
			}
		case disabled.has(real.ID):
			c.debugf(fname, "no delayed between %s(%d:%d) -> %s; %s is disabled", d.from, real.ID, virt.ID, d.to, d.from)
		default:
			weak := ""
			if d.hard {
				weak = "weak "
			}
			c.debugf(fname, "delayed %sbetween %s(%d:%d) -> %s", weak, d.from, real.ID, virt.ID, d.to)
			vid := -1
			if virt != real {
				vid = virt.ID
			}
			c.addDependency(real.ID, d.to, dest.ID, vid, d.hard)
		}
	}
	c.delayedDeps = nil
}

// resolveConditions attaches the delayed conditions to their items (the
// parent of a virtual symbol).
func (c *Cache) resolveConditions() {
	const fname = "init"
	c.debugf(fname, "resolving delayed conditions: %d in list", len(c.delayedConds))
	for _, d := range c.delayedConds {
		it := c.lookupMut(d.sym, true)
		switch {
		case it == nil:
			c.logf(logger.LevelCritical, fname, "cannot register delayed condition for %s", d.sym)
		case it.virtual:
			c.logf(logger.LevelCritical, fname, "cannot register delayed condition for %s: virtual parent; qed", d.sym)
		default:
			it.Conditions = append(it.Conditions, d.cond)
			c.debugf(fname, "added a condition to the symbol %s", it.Name)
		}
	}
	c.delayedConds = nil
}

// processDeps checks and links the dependencies of an item
// (cache_item::process_deps).
func (c *Cache) processDeps(it *Item) {
	const fname = "process_deps"
	for _, dep := range it.deps.vals {
		c.debugf(fname, "process real dependency %s on %s", it.Name, dep.Symbol)
		dit := c.lookupMut(dep.Symbol, true)
		if dep.VirtualSource >= 0 {
			vdit := c.Lookup(dep.Symbol, false)
			switch {
			case vdit == nil:
				if dit != nil {
					c.logf(logger.LevelCritical, fname, "cannot add dependency from %s on %s: no dependency symbol registered", dep.Symbol, dit.Name)
				}
			case dit != nil:
				c.debugf(fname, "process virtual dependency %s(%d) on %s(%d)", it.Name, dep.VirtualSource, vdit.Name, vdit.ID)
				c.debugf(fname, "check id propagation for dependency %s from %s", it.Name, dit.Name)
				if len(dit.Allowed) > 0 {
					c.debugf(fname, "propagate allowed ids from %s to %s", dit.Name, it.Name)
					it.Allowed.Set(dit.Allowed)
				}
				if len(dit.Forbidden) > 0 {
					c.debugf(fname, "propagate forbidden ids from %s to %s", dit.Name, it.Name)
					it.Forbidden.Set(dit.Forbidden)
				}
			}
		}
		if dit == nil {
			c.logf(logger.LevelCritical, fname, "cannot find dependency named %s for symbol %s", dep.Symbol, it.Name)
			continue
		}
		if !dit.IsFilter() {
			same := dit.Type == it.Type
			if !same && !it.Type.before(dit.Type) {
				c.logf(logger.LevelCritical, fname, "cannot add dependency from %s on %s: invalid symbol types", dep.Symbol, it.Name)
				continue
			}
			dep.Item = dit
			if same && !dit.rdeps.has(it.ID) {
				dit.rdeps.insert(it.ID, &Dependency{Item: it, Symbol: it.Name, VirtualSource: -1, Hard: dep.Hard})
				c.debugf(fname, "added reverse dependency from %d on %d (same stage)", it.ID, dit.ID)
			}
			continue
		}
		if dit.ID == it.ID {
			c.logf(logger.LevelCritical, fname, "cannot add dependency on self: %s -> %s (resolved to %s)", it.Name, dep.Symbol, dit.Name)
			continue
		}
		src := it
		if it.virtual {
			src = c.Parent(it)
			if src == nil {
				c.logf(logger.LevelCritical, fname, "cannot find parent for virtual symbol %s, when resolving dependency %s", it.Name, dep.Symbol)
				continue
			}
		}
		dep.Item = dit
		if dit.rdeps.has(src.ID) {
			c.debugf(fname, "reverse dependency from %d on %d already exists", src.ID, dit.ID)
		} else {
			dit.rdeps.insert(src.ID, &Dependency{Item: src, Symbol: src.Name, VirtualSource: -1})
			c.debugf(fname, "added reverse dependency from %d on %d", src.ID, dit.ID)
		}
	}
	for _, id := range slices.Clone(it.deps.keys) {
		if d, _ := it.deps.get(id); d.Item == nil {
			c.logf(logger.LevelInfo, fname, "remove empty dependency on %s for symbol %s", d.Symbol, it.Name)
			it.deps.erase(id)
		}
	}
}

// Order marks of the topological sort.
const (
	orderPerm = 1 << 31
	orderTemp = 1 << 30
)

func unmaskOrder(o uint32) uint32 { return o &^ (orderPerm | orderTemp) }

// resort computes the order of the items: the filters sorted by their
// depth in the dependency graph, priority, augmentations and statistics,
// followed by the other stages as they are (symcache::resort).
func (c *Cache) resort() {
	const fname = "resort"
	ord := make([]*Item, 0, len(c.filters)+len(c.prefilters)+len(c.composites)+len(c.postfilters)+
		len(c.idempotent)+len(c.connfilters)+len(c.classifiers))
	for _, it := range c.filters {
		c.totalHits += it.Stat.TotalHits
		it.Order = 0
		ord = append(ord, it)
	}
	var visit func(it *Item, cur uint32)
	visit = func(it *Item, cur uint32) {
		switch {
		case it.Order&orderPerm != 0:
			if cur <= unmaskOrder(it.Order) {
				return
			}
			it.Order = cur
		case it.Order&orderTemp != 0:
			c.logf(logger.LevelCritical, fname, "cyclic dependencies found when checking '%s'!", it.Name)
			return
		}
		it.Order |= orderTemp
		c.debugf(fname, "visiting node: %s (%d)", it.Name, cur)
		for _, dep := range it.deps.vals {
			c.debugf(fname, "visiting dep: %s (%d)", dep.Item.Name, cur+1)
			visit(dep.Item, cur+1)
		}
		it.Order = cur | orderPerm
	}
	c.totalHits = 0
	used := float64(len(ord))
	c.debugf(fname, "topologically sort %d filters", len(ord))
	for _, it := range ord {
		if it.Order == 0 {
			visit(it, 0)
		}
	}
	avgFreq := float64(c.totalHits) / used
	avgWeight := c.total / used
	score := func(it *Item) float64 {
		w := float64(unmaskOrder(it.Order))*1e7 + float64(it.Priority)*1e6 + float64(it.augmentationWeight())*1e5
		f := float64(it.Stat.TotalHits) / avgFreq
		weight := math.Abs(it.Stat.Weight) / avgWeight
		t := it.Stat.AvgTime
		if !(weight > 0) {
			weight = 0.1
		}
		if !(f > 0) {
			f = 0.01
		}
		if !(t > 1) {
			t = 1
		}
		return w + weight*f/t
	}
	slices.SortStableFunc(ord, func(a, b *Item) int {
		wa, wb := score(a), score(b)
		switch {
		case wa > wb:
			return -1
		case wb > wa:
			return 1
		}
		return 0
	})
	for _, stage := range [][]*Item{c.connfilters, c.prefilters, c.postfilters, c.idempotent, c.composites, c.classifiers} {
		ord = append(ord, stage...)
	}
	c.order = ord
	c.orderGen = c.curGen
}

// Order returns the items in the order the scan considers them: the
// filters sorted, then connfilters, prefilters, postfilters, idempotent
// filters, composites and classifiers. The order is computed again when
// PromoteResort asked for it.
func (c *Cache) Order() []*Item {
	if c.order != nil && c.orderGen != c.curGen {
		c.logf(logger.LevelInfo, "maybe_resort", "symbols cache has been modified since last check: old id: %ud, new id: %ud",
			c.orderGen, c.curGen)
		c.resort()
	}
	return slices.Clone(c.order)
}

// Stage returns the items of one stage in the order they run.
func (c *Cache) Stage(t Type) []*Item { return slices.Clone(*c.vector(t)) }

// symcacheMagic starts a saved statistics file.
var symcacheMagic = []byte{'r', 's', 'c', 2, 0, 0, 0, 0}

// symcacheHeaderSize is sizeof(struct symcache_header).
const symcacheHeaderSize = 8 + 4 + 64 + 128

// loadItems reads the statistics saved by a previous run
// (symcache::load_items); every failure is logged and ignored.
func (c *Cache) loadItems(path string) bool {
	const fname = "load_items"
	data, err := os.ReadFile(path)
	if err != nil {
		c.logf(logger.LevelInfo, fname, "cannot open file %s: %s", path, syserr.Text(err))
		return false
	}
	if len(data) == 0 {
		c.logf(logger.LevelInfo, fname, "cannot mmap file %s: %s", path, syserr.Strerror(syscall.EINVAL))
		return false
	}
	if len(data) < symcacheHeaderSize {
		c.logf(logger.LevelInfo, fname, "cannot use file %s, error: %s", path, "Success")
		return false
	}
	if !bytes.Equal(data[:len(symcacheMagic)], symcacheMagic) {
		c.logf(logger.LevelInfo, fname, "cannot use file %s, bad magic", path)
		return false
	}
	p := ucl.NewParser(0)
	if err := p.AddChunk(data[symcacheHeaderSize:]); err != nil {
		c.logf(logger.LevelInfo, fname, "cannot use file %s, cannot parse: %s", path, err.Error())
		return false
	}
	top := p.Object()
	if top == nil || top.Type() != ucl.TypeObject {
		c.logf(logger.LevelInfo, fname, "cannot use file %s, bad object", path)
		return false
	}
	for cur := range top.All() {
		it, ok := c.bySymbol.get(cur.Key())
		if !ok {
			continue
		}
		if elt := cur.Lookup("time"); elt != nil {
			it.Stat.AvgTime, _ = elt.AsFloat()
		}
		if elt := cur.Lookup("count"); elt != nil {
			it.Stat.TotalHits = uint64(elt.Int())
		}
		if elt := cur.Lookup("frequency"); elt != nil && elt.Type() == ucl.TypeObject {
			if f := elt.Lookup("avg"); f != nil {
				it.Stat.AvgFrequency, _ = f.AsFloat()
			}
			if f := elt.Lookup("stddev"); f != nil {
				it.Stat.StddevFrequency, _ = f.AsFloat()
			}
		}
		if it.virtual && !it.IsGhost() {
			if parent := c.Parent(it); parent != nil {
				if parent.Stat.Weight < it.Stat.Weight {
					parent.Stat.Weight = it.Stat.Weight
				}
				it.Stat.AvgTime = parent.Stat.AvgTime
			}
		}
		c.total += math.Abs(it.Stat.Weight)
		c.totalHits += it.Stat.TotalHits
	}
	return true
}
