// Package symbols compares what our configuration loading registers with
// what rspamd 4.1.5 registers, on the packaged configuration (conf/) with
// the variants of compat-tests/configs-lua: the modules' state
// (configdump -m), the metric's symbols and groups (configdump -d -j,
// -g -j), configtest's output and exit code, the whole symbol cache as
// upstream's structures hold it after initialisation and after validation
// (capture.sh reads them from the oracle), and the controller's /symbols
// and /counters replies (controller.sh).
//
// Rspamd's Lua plugins iterate tables with pairs(), whose order changes
// from one LuaJIT process to the next, so the order symbols are registered
// in, and what follows from it, varies between two runs of the oracle
// itself: the cache's ids and checksum, the symbol a dependency was
// registered with when several virtual symbols of one parent were, the
// priority validation gives a virtual symbol of a parent whose children
// disagree, and the order of symbols that tie in the computed order. The
// comparisons leave exactly those out.
package symbols

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/admin"
	"github.com/gorspamd/rspamd/internal/plugins"
	"github.com/gorspamd/rspamd/internal/symcache"
	"github.com/gorspamd/rspamd/internal/ucl"
)

var top, _ = filepath.Abs("../..")

const goldenDir = "../golden/4.1.5/symbols"

// variants are the LOCAL_CONFDIR variants (compat-tests/configs-lua).
var variants = []string{"base", "redis", "local", "local-redis", "regexp"}

// needTree skips when the upstream Lua tree has not been extracted.
func needTree(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(top, "lualib", "lua_util.lua")); err != nil {
		t.Skip("the upstream tree is not extracted (make upstream)")
	}
}

// vars are the --var definitions that load the packaged configuration of
// the source tree with a LOCAL_CONFDIR.
func vars(local string) []string {
	return []string{
		"CONFDIR=" + filepath.Join(top, "conf"), "LOCAL_CONFDIR=" + local,
		"LUALIBDIR=" + filepath.Join(top, "lualib"), "PLUGINSDIR=" + filepath.Join(top, "plugins"),
		"RULESDIR=" + filepath.Join(top, "rules"), "SHAREDIR=" + top,
		"DBDIR=" + filepath.Join(local, "db"),
	}
}

// copyTree copies a directory's files into dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	if err := oraclebench.CopyTree(src, dst, nil, nil); err != nil {
		t.Fatalf("copying %s: %v", src, err)
	}
}

// assemble builds a variant's LOCAL_CONFDIR as variants.sh does:
// override.d and, for each part of the variant's name but "base", the
// contents of configs-lua/<part>. A variant with Redis gets a server on
// loopback for the test (the configuration points at it).
func assemble(t *testing.T, variant string) string {
	t.Helper()
	configs := filepath.Join(top, "compat-tests", "configs-lua")
	dir := t.TempDir()
	copyTree(t, filepath.Join(configs, "override.d"), filepath.Join(dir, "override.d"))
	for _, part := range strings.Split(variant, "-") {
		if part != "base" {
			copyTree(t, filepath.Join(configs, part), dir)
		}
	}
	for _, sub := range []string{"local.d", "db"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if slices.Contains(strings.Split(variant, "-"), "redis") {
		conf := fmt.Sprintf("servers = \"%s\";\n", startRedis(t))
		if err := os.WriteFile(filepath.Join(dir, "local.d", "redis.conf"), []byte(conf), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// startRedis starts Debian's redis-server on a free loopback port for the
// test and returns its address. Loading the configuration does not
// connect to Redis (rspamd 4.1.5 gives the same results with and without
// a server), so without redis-server the test goes on and says so.
func startRedis(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("redis-server")
	if err != nil {
		t.Logf("no redis-server (%v): the Redis variant runs without a server", err)
		return "127.0.0.1:6379"
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	_, port, _ := net.SplitHostPort(addr)
	cmd := exec.Command(path, "--bind", "127.0.0.1", "--port", port, "--save", "", "--appendonly", "no",
		"--dir", t.TempDir())
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting redis-server: %v", err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
			return addr
		}
		if time.Now().After(deadline) {
			t.Fatalf("redis-server on %s: %v", addr, err)
		}
	}
}

// rspamadm runs our rspamadm in-process on a variant.
func rspamadm(local string, args ...string) (stdout, stderr string, rc int) {
	argv := []string{"rspamadm"}
	for _, v := range vars(local) {
		argv = append(argv, "--var="+v)
	}
	argv = append(argv, args...)
	argv = append(argv, "-c", filepath.Join(top, "conf", "rspamd.conf"))
	var out, errb bytes.Buffer
	rc = admin.Main(argv, admin.Env{Stdout: &out, Stderr: &errb})
	return out.String(), errb.String(), rc
}

func golden(t *testing.T, variant, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(goldenDir, variant, name))
	if err != nil {
		t.Fatalf("golden: %v", err)
	}
	return b
}

// modulesState reads configdump -m's lines as sets of modules.
func modulesState(s string) map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		k, v, _ := strings.Cut(line, ": ")
		var mods []string
		if v != "" {
			mods = strings.Split(v, ", ")
		}
		slices.Sort(mods)
		out[k] = mods
	}
	return out
}

// diffJSON compares two JSON documents as values (key order aside) and
// reports the differing paths.
func diffJSON(path string, a, b any, out *[]string) {
	switch av := a.(type) {
	case map[string]any:
		bv, ok := b.(map[string]any)
		if !ok {
			*out = append(*out, fmt.Sprintf("%s: %v != %v", path, a, b))
			return
		}
		keys := map[string]bool{}
		for k := range av {
			keys[k] = true
		}
		for k := range bv {
			keys[k] = true
		}
		sorted := make([]string, 0, len(keys))
		for k := range keys {
			sorted = append(sorted, k)
		}
		sort.Strings(sorted)
		for _, k := range sorted {
			diffJSON(path+"/"+k, av[k], bv[k], out)
		}
	default:
		ab, _ := json.Marshal(a)
		bb, _ := json.Marshal(b)
		if !bytes.Equal(ab, bb) {
			*out = append(*out, fmt.Sprintf("%s: oracle %s, ours %s", path, ab, bb))
		}
	}
}

func compareJSON(t *testing.T, what string, want []byte, got string) {
	t.Helper()
	var a, b any
	if err := json.Unmarshal(want, &a); err != nil {
		t.Fatalf("%s golden: %v", what, err)
	}
	if err := json.Unmarshal([]byte(got), &b); err != nil {
		t.Fatalf("%s: our output is not JSON: %v\n%.500s", what, err, got)
	}
	var diffs []string
	diffJSON("", a, b, &diffs)
	if len(diffs) > 0 {
		t.Errorf("%s: %d differences, the first: %s", what, len(diffs), strings.Join(diffs[:min(len(diffs), 15)], "\n"))
	}
}

func TestConfigdump(t *testing.T) {
	needTree(t)
	for _, v := range variants {
		t.Run(v, func(t *testing.T) {
			local := assemble(t, v)
			out, _, rc := rspamadm(local, "configdump", "-m")
			if rc != 0 {
				t.Errorf("configdump -m: exit code %d", rc)
			}
			want, got := modulesState(string(golden(t, v, "modules.txt"))), modulesState(out)
			for k, mods := range want {
				if !slices.Equal(mods, got[k]) {
					t.Errorf("%s: oracle %v, ours %v", k, mods, got[k])
				}
			}
			if len(got) != len(want) {
				t.Errorf("configdump -m: %d lines, the oracle %d", len(got), len(want))
			}
			out, _, _ = rspamadm(local, "configdump", "-d", "-j")
			compareJSON(t, "configdump -d -j", golden(t, v, "details.json"), out)
			out, _, _ = rspamadm(local, "configdump", "-g", "-j")
			compareJSON(t, "configdump -g -j", golden(t, v, "groups.json"), out)
		})
	}
}

func TestConfigtest(t *testing.T) {
	needTree(t)
	for _, v := range variants {
		t.Run(v, func(t *testing.T) {
			out, errOut, rc := rspamadm(assemble(t, v), "configtest")
			if want := string(golden(t, v, "configtest.stdout")); out != want {
				t.Errorf("stdout: oracle %q, ours %q", want, out)
			}
			if want := string(golden(t, v, "configtest.stderr")); errOut != want {
				t.Errorf("stderr: oracle %q, ours %q", want, errOut)
			}
			if want := strings.TrimSpace(string(golden(t, v, "configtest.rc"))); fmt.Sprint(rc) != want {
				t.Errorf("exit code: oracle %s, ours %d", want, rc)
			}
		})
	}
}

// item is a cache item as the comparisons see it: by names rather than
// ids, with the lists whose order follows registration as sorted sets.
type item struct {
	Type, Parent                      string
	Flags                             uint32
	Priority                          int
	Order                             uint32
	Virtual, Enabled                  bool
	Children, Deps, RDeps             []string
	Conditions                        int
	Allowed, ExecOnly, Forbidden, Aug []string
	Weight                            float64
}

func sortedIDs(ids []uint32) []string {
	out := []string{}
	for _, id := range ids {
		out = append(out, fmt.Sprint(id))
	}
	slices.Sort(out)
	return out
}

// items normalises a cache dump.
func items(d *symcache.Dump) map[string]*item {
	byID := map[int]string{}
	for _, it := range d.Items {
		byID[it.ID] = it.Name
	}
	deps := func(l []symcache.DumpDep) []string {
		out := []string{}
		for _, dep := range l {
			src := ""
			if dep.VirtualSource >= 0 {
				src = byID[dep.VirtualSource]
			}
			out = append(out, fmt.Sprintf("%s hard=%v from=%s", dep.Item, dep.Hard, src))
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	out := map[string]*item{}
	for _, it := range d.Items {
		x := &item{Type: it.Type, Flags: it.Flags, Priority: it.Priority, Order: it.Order, Virtual: it.Virtual,
			Enabled: it.Enabled, Children: slices.Sorted(slices.Values(it.Children)), Deps: deps(it.Deps),
			RDeps: deps(it.RDeps), Conditions: it.Conditions, Allowed: sortedIDs(it.Allowed),
			ExecOnly: sortedIDs(it.ExecOnly), Forbidden: sortedIDs(it.Forbidden), Weight: it.Weight, Aug: []string{}}
		if x.Weight == 0 {
			// the oracle's dump writes -0 as 0
			x.Weight = 0
		}
		if it.Virtual {
			x.Parent = byID[it.ParentID]
		}
		for _, a := range it.Augs {
			x.Aug = append(x.Aug, fmt.Sprintf("%s %s %q %g %d", a.Name, a.Kind, a.String, a.Number, a.Weight))
		}
		slices.Sort(x.Aug)
		out[it.Name] = x
	}
	return out
}

// orderGroups splits the computed order into runs of items that tie
// (same stage, depth, priority and augmentations), each as a sorted set.
func orderGroups(d *symcache.Dump) []string {
	byName := map[string]symcache.DumpItem{}
	for _, it := range d.Items {
		byName[it.Name] = it
	}
	var out []string
	var key string
	var cur []string
	flush := func() {
		if cur != nil {
			slices.Sort(cur)
			out = append(out, key+": "+strings.Join(cur, ","))
		}
	}
	for _, n := range d.Order {
		it := byName[n]
		w := 0
		for _, a := range it.Augs {
			w += a.Weight
		}
		k := fmt.Sprintf("%s/%d/%d/%d", it.Type, it.Order&^(3<<30), it.Priority, w)
		if k != key {
			flush()
			key, cur = k, nil
		}
		cur = append(cur, n)
	}
	flush()
	return out
}

func readDump(t *testing.T, variant, name string) *symcache.Dump {
	t.Helper()
	var d symcache.Dump
	if err := json.Unmarshal(golden(t, variant, name), &d); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &d
}

// compareDumps compares our cache with the oracle's; validated relaxes the
// priorities of virtual symbols, which validation sets in registration
// order (a child takes its parent's priority only when it comes after the
// sibling that raised it).
func compareDumps(t *testing.T, what string, want, got *symcache.Dump, validated bool) {
	t.Helper()
	wi, gi := items(want), items(got)
	for name, w := range wi {
		g := gi[name]
		if g == nil {
			t.Errorf("%s: %s is not registered", what, name)
			continue
		}
		if validated && w.Virtual && w.Priority != g.Priority {
			if p, q := wi[w.Parent], gi[g.Parent]; p != nil && q != nil &&
				(w.Priority == p.Priority || g.Priority == q.Priority) {
				g.Priority = w.Priority
			}
		}
		wj, _ := json.Marshal(w)
		gj, _ := json.Marshal(g)
		if !bytes.Equal(wj, gj) {
			t.Errorf("%s: %s differs:\n oracle %s\n ours   %s", what, name, wj, gj)
		}
	}
	for name := range gi {
		if wi[name] == nil {
			t.Errorf("%s: %s is registered only by us", what, name)
		}
	}
	for stage, names := range want.Stages {
		if !slices.Equal(slices.Sorted(slices.Values(names)), slices.Sorted(slices.Values(got.Stages[stage]))) {
			t.Errorf("%s: the %s stage differs", what, stage)
		}
	}
	if want.StatsCount != got.StatsCount {
		t.Errorf("%s: %d symbols for statistics, the oracle %d", what, got.StatsCount, want.StatsCount)
	}
	if validated {
		// validation changes priorities, not the order computed before
		return
	}
	if wo, gord := orderGroups(want), orderGroups(got); !slices.Equal(wo, gord) {
		for i := range min(len(wo), len(gord)) {
			if wo[i] != gord[i] {
				t.Errorf("%s: the order differs at run %d:\n oracle %s\n ours   %s", what, i, wo[i], gord[i])
				break
			}
		}
		if len(wo) != len(gord) {
			t.Errorf("%s: %d runs in the order, the oracle %d", what, len(gord), len(wo))
		}
	}
}

func TestSymbolCache(t *testing.T) {
	needTree(t)
	for _, v := range variants {
		t.Run(v, func(t *testing.T) {
			var logs bytes.Buffer
			l := load(t, assemble(t, v), &logs)
			compareDumps(t, "after init", readDump(t, v, "symcache.init.json"), l.cache().Dump(), false)
			plugins.Validate(l.lua.Config(l.c))
			compareDumps(t, "after validation", readDump(t, v, "symcache.validated.json"), l.cache().Dump(), true)
		})
	}
}

// emitJSON writes a UCL object as the controller does.
func emitJSON(t *testing.T, obj *ucl.Object) []any {
	t.Helper()
	var v []any
	if err := json.Unmarshal(ucl.EmitWith(obj, ucl.FormatJSON, ucl.EmitOptions{FormatFloat: admin.AppendRspamdFloat}), &v); err != nil {
		t.Fatalf("our reply is not JSON: %v", err)
	}
	return v
}

// keyed indexes a list of objects by one of their fields, the objects
// re-marshalled with their inner lists sorted by that field too, so that
// registration order does not count.
func keyed(t *testing.T, list []any, key, inner string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			t.Fatalf("not an object: %v", e)
		}
		if inner != "" {
			rules, _ := m[inner].([]any)
			sort.Slice(rules, func(i, j int) bool {
				return fmt.Sprint(rules[i].(map[string]any)["symbol"]) < fmt.Sprint(rules[j].(map[string]any)["symbol"])
			})
		}
		b, _ := json.Marshal(m)
		out[fmt.Sprint(m[key])] = string(b)
	}
	return out
}

func compareKeyed(t *testing.T, what string, want, got map[string]string) {
	t.Helper()
	for k, w := range want {
		if g, ok := got[k]; !ok {
			t.Errorf("%s: %s is missing", what, k)
		} else if g != w {
			t.Errorf("%s: %s differs:\n oracle %s\n ours   %s", what, k, w, g)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: %s is only ours", what, k)
		}
	}
}

// TestController compares the controller's /symbols and /counters replies
// of a freshly started oracle (controller.sh) with what our cache gives
// after the validation workers do.
func TestController(t *testing.T) {
	needTree(t)
	for _, v := range variants {
		t.Run(v, func(t *testing.T) {
			var logs bytes.Buffer
			l := load(t, assemble(t, v), &logs)
			plugins.Validate(l.lua.Config(l.c))
			var want []any
			if err := json.Unmarshal(golden(t, v, "symbols.json"), &want); err != nil {
				t.Fatal(err)
			}
			compareKeyed(t, "/symbols", keyed(t, want, "group", "rules"), keyed(t, emitJSON(t, l.cache().SymbolsReply()), "group", "rules"))
			if err := json.Unmarshal(golden(t, v, "counters.json"), &want); err != nil {
				t.Fatal(err)
			}
			compareKeyed(t, "/counters", keyed(t, want, "symbol", ""), keyed(t, emitJSON(t, l.cache().Counters()), "symbol", ""))
		})
	}
}
