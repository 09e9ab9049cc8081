// Package maps_test compares internal/maps with rspamd 4.1.5's maps. The
// cases of cases.json are sequences of steps (write map files, add maps the
// way rspamd_config:add_map, add_radix_map, add_hash_map, add_kv_map and
// radix_from_ucl do, preload them, query keys, dump the content). gen.lua
// runs them in the oracle; regen.sh records its answers and log lines in
// compat-tests/golden/4.1.5/maps/golden.json; TestGoldens runs them here
// and compares.
package maps_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gorspamd/rspamd/internal/hyperscan"
	"github.com/gorspamd/rspamd/internal/maps"
	"github.com/gorspamd/rspamd/internal/ucl"
)

const (
	casesPath  = "cases.json"
	goldenPath = "../golden/4.1.5/maps/golden.json"
	oracleRoot = "/srv/oracle-sid"
	// oracleCacheDir is where rspamadm keeps cached HTTP maps.
	oracleCacheDir = "/var/lib/rspamd"
)

var regen = flag.Bool("regen", false, "regenerate the goldens from the oracle")

type step struct {
	Op    string            `json:"op"`
	File  string            `json:"file"`
	Data  json.RawMessage   `json:"data"`
	B64   string            `json:"b64"`
	Gen   *genSpec          `json:"gen"`
	ID    string            `json:"id"`
	Fn    string            `json:"fn"`
	Args  json.RawMessage   `json:"args"`
	Line  string            `json:"line"`
	Desc  *string           `json:"desc"`
	Keys  []json.RawMessage `json:"keys"`
	Reset bool              `json:"reset"`
	Key   string            `json:"key"`
	Name  string            `json:"name"`
}

type genSpec struct {
	Fmt string `json:"fmt"`
	N   int    `json:"n"`
}

type testCase struct {
	Name  string `json:"name"`
	Steps []step `json:"steps"`
}

// logLine is a log line of the oracle, with the step that emitted it.
type logLine struct {
	Step int    `json:"step"`
	Text string `json:"text"`
}

type golden struct {
	Results json.RawMessage `json:"results"`
	// Logs are the warnings and errors (rspamadm's default level),
	// VLogs everything down to debug (rspamadm -v).
	Logs  []logLine `json:"logs"`
	VLogs []logLine `json:"vlogs"`
}

func loadCases(t *testing.T) []testCase {
	t.Helper()
	raw, err := os.ReadFile(casesPath)
	if err != nil {
		t.Fatal(err)
	}
	var cases []testCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatalf("%s: %v", casesPath, err)
	}
	return cases
}

// fileContent is what a write step puts in its file.
func fileContent(s step) ([]byte, error) {
	switch {
	case s.Data != nil:
		var str string
		if err := json.Unmarshal(s.Data, &str); err != nil {
			return nil, err
		}
		return []byte(str), nil
	case s.B64 != "":
		return base64.StdEncoding.DecodeString(s.B64)
	case s.Gen != nil:
		var b bytes.Buffer
		for i := range s.Gen.N {
			b.WriteString(strings.ReplaceAll(s.Gen.Fmt, "{i}", fmt.Sprintf("%06d", i)))
		}
		return b.Bytes(), nil
	}
	return nil, nil
}

// oracle runs one case of gen.lua in the oracle; verbose selects -v.
func oracle(t *testing.T, name string, verbose bool) (results json.RawMessage, logs []logLine) {
	t.Helper()
	dir := "/tmp/compat-maps/" + name
	host := filepath.Join(oracleRoot, dir)
	os.RemoveAll(host)
	if err := os.MkdirAll(host, 0o755); err != nil {
		t.Fatal(err)
	}
	args := []string{oracleRoot, "env", "MAPS_CASES=/tmp/compat-maps/cases.json", "MAPS_CASE=" + name,
		"MAPS_DIR=" + dir, "rspamadm"}
	if verbose {
		args = append(args, "-v")
	}
	args = append(args, "lua", "/tmp/compat-maps/gen.lua")
	cmd := exec.Command("chroot", args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: oracle: %v\n%s", name, err, stderr.String())
	}
	logStream := stderr.String()
	if verbose {
		logStream = stdout.String()
	}
	for line := range strings.SplitSeq(stdout.String(), "\n") {
		if r, ok := strings.CutPrefix(line, "@@RESULT "); ok {
			var v struct {
				Results json.RawMessage `json:"results"`
			}
			if err := json.Unmarshal([]byte(r), &v); err != nil {
				t.Fatalf("%s: result: %v", name, err)
			}
			results = v.Results
		}
	}
	stamp := regexp.MustCompile(`^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+(; [0-9.]+;)? `)
	cur := 0
	for line := range strings.SplitSeq(logStream, "\n") {
		if n, ok := strings.CutPrefix(line, "@@STEP "); ok {
			cur, _ = strconv.Atoi(n)
			continue
		}
		if line == "@@END" {
			cur = -1
			continue
		}
		if cur <= 0 || line == "" || strings.HasPrefix(line, "@@RESULT ") {
			continue
		}
		line = stamp.ReplaceAllString(line, "")
		if verbose && debugNoise.MatchString(line) {
			continue
		}
		line = strings.ReplaceAll(line, oracleCacheDir, "@CACHE@")
		logs = append(logs, logLine{cur, strings.ReplaceAll(line, dir, "@DIR@")})
	}
	if results == nil {
		t.Fatalf("%s: the oracle gave no result:\n%s", name, stderr.String())
	}
	return results, logs
}

// debugNoise matches the per-key debug lines of rspamadm -v, which are
// left out of the goldens.
var debugNoise = regexp.MustCompile(`^(insert key (value|only) pair: |.*: want insert value |.*: read map chunk, )`)

// TestRegen records the oracle's answers (go test -run TestRegen -regen).
func TestRegen(t *testing.T) {
	if !*regen {
		t.Skip("regenerating needs -regen")
	}
	if _, err := os.Stat(filepath.Join(oracleRoot, "usr/bin/rspamadm")); err != nil {
		t.Skip("no oracle at " + oracleRoot)
	}
	base := filepath.Join(oracleRoot, "tmp/compat-maps")
	os.MkdirAll(base, 0o755)
	for _, f := range []string{"gen.lua", casesPath} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(base, filepath.Base(f)), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := map[string]golden{}
	for _, c := range loadCases(t) {
		res, logs := oracle(t, c.Name, false)
		_, vlogs := oracle(t, c.Name, true)
		out[c.Name] = golden{Results: res, Logs: logs, VLogs: vlogs}
	}
	raw, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(goldenPath), 0o755)
	if err := os.WriteFile(goldenPath, append(raw, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(base)
}

// recorder keeps the log records of the current step.
type recorder struct {
	mu   sync.Mutex
	step int
	recs []record
}

type record struct {
	step  int
	level slog.Level
	text  string
}

func (r *recorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *recorder) Handle(_ context.Context, rec slog.Record) error {
	r.mu.Lock()
	r.recs = append(r.recs, record{r.step, rec.Level, rec.Message})
	r.mu.Unlock()
	return nil
}
func (r *recorder) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r *recorder) WithGroup(string) slog.Handler      { return r }

func hexs(s string) string { return hex.EncodeToString([]byte(s)) }

// runner executes a case with internal/maps, answering as gen.lua does.
type runner struct {
	t      *testing.T
	log    *slog.Logger
	cache  string
	dir    string
	reg    *maps.Registry
	maps   map[string]*maps.Map
	events []any
}

func (r *runner) subst(s string) string { return strings.ReplaceAll(s, "@DIR@", r.dir) }

// uclOf converts a JSON value (with @DIR@ replaced) to UCL.
func (r *runner) uclOf(raw json.RawMessage) *ucl.Object {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		r.t.Fatal(err)
	}
	var conv func(v any) *ucl.Object
	conv = func(v any) *ucl.Object {
		switch x := v.(type) {
		case string:
			return ucl.NewString(r.subst(x))
		case float64:
			if x == float64(int64(x)) {
				return ucl.NewInt(int64(x))
			}
			return ucl.NewFloat(x)
		case bool:
			return ucl.NewBool(x)
		case []any:
			o := ucl.New(ucl.TypeArray)
			for _, e := range x {
				o.ArrayAppend(conv(e))
			}
			return o
		case map[string]any:
			o := ucl.New(ucl.TypeObject)
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				o.InsertKey(k, conv(x[k]))
			}
			return o
		}
		return ucl.NewNull()
	}
	return conv(v)
}

func encode(v any) any {
	switch x := v.(type) {
	case nil:
		return "nil"
	case bool:
		return x
	case string:
		return "s:" + hexs(x)
	case []string:
		l := make([]any, len(x))
		for i, s := range x {
			l[i] = encode(s)
		}
		return map[string]any{"list": l}
	}
	panic(fmt.Sprintf("encode %T", v))
}

func (r *runner) add(s step) any {
	var m *maps.Map
	desc := ""
	if s.Desc != nil {
		desc = *s.Desc
	}
	switch s.Fn {
	case "add_map":
		var args struct {
			Type        string          `json:"type"`
			URL         json.RawMessage `json:"url"`
			Description string          `json:"description"`
			Callback    bool            `json:"callback"`
			ByLine      bool            `json:"by_line"`
		}
		if err := json.Unmarshal(s.Args, &args); err != nil {
			r.t.Fatal(err)
		}
		url := r.uclOf(args.URL)
		id := s.ID
		if args.Type == "" && args.Callback || args.Type == "callback" {
			cb := maps.Callback{ByLine: args.ByLine}
			if args.Callback {
				cb.Data = func(data []byte) { r.events = append(r.events, []any{"data", id, hexs(string(data))}) }
				cb.Line = func(k, v string) { r.events = append(r.events, []any{"line", id, hexs(k), hexs(v)}) }
			}
			m = r.reg.AddCallback(url, args.Description, cb)
		} else {
			kind, ok := maps.ParseKind(args.Type)
			if !ok {
				r.t.Fatalf("type %q", args.Type)
			}
			m = r.reg.Add(url, args.Description, kind)
		}
	case "radix_from_ucl":
		m = r.reg.AddStatic(r.uclOf(s.Data), desc, maps.KindRadix)
	case "add_radix_map", "add_hash_map", "add_kv_map":
		kind, what := maps.KindRadix, "radix"
		if s.Fn == "add_hash_map" {
			kind, what = maps.KindSet, "set"
		} else if s.Fn == "add_kv_map" {
			kind, what = maps.KindHash, "hash"
		}
		line := r.subst(s.Line)
		if m = r.reg.AddLine(line, desc, kind); m == nil {
			// The Lua binding's own message.
			r.log.Warn(fmt.Sprintf("invalid %s map %s", what, line))
		}
	default:
		r.t.Fatalf("fn %q", s.Fn)
	}
	r.maps[s.ID] = m
	return m != nil
}

// getKey answers as lua_map_get_key.
func getKey(m *maps.Map, key json.RawMessage) any {
	var k any
	json.Unmarshal(key, &k)
	var str string
	isNum := false
	var num int64
	switch x := k.(type) {
	case string:
		str = x
	case map[string]any:
		if n, ok := x["num"].(float64); ok {
			isNum, num = true, int64(n)
		} else if h, ok := x["hex"].(string); ok {
			b, _ := hex.DecodeString(h)
			str = string(b)
		}
	}
	switch m.Kind() {
	case maps.KindRadix:
		if isNum {
			var b [4]byte
			binary.BigEndian.PutUint32(b[:], uint32(num))
			if uint32(num) != 0 {
				if v, ok := m.LookupKey(b[:]); ok {
					return v
				}
			}
			return false
		}
		if v, ok := m.LookupIP(str); ok {
			return v
		}
		return false
	case maps.KindSet:
		_, ok := m.Lookup(str)
		return ok
	case maps.KindRegexpMulti, maps.KindGlobMulti:
		if v := m.LookupAll(str); len(v) > 0 {
			return v
		}
		return false
	case maps.KindCallback:
		return nil
	}
	if v, ok := m.Lookup(str); ok {
		return v
	}
	return false
}

func statsOf(m *maps.Map, reset bool) any {
	type kv struct {
		k string
		n uint64
	}
	var st []kv
	m.Stats(reset, func(k string, n uint64) { st = append(st, kv{k, n}) })
	if len(st) == 0 {
		return "none"
	}
	sort.Slice(st, func(i, j int) bool { return st[i].k < st[j].k })
	out := make([]any, len(st))
	for i, e := range st {
		out[i] = []any{hexs(e.k), e.n}
	}
	return out
}

func (r *runner) run(s step) any {
	switch s.Op {
	case "write":
		data, err := fileContent(s)
		if err != nil {
			r.t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(r.dir, s.File), data, 0o644); err != nil {
			r.t.Fatal(err)
		}
		return true
	case "remove":
		os.Remove(filepath.Join(r.dir, s.File))
		return true
	case "write_cache":
		data, err := base64.StdEncoding.DecodeString(s.B64)
		if err != nil {
			r.t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(r.cache, s.Name), data, 0o600); err != nil {
			r.t.Fatal(err)
		}
		return true
	case "remove_cache":
		os.Remove(filepath.Join(r.cache, s.Name))
		return true
	case "add":
		return r.add(s)
	case "preload":
		r.events = nil
		r.reg.Preload()
		if len(r.events) == 0 {
			return "none"
		}
		return r.events
	case "get":
		m := r.maps[s.ID]
		out := make([]any, len(s.Keys))
		for i, k := range s.Keys {
			out[i] = encode(getKey(m, k))
		}
		return out
	case "dump":
		m := r.maps[s.ID]
		var fe []any
		m.Foreach(func(k, v string) bool {
			fe = append(fe, []any{hexs(k), hexs(v)})
			return true
		})
		res := map[string]any{"nelts": m.Nelts(), "digest": strconv.FormatUint(m.Digest(), 10),
			"foreach": fe, "stats": statsOf(m, false)}
		if fe == nil {
			res["foreach"] = "none"
		}
		return res
	case "dump_count":
		m := r.maps[s.ID]
		n, head := 0, []any{}
		m.Foreach(func(k, v string) bool {
			n++
			if n <= 3 {
				head = append(head, []any{hexs(k), hexs(v)})
			}
			return true
		})
		return map[string]any{"nelts": m.Nelts(), "digest": strconv.FormatUint(m.Digest(), 10), "count": n, "head": head}
	case "counts":
		m := r.maps[s.ID]
		return map[string]any{"nelts": m.Nelts(), "digest": strconv.FormatUint(m.Digest(), 10)}
	case "stats":
		return statsOf(r.maps[s.ID], s.Reset)
	case "meta":
		m := r.maps[s.ID]
		var uris, protos, keys []any
		for _, b := range m.Backends() {
			uris = append(uris, encode(b.URI()))
			protos = append(protos, encode(b.Proto().String()))
			if k := b.SignKey(); k != "" {
				keys = append(keys, encode(k))
			} else {
				keys = append(keys, "nil")
			}
		}
		return map[string]any{"uri": uris, "proto": protos, "signed": m.IsSigned(), "sign_key": keys}
	case "internals":
		m := r.maps[s.ID]
		var ids []any
		for _, b := range m.Backends() {
			ids = append(ids, strconv.FormatUint(b.ID(), 10))
		}
		return map[string]any{"tag": m.Tag(), "name": hexs(strings.ReplaceAll(m.Name(), r.dir, "@DIR@")),
			"poll": m.PollTimeout(), "ids": ids}
	case "set_sign_key":
		if err := r.maps[s.ID].SetSignKey(s.Key); err != nil {
			return "error"
		}
		return true
	case "on_load":
		id := s.ID
		r.maps[id].OnLoad(func() { r.events = append(r.events, []any{"onload", id}) })
		return true
	}
	r.t.Fatalf("op %q", s.Op)
	return nil
}

// normalize makes a JSON value comparable (numbers as float64).
func normalize(t *testing.T, v any) any {
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// logKey makes log lines comparable: the lc-btrie statistics have no
// counterpart here, and pointers differ.
var (
	btrieStats = regexp.MustCompile(` tbm=.*$`)
	pointer    = regexp.MustCompile(`cannot insert [0-9A-F]{16}, `)
	// The next check of a cache read now is the current time, and local
	// times depend on the time zone.
	nextCheck    = regexp.MustCompile(`next check at: [^;]*;`)
	lastModified = regexp.MustCompile(`last modified on: [^;]*;`)
	// Temporary cache files are named after the pid and the time.
	tmpCache = regexp.MustCompile(`\.map\.tmp\.[0-9]+\.[0-9]+`)
)

func logKey(s string) string {
	s = btrieStats.ReplaceAllString(s, "")
	s = pointer.ReplaceAllString(s, "cannot insert PTR, ")
	s = nextCheck.ReplaceAllString(s, "next check at: @;")
	s = lastModified.ReplaceAllString(s, "last modified on: @;")
	return tmpCache.ReplaceAllString(s, ".map.tmp")
}

func TestGoldens(t *testing.T) {
	raw, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("goldens: %v (run regen.sh)", err)
	}
	var goldens map[string]golden
	if err := json.Unmarshal(raw, &goldens); err != nil {
		t.Fatal(err)
	}
	cases := loadCases(t)
	matched, total := 0, 0
	for _, c := range cases {
		g, ok := goldens[c.Name]
		if !ok {
			t.Errorf("%s: no golden (run regen.sh)", c.Name)
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			if !hyperscan.Available() && (strings.HasPrefix(c.Name, "regexp") || c.Name == "glob") {
				// The oracle has Hyperscan: it orders matches and salts
				// regexp digests with its magic.
				t.Skip("needs Hyperscan, as the oracle has it")
			}
			var want []any
			if err := json.Unmarshal(g.Results, &want); err != nil {
				t.Fatal(err)
			}
			rec := &recorder{}
			// The oracle's directory: paths show in digests and logs.
			dir := "/tmp/compat-maps/" + c.Name
			os.RemoveAll(dir)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.RemoveAll(dir) })
			r := &runner{t: t, dir: dir, maps: map[string]*maps.Map{}, log: slog.New(rec), cache: t.TempDir()}
			r.reg = maps.NewRegistry(maps.Config{Logger: slog.New(rec), CacheDir: r.cache})
			for i, s := range c.Steps {
				rec.mu.Lock()
				rec.step = i + 1
				rec.mu.Unlock()
				total++
				got := normalize(t, r.run(s))
				if i >= len(want) {
					t.Errorf("step %d (%s): no golden result", i+1, s.Op)
					continue
				}
				if reflect.DeepEqual(got, want[i]) {
					matched++
				} else {
					gj, _ := json.Marshal(got)
					wj, _ := json.Marshal(want[i])
					t.Errorf("step %d (%s):\n got %s\nwant %s", i+1, s.Op, gj, wj)
				}
			}
			compareLogs(t, r.dir, r.cache, rec.recs, g)
		})
	}
	t.Logf("maps goldens: %d/%d steps match", matched, total)
}

// compareLogs checks that the warnings and errors are the oracle's (its
// stderr), and that the info messages appear among the oracle's verbose
// lines (its stdout with -v, where rspamadm writes info and debug) in the
// same order.
func compareLogs(t *testing.T, dir, cache string, recs []record, g golden) {
	t.Helper()
	byStep := func(lines []logLine) map[int][]string {
		m := map[int][]string{}
		for _, l := range lines {
			m[l.Step] = append(m[l.Step], logKey(l.Text))
		}
		return m
	}
	wantWarn, wantAll := byStep(g.Logs), byStep(g.VLogs)
	gotWarn, gotInfo := map[int][]string{}, map[int][]string{}
	for _, rc := range recs {
		text := logKey(strings.ReplaceAll(strings.ReplaceAll(rc.text, dir, "@DIR@"), cache, "@CACHE@"))
		switch {
		case rc.level >= slog.LevelWarn:
			gotWarn[rc.step] = append(gotWarn[rc.step], text)
		case rc.level >= slog.LevelInfo:
			gotInfo[rc.step] = append(gotInfo[rc.step], text)
		}
	}
	steps := map[int]bool{}
	for s := range wantWarn {
		steps[s] = true
	}
	for s := range gotWarn {
		steps[s] = true
	}
	for s := range steps {
		if !reflect.DeepEqual(gotWarn[s], wantWarn[s]) {
			t.Errorf("step %d warnings/errors:\n got %q\nwant %q", s, gotWarn[s], wantWarn[s])
		}
	}
	for s, lines := range gotInfo {
		all := wantAll[s]
		j := 0
		for _, l := range lines {
			for j < len(all) && all[j] != l {
				j++
			}
			if j == len(all) {
				t.Errorf("step %d: log line %q is not among the oracle's (in order):\n%q", s, l, wantAll[s])
				break
			}
			j++
		}
	}
}
