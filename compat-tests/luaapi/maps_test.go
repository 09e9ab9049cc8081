package luaapi_test

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/hyperscan"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/luaapi"
)

// mapsGolden is one case of compat-tests/golden/4.1.5/maps/golden.json:
// gen.lua's results in the oracle and the warnings and errors it logged.
type mapsGolden struct {
	Results []json.RawMessage `json:"results"`
	// Logs are the warnings and errors (rspamadm lua), VLogs the messages
	// of rspamadm -v lua down to debug (without per-key debug lines).
	Logs, VLogs []mapsLogLine
}

type mapsLogLine struct {
	Step int    `json:"step"`
	Text string `json:"text"`
}

// mapsSetup provides what gen.lua needs through maps_gen_replay.lua: a
// fresh rspamd_config whose maps cache is cache, and the stand-ins of the
// FFI calls it makes in the oracle (test-only).
func mapsSetup(cache string) func(rt *luaapi.Runtime, s *lua.State) {
	return func(rt *luaapi.Runtime, s *lua.State) {
		c := rt.NewConfig(cfg.New(cfg.DefaultDirs()))
		c.Cfg.MapsCacheDir = cache
		rt.PushConfig(s, c)
		s.SetGlobal("rspamd_config")
		s.PushString(cache + "/")
		s.SetGlobal("LUAAPI_MAPS_CACHE")
		s.PushFunction(func(s *lua.State) int {
			rt.Maps(c).Preload()
			return 0
		})
		s.SetGlobal("LUAAPI_MAPS_PRELOAD")
		s.PushFunction(func(s *lua.State) int {
			m := rt.CheckMap(s, 1)
			s.PushString(m.Tag())
			s.PushString(m.Name())
			s.PushNumber(m.PollTimeout())
			s.NewTable(0, 0)
			for i, b := range m.Backends() {
				s.PushString(strconv.FormatUint(b.ID(), 10))
				s.RawSetInt(-2, i+1)
			}
			return 4
		})
		s.SetGlobal("LUAAPI_MAPS_INTERNALS")
	}
}

// TestMapsGenLua runs compat-tests/maps/gen.lua, the generator of the maps
// goldens, through rspamd_config's map methods and rspamd{map} for every
// case of compat-tests/maps/cases.json, and compares each step's result
// and the warnings and errors logged with the oracle's.
func TestMapsGenLua(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(goldenDir, "maps", "golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	var goldens map[string]mapsGolden
	if err := json.Unmarshal(raw, &goldens); err != nil {
		t.Fatal(err)
	}
	raw, err = os.ReadFile("../maps/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name  string `json:"name"`
		Steps []struct {
			Op string `json:"op"`
		} `json:"steps"`
	}
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	matched, total, lacking := 0, 0, 0
	for _, c := range cases {
		g, ok := goldens[c.Name]
		if !ok {
			t.Errorf("%s: no golden", c.Name)
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			if !hyperscan.Available() && (strings.HasPrefix(c.Name, "regexp") || c.Name == "glob") {
				t.Skip("needs Hyperscan, as the oracle has it")
			}
			// gen.lua's paths are /tmp/compat-maps/<case> in the oracle
			// (compat-tests/maps uses them here too, so not this test)
			dir := filepath.Join(t.TempDir(), c.Name)
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			oracleDir := "/tmp/compat-maps/" + c.Name
			cache := t.TempDir()
			t.Setenv("MAPS_CASES", "../maps/cases.json")
			t.Setenv("MAPS_CASE", c.Name)
			t.Setenv("MAPS_DIR", dir)
			out := runWith(t, merged, mapsSetup(cache), "maps_gen_replay.lua")
			out = strings.ReplaceAll(out, hex.EncodeToString([]byte(dir)), hex.EncodeToString([]byte(oracleDir)))
			results, logs := parseGenOutput(t, out)
			for i, s := range c.Steps {
				total++
				if i >= len(results) || i >= len(g.Results) {
					t.Errorf("step %d (%s): no result", i+1, s.Op)
					continue
				}
				got, want := jsonValue(t, results[i]), jsonValue(t, g.Results[i])
				if s.Op == "internals" || c.Name == "cdb" {
					// these hash the map's path: the tag, the backend ids
					// and the digest of cdb maps
					for _, v := range []any{got, want} {
						if m, ok := v.(map[string]any); ok {
							delete(m, "tag")
							delete(m, "ids")
							if c.Name == "cdb" {
								delete(m, "digest")
							}
						}
					}
				}
				if reflect.DeepEqual(got, want) {
					matched++
				} else {
					t.Errorf("step %d (%s):\n got %s\nwant %s", i+1, s.Op, results[i], g.Results[i])
				}
			}
			compareStepLogs(t, "warnings and errors", logs, g.Logs, len(c.Steps), dir, cache)
			_, vlogs := parseGenOutput(t, runWith(t, verbose, mapsSetup(cache), "maps_gen_replay.lua"))
			lacking += compareVerboseLogs(t, vlogs, logs, g.VLogs, dir, cache)
		})
	}
	t.Logf("maps gen.lua: %d/%d step results match; %d info and debug lines of the oracle not logged", matched, total, lacking)
}

// compareStepLogs compares the log messages of each step with the
// oracle's.
func compareStepLogs(t *testing.T, what string, got map[int][]string, want []mapsLogLine, nsteps int, dir, cache string) {
	t.Helper()
	wantLogs := stepLogs(want)
	for step := range max(nsteps, len(got)-1) + 1 {
		var lines []string
		for _, l := range got[step] {
			lines = append(lines, cleanMapsLog(l, dir, cache))
		}
		if !reflect.DeepEqual(lines, wantLogs[step]) {
			t.Errorf("step %d %s:\n got %q\nwant %q", step, what, lines, wantLogs[step])
		}
	}
}

// compareVerboseLogs checks that the info and debug messages of each step
// (the verbose run's messages but the warnings and errors, which rspamadm
// writes to standard error) are among the oracle's, in the same order, and
// returns how many of the oracle's are missing.
func compareVerboseLogs(t *testing.T, vlogs, warnings map[int][]string, want []mapsLogLine, dir, cache string) (lacking int) {
	t.Helper()
	wantLogs := stepLogs(want)
	for step, lines := range vlogs {
		skip := map[string]int{}
		for _, w := range warnings[step] {
			skip[cleanMapsLog(w, dir, cache)]++
		}
		all, j := wantLogs[step], 0
		found := 0
		for _, l := range lines {
			l = cleanMapsLog(verboseStamp.ReplaceAllString(l, ""), dir, cache)
			if skip[l] > 0 {
				skip[l]--
				continue
			}
			if verboseNoise.MatchString(l) {
				continue
			}
			for j < len(all) && all[j] != l {
				j++
			}
			if j == len(all) {
				t.Errorf("step %d: log line %q is not among the oracle's (in order):\n%q", step, l, all)
				break
			}
			j++
			found++
		}
		if found < len(all) {
			t.Logf("step %d: %d of the oracle's lines not logged: %q", step, len(all)-found, all)
		}
		lacking += len(all) - found
	}
	return lacking
}

// stepLogs groups the oracle's log lines by step, normalized.
func stepLogs(lines []mapsLogLine) map[int][]string {
	m := map[int][]string{}
	for _, l := range lines {
		m[l.Step] = append(m[l.Step], normalizeMapsLog(l.Text))
	}
	return m
}

// cleanMapsLog writes a log line of ours as the goldens have it: the case's
// directory and the maps cache as gen.lua's goldens name them, normalized.
func cleanMapsLog(l, dir, cache string) string {
	return normalizeMapsLog(strings.ReplaceAll(strings.ReplaceAll(l, dir, "@DIR@"), cache, "@CACHE@"))
}

// normalizeMapsLog hides what differs between runs in a log line: times,
// pointers and the statistics of upstream's lc-btrie (which radix tables
// here do not have).
func normalizeMapsLog(s string) string {
	s = insertPointer.ReplaceAllString(s, "$1")
	s = btrieStats.ReplaceAllString(s, "")
	s = nextCheck.ReplaceAllString(s, "next check at: @;")
	return s
}

var (
	btrieStats = regexp.MustCompile(` tbm=.*$`)
	nextCheck  = regexp.MustCompile(`next check at: [^;]*;`)
	// verboseStamp is the time stamp (and id) of rspamadm -v lines.
	verboseStamp = regexp.MustCompile(`^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+(; [0-9a-f.]*;)? `)
	// verboseNoise matches the per-key debug lines the goldens leave out.
	verboseNoise = regexp.MustCompile(`^(insert key (value|only) pair: |.*: want insert value |.*: read map chunk, )`)
)

// insertPointer matches the address in radix insertion errors.
var insertPointer = regexp.MustCompile(`(cannot insert )[0-9A-F]{16}`)

// parseGenOutput splits gen.lua's output into the results of its steps and
// the log messages of each step (index 0: before the first step).
func parseGenOutput(t *testing.T, out string) (results []json.RawMessage, logs map[int][]string) {
	t.Helper()
	logs = map[int][]string{}
	step := 0
	for line := range strings.SplitSeq(out, "\n") {
		switch {
		case strings.HasPrefix(line, "@@STEP "):
			step, _ = strconv.Atoi(strings.TrimPrefix(line, "@@STEP "))
		case line == "@@END":
			step = -1
		case strings.HasPrefix(line, "@@RESULT "):
			var v struct {
				Results []json.RawMessage `json:"results"`
			}
			if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "@@RESULT ")), &v); err != nil {
				t.Fatalf("result: %v", err)
			}
			results = v.Results
		case strings.HasPrefix(line, logMark):
			logs[step] = append(logs[step], strings.TrimPrefix(line, logMark))
		case line != "":
			t.Errorf("unexpected output line %q", line)
		}
	}
	return results, logs
}

func jsonValue(t *testing.T, raw json.RawMessage) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s: %v", raw, err)
	}
	return v
}

// TestMapsScript runs maps.lua, this directory's oracle script for the map
// API and lualib's lua_maps, and compares its output, log messages
// included, with the oracle's (regen.sh).
func TestMapsScript(t *testing.T) {
	lualib, err := filepath.Abs("../../lualib")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(lualib, "lua_maps.lua")); err != nil {
		t.Skip("lualib/ is empty: run `make upstream` to extract the upstream Lua tree")
	}
	dir, cache := t.TempDir(), t.TempDir()
	maps := mapsSetup(cache)
	got := runWith(t, merged, func(rt *luaapi.Runtime, s *lua.State) {
		maps(rt, s)
		rt.StubMissingModules()
		s.PushString(dir)
		s.SetGlobal("LUAAPI_MAPS_DIR")
		s.GetGlobal("package")
		s.PushString(lualib + "/?.lua;" + lualib + "/?/init.lua")
		s.SetField(-2, "path")
		s.Pop(1)
	}, "maps.lua")
	got = strings.NewReplacer(logMark, "", dir, "/tmp/gorspamd-luaapi", lualib, "/usr/share/rspamd/lualib").Replace(got)
	compareLines(t, lines(got), lines(readGolden(t, "luaapi", "maps.out")))
}
