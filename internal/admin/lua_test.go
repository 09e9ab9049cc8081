package admin

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gorspamd/rspamd/internal/cfgload"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// runLuaMain runs rspamadm with the Lua runtime, the given standard input
// and Lua commands from dir (RSPAMADM_COMMAND_PATH).
func runLuaMain(t *testing.T, args []string, stdin, dir string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errOut, Stdin: strings.NewReader(stdin), CommandPath: dir, Lua: NewLuaRuntime()}
	code := Main(append([]string{"rspamadm"}, args...), env)
	return code, out.String(), errOut.String()
}

// writeFiles creates files (name: content) in a new directory.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestLuaCommandModules checks how command modules are discovered: what a
// module must return, how it is named and listed, which files are
// skipped, and what the handler receives.
func TestLuaCommandModules(t *testing.T) {
	out := filepath.Join(t.TempDir(), "ran")
	dir := writeFiles(t, map[string]string{
		"good.lua": `return {name = "good", aliases = {"g", 7, {}}, description = "A good command",
			handler = function(args)
				local f = io.open(os.getenv("RAN_FILE"), "w")
				f:write(table.concat({args[0], tostring(args[1]), tostring(args[2]), #args}, "|"))
				f:close()
				if args[1] == "fail" then error("failed on purpose") end
			end}`,
		"named.lua.lua":  `return {handler = function() end, description = 3}`,
		"nodesc.lua":     `return {handler = function() end}`,
		"nohandler.lua":  `return {name = "nohandler"}`,
		"notable.lua":    `return 42`,
		"nothing.lua":    `local x = 1`,
		"syntax.lua":     `return {`,
		"loaderror.lua":  `error("at load")`,
		"pw.lua":         `return {handler = function() end, description = "shadows pw"}`,
		"zdup.lua":       `return {name = "good", handler = function() end, description = "shadows good"}`,
		".hidden.lua":    `return {handler = function() end}`,
		"notlua.txt":     `return {handler = function() end}`,
		"zz-by-name.lua": `return {name = "renamed", handler = function() end}`,
	})
	if err := os.Mkdir(filepath.Join(dir, "dir.lua"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("RAN_FILE", out)

	code, stdout, stderr := runLuaMain(t, []string{"-l"}, "", dir)
	if code != 0 {
		t.Fatalf("-l: code %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"  good               A good command                                              \n",
		"  named              3                                                           \n",
		"  nodesc             no description available                                    \n",
		"  renamed            no description available                                    \n",
		"  pw                 Manage rspamd passwords                                     \n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("listing lacks %q:\n%s", want, stdout)
		}
	}
	for _, absent := range []string{"shadows", "nohandler", "hidden", "notlua", "notable", "nothing", "  dir"} {
		if strings.Contains(stdout, absent) {
			t.Errorf("listing has %q:\n%s", absent, stdout)
		}
	}
	wantErr := "cannot execute lua script " + dir + "/loaderror.lua: " + dir + "/loaderror.lua:1: at load\n" +
		"rspamadm script " + dir + "/nohandler.lua does not have 'handler' field with type function\n" +
		"cannot execute lua script " + dir + "/syntax.lua: " + dir + "/syntax.lua:1: unexpected symbol near '<eof>'\n"
	if stderr != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, wantErr)
	}

	for _, tc := range []struct {
		args    []string
		ran     string
		errPart string
	}{
		{[]string{"good", "a", "b"}, "rspamadm good|a|b|2", ""},
		{[]string{"7"}, "rspamadm 7|nil|nil|0", ""},
		{[]string{"help", "g"}, "good|--help|nil|1", ""},
		{[]string{"g", "fail"}, "rspamadm g|fail|nil|1",
			"call to rspamadm lua script failed (2): " + dir + "/good.lua:6: failed on purpose; trace: [1]:{" + dir + "/good.lua:6 - <unknown> [Lua]};\n"},
	} {
		os.Remove(out)
		code, _, stderr := runLuaMain(t, tc.args, "", dir)
		if code != 0 {
			t.Errorf("%q: code %d", tc.args, code)
		}
		got, err := os.ReadFile(out)
		if err != nil || string(got) != tc.ran {
			t.Errorf("%q: handler got %q (%v), want %q", tc.args, got, err, tc.ran)
		}
		if !strings.HasSuffix(stderr, tc.errPart) {
			t.Errorf("%q: stderr %q, want it to end with %q", tc.args, stderr, tc.errPart)
		}
	}
	_, _, stderr = runLuaMain(t, []string{"goo"}, "", dir)
	if want := "Invalid command name: goo\nSuggested commands:\ngood\n"; !strings.HasSuffix(stderr, want) {
		t.Errorf("suggestions: %q", stderr)
	}
}

// TestGlobLua checks the file list against glob(3)'s: the directory as
// given, sorted names, regular files only.
func TestGlobLua(t *testing.T) {
	dir := writeFiles(t, map[string]string{"b.lua": "", "a.lua": "", ".c.lua": "", "d.txt": ""})
	if err := os.Symlink("a.lua", filepath.Join(dir, "link.lua")); err != nil {
		t.Fatal(err)
	}
	got, err := globLua(dir + "/")
	want := []string{dir + "//a.lua", dir + "//b.lua", dir + "//link.lua"}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("globLua = %q, %v; want %q", got, err, want)
	}
	if got, err := globLua(filepath.Join(dir, "missing")); err != nil || got != nil {
		t.Errorf("missing directory: %q, %v", got, err)
	}
	if err := os.Symlink("nowhere", filepath.Join(dir, "dangling.lua")); err != nil {
		t.Fatal(err)
	}
	if _, err := globLua(dir); err == nil || !strings.Contains(err.Error(), "dangling.lua failed: No such file or directory") {
		t.Errorf("dangling link: %v", err)
	}
}

// TestLuaExec checks -e: expressions and chunks, how results print, and
// the errors.
func TestLuaExec(t *testing.T) {
	for _, tc := range []struct {
		code, out, err string
	}{
		{"1, 'a\\1', {x = 1}, nil, true, 2.5", "1\na\\01\n{[x] = 1}\nnil\ntrue\n2.5\n", ""},
		{"local y = 2", "", ""},
		{"x=", "", "cannot load string x=\n"},
		{"error('x')", "", "call failed: x; trace:\n"},
		{"arg", "nil\n", ""},
		{"type(rspamadm.pw_encrypt), type(rspamadm_session), rspamd_config ~= nil", "function\nuserdata\ntrue\n", ""},
	} {
		code, out, errOut := runLuaMain(t, []string{"lua", "-e", tc.code}, "", "")
		if code != 0 || out != tc.out || errOut != tc.err {
			t.Errorf("-e %q: code %d stdout %q stderr %q; want %q %q", tc.code, code, out, errOut, tc.out, tc.err)
		}
	}
	_, out, _ := runLuaMain(t, []string{"lua", "-e", "function() end"}, "", "")
	if !strings.HasPrefix(out, "local function: ") {
		t.Errorf("a function result: %q", out)
	}
	code, _, errOut := runLuaMain(t, []string{"lua", "-P", "/x", "-e", "1"}, "", "")
	if code != 1 || errOut != "PANIC: unprotected error in call to Lua API (attempt to index a string value)\n" {
		t.Errorf("-P: code %d stderr %q", code, errOut)
	}
}

// TestLuaScripts checks script files: -s, file arguments, -a and the
// exit codes.
func TestLuaScripts(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"args.lua": `ARGS = table.concat(arg, ",")`,
		"ok.lua":   `OK = true`,
		"err.lua":  "local function f() error('boom') end\nf()\n",
		"bad.lua":  "x(",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	code, out, errOut := runLuaMain(t, []string{"lua", "-s", p("args.lua"), "-a", "1", "--args=2", "-e", "ARGS"}, "", "")
	if code != 0 || out != "1,2\n" || errOut != "" {
		t.Errorf("-s -a -e: code %d stdout %q stderr %q", code, out, errOut)
	}
	code, _, errOut = runLuaMain(t, []string{"lua", p("ok.lua"), p("err.lua"), p("args.lua")}, "", "")
	want := "call to " + p("err.lua") + " failed: " + p("err.lua") + ":1: boom; trace: [1]:{" + p("err.lua") +
		":1 - f [Lua]}; [2]:{" + p("err.lua") + ":2 - <unknown> [main]};\n"
	if code != 1 || errOut != want {
		t.Errorf("failing script: code %d stderr %q, want %q", code, errOut, want)
	}
	code, _, errOut = runLuaMain(t, []string{"lua", "-s", p("bad.lua")}, "", "")
	if want := "cannot load script " + p("bad.lua") + ": " + p("bad.lua") + ":1: unexpected symbol near '<eof>'\n"; code != 1 || errOut != want {
		t.Errorf("bad script: code %d stderr %q", code, errOut)
	}
	code, _, errOut = runLuaMain(t, []string{p("ok.lua"), "x"}, "", "")
	if code != 0 || errOut != "" {
		t.Errorf("rspamadm file.lua: code %d stderr %q", code, errOut)
	}
}

// TestLuaBatch checks the loop reading the standard input: expressions,
// dot commands and their errors.
func TestLuaBatch(t *testing.T) {
	dir := writeFiles(t, map[string]string{"ok.lua": "LOADED = true", "err.lua": "error('e')"})
	in := strings.Join([]string{"1+1", "", ".help", ".Help load x", ".load " + dir + "/ok.lua " + dir + "/none.lua",
		".exec " + dir + "/err.lua", "LOADED", ".nosuch", ".message", ".message nofunc x.eml", "{{"}, "\n")
	code, out, errOut := runLuaMain(t, []string{"lua"}, in, "")
	wantOut := "2\nhelp: shows help for commands\nload: load lua file\nexec: exec lua file\n" +
		"message: scans message using specified callback: .message <callback_name> <file>...\n" +
		"{{: start multiline input\n}}: end multiline input\nhelp: shows help for commands\nx: no such command\n" +
		dir + "/ok.lua: loaded\n" + dir + "/none.lua: NOT loaded\ntrue\nno callback is specified\nbad callback type: nil\n"
	wantErr := "cannot load script " + dir + "/none.lua: cannot open " + dir + "/none.lua: No such file or directory\n" +
		"call to " + dir + "/err.lua failed: " + dir + "/err.lua:1: e; trace: [1]:{" + dir + "/err.lua:1 - <unknown> [main]};\n" +
		"cannot load string .nosuch\ncannot load string {{\n"
	if code != 0 || out != wantOut {
		t.Errorf("batch: code %d stdout:\n%s\nwant:\n%s", code, out, wantOut)
	}
	if errOut != wantErr {
		t.Errorf("batch stderr:\n%s\nwant:\n%s", errOut, wantErr)
	}
}

// TestLuaServe checks the HTTP server: results as JSON, errors as
// rspamd's error replies.
func TestLuaServe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	r := NewLuaRuntime().(*luaRuntime)
	r.stopServing = make(chan struct{})
	var stdout, stderr syncBuffer
	done := make(chan int)
	go func() {
		done <- Main([]string{"rspamadm", "lua", "-S", addr}, Env{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""), Lua: r})
	}()
	// post sends a request and returns the reply without its Date header
	post := func(path, body string) string {
		for range 100 {
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				time.Sleep(20 * time.Millisecond)
				continue
			}
			defer conn.Close()
			fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s", path, len(body), body)
			data, _ := io.ReadAll(conn)
			return dateHeader.ReplaceAllString(string(data), "")
		}
		t.Fatalf("no server on %s: %s", addr, stderr.String())
		return ""
	}
	reply := func(status, ctype, body string) string {
		return fmt.Sprintf("HTTP/1.1 %s\r\nConnection: close\r\nServer: rspamd/4.1.5\r\nContent-Length: %d\r\nContent-Type: %s\r\n\r\n%s",
			status, len(body), ctype, body)
	}
	for _, tc := range []struct {
		path, body, want string
	}{
		{"/exec", `1+1, "a", {x=1}`, reply("200 OK", "application/json", `[2,"a",{"x":1}]`)},
		{"/exec", `error("x")`, reply("500 call failed: x; trace:\n", "application/json", "{\"error\":\"call failed: x; trace:\n\"}")},
		{"/exec", `x=`, reply("400 Invalid lua script", "application/json", `{"error":"Invalid lua script"}`)},
		{"/exec", ``, reply("400 Empty lua script", "application/json", `{"error":"Empty lua script"}`)},
		{"/other", `1`, reply("404 Not found", "text/plain", "Not found")},
	} {
		if got := post(tc.path, tc.body); got != tc.want {
			t.Errorf("POST %s %q:\n%q\nwant\n%q", tc.path, tc.body, got, tc.want)
		}
	}
	close(r.stopServing)
	if code := <-done; code != 0 {
		t.Errorf("code %d", code)
	}
	if want := "listen on " + addr + "\n"; stdout.String() != want {
		t.Errorf("stdout %q, want %q", stdout.String(), want)
	}
	if want := "http error occurred: Not found\n"; stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
}

var dateHeader = regexp.MustCompile(`Date: [^\r]*\r\n`)

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu  chan struct{}
	buf bytes.Buffer
}

func (b *syncBuffer) lock() {
	if b.mu == nil {
		b.mu = make(chan struct{}, 1)
	}
	b.mu <- struct{}{}
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.lock()
	defer func() { <-b.mu }()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.lock()
	defer func() { <-b.mu }()
	return b.buf.String()
}

// captureStdout returns what fn writes to the process's standard output
// (file descriptor 1, where Lua's print goes).
func captureStdout(t *testing.T, fn func()) string {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	flushStdout()
	saved, err := unix.Dup(1)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.Dup2(int(f.Fd()), 1); err != nil {
		t.Fatal(err)
	}
	fn()
	flushStdout()
	if err := unix.Dup2(saved, 1); err != nil {
		t.Fatal(err)
	}
	unix.Close(saved)
	data, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// lualibDir returns the checkout's upstream Lua tree, skipping the test
// when it is not extracted.
func lualibDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../lualib")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "rspamadm", "confighelp.lua")); err != nil {
		t.Skip("needs the upstream Lua tree in lualib/ (make upstream)")
	}
	return dir
}

// TestExecuteLuaUCLSubr runs lualib's confighelp renderer on the
// documentation of the regexp section and compares its output with what
// rspamd 4.1.5 printed (rspamadm confighelp regexp, without the line the
// C side prints first).
func TestExecuteLuaUCLSubr(t *testing.T) {
	var vars goption.Vars
	vars.Parse("LUALIBDIR=" + lualibDir(t))
	st, err := cfgload.NewLuaState()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.SetPath(nil, &vars)
	docs, err := os.ReadFile("testdata/confighelp-regexp.json")
	if err != nil {
		t.Fatal(err)
	}
	p := ucl.NewParser(0)
	if err := p.AddChunk(docs); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/confighelp-regexp.out")
	if err != nil {
		t.Fatal(err)
	}
	var ok bool
	got := captureStdout(t, func() {
		ok = executeLuaUCLSubr(st, []string{"rspamadm confighelp", "regexp"}, p.Object(), "confighelp", true)
	})
	if !ok || got != string(want) {
		t.Errorf("ok %v, output:\n%s\nwant:\n%s", ok, got, want)
	}

	var log bytes.Buffer
	withLog(t, &log, func() {
		ok = executeLuaUCLSubr(st, nil, ucl.New(ucl.TypeObject), "nosuch", true)
	})
	if ok || !strings.HasPrefix(log.String(), `cannot execute lua script return require "rspamadm.nosuch": module 'rspamadm.nosuch' not found:`) {
		t.Errorf("missing module: %v %q", ok, log.String())
	}
	log.Reset()
	withLog(t, &log, func() {
		ok = executeLuaUCLSubr(st, nil, ucl.New(ucl.TypeObject), "lua_util", false)
	})
	if ok || log.String() != "lua script must return function and not nil\n" {
		t.Errorf("module without a handler: %v %q", ok, log.String())
	}
	log.Reset()
	st.L.DoString(`package.loaded["failing"] = {handler = function(args, obj) error(args[1] .. obj.k) end}`)
	obj := ucl.New(ucl.TypeObject)
	obj.InsertKey("k", ucl.NewString("!"))
	withLog(t, &log, func() {
		ok = executeLuaUCLSubr(st, []string{"cmd", "boom"}, obj, "failing", false)
	})
	if want := "call to rspamadm lua script failed (2): [string \"package.loaded[\"failing\"] = {handler = functi...\"]:1: boom!; trace: "; ok || !strings.HasPrefix(log.String(), want) {
		t.Errorf("failing handler: %v\n%q\nwant\n%q", ok, log.String(), want)
	}
}

// withLog runs fn with rspamadm's logger writing to w.
func withLog(t *testing.T, w io.Writer, fn func()) {
	t.Helper()
	s := &Session{Env: Env{Stdout: w, Stderr: w}}
	setLogger(s)
	fn()
}

// TestHistory checks the history file: replxx's format, the merge with
// what the file holds, duplicates and the size limit.
func TestHistory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hist")
	if err := os.WriteFile(path, []byte("old line\n### 2020-01-01 00:00:00.000\nfirst\n\n### bad stamp\n### 2021-01-01 00:00:00.000\nsecond\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	h := newHistory(path, 3)
	want := []historyEntry{{"2020-01-01 00:00:00.000", "first"}, {"2020-01-01 00:00:00.000", "### bad stamp"}, {"2021-01-01 00:00:00.000", "second"}}
	if !slices.Equal(h.entries, want) {
		t.Errorf("loaded %q, want %q", h.entries, want)
	}
	h.add("third")
	h.add("third")
	h.add("first")
	if err := h.save(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	var texts []string
	for i, l := range lines {
		if i%2 == 0 {
			if !isHistoryStamp(l) {
				t.Errorf("line %d %q is not a time stamp", i, l)
			}
			continue
		}
		texts = append(texts, l)
	}
	if want := []string{"second", "third", "first"}; !slices.Equal(texts, want) {
		t.Errorf("saved %q, want %q", texts, want)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, %v", st.Mode(), err)
	}
}

// FuzzParseHistory checks that any history file parses into entries that
// are non-empty single lines with well-formed times.
func FuzzParseHistory(f *testing.F) {
	f.Add("### 2020-01-01 00:00:00.000\nfirst\n\nsecond\r\n")
	f.Add("### 2020-01-01 00:00:00.00x\n")
	f.Fuzz(func(t *testing.T, data string) {
		for _, e := range parseHistory(strings.NewReader(data)) {
			if e.text == "" || strings.ContainsAny(e.text, "\r\n") || !isHistoryStamp("### "+e.when) {
				t.Errorf("bad entry %q", fmt.Sprint(e))
			}
		}
	})
}

// TestLineEditor feeds key sequences to the line editor and checks the
// lines it returns.
func TestLineEditor(t *testing.T) {
	hist := &history{max: 10, entries: []historyEntry{{"", "older"}, {"", "newer"}}}
	for _, tc := range []struct {
		keys string
		want []string
	}{
		{"abc\r", []string{"abc"}},
		{"ab\x7fc\r", []string{"ac"}},
		{"abc\x1b[D\x1b[DX\r", []string{"aXbc"}},
		{"abc\x01X\x05Y\r", []string{"XabcY"}},
		{"abc\x02\x02\x0b\r", []string{"a"}},
		{"abc def\x17\r", []string{"abc "}},
		{"abc\x02\x15\r", []string{"c"}},
		{"abc\x01\x04\r", []string{"bc"}},
		{"abc\x01\x1b[3~\r", []string{"bc"}},
		{"ab\x1b[H\x1b[F!\r", []string{"ab!"}},
		{"\x1b[A\r", []string{"newer"}},
		{"\x1b[A\x1b[A\x1b[A\r", []string{"older"}},
		{"new\x1b[A\x1b[B\r", []string{"new"}},
		{"\x10\x10\x0e\r", []string{"newer"}},
		{"\xc3\xa9t\xc3\xa9\x7f\x7fe\r", []string{"\u00e9e"}},
		{"a\rb\r", []string{"a", "b"}},
		{"abc\x03", nil},
		{"\x04", nil},
		{"abc", nil},
	} {
		var out bytes.Buffer
		ed := &lineEditor{in: bufio.NewReader(strings.NewReader(tc.keys)), out: &out, hist: hist}
		var got []string
		for {
			line, ok := ed.readLine("> ")
			if !ok {
				break
			}
			got = append(got, line)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("keys %q: lines %q, want %q", tc.keys, got, tc.want)
		}
	}
}

// FuzzLineEditor checks that any key sequence gives lines without line
// ends and the editor's cursor stays within its line.
func FuzzLineEditor(f *testing.F) {
	f.Add("abc\x1b[D\x1b[3~\x01\x0b\r")
	f.Add("\x1b[A\x1b[B\x1b[1;5C\xc3\r\x17\x15")
	hist := &history{max: 10, entries: []historyEntry{{"", "older"}, {"", "newer"}}}
	f.Fuzz(func(t *testing.T, keys string) {
		ed := &lineEditor{in: bufio.NewReader(strings.NewReader(keys)), out: io.Discard, hist: hist}
		for {
			line, ok := ed.readLine("> ")
			if ed.pos < 0 || ed.pos > len(ed.line) {
				t.Fatalf("cursor %d outside a line of %d", ed.pos, len(ed.line))
			}
			if !ok {
				return
			}
			if strings.ContainsAny(line, "\r\n") {
				t.Fatalf("line %q has a line end", line)
			}
		}
	})
}
