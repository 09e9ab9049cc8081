package symcache

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fmt"
	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// newTestCache returns an empty cache whose configuration logs into the
// returned buffer (info and above, rspamadm's bare lines).
func newTestCache(t *testing.T) (*Cache, *bytes.Buffer) {
	t.Helper()
	c := cfg.New(cfg.DefaultDirs())
	var buf bytes.Buffer
	c.Log = logger.NewConsoleTo(logger.FlagRspamadm, "rspamadm", logger.LevelInfo|logger.LevelNotice, &buf, &buf)
	c.CacheFile = ""
	return New(c), &buf
}

func wantLog(t *testing.T, buf *bytes.Buffer, want ...string) {
	t.Helper()
	got := buf.String()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("log lacks %q; log:\n%s", w, got)
		}
	}
}

func TestParseType(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Flags
		bad  []string
	}{
		{"", FlagNormal, nil},
		{"normal", FlagNormal, nil},
		{"virtual", FlagVirtual, nil},
		{"CALLBACK", FlagCallback, nil},
		{"callback,normal", FlagNormal, nil},
		{"prefilter", FlagNormal | FlagPrefilter | FlagGhost, nil},
		{"postfilter;nostat", FlagNormal | FlagPostfilter | FlagGhost | FlagNostat, nil},
		{"conn_filter", FlagNormal | FlagConnfilter | FlagGhost, nil},
		{"connfilter", FlagNormal | FlagConnfilter | FlagGhost, nil},
		{"idempotent", FlagNormal | FlagGhost | FlagIdempotent | FlagCallback, nil},
		{"virtual,fine", FlagVirtual | FlagFine, nil},
		{"normal,bogus", FlagNormal, []string{"bogus"}},
		// empty fields are reported, as upstream warns "bad type: "
		{"normal,,", FlagNormal, []string{"", ""}},
		// flag names are found anywhere in a field
		{"notfinealready", FlagNormal | FlagFine, nil},
	} {
		var bad []string
		got := ParseType(tc.in, func(n string) { bad = append(bad, n) })
		if got != tc.want || !slices.Equal(bad, tc.bad) {
			t.Errorf("ParseType(%q) = %#x, bad %q; want %#x, bad %q", tc.in, got, bad, tc.want, tc.bad)
		}
	}
}

func TestParseFlags(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Flags
	}{
		{"", 0},
		{"fine", FlagFine},
		{"nice,nostat", FlagFine | FlagNostat},
		{"explicit_disable,ignore_passthrough", FlagExplicitDisable | FlagIgnorePassthrough},
		{"explicit_enable coro mime", FlagExplicitEnable | FlagUseCoro | FlagMimeOnly},
		{"skip,empty,trivial,ghost,idempotent", FlagSkipped | FlagEmpty | FlagTrivial | FlagGhost | FlagIdempotent},
		{"FINE", 0},
	} {
		if got := ParseFlags(tc.in); got != tc.want {
			t.Errorf("ParseFlags(%q) = %#x, want %#x", tc.in, got, tc.want)
		}
	}
}

func TestFlagNames(t *testing.T) {
	f := FlagFine | FlagNostat | FlagGhost | FlagUseCoro | FlagExplicitDisable | FlagSkipped
	if got, want := f.Names(), []string{"fine", "explicit_disable", "nostat", "skip", "ghost", "coro"}; !slices.Equal(got, want) {
		t.Errorf("Names = %q, want %q", got, want)
	}
	if got, want := f.LuaNames(), []string{"fine", "explicit_disable", "nostat", "skip"}; !slices.Equal(got, want) {
		t.Errorf("LuaNames = %q, want %q", got, want)
	}
	if got := Flags(0).Names(); got == nil || len(got) != 0 {
		t.Errorf("Names of no flags = %#v, want an empty list", got)
	}
	if TypeVirtual.String() != "virtual" || Type(42).String() != "unknown" || Type(-1).String() != "unknown" {
		t.Errorf("Type.String: %s %s", TypeVirtual, Type(42))
	}
}

func FuzzParseType(f *testing.F) {
	for _, s := range []string{"", "normal", "virtual,fine", "prefilter;nostat", "idempotent", "callback,,bogus", "conn_filter,explicit_disable"} {
		f.Add(s)
	}
	known := FlagNormal | FlagVirtual | FlagCallback | FlagGhost | FlagSkipped | FlagFine | FlagEmpty |
		FlagConnfilter | FlagPrefilter | FlagPostfilter | FlagNostat | FlagIdempotent | FlagTrivial |
		FlagMimeOnly | FlagExplicitDisable | FlagIgnorePassthrough | FlagExplicitEnable | FlagUseCoro
	f.Fuzz(func(t *testing.T, s string) {
		var bad []string
		got := ParseType(s, func(n string) { bad = append(bad, n) })
		if got&^known != 0 {
			t.Fatalf("ParseType(%q) = %#x: unknown bits", s, got)
		}
		if n := bits(got & (FlagNormal | FlagVirtual | FlagCallback)); n == 0 {
			t.Fatalf("ParseType(%q) = %#x: no kind", s, got)
		}
		for _, b := range bad {
			if ParseFlags(b) != 0 || strings.ContainsAny(b, ",;") {
				t.Fatalf("ParseType(%q) reported %q as bad", s, b)
			}
		}
		_, _, _ = typeFromFlags(got)
	})
}

func bits(f Flags) int {
	n := 0
	for ; f != 0; f &= f - 1 {
		n++
	}
	return n
}

func TestTypeFromFlags(t *testing.T) {
	for _, tc := range []struct {
		in   Flags
		t    Type
		rest Flags
		err  bool
	}{
		{FlagNormal, TypeFilter, FlagNormal, false},
		{FlagPrefilter | FlagGhost, TypePrefilter, FlagGhost, false},
		{FlagVirtual | FlagFine, TypeVirtual, FlagFine, false},
		{FlagComposite, TypeComposite, 0, false},
		{FlagClassifier | FlagNostat, TypeClassifier, FlagNostat, false},
		{FlagPrefilter | FlagPostfilter, 0, 0, true},
	} {
		gt, rest, err := typeFromFlags(tc.in)
		if (err != nil) != tc.err || !tc.err && (gt != tc.t || rest != tc.rest) {
			t.Errorf("typeFromFlags(%#x) = %v, %#x, %v", tc.in, gt, rest, err)
		}
	}
}

func TestAddSymbol(t *testing.T) {
	c, buf := newTestCache(t)
	a := c.AddSymbol("A", 0, "fa", FlagNormal, -1)
	b := c.AddSymbol("B", 0, nil, FlagNormal|FlagCallback, -1)
	pre := c.AddSymbol("PRE", 5, nil, FlagPrefilter|FlagGhost, -1)
	fine := c.AddSymbol("FINE", 0, nil, FlagNormal|FlagFine, -1)
	v := c.AddSymbol("A_V", 0, nil, FlagVirtual, a)
	if a != 0 || b != 1 || pre != 2 || fine != 3 || v != 4 {
		t.Fatalf("ids %d %d %d %d %d", a, b, pre, fine, v)
	}
	if c.AddSymbol("A", 0, nil, FlagNormal, -1) != -1 {
		t.Error("duplicate accepted")
	}
	if c.AddSymbol("BAD", 0, nil, FlagPrefilter|FlagPostfilter, -1) != -1 {
		t.Error("two stages accepted")
	}
	if c.AddSymbol("NOPARENT", 0, nil, FlagVirtual, -1) != -1 {
		t.Error("virtual without parent accepted")
	}
	if c.AddSymbol("FARPARENT", 0, nil, FlagVirtual, 99) != -1 {
		t.Error("virtual with unknown parent accepted")
	}
	if c.AddSymbol("", 0, nil, FlagVirtual, a) != -1 {
		t.Error("virtual without name accepted")
	}
	wantLog(t, buf,
		"duplicate symbol name: A",
		"incompatible flags when adding BAD: invalid flags for a symbol: 3072",
		"trying to add virtual symbol NOPARENT as real (no parent)",
		"parent id 99 is out of bounds for virtual symbol FARPARENT",
		"cannot register a virtual symbol with no name; qed")

	if it := c.Lookup("B", false); it.Flags&FlagNostat == 0 {
		t.Error("callback symbol counts in statistics")
	}
	if it := c.Lookup("PRE", false); it.Type != TypePrefilter || it.Flags != FlagGhost|FlagNostat || it.Priority != 5 {
		t.Errorf("PRE: type %v flags %#x prio %d", it.Type, it.Flags, it.Priority)
	}
	if it := c.Lookup("FINE", false); it.Priority != 1 {
		t.Errorf("fine symbol priority %d, want 1", it.Priority)
	}
	if c.StatsSymbolsCount() != 2 || c.Checksum() == 0xdeadbabe {
		t.Errorf("stats count %d, checksum %#x", c.StatsSymbolsCount(), c.Checksum())
	}
	if c.Lookup("A_V", true).Name != "A" || c.ParentName("A_V") != "A" || c.ParentName("A") != "" || c.ParentName("X") != "" {
		t.Error("virtual symbol's parent")
	}
	if got := names(c.Lookup("A", false).Children()); !slices.Equal(got, []string{"A_V"}) {
		t.Errorf("children %q", got)
	}
	if c.Find("A_V") != 4 || c.Find("nope") != -1 || c.Len() != 5 {
		t.Error("Find/Len")
	}
	if c.ByID(4, true).Name != "A" || c.ByID(4, false).Name != "A_V" || c.ByID(17, false) != nil {
		t.Error("ByID")
	}
	if c.SymbolFlags("FINE") != FlagNormal|FlagFine || c.SymbolFlags("nope") != 0 {
		t.Error("SymbolFlags")
	}

	buf.Reset()
	id := c.AddSymbol("", 0, nil, FlagNormal, -1)
	if it := c.ByID(id, false); it == nil || !strings.HasPrefix(it.Name, "AUTO_0x") {
		t.Errorf("unnamed symbol got %v", it)
	}
	wantLog(t, buf, "trying to add an empty symbol name, convert it to AUTO_0x")
}

func TestAugmentations(t *testing.T) {
	c, buf := newTestCache(t)
	a := c.AddSymbol("A", 0, nil, FlagNormal, -1)
	for _, tc := range []struct {
		aug, val string
		ok       bool
	}{
		{"passthrough", "", true},
		{"timeout=5.5s", "", true},
		{"important", "", true},
		{"custom", "", true},
		{"passthrough", "", false},
		{"single_network", "x", false},
		{"many_network=", "", true},
	} {
		if got := c.AddAugmentation(a, tc.aug, tc.val); got != tc.ok {
			t.Errorf("AddAugmentation(%q, %q) = %v", tc.aug, tc.val, got)
		}
	}
	b := c.AddSymbol("B", 0, nil, FlagNormal, -1)
	if c.AddAugmentation(b, "timeout", "") || c.AddAugmentation(b, "timeout", "1e300") || c.AddAugmentation(99, "x", "") {
		t.Error("bad timeouts accepted")
	}
	if !c.AddAugmentation(b, "timeout", "abc") {
		t.Error("timeout abc (strtod reads 0) refused")
	}
	wantLog(t, buf,
		"added implied flags (100000000000000000) for symbol A as it has passthrough augmentation",
		"added implied flags (10000000) for symbol A as it has important augmentation",
		"duplicate augmentation: passthrough",
		"value specified for augmentation single_network, that has no value",
		"value is not specified for augmentation timeout, that requires explicit value",
		"value for augmentation timeout is not numeric: 1e300",
		"item 99 is not found")
	it := c.Lookup("A", false)
	if it.Flags&(FlagIgnorePassthrough|FlagFine) != FlagIgnorePassthrough|FlagFine {
		t.Errorf("implied flags missing: %#x", it.Flags)
	}
	if v, ok := it.NumericAugmentation("timeout"); !ok || v != 5.5 {
		t.Errorf("timeout %v %v", v, ok)
	}
	if _, ok := it.NumericAugmentation("custom"); ok {
		t.Error("custom augmentation numeric")
	}
	if got, want := it.Augmentations(), []string{"passthrough", "timeout", "important", "custom", "many_network="}; !slices.Equal(got, want) {
		t.Errorf("augmentations %q, want %q", got, want)
	}
	if it.augmentationWeight() != 15 {
		t.Errorf("augmentation weight %d", it.augmentationWeight())
	}
}

func TestAugmentationNumbers(t *testing.T) {
	c, _ := newTestCache(t)
	for i, tc := range []struct {
		in   string
		want float64
	}{{"5", 5}, {" 2.5s", 2.5}, {"abc", 0}, {"1e3x", 1000}, {" ", 0}, {"-3_", -3}, {"0x10", 16}, {"0x1p-2", 0.25}} {
		name := fmt.Sprintf("N%d", i)
		if !c.AddAugmentation(c.AddSymbol(name, 0, nil, FlagNormal, -1), "timeout", tc.in) {
			t.Errorf("timeout %q refused", tc.in)
			continue
		}
		if got, ok := c.Lookup(name, false).NumericAugmentation("timeout"); !ok || got != tc.want {
			t.Errorf("timeout %q reads %v %v, want %v", tc.in, got, ok, tc.want)
		}
	}
}

func TestDependencies(t *testing.T) {
	c, buf := newTestCache(t)
	a := c.AddSymbol("A", 0, nil, FlagNormal, -1)
	c.AddSymbol("A_V", 0, nil, FlagVirtual, a)
	c.AddSymbol("B", 0, nil, FlagNormal, -1)
	c.AddSymbol("C", 0, nil, FlagNormal, -1)
	c.AddSymbol("PRE", 0, nil, FlagPrefilter|FlagGhost, -1)
	c.AddSymbol("POST", 0, nil, FlagPostfilter|FlagGhost, -1)
	c.AddSymbol("COMP", 0, nil, FlagComposite, -1)
	c.AddDelayedDependency("B", "A_V", false) // resolves to A
	c.AddDelayedDependency("C", "B", true)
	c.AddDelayedDependency("A_V", "PRE", false) // virtual source
	c.AddDelayedDependency("PRE", "POST", false)
	c.AddDelayedDependency("B", "MISSING", false)
	c.AddDelayedDependency("MISSING", "B", false)
	c.AddDelayedDependency("POST", "B", false)
	c.AddCondition("A_V", "cond1")
	c.AddCondition("NOPE", "cond2")
	if !c.Init() {
		t.Fatal("Init failed")
	}
	wantLog(t, buf,
		"cannot register delayed dependency B -> MISSING: destination MISSING is missing",
		"cannot register delayed dependency MISSING -> B: source MISSING is missing",
		// a virtual symbol's own copy is checked with the virtual type
		"cannot add dependency from PRE on A_V: invalid symbol types",
		"cannot add dependency from POST on PRE: invalid symbol types",
		"cannot register delayed condition for NOPE")
	if strings.Contains(buf.String(), "remove empty dependency") {
		t.Errorf("dependencies resolved at registration removed:\n%s", buf)
	}
	depNames := func(name string) []string {
		var out []string
		for _, d := range c.Lookup(name, false).Deps() {
			out = append(out, d.Symbol+">"+d.Item.Name)
		}
		return out
	}
	rdepNames := func(name string) []string {
		var out []string
		for _, d := range c.Lookup(name, false).RDeps() {
			out = append(out, d.Item.Name)
		}
		return out
	}
	for name, want := range map[string][]string{
		// invalid dependencies stay, as upstream keeps them
		"B": {"A_V>A"}, "C": {"B>B"}, "A": {"PRE>PRE"}, "A_V": {"PRE>PRE"}, "PRE": {"POST>POST"}, "POST": {"B>B"},
	} {
		if got := depNames(name); !slices.Equal(got, want) {
			t.Errorf("deps of %s = %q, want %q", name, got, want)
		}
	}
	for name, want := range map[string][]string{"A": {"B"}, "B": {"C", "POST"}, "PRE": nil} {
		if got := rdepNames(name); !slices.Equal(got, want) {
			t.Errorf("rdeps of %s = %q, want %q", name, got, want)
		}
	}
	if hard := c.Lookup("C", false).Deps()[0].Hard; !hard {
		t.Error("hard dependency lost")
	}
	if vs := c.Lookup("A_V", false).Deps()[0].VirtualSource; vs != c.Find("A_V") {
		t.Errorf("virtual source %d", vs)
	}
	if conds := c.Lookup("A", false).Conditions; !slices.Equal(conds, []any{"cond1"}) {
		t.Errorf("conditions %v", conds)
	}
}

func TestOrder(t *testing.T) {
	c, buf := newTestCache(t)
	for _, n := range []string{"C", "A", "B", "D"} {
		c.AddSymbol(n, 0, nil, FlagNormal, -1)
	}
	c.AddSymbol("PRE", 0, nil, FlagPrefilter|FlagGhost, -1)
	c.AddSymbol("POST", 0, nil, FlagPostfilter|FlagGhost, -1)
	c.AddSymbol("COMP", 0, nil, FlagComposite, -1)
	c.AddDelayedDependency("B", "A", false)
	c.AddDelayedDependency("C", "B", false)
	c.AddDelayedDependency("A", "PRE", false)
	c.Init()
	// The filters come deepest dependency first: C needs B needs A.
	order := names(c.Order())
	if want := []string{"A", "B", "C", "D", "PRE", "POST", "COMP"}; !slices.Equal(order, want) {
		t.Errorf("order %q, want %q", order, want)
	}
	for name, depth := range map[string]uint32{"A": 2, "B": 1, "C": 0, "D": 0} {
		if got := unmaskOrder(c.Lookup(name, false).Order); got != depth {
			t.Errorf("%s's depth %d, want %d", name, got, depth)
		}
	}
	buf.Reset()
	c.PromoteResort()
	if got := names(c.Order()); !slices.Equal(got, order) {
		t.Errorf("resorted order %q", got)
	}
	wantLog(t, buf, "symbols cache has been modified since last check: old id: 0, new id: 1")
}

func TestCycle(t *testing.T) {
	c, buf := newTestCache(t)
	c.AddSymbol("A", 0, nil, FlagNormal, -1)
	c.AddSymbol("B", 0, nil, FlagNormal, -1)
	c.AddDelayedDependency("A", "B", false)
	c.AddDelayedDependency("B", "A", false)
	c.Init()
	wantLog(t, buf, "cyclic dependencies found when checking 'A'!")

	// A dependency on oneself is refused but stays, making a cycle.
	c, buf = newTestCache(t)
	a := c.AddSymbol("A", 0, nil, FlagNormal, -1)
	c.AddSymbol("A_V", 0, nil, FlagVirtual, a)
	c.AddDelayedDependency("A", "A_V", false)
	c.Init()
	wantLog(t, buf, "cannot add dependency on self: A -> A_V (resolved to A)", "cyclic dependencies found when checking 'A'!")
}

func TestPriorityOrder(t *testing.T) {
	c, _ := newTestCache(t)
	c.AddSymbol("LOW", 0, nil, FlagNormal, -1)
	c.AddSymbol("HIGH", 3, nil, FlagNormal, -1)
	c.AddSymbol("MID", 1, nil, FlagNormal, -1)
	c.AddSymbol("AUG", 0, nil, FlagNormal, -1)
	c.AddAugmentation(c.Find("AUG"), "passthrough", "")
	c.AddSymbol("P1", 1, nil, FlagPrefilter, -1)
	c.AddSymbol("P9", 9, nil, FlagPrefilter, -1)
	c.AddSymbol("Q9", 9, nil, FlagPostfilter, -1)
	c.AddSymbol("Q1", 1, nil, FlagPostfilter, -1)
	c.Init()
	if got, want := names(c.Order()), []string{"HIGH", "MID", "AUG", "LOW", "P9", "P1", "Q1", "Q9"}; !slices.Equal(got, want) {
		t.Errorf("order %q, want %q", got, want)
	}
	if got := names(c.Stage(TypePrefilter)); !slices.Equal(got, []string{"P9", "P1"}) {
		t.Errorf("prefilters %q", got)
	}
}

func TestDisable(t *testing.T) {
	c, _ := newTestCache(t)
	a := c.AddSymbol("A", 0, nil, FlagNormal, -1)
	c.AddSymbol("A1", 0, nil, FlagVirtual, a)
	c.AddSymbol("A2", 0, nil, FlagVirtual, a)
	b := c.AddSymbol("B", 0, nil, FlagNormal, -1)
	c.AddSymbol("B1", 0, nil, FlagVirtual, b)
	c.AddSymbol("C", 0, nil, FlagNormal, -1)
	c.AddSymbol("D", 0, nil, FlagNormal, -1)
	c.AddSymbol("E", 0, nil, FlagNormal, -1)
	c.AddDelayedDependency("A1", "C", false)
	for _, s := range []string{"A2", "B", "D", "D"} {
		if err := c.DisableSymbol(s); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.EnableSymbol("D"); err != nil {
		t.Fatal(err)
	}
	if err := c.DisableSymbol("/^E$/"); err == nil || err.Error() != "C++ exception" {
		t.Errorf("regexp pattern: %v", err)
	}
	if err := c.DisableSymbol("/E"); err != nil {
		t.Errorf("plain slash pattern: %v", err)
	}
	c.Init()
	// Removals move the last items into the holes, as upstream's maps do:
	// A2, A and A1 go (the disabled virtual symbol takes its parent and
	// siblings), then B and B1.
	if got, want := names(c.Items()), []string{"D", "C", "E"}; !slices.Equal(got, want) {
		t.Errorf("items %q, want %q", got, want)
	}
	if got := names(c.Order()); !slices.Equal(got, []string{"C", "D", "E"}) && !slices.Equal(got, []string{"E", "D", "C"}) {
		t.Errorf("order %q", got)
	}
	if len(c.Lookup("C", false).RDeps()) != 0 {
		t.Error("dependency of a disabled symbol kept")
	}
}

func TestValidate(t *testing.T) {
	c, buf := newTestCache(t)
	conf := c.cfg
	conf.AddSymbol("NEG", -2, "", "", 0, 0, 1)
	conf.AddSymbol("VNEG", -1, "", "", 0, 0, 1)
	conf.AddSymbol("POS", 3, "", "", 0, 0, 1)
	conf.AddSymbol("OFF", 3, "", "", cfg.SymbolDisabled, 0, 1)
	conf.AddSymbol("GHOSTLY", 1, "", "", 0, 0, 1)
	c.AddSymbol("NEG", 0, nil, FlagNormal, -1)
	p := c.AddSymbol("PARENT", 0, nil, FlagNormal|FlagCallback, -1)
	c.AddSymbol("VNEG", 0, nil, FlagVirtual, p)
	c.AddSymbol("VPOS", 0, nil, FlagVirtual, p)
	c.AddSymbol("POS", 0, nil, FlagNormal, -1)
	c.AddSymbol("OFF", 0, nil, FlagNormal, -1)
	c.AddSymbol("NOSCORE", 0, nil, FlagNormal, -1)
	c.AddSymbol("PREF", 0, nil, FlagPrefilter, -1)
	c.Init()
	c.Validate()
	wantLog(t, buf, "symbol NOSCORE has no score registered, skip its check", "symbol VPOS has no score registered, skip its check")
	if strings.Contains(buf.String(), "PREF has no score") || strings.Contains(buf.String(), "PARENT has no score") {
		t.Errorf("unscoreable symbols reported:\n%s", buf)
	}
	check := func(name string, flags Flags, prio int, weight float64, enabled bool) {
		t.Helper()
		it := c.Lookup(name, false)
		if it.Flags != flags || it.Priority != prio || it.Stat.Weight != weight || it.Enabled != enabled {
			t.Errorf("%s: flags %#x prio %d weight %v enabled %v; want %#x %d %v %v", name,
				it.Flags, it.Priority, it.Stat.Weight, it.Enabled, flags, prio, weight, enabled)
		}
	}
	check("NEG", FlagNormal|FlagFine, 1, -2, true)
	check("VNEG", FlagFine, 1, -1, true)
	check("VPOS", FlagFine|FlagSkipped, 1, 0, true)
	check("PARENT", FlagNormal|FlagCallback|FlagNostat|FlagFine, 1, -1, true)
	check("POS", FlagNormal, 0, 3, true)
	check("OFF", FlagNormal, 0, 3, false)
	check("NOSCORE", FlagNormal|FlagSkipped, 0, 0, true)

	// With an unknown weight configured, unscored symbols get it.
	c2, buf2 := newTestCache(t)
	c2.cfg.UnknownWeight = 0.5
	c2.AddSymbol("NOSCORE", 0, nil, FlagNormal, -1)
	c2.Init()
	c2.Validate()
	wantLog(t, buf2, "adding unknown symbol NOSCORE with weight: 0.50")
	if w := c2.Lookup("NOSCORE", false).Stat.Weight; w != 0.5 {
		t.Errorf("unknown weight %v", w)
	}
	if s := c2.cfg.Symbols["NOSCORE"]; s == nil || s.Score != 0.5 {
		t.Errorf("unknown symbol not added to the metric: %v", s)
	}
}

func TestSetSymbolFine(t *testing.T) {
	c, _ := newTestCache(t)
	p := c.AddSymbol("P", 0, nil, FlagNormal, -1)
	c.AddSymbol("V1", 0, nil, FlagVirtual, p)
	c.AddSymbol("V2", 0, nil, FlagVirtual, p)
	if c.SetSymbolFine("NOPE") {
		t.Error("unknown symbol made fine")
	}
	if !c.SetSymbolFine("V1") || c.SymbolFlags("P")&FlagFine == 0 || c.SymbolFlags("V2")&FlagFine != 0 {
		t.Error("fine virtual symbol: parent not fine or sibling fine")
	}
	c2, _ := newTestCache(t)
	p = c2.AddSymbol("P", 0, nil, FlagNormal, -1)
	c2.AddSymbol("V1", 0, nil, FlagVirtual, p)
	if !c2.SetSymbolFine("P") || c2.SymbolFlags("V1")&FlagFine == 0 {
		t.Error("fine parent: child not fine")
	}
}

func TestMaxTimeout(t *testing.T) {
	c, _ := newTestCache(t)
	add := func(name string, prio int, flags Flags, timeout string) int {
		id := c.AddSymbol(name, prio, nil, flags, -1)
		if timeout != "" {
			c.AddAugmentation(id, "timeout", timeout)
		}
		return id
	}
	add("PRE1", 2, FlagPrefilter, "1")
	add("PRE2", 2, FlagPrefilter, "3")
	add("PRE3", 1, FlagPrefilter, "2")
	add("F1", 0, FlagNormal, "4")
	add("F2", 0, FlagNormal, "1")
	add("F3", 0, FlagNormal, "")
	add("POST", 0, FlagPostfilter, "0.5")
	c.AddDelayedDependency("F2", "F1", false)
	c.Init()
	total, elts := c.MaxTimeout()
	if total != 3+2+5+0.5 {
		t.Errorf("total %v", total)
	}
	var got []string
	for _, e := range elts {
		got = append(got, e.Item.Name)
	}
	// F1 counts when met first, F2 (with F1 in its chain) is longer.
	if want := []string{"F2", "F1", "PRE2", "PRE3", "POST"}; !slices.Equal(got, want) {
		t.Errorf("timeouts %q, want %q", got, want)
	}
	if elts[0].Timeout != 5 {
		t.Errorf("chain timeout %v", elts[0].Timeout)
	}
}

func TestProcessSettings(t *testing.T) {
	c, buf := newTestCache(t)
	p := c.AddSymbol("P", 0, nil, FlagNormal, -1)
	c.AddSymbol("V", 0, nil, FlagVirtual, p)
	c.AddSymbol("X", 0, nil, FlagNormal, -1)
	c.ProcessSettings(&SettingsElt{ID: 7, Name: "s7", Enabled: []string{"V", "LATER"}, Disabled: []string{"X", "LATER2"}})
	c.ProcessSettings(&SettingsElt{ID: 8, Name: "s8", Enabled: []string{"V"}, Disabled: []string{"P"}})
	wantLog(t, buf, "conflict in s8: cannot enable disabled symbol P, wanted to enable symbol V")
	if !c.Lookup("V", false).Allowed.Has(7) || !c.Lookup("P", false).ExecOnly.Has(7) || !c.Lookup("X", false).Forbidden.Has(7) {
		t.Error("settings 7 not applied")
	}
	if c.Lookup("V", false).Allowed.Has(8) || !c.Lookup("P", false).Forbidden.Has(8) {
		t.Error("settings 8 wrongly applied")
	}
	c.AddSymbol("LATER", 0, nil, FlagNormal, -1)
	c.AddSymbol("LATER2", 0, nil, FlagNormal, -1)
	if !c.Lookup("LATER", false).Allowed.Has(7) || !c.Lookup("LATER2", false).Forbidden.Has(7) {
		t.Error("pending settings not applied on registration")
	}
	if len(c.pending) != 0 {
		t.Errorf("pending left: %v", c.pending)
	}
}

func TestVirtualDependencyPropagatesIDs(t *testing.T) {
	c, _ := newTestCache(t)
	p := c.AddSymbol("P", 0, nil, FlagNormal, -1)
	c.AddSymbol("V", 0, nil, FlagVirtual, p)
	d := c.AddSymbol("D", 0, nil, FlagNormal, -1)
	c.Lookup("D", false).Allowed.Add(3)
	c.Lookup("D", false).Forbidden.Add(4)
	_ = d
	c.AddDelayedDependency("V", "D", false)
	c.Init()
	v := c.Lookup("V", false)
	if !slices.Equal(v.Allowed, IDList{3}) || !slices.Equal(v.Forbidden, IDList{4}) {
		t.Errorf("ids not propagated: %v %v", v.Allowed, v.Forbidden)
	}
}

func TestIDList(t *testing.T) {
	var l IDList
	for i := uint32(40); i > 0; i-- {
		l.Add(i)
		if i == 10 && l[0] != 40 {
			t.Error("short list reordered")
		}
	}
	if !slices.IsSorted(l) || !l.Has(1) || l.Has(41) {
		t.Errorf("long list %v", l)
	}
	l.Set([]uint32{5, 3})
	if !slices.Equal(l, IDList{5, 3}) {
		t.Errorf("Set %v", l)
	}
}

func TestDense(t *testing.T) {
	d := newDense[string, int]()
	for i, k := range []string{"a", "b", "c", "d"} {
		if !d.insert(k, i) {
			t.Fatal("insert")
		}
	}
	if d.insert("a", 9) {
		t.Error("insert replaced")
	}
	if !d.erase("b") || d.erase("b") {
		t.Error("erase")
	}
	if !slices.Equal(d.keys, []string{"a", "d", "c"}) {
		t.Errorf("keys after erase %q", d.keys)
	}
	if v, ok := d.get("d"); !ok || v != 3 || d.len() != 3 || d.has("b") {
		t.Error("get after erase")
	}
	d.erase("c")
	if !slices.Equal(d.keys, []string{"a", "d"}) {
		t.Errorf("keys after erasing the last %q", d.keys)
	}
}

func TestLoadItems(t *testing.T) {
	dir := t.TempDir()
	header := make([]byte, symcacheHeaderSize)
	copy(header, symcacheMagic)
	good := append(append([]byte{}, header...), `{"A": {"time": 2.5, "count": 10, "frequency": {"avg": 0.5, "stddev": 0.25}}, "V": {"time": 9}, "Z": {}}`...)
	badMagic := append([]byte("xxxxxxxx"), header[8:]...)
	files := map[string][]byte{
		"good": good, "empty": {}, "short": []byte("rsc"), "magic": badMagic,
		"syntax": append(append([]byte{}, header...), "{"...),
		"array":  append(append([]byte{}, header...), "[1]"...),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, want := range map[string]string{
		"missing": "cannot open file " + filepath.Join(dir, "missing") + ": No such file or directory",
		"empty":   "cannot mmap file " + filepath.Join(dir, "empty") + ": Invalid argument",
		"short":   "error: Success",
		"magic":   "bad magic",
		"syntax":  "cannot parse",
		"array":   "bad object",
	} {
		c, buf := newTestCache(t)
		if c.loadItems(filepath.Join(dir, name)) {
			t.Errorf("%s loaded", name)
		}
		wantLog(t, buf, want)
	}
	c, _ := newTestCache(t)
	a := c.AddSymbol("A", 0, nil, FlagNormal, -1)
	c.AddSymbol("V", 0, nil, FlagVirtual, a)
	c.cfg.CacheFile = filepath.Join(dir, "good")
	c.Init()
	st := c.Lookup("A", false).Stat
	if st.AvgTime != 2.5 || st.TotalHits != 10 || st.AvgFrequency != 0.5 || st.StddevFrequency != 0.25 {
		t.Errorf("stats %+v", st)
	}
	if c.Lookup("V", false).Stat.AvgTime != 2.5 {
		t.Error("virtual symbol does not share its parent's time")
	}
	freq, stddev, _, _, ok := c.SymbolStat("A")
	if !ok || freq != 0.5 || stddev != 0.5 {
		t.Errorf("SymbolStat %v %v %v", freq, stddev, ok)
	}
	counters := c.Counters()
	if counters.ArraySize() != 2 {
		t.Fatalf("counters %d", counters.ArraySize())
	}
	if h := counters.ArrayIndex(1).Lookup("hits"); h == nil || h.Int() != 10 {
		t.Errorf("virtual symbol's hits %v, want its parent's", h)
	}
	if math.IsNaN(st.Weight) {
		t.Error("weight NaN")
	}
}

func TestDetailsAndReply(t *testing.T) {
	c, _ := newTestCache(t)
	c.cfg.AddSymbol("S1", 1.5, "first", "grp", 0, 0, 1)
	c.cfg.AddSymbol("S2", -1, "", "grp", 0, 0, 1)
	c.AddSymbol("S1", 0, nil, FlagNormal|FlagNostat, -1)
	c.Init()
	obj := ucl.New(ucl.TypeObject)
	c.Details("S1", obj)
	if got := string(ucl.Emit(obj, ucl.FormatJSONCompact)); got != `{"type":"filter","flags":["nostat"]}` {
		t.Errorf("details %s", got)
	}
	empty := ucl.New(ucl.TypeObject)
	c.Details("NOPE", empty)
	if empty.Len() != 0 {
		t.Error("details of an unknown symbol")
	}
	reply := c.SymbolsReply()
	var grp *ucl.Object
	for g := range reply.All() {
		if g.Lookup("group").Str() == "grp" {
			grp = g
		}
	}
	if grp == nil {
		t.Fatalf("no group grp in %s", ucl.Emit(reply, ucl.FormatJSONCompact))
	}
	rules := grp.Lookup("rules")
	if rules.ArraySize() != 2 {
		t.Fatalf("rules %s", ucl.Emit(rules, ucl.FormatJSONCompact))
	}
	s1, s2 := rules.ArrayIndex(0), rules.ArrayIndex(1)
	if s1.Lookup("description").Str() != "first" || s1.Lookup("frequency") == nil || s1.Lookup("weight").Float() != 1.5 {
		t.Errorf("S1 %s", ucl.Emit(s1, ucl.FormatJSONCompact))
	}
	if s2.Lookup("description") != nil || s2.Lookup("frequency") != nil {
		t.Errorf("S2 (no item) %s", ucl.Emit(s2, ucl.FormatJSONCompact))
	}
	if c.Connected("S1") == nil || c.Connected("S2") != nil || c.Lookup("S1", false).Stat.Weight != 1.5 {
		t.Error("metric not connected")
	}
}

// TestLogTag checks the tag of the cache's messages: the configuration's
// checksum (cut to six characters), and none at all (not an empty one) before it is computed, as
// upstream passes cfg->checksum, NULL until then.
func TestLogTag(t *testing.T) {
	for _, tc := range []struct{ checksum, want string }{
		{"", "symcache; init: process dependencies\n"},
		{"0123abcd", "<0123ab>; symcache; init: process dependencies\n"},
	} {
		c := cfg.New(cfg.DefaultDirs())
		var buf bytes.Buffer
		c.Log = logger.NewConsoleTo(0, "main", logger.ThresholdDebug, &buf, &buf)
		c.CacheFile = ""
		c.Checksum = tc.checksum
		New(c).Init()
		var line string
		for l := range strings.Lines(buf.String()) {
			if strings.Contains(l, "process dependencies") {
				line = l
			}
		}
		if !strings.HasSuffix(line, ") "+tc.want) {
			t.Errorf("checksum %q: line %q, want it to end in %q", tc.checksum, line, tc.want)
		}
	}
}
