// Package symcache is rspamd's symbol cache (upstream's libserver/symcache):
// the registry of every symbol that rules, plugins and the configuration
// register, each with its stage (connfilter, prefilter, filter,
// postfilter, idempotent, classifier, composite or virtual), flags,
// priority, parent and virtual children, dependencies, conditions, the
// settings ids allowed or forbidden to run it, its augmentations and run
// statistics.
//
// Registration follows upstream's C API (AddSymbol, AddDependency,
// AddCondition, DisableSymbol, ...). Init then does what
// rspamd_symcache_init does: statically disabled symbols are removed,
// delayed dependencies and conditions are resolved, dependencies are
// checked and linked both ways, and the static order the scan uses is
// computed (topological by dependencies, then priority, augmentations and
// statistics). Validate checks the symbols against the metric's scores as
// configtest and the workers do. SymbolDetails, Counters and the timeouts
// give what configdump -d, the controller and configtest print.
//
// Iteration orders follow upstream's containers (insertion order, with
// removals moving the last entry into the hole), so that everything
// printed from the cache comes in upstream's order.
package symcache

import (
	"fmt"
	"math"
	"net/netip"
	"slices"
	"strconv"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/re"
)

// noAddr is the client address of configuration-time debug lines: none.
var noAddr netip.Addr

// regexpLike reports whether upstream would take a symbol pattern for a
// regexp: it compiles as one.
func regexpLike(s string) bool {
	_, err := re.Compile(s)
	return err == nil
}

// Stat are an item's run statistics (rspamd_symcache_item_stat).
type Stat struct {
	// Weight is the symbol's score as the cache sees it.
	Weight float64
	// AvgTime is the average run time in milliseconds; TimeMean the mean
	// of the time counter.
	AvgTime, TimeMean float64
	Hits              uint32
	TotalHits         uint64
	AvgFrequency      float64
	StddevFrequency   float64
}

// Dependency is one dependency of an item, or one reverse dependency.
type Dependency struct {
	// Item is the item depended on (nil until resolved).
	Item *Item
	// Symbol is the name the dependency was registered with.
	Symbol string
	// VirtualSource is the id of the virtual item that registered the
	// dependency, or -1.
	VirtualSource int
	// Hard dependencies disable the dependent when settings disable the
	// dependency.
	Hard bool
}

// Augmentation is a named attribute of an item ("passthrough", "timeout=5",
// ...); Value is nil, a string or a float64.
type Augmentation struct {
	Value  any
	Weight int
}

// Item is one registered symbol.
type Item struct {
	Name     string
	ID       int
	Type     Type
	Flags    Flags
	Priority int
	// Order is the topological order computed by Init (with upstream's
	// marking bits).
	Order uint32
	// Func is what the item runs (a filter's callback, a composite, a
	// module's handler): opaque to the cache.
	Func any
	// Conditions must all hold for the item to run; opaque to the cache.
	Conditions []any
	// Allowed, ExecOnly and Forbidden are settings ids.
	Allowed, ExecOnly, Forbidden IDList
	Stat                         Stat
	// Enabled is cleared for symbols disabled in the metric.
	Enabled bool

	virtual  bool
	parentID int
	parent   *Item
	children []*Item
	augs     *dense[string, Augmentation]
	deps     *dense[int, *Dependency]
	rdeps    *dense[int, *Dependency]
}

// IsVirtual reports whether the item is a virtual symbol of a parent.
func (it *Item) IsVirtual() bool { return it.virtual }

// IsFilter reports whether the item is a normal filter with a callback.
func (it *Item) IsFilter() bool { return !it.virtual && it.Type == TypeFilter }

// IsGhost reports whether the item is a ghost (never inserted as a result).
func (it *Item) IsGhost() bool { return it.Flags&FlagGhost != 0 }

// isScoreable reports whether the symbol should have a score.
func (it *Item) isScoreable() bool {
	return it.Flags&FlagCallback == 0 && (it.Type == TypeFilter || it.virtual ||
		it.Type == TypeComposite || it.Type == TypeClassifier)
}

// Children returns the virtual children of a normal item.
func (it *Item) Children() []*Item { return it.children }

// Deps returns the item's dependencies in upstream's order.
func (it *Item) Deps() []*Dependency { return slices.Clone(it.deps.vals) }

// RDeps returns the items depending on this one.
func (it *Item) RDeps() []*Dependency { return slices.Clone(it.rdeps.vals) }

// Augmentations returns the names of the item's augmentations in order.
func (it *Item) Augmentations() []string { return slices.Clone(it.augs.keys) }

// Augmentation returns an augmentation of the item.
func (it *Item) Augmentation(name string) (Augmentation, bool) { return it.augs.get(name) }

// NumericAugmentation returns a numeric augmentation's value.
func (it *Item) NumericAugmentation(name string) (float64, bool) {
	a, ok := it.augs.get(name)
	if !ok {
		return 0, false
	}
	v, ok := a.Value.(float64)
	return v, ok
}

func (it *Item) augmentationWeight() int {
	w := 0
	for _, a := range it.augs.vals {
		w += a.Weight
	}
	return w
}

// IDList is a list of settings ids (symcache_id_list): kept in insertion
// order until it grows past 32 entries, then sorted.
type IDList []uint32

const idSortThreshold = 32

// Add appends an id.
func (l *IDList) Add(id uint32) {
	*l = append(*l, id)
	if len(*l) > idSortThreshold {
		slices.Sort(*l)
	}
}

// Set replaces the ids.
func (l *IDList) Set(ids []uint32) {
	*l = append((*l)[:0], ids...)
	if len(*l) > idSortThreshold {
		slices.Sort(*l)
	}
}

// Has reports whether id is in the list.
func (l IDList) Has(id uint32) bool { return slices.Contains(l, id) }

type delayedDep struct {
	from, to string
	hard     bool
}

type delayedCond struct {
	sym  string
	cond any
}

// SettingsElt is a settings id with the symbols it enables or disables
// (rspamd_config_settings_elt).
type SettingsElt struct {
	ID   uint32
	Name string
	// Enabled and Disabled list symbol names in their registration order.
	Enabled, Disabled []string
	Policy            SettingsPolicy
}

// SettingsPolicy is what a settings id does with the symbols it does not
// list.
type SettingsPolicy int

// Settings policies.
const (
	SettingsDefault SettingsPolicy = iota
	SettingsImplicitAllow
	SettingsImplicitDeny
)

type pendingOp struct {
	elt     *SettingsElt
	enabled bool
}

// Cache is the symbol cache of one configuration.
type Cache struct {
	cfg *cfg.Config

	bySymbol *dense[string, *Item]
	byID     *dense[int, *Item]

	connfilters, prefilters, filters, postfilters []*Item
	composites, idempotent, classifiers, virtuals []*Item

	delayedDeps  []delayedDep
	delayedConds []delayedCond
	disabled     []string
	enabled      []string
	pending      map[string][]pendingOp

	order      []*Item
	orderGen   uint32
	curGen     uint32
	cksum      uint64
	nstats     int
	totalHits  uint64
	total      float64
	reloadTime float64
	// PeakCallback is what rspamd_config:set_peak_cb registered.
	PeakCallback any
	// connected are the metric's symbols Init found in the cache.
	connected map[string]*Item
}

// Connected returns the item of a metric symbol, once Init has connected
// the metric to the cache (nil before, and for symbols without an item).
func (c *Cache) Connected(name string) *Item { return c.connected[name] }

// New returns an empty cache for a configuration (rspamd_symcache_new).
func New(c *cfg.Config) *Cache {
	return &Cache{
		cfg:       c,
		bySymbol:  newDense[string, *Item](),
		byID:      newDense[int, *Item](),
		pending:   map[string][]pendingOp{},
		cksum:     0xdeadbabe,
		total:     1,
		totalHits: 1,
	}
}

func (c *Cache) log() *logger.Logger {
	if c.cfg.Log != nil {
		return c.cfg.Log
	}
	return logger.Default()
}

func (c *Cache) logf(level logger.Level, function, format string, args ...any) {
	c.log().Logf(level, "symcache", c.cfg.Tag(), c.cfg.HasTag(), function, format, args...)
}

func (c *Cache) debugf(function, format string, args ...any) {
	c.log().Debugf("symcache", noAddr, c.cfg.Tag(), c.cfg.HasTag(), function, format, args...)
}

// vector returns the stage list an item belongs to.
func (c *Cache) vector(t Type) *[]*Item {
	switch t {
	case TypeConnfilter:
		return &c.connfilters
	case TypePrefilter:
		return &c.prefilters
	case TypePostfilter:
		return &c.postfilters
	case TypeIdempotent:
		return &c.idempotent
	case TypeComposite:
		return &c.composites
	case TypeClassifier:
		return &c.classifiers
	case TypeVirtual:
		return &c.virtuals
	}
	return &c.filters
}

func newItem(id int, name string, prio int, t Type, flags Flags) *Item {
	return &Item{Name: name, ID: id, Type: t, Flags: flags, Priority: prio, Enabled: true, parentID: -1,
		augs: newDense[string, Augmentation](), deps: newDense[int, *Dependency](), rdeps: newDense[int, *Dependency]()}
}

// autoNames numbers the names made up for symbols registered without one.
var autoNames uint64

// AddSymbol registers a symbol (rspamd_symcache_add_symbol): with parent
// -1 a symbol that runs fn (nil for none), otherwise a virtual symbol of
// the item parent. It returns the new id, or -1 after logging why the
// symbol cannot be added.
func (c *Cache) AddSymbol(name string, priority int, fn any, flags Flags, parent int) int {
	if parent == -1 {
		return c.addWithCallback(name, priority, fn, flags)
	}
	return c.addVirtual(name, parent, flags)
}

func (c *Cache) addWithCallback(name string, priority int, fn any, flags Flags) int {
	const fname = "add_symbol_with_callback"
	t, rest, err := typeFromFlags(flags)
	if err != nil {
		c.logf(logger.LevelCritical, fname, "incompatible flags when adding %s: %s", name, err.Error())
		return -1
	}
	if t != TypeFilter || rest&(FlagGhost|FlagCallback) != 0 {
		rest |= FlagNostat
	}
	if t == TypeVirtual {
		c.logf(logger.LevelCritical, fname, "trying to add virtual symbol %s as real (no parent)", name)
		return -1
	}
	real := name
	if name == "" {
		autoNames++
		real = fmt.Sprintf("AUTO_0x%x_0x%x", 0x1000+2*autoNames, 0x1001+2*autoNames)
		c.logf(logger.LevelWarning, fname, "trying to add an empty symbol name, convert it to %s", real)
	}
	if t == TypeIdempotent && priority != 0 {
		c.logf(logger.LevelWarning, fname, "priority has been set for idempotent symbol %s: %d", real, priority)
	}
	if rest&FlagFine != 0 && priority == 0 {
		priority = 1
	}
	if c.bySymbol.has(real) {
		c.logf(logger.LevelCritical, fname, "duplicate symbol name: %s", real)
		return -1
	}
	id := c.byID.len()
	it := newItem(id, real, priority, t, rest)
	it.Func = fn
	c.bySymbol.insert(real, it)
	v := c.vector(t)
	*v = append(*v, it)
	c.byID.insert(id, it)
	if rest&FlagNostat == 0 {
		c.cksum = fasthash.T1ha1([]byte(name), c.cksum)
		c.nstats++
	}
	c.applyPending(it)
	return id
}

func (c *Cache) addVirtual(name string, parent int, flags Flags) int {
	const fname = "add_virtual_symbol"
	if name == "" {
		c.logf(logger.LevelCritical, fname, "cannot register a virtual symbol with no name; qed")
		return -1
	}
	t, rest, err := typeFromFlags(flags)
	if err != nil {
		c.logf(logger.LevelCritical, fname, "incompatible flags when adding %s: %s", name, err.Error())
		return -1
	}
	if c.bySymbol.has(name) {
		c.logf(logger.LevelCritical, fname, "duplicate symbol name: %s", name)
		return -1
	}
	if c.byID.len() < parent || parent < 0 {
		c.logf(logger.LevelCritical, fname, "parent id %d is out of bounds for virtual symbol %s", parent, name)
		return -1
	}
	p, ok := c.byID.get(parent)
	if !ok {
		c.logf(logger.LevelCritical, fname, "parent id %d is out of bounds for virtual symbol %s", parent, name)
		return -1
	}
	id := c.byID.len()
	it := newItem(id, name, 0, t, rest)
	it.virtual = true
	it.parentID = parent
	if !p.virtual {
		p.children = append(p.children, it)
	}
	c.bySymbol.insert(name, it)
	v := c.vector(t)
	*v = append(*v, it)
	c.byID.insert(id, it)
	c.applyPending(it)
	return id
}

// ByID returns the item with an id, its parent with resolveParent for a
// virtual symbol; nil (with an error logged) when there is none.
func (c *Cache) ByID(id int, resolveParent bool) *Item {
	if id < 0 || id >= c.byID.len() {
		c.logf(logger.LevelCritical, "get_item_by_id", "internal error: requested item with id %d, when we have just %d items in the cache",
			id, c.byID.len())
		return nil
	}
	it, ok := c.byID.get(id)
	if !ok {
		c.logf(logger.LevelCritical, "get_item_by_id", "internal error: requested item with id %d but it is empty; qed", id)
		return nil
	}
	if resolveParent && it.virtual {
		return c.Parent(it)
	}
	return it
}

// Parent returns the parent of a virtual item (nil otherwise).
func (c *Cache) Parent(it *Item) *Item {
	if !it.virtual {
		return nil
	}
	if it.parent != nil {
		return it.parent
	}
	return c.ByID(it.parentID, false)
}

// resolveParent caches a virtual item's parent (following a virtual
// parent to its own parent).
func (c *Cache) resolveParent(it *Item) bool {
	if !it.virtual {
		c.logf(logger.LevelWarning, "resolve_parent", "trying to resolve a parent for non-virtual symbol %s", it.Name)
		return false
	}
	if it.parent != nil {
		return false
	}
	if p := c.ByID(it.parentID, true); p != nil {
		it.parent = p
		return true
	}
	return false
}

// Lookup returns the item named name, its parent with resolveParent for a
// virtual symbol, or nil.
func (c *Cache) Lookup(name string, resolveParent bool) *Item {
	it, ok := c.bySymbol.get(name)
	if !ok {
		return nil
	}
	if resolveParent && it.virtual {
		c.resolveParent(it)
		return c.Parent(it)
	}
	return it
}

// lookupMut is Lookup without caching the parent (get_item_by_name_mut).
func (c *Cache) lookupMut(name string, resolveParent bool) *Item {
	it, ok := c.bySymbol.get(name)
	if !ok {
		return nil
	}
	if resolveParent && it.virtual {
		return c.Parent(it)
	}
	return it
}

// Find returns the id of a symbol, or -1 (rspamd_symcache_find_symbol).
func (c *Cache) Find(name string) int {
	if it := c.Lookup(name, false); it != nil {
		return it.ID
	}
	return -1
}

// ParentName returns the name of a virtual symbol's parent, or "".
func (c *Cache) ParentName(name string) string {
	it := c.Lookup(name, false)
	if it == nil || !it.virtual {
		return ""
	}
	if p := c.Parent(it); p != nil {
		return p.Name
	}
	return ""
}

// SymbolFlags returns the flags of a symbol, 0 for an unknown one.
func (c *Cache) SymbolFlags(name string) Flags {
	if it := c.Lookup(name, false); it != nil {
		return it.Flags
	}
	return 0
}

// Items returns every item in upstream's iteration order.
func (c *Cache) Items() []*Item { return slices.Clone(c.bySymbol.vals) }

// Len returns the number of items.
func (c *Cache) Len() int { return c.bySymbol.len() }

// StatsSymbolsCount is the number of symbols statistics consider
// (registered without nostat).
func (c *Cache) StatsSymbolsCount() int { return c.nstats }

// Checksum is the t1ha chain over the names of those symbols.
func (c *Cache) Checksum() uint64 { return c.cksum }

// AddDelayedDependency records that from depends on to, resolved by Init.
func (c *Cache) AddDelayedDependency(from, to string, hard bool) {
	c.delayedDeps = append(c.delayedDeps, delayedDep{from: from, to: to, hard: hard})
}

// AddCondition records a condition for a symbol, attached by Init.
func (c *Cache) AddCondition(sym string, cond any) {
	c.delayedConds = append(c.delayedConds, delayedCond{sym: sym, cond: cond})
}

// DisableSymbol disables a symbol statically (its item is removed by
// Init) unless EnableSymbol names it too. A pattern that would be read as
// a regexp ("/.../") makes upstream fail: the error says so.
func (c *Cache) DisableSymbol(sym string) error {
	return addPattern(&c.disabled, sym)
}

// EnableSymbol keeps a symbol that DisableSymbol names.
func (c *Cache) EnableSymbol(sym string) error {
	return addPattern(&c.enabled, sym)
}

// errRegexpPattern is what upstream's delayed symbol list does with a
// regexp: its variant access throws, which LuaJIT turns into this error.
var errRegexpPattern = fmt.Errorf("C++ exception")

func addPattern(list *[]string, sym string) error {
	if strings.HasPrefix(sym, "/") && regexpLike(sym) {
		return errRegexpPattern
	}
	if !slices.Contains(*list, sym) {
		*list = append(*list, sym)
	}
	return nil
}

// PromoteResort makes the order be computed again at its next use.
func (c *Cache) PromoteResort() { c.curGen++ }

// AddAugmentation adds an augmentation to the item id
// (rspamd_symcache_add_symbol_augmentation): value nil or empty reads a
// "name=value" augmentation.
func (c *Cache) AddAugmentation(id int, aug string, value string) bool {
	it := c.ByID(id, false)
	if it == nil {
		c.logf(logger.LevelCritical, "rspamd_symcache_add_symbol_augmentation", "item %d is not found", id)
		return false
	}
	if value == "" {
		if k, v, ok := strings.Cut(aug, "="); ok && k != "" && v != "" {
			return c.addAugmentation(it, k, &v)
		}
		return c.addAugmentation(it, aug, nil)
	}
	return c.addAugmentation(it, aug, &value)
}

type knownAugmentation struct {
	weight  int
	implied Flags
	numeric bool
}

var knownAugmentations = map[string]knownAugmentation{
	"passthrough":    {weight: 10, implied: FlagIgnorePassthrough},
	"single_network": {weight: 1},
	"no_network":     {},
	"many_network":   {weight: 1},
	"important":      {weight: 5, implied: FlagFine},
	"timeout":        {numeric: true},
}

func (c *Cache) addAugmentation(it *Item, name string, value *string) bool {
	const fname = "add_augmentation"
	if it.augs.has(name) {
		c.logf(logger.LevelWarning, fname, "duplicate augmentation: %s", name)
		return false
	}
	known, ok := knownAugmentations[name]
	if !ok {
		c.debugf(fname, "added augmentation %s for symbol %s", name, it.Name)
		return it.augs.insert(name, Augmentation{})
	}
	if known.implied != 0 && known.implied&it.Flags == 0 {
		c.logf(logger.LevelInfo, fname, "added implied flags (%s) for symbol %s as it has %s augmentation",
			strconv.FormatUint(uint64(known.implied), 2), it.Name, name)
		it.Flags |= known.implied
	}
	if !known.numeric {
		if value != nil {
			c.logf(logger.LevelCritical, fname, "value specified for augmentation %s, that has no value", name)
			return false
		}
		return it.augs.insert(name, Augmentation{Weight: known.weight})
	}
	if value == nil {
		c.logf(logger.LevelCritical, fname, "value is not specified for augmentation %s, that requires explicit value", name)
		return false
	}
	v := *value
	if len(v) > 127 {
		v = v[:127]
	}
	num, _, _ := cconv.Strtod(v)
	if math.Abs(num) >= math.MaxFloat32 || math.IsNaN(num) {
		c.logf(logger.LevelCritical, fname, "value for augmentation %s is not numeric: %s", name, *value)
		return false
	}
	return it.augs.insert(name, Augmentation{Value: num, Weight: known.weight})
}

// addDependency links from (the real source) to the item to, with the
// virtual source vfrom (or -1) registering it too
// (symcache::add_dependency).
func (c *Cache) addDependency(from int, to string, toID int, vfrom int, hard bool) {
	src, _ := c.byID.get(from)
	dst, _ := c.byID.get(toID)
	kind := ""
	if hard {
		kind = "hard "
	}
	if src.deps.has(toID) {
		c.debugf("add_dependency", "duplicate dependency %s -> %s", src.Name, to)
		return
	}
	c.debugf("add_dependency", "add %sdependency %s(%d) -> %s(%d)", kind, src.Name, src.ID, to, dst.ID)
	src.deps.insert(toID, &Dependency{Item: dst, Symbol: to, VirtualSource: -1, Hard: hard})
	if vfrom < 0 {
		return
	}
	vsrc, _ := c.byID.get(vfrom)
	if vsrc.deps.has(toID) {
		c.debugf("add_dependency", "duplicate virtual dependency %s -> %s", vsrc.Name, to)
		return
	}
	c.debugf("add_dependency", "add virtual %sdependency %s -> %s", kind, vsrc.Name, to)
	vsrc.deps.insert(toID, &Dependency{Item: dst, Symbol: to, VirtualSource: vfrom, Hard: hard})
}
