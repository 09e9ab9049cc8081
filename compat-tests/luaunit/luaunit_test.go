package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary serve as the runner's child process.
func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(childMain(os.Args[1:]))
	}
	os.Exit(m.Run())
}

func repoDir(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	repo, err := findRepo(wd)
	if err != nil {
		t.Fatal(err)
	}
	return repo
}

func newRunner(t *testing.T, testDir string, oracle bool) *Runner {
	repo := repoDir(t)
	abs, err := filepath.Abs(testDir)
	if err != nil {
		t.Fatal(err)
	}
	return &Runner{TestDir: abs, Oracle: oracle, OracleRoot: "/srv/oracle-sid",
		LualibDir: filepath.Join(repo, "lualib"), RulesDir: filepath.Join(repo, "rules"),
		Jobs: 2, Timeout: 3 * time.Second}
}

// runOurs runs r's tests in our runtime and judges them with the golden
// file; stubbed says whether rspamd_task is missing.
func runOurs(t *testing.T, r *Runner, golden string) (files []*File, rep *Report, stubbed bool) {
	t.Helper()
	files, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	g, err := readGolden(golden)
	if err != nil {
		t.Fatal(err)
	}
	if stubbed, err = taskStubbed(); err != nil {
		t.Fatal(err)
	}
	return files, judge(files, g, stubbed, false, false), stubbed
}

// TestCheckout runs the stand-in checkout of testdata (its own telescope
// and tests, one per verdict) in our runtime and checks every verdict.
func TestCheckout(t *testing.T) {
	files, rep, stubbed := runOurs(t, newRunner(t, "testdata/checkout/test/lua", false), "testdata/golden.json")
	type want struct {
		kind   Kind
		reason string // a prefix of the verdict's reason
	}
	wants := map[string]want{
		"basic.lua|verdicts|passes":                                      {Pass, ""},
		"basic.lua|verdicts|fails an assertion":                          {Fail, "Assert failed: values to be equal"},
		"basic.lua|verdicts|calls a module function that does not exist": {MissingAPI, "rspamd_util.luaunit_no_such_function"},
		"basic.lua|verdicts|calls a method that does not exist":          {MissingAPI, "rspamd{mempool}:luaunit_no_such_method"},
		"basic.lua|verdicts|gives up when a function is missing":         {MissingAPI, "rspamd_util.luaunit_missing_too"},
		"basic.lua|verdicts|probes for a function the oracle lacks too":  {Fail, "Assert failed: values to be equal"},
		"basic.lua|verdicts|calls a C function through the FFI":          {FFI, "luaunit_no_such_symbol"},
		"basic.lua|verdicts|raises an error":                             {Error, "unit/basic.lua:35: boom"},
		"basic.lua|verdicts|is pending":                                  {Pending, ""},
		"basic.lua|verdicts|asserts nothing":                             {Unassertive, ""},
		"basic.lua|a failing before block|never starts":                  {Error, "unit/basic.lua:48: in before"},
		"crash.lua|crash|passes first":                                   {Pass, ""},
		"crash.lua|crash|ends the process":                               {Crash, "the process ended: exit status 3"},
		"hang.lua|hang|never returns":                                    {Crash, "timed out after 3s"},
		"load.lua|stops loading|registered before the failure":           {Pass, ""},
		"load.lua|stops loading|never registered":                        {NotRun, "missing API: rspamd_util.luaunit_load_missing"},
	}
	if stubbed {
		wants["basic.lua|verdicts|needs a task"] = want{Skip, "needs a task"}
	}
	seen := 0
	for _, f := range files {
		for _, e := range rep.Entries[f.Name] {
			key := e.Key.file + "|" + e.Key.context + "|" + e.Key.name
			w, ok := wants[key]
			if !ok {
				if key == "basic.lua|verdicts|needs a task" {
					if e.Verdict.Kind == Skip {
						t.Errorf("%s skipped though rspamd_task exists", key)
					}
					continue
				}
				t.Errorf("unexpected test %s: %v %q", key, e.Verdict.Kind, e.Verdict.Reason)
				continue
			}
			seen++
			if e.Verdict.Kind != w.kind || !strings.HasPrefix(e.Verdict.Reason, w.reason) {
				t.Errorf("%s: got %v %q, want %v %q", key, e.Verdict.Kind, e.Verdict.Reason, w.kind, w.reason)
			}
		}
	}
	if seen != len(wants) {
		t.Errorf("%d of %d expected tests reported", seen, len(wants))
	}
	for _, f := range files {
		if f.Name == "load.lua" && !strings.Contains(f.LoadError, "luaunit_load_missing") {
			t.Errorf("load.lua: load error %q", f.LoadError)
		}
	}
	var out bytes.Buffer
	rep.Print(&out, false)
	last := lastLine(out.Bytes())
	prefix := "4 files, 17 tests: "
	if stubbed {
		// (with rspamd_task, the task test's verdict is the runtime's)
		prefix += "3 pass, 2 fail (behaviour), 3 missing API, 1 FFI symbol, 2 error, 2 crash, 1 not run (file did not load), 1 skipped"
	}
	if !strings.HasPrefix(last, prefix) ||
		!strings.HasSuffix(last, "tests that need no message or scan: 3 of 16 pass (1 more pass in the oracle)") {
		t.Errorf("summary: %s", last)
	}
	for _, b := range []string{"      1    1  FFI symbol: luaunit_no_such_symbol\n", "      1    1  missing API: rspamd_util.luaunit_load_missing\n"} {
		if !strings.Contains(out.String(), b) {
			t.Errorf("blockers lack %q:\n%s", b, out.String())
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		test               Test
		missing            []string
		needsTask, stubbed bool
		kind               Kind
		reason             string
	}{
		{Test{Status: "pass"}, nil, true, true, Pass, ""},
		{Test{Status: "err", Message: "x.lua:1: rspamd_url.create: not available in this build"}, nil, false, true, MissingAPI, "rspamd_url.create"},
		{Test{Status: "err", Message: "x.lua:1: rspamd_task.load_from_string: not available in this build"}, nil, true, true, Skip, "needs a task"},
		{Test{Status: "err", Message: "h.lua:21: /usr/bin/x: undefined symbol: rspamd_url_init"}, nil, false, false, FFI, "rspamd_url_init"},
		{Test{Status: "err", Message: "missing declaration for symbol 'rspamd_foo'"}, nil, false, false, FFI, "rspamd_foo"},
		{Test{Status: "err", Message: "x.lua:3: attempt to call method 'bar' (a nil value)"}, []string{"rspamd{text}:bar"}, false, false, MissingAPI, "rspamd{text}:bar"},
		{Test{Status: "err", Message: "x.lua:3: attempt to index field 'layer' (a function value)"}, []string{"rspamd_kann.layer"}, false, false, MissingAPI, "rspamd_kann.layer"},
		{Test{Status: "err", Message: "x.lua:3: attempt to call field 'x' (a nil value)"}, nil, false, false, Error, "x.lua:3: attempt"},
		{Test{Status: "fail", Message: "Assert failed: expected 1"}, []string{"rspamd_util.y"}, false, false, MissingAPI, "rspamd_util.y\n(fail: Assert failed"},
		{Test{Status: "fail", Message: "Assert failed: expected 1"}, nil, false, false, Fail, "Assert failed: expected 1"},
		{Test{Status: "unassertive"}, nil, false, false, Unassertive, ""},
		{Test{Status: "unassertive"}, []string{"archive.pack"}, false, false, MissingAPI, "archive.pack"},
		{Test{Status: "crash", Message: "timed out after 1s"}, nil, false, false, Crash, "timed out after 1s"},
	}
	for _, tt := range tests {
		v := classify(tt.test, tt.missing, tt.needsTask, tt.stubbed)
		if v.Kind != tt.kind || !strings.HasPrefix(v.Reason, tt.reason) {
			t.Errorf("classify(%+v, %q): got %v %q, want %v %q", tt.test, tt.missing, v.Kind, v.Reason, tt.kind, tt.reason)
		}
	}
}

func TestParseResults(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r")
	data := `{"kind":"file","tests":2,"misses":["rspamd_util\tx"]}
{"kind":"start","index":1,"name":"a"}
{"kind":"test","index":1,"context":"c","name":"a","status":"err","message":"/src/test/lua/unit/a.lua:1: bad \u00ff\u00fe\nstack traceback:\n\t/usr/share/rspamd/lualib/x.lua:2: in f"}
{"kind":"start","index":2,"name":"b"}
`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := parseResults(path, "a.lua", "killed", newNormalizer("/src/test/lua", "/usr/share/rspamd/lualib", "/bin/x"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Crash != "killed" || len(f.Tests) != 2 || f.LoadMisses[0] != "rspamd_util.x" {
		t.Fatalf("got %+v", f)
	}
	if a := f.Tests[0]; a.Message != "unit/a.lua:1: bad \xff\xfe" || a.Traceback != "stack traceback:\n\tlualib/x.lua:2: in f" {
		t.Errorf("test a: %q, %q", a.Message, a.Traceback)
	}
	if b := f.Tests[1]; b.Status != "crash" || b.Name != "b" || b.Message != "killed" {
		t.Errorf("test b: %+v", b)
	}
	if err := os.WriteFile(path, []byte(`{"kind":"what"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := parseResults(path, "a.lua", "", normalizer{}); err == nil {
		t.Error("an unknown record kind was accepted")
	}
}

func TestNormalizer(t *testing.T) {
	n := newNormalizer("/home/someone/src/rspamd/test/lua", "/usr/share/rspamd/lualib", "/tmp/go-build1/luaunit.test")
	for in, want := range map[string]string{
		"/home/someone/src/rspamd/test/lua/unit/a.lua:3: x":       "unit/a.lua:3: x",
		"...eone/src/rspamd/test/lua/unit/a.lua:3: x":             "unit/a.lua:3: x",
		"...hare/rspamd/lualib/lua_util.lua:9: y":                 "lualib/lua_util.lua:9: y",
		"h.lua:21: /tmp/go-build1/luaunit.test: undefined symbol": "h.lua:21: <runtime>: undefined symbol",
		"wait... what ...test/lua/unit/a.lua":                     "wait... what unit/a.lua",
		"...a.lua:3: too short to tell":                           "...a.lua:3: too short to tell",
	} {
		if got := n.apply(in); got != want {
			t.Errorf("apply(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParseResults(f *testing.F) {
	f.Add([]byte(`{"kind":"file","tests":1}` + "\n" + `{"kind":"start","index":1,"name":"a"}` + "\n" +
		`{"kind":"test","index":1,"name":"a","status":"pass","misses":["m\tk"]}` + "\n" + `{"kind":"done"}` + "\n"))
	f.Add([]byte(`{"kind":"test","message":"...\u00ff"}`))
	f.Add([]byte("{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "r")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := parseResults(path, "x.lua", "", newNormalizer("/t", "/l", "/p"))
		if err == nil && f == nil {
			t.Fatal("no file and no error")
		}
	})
}

// TestGolden checks the committed oracle outcomes are complete: every
// file has tests, every test a known status.
func TestGolden(t *testing.T) {
	g, err := readGolden(filepath.Join(repoDir(t), goldenPath))
	if err != nil {
		t.Fatal(err)
	}
	statuses := map[string]bool{"pass": true, "fail": true, "err": true, "unassertive": true, "pending": true}
	total := 0
	for _, f := range g.Files {
		if len(f.Tests) == 0 || f.Crash != "" || f.LoadError != "" {
			t.Errorf("%s: %d tests, crash %q, load error %q", f.Name, len(f.Tests), f.Crash, f.LoadError)
		}
		for _, tt := range f.Tests {
			if !statuses[tt.Status] {
				t.Errorf("%s: %s: status %q", f.Name, tt.Name, tt.Status)
			}
		}
		total += len(f.Tests)
	}
	if total < 1000 {
		t.Errorf("only %d tests", total)
	}
}

// upstreamCheckout is the checkout RSPAMD_SRC names; the test skips
// without it.
func upstreamCheckout(t *testing.T) string {
	src := os.Getenv("RSPAMD_SRC")
	if src == "" {
		t.Skip("RSPAMD_SRC (an upstream checkout with test/lua) is not set")
	}
	if err := checkLualib(filepath.Join(repoDir(t), "lualib")); err != nil {
		t.Skip(err)
	}
	return filepath.Join(src, "test", "lua")
}

// TestUpstream runs upstream's tests in our runtime and fails while some
// that need no message pass in the oracle and not here (the report is in
// the log).
func TestUpstream(t *testing.T) {
	r := newRunner(t, upstreamCheckout(t), false)
	r.Timeout = 2 * time.Minute
	_, rep, _ := runOurs(t, r, filepath.Join(repoDir(t), goldenPath))
	var out bytes.Buffer
	rep.Print(&out, false)
	t.Log(out.String())
	if rep.OracleOnly > 0 {
		t.Errorf("%d tests that need no message pass in the oracle and not here", rep.OracleOnly)
	}
}

// TestOracleGolden runs upstream's tests in the oracle and compares each
// status with the committed golden.
func TestOracleGolden(t *testing.T) {
	testDir := upstreamCheckout(t)
	if os.Geteuid() != 0 {
		t.Skip("the oracle's chroot needs root")
	}
	r := newRunner(t, testDir, true)
	if _, err := os.Stat(filepath.Join(r.OracleRoot, "usr/bin/rspamadm")); err != nil {
		t.Skip("no oracle:", err)
	}
	r.Timeout = 2 * time.Minute
	files, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	g, err := readGolden(filepath.Join(repoDir(t), goldenPath))
	if err != nil {
		t.Fatal(err)
	}
	want := map[testKey]string{}
	for _, f := range g.Files {
		keys, byKey := keyed(f)
		for _, k := range keys {
			want[k] = byKey[k].Status
		}
	}
	got := 0
	for _, f := range files {
		keys, byKey := keyed(f)
		for _, k := range keys {
			got++
			if want[k] != byKey[k].Status {
				t.Errorf("%s: %s / %s: oracle %q, golden %q", k.file, k.context, k.name, byKey[k].Status, want[k])
			}
		}
	}
	if got != len(want) {
		t.Errorf("the oracle ran %d tests, the golden has %d", got, len(want))
	}
}
