package lua

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/buildinfo"
)

func newState(t testing.TB) *State {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// capturePrint replaces print with one that collects its lines.
func capturePrint(t testing.TB, s *State) *[]string {
	t.Helper()
	out := new([]string)
	s.Register("__out", func(s *State) int {
		*out = append(*out, s.CheckString(1))
		return 0
	})
	mustDo(t, s, `print = function(...)
		local t = {}
		for i = 1, select('#', ...) do t[i] = tostring((select(i, ...))) end
		__out(table.concat(t, "\t"))
	end`)
	return out
}

func mustDo(t testing.TB, s *State, code string) {
	t.Helper()
	if err := s.DoString(code); err != nil {
		t.Fatalf("%s: %v", code, err)
	}
}

// eval runs code returning one value and gives it as a string.
func eval(t testing.TB, s *State, code string) string {
	t.Helper()
	if err := s.Load(code, "=eval"); err != nil {
		t.Fatal(err)
	}
	if err := s.PCall(0, 1); err != nil {
		t.Fatalf("%s: %v", code, err)
	}
	defer s.Pop(1)
	if s.IsNil(-1) {
		return "nil"
	}
	if s.Type(-1) == TypeBoolean {
		if s.ToBool(-1) {
			return "true"
		}
		return "false"
	}
	v, ok := s.ToString(-1)
	if !ok {
		t.Fatalf("%s: result is a %s", code, s.TypeName(-1))
	}
	return v
}

func TestStackAndValues(t *testing.T) {
	s := newState(t)
	s.PushNil()
	s.PushBool(true)
	s.PushNumber(1.5)
	s.PushInteger(1 << 40)
	s.PushString("héllo\x00world")
	s.PushBytes([]byte("bytes"))
	if got := s.GetTop(); got != 6 {
		t.Fatalf("top %d", got)
	}
	want := []Type{TypeNil, TypeBoolean, TypeNumber, TypeNumber, TypeString, TypeString}
	for i, w := range want {
		if got := s.Type(i + 1); got != w {
			t.Errorf("type(%d) = %v, want %v", i+1, got, w)
		}
	}
	if s.Type(7) != TypeNone || s.Type(7).String() != "no value" || TypeLightUserdata.String() != "userdata" {
		t.Error("none type")
	}
	if !s.ToBool(2) || s.ToBool(1) || s.ToNumber(3) != 1.5 || s.ToInteger(4) != 1<<40 {
		t.Error("scalar round trip")
	}
	if v, ok := s.ToString(5); !ok || v != "héllo\x00world" {
		t.Errorf("string %q", v)
	}
	if v, ok := s.ToStringView(6); !ok || v != "bytes" {
		t.Errorf("view %q", v)
	}
	if v, ok := s.ToString(3); !ok || v != "1.5" || s.Type(3) != TypeNumber {
		t.Errorf("number to string %q, slot now %v", v, s.Type(3))
	}
	if _, ok := s.ToStringView(3); ok {
		t.Error("view of a number")
	}
	if _, ok := s.ToString(2); ok {
		t.Error("bool converted to string")
	}
	s.PushString("0x10")
	if n, ok := s.ToIntegerOK(-1); !ok || n != 16 {
		t.Errorf("numeric string %d %v", n, ok)
	}
	s.PushString("12abc")
	if _, ok := s.ToNumberOK(-1); ok {
		t.Error("non-numeric string accepted")
	}
	s.SetTop(0)
	s.PushString("a")
	s.PushString("b")
	s.PushString("c")
	s.Insert(1)
	s.Remove(2)
	if v, _ := s.ToString(1); v != "c" {
		t.Errorf("insert/remove %q", v)
	}
	if s.AbsIndex(-1) != 2 || !s.CheckStack(1000) {
		t.Error("absindex/checkstack")
	}
	s.Pop(2)
	if s.GetTop() != 0 {
		t.Error("pop")
	}
}

func TestTables(t *testing.T) {
	s := newState(t)
	s.NewTable(2, 2)
	s.PushString("v")
	s.SetField(-2, "k")
	s.PushInteger(10)
	s.RawSetInt(-2, 1)
	s.PushString("key")
	s.PushBool(true)
	s.SetTable(-3)
	s.PushString("raw")
	s.RawSetField(-2, "r")
	s.PushValue(-1)
	s.SetGlobal("T")
	if got := eval(t, s, `return T.k .. T[1] .. tostring(T.key) .. T.r .. #T`); got != "v10trueraw1" {
		t.Fatalf("got %q", got)
	}
	if s.GetField(-1, "k") != TypeString || s.RawGetInt(-2, 1) != TypeNumber || s.RawGetField(-3, "missing") != TypeNil {
		t.Fatal("gets")
	}
	s.Pop(3)
	s.PushString("key")
	if s.GetTable(-2) != TypeBoolean {
		t.Fatal("gettable")
	}
	s.Pop(1)
	keys := map[string]string{}
	s.PushNil()
	for s.Next(-2) {
		k, _ := s.ToString(-2)
		v, _ := s.ToString(-1)
		keys[k] = v
		s.Pop(1)
	}
	if len(keys) != 4 || keys["1"] != "10" || keys["k"] != "v" {
		t.Fatalf("next: %v", keys)
	}
	if s.ObjLen(-1) != 1 {
		t.Fatal("objlen")
	}
	s.Pop(1)

	// Metamethods run through the protected path.
	mustDo(t, s, `P = setmetatable({}, {
		__index = function(t, k) return "idx:" .. k end,
		__newindex = function(t, k, v) rawset(t, k, v .. "!") end,
		__eq = function() return true end, __lt = function() return true end,
		__concat = function(a, b) return "cat" end})
		Q = setmetatable({}, getmetatable(P))`)
	s.GetGlobal("P")
	if s.GetField(-1, "x") != TypeString {
		t.Fatal("__index")
	}
	if v, _ := s.ToString(-1); v != "idx:x" {
		t.Fatalf("__index %q", v)
	}
	s.Pop(1)
	s.PushString("y")
	s.SetField(-2, "set")
	s.RawGetField(-1, "set")
	if v, _ := s.ToString(-1); v != "y!" {
		t.Fatalf("__newindex %q", v)
	}
	s.Pop(1)
	s.GetGlobal("Q")
	if !s.Equal(-1, -2) || !s.LessThan(-1, -2) || s.RawEqual(-1, -2) {
		t.Fatal("compare metamethods")
	}
	s.PushString("s")
	s.Concat(2)
	if v, _ := s.ToString(-1); v != "cat" {
		t.Fatalf("__concat %q", v)
	}
	s.SetTop(0)
	s.PushInteger(1)
	s.PushString("2")
	s.PushNumber(3.5)
	s.Concat(3)
	if v, _ := s.ToString(-1); v != "123.5" {
		t.Fatalf("concat %q", v)
	}
}

func TestRefs(t *testing.T) {
	s := newState(t)
	s.PushString("kept")
	r := s.Ref()
	s.PushNil()
	if s.Ref() != RefNil {
		t.Fatal("nil ref")
	}
	s.GC()
	s.PushRef(r)
	if v, _ := s.ToString(-1); v != "kept" {
		t.Fatalf("ref %q", v)
	}
	s.Unref(r)
	s.PushRef(r)
	if s.Type(-1) == TypeString {
		t.Fatal("unref kept the value")
	}
}

func TestLoadAndChunkNames(t *testing.T) {
	s := newState(t)
	for _, tc := range []struct{ code, name, want string }{
		{"error('x')", "=named", "named:1: x"},
		{"error('x')", "@some/file.lua", "some/file.lua:1: x"},
		{"error('x')", "error('x')", `[string "error('x')"]:1: x`},
		{"\n\nerror('x')", "local a = 1\nlocal b = 2", `[string "local a = 1..."]:3: x`},
	} {
		if err := s.Load(tc.code, tc.name); err != nil {
			t.Fatal(err)
		}
		err := s.PCall(0, 0)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: got %v, want %q", tc.name, err, tc.want)
		}
	}
	err := s.Load("x = = 1", "=bad")
	var le *Error
	if !errors.As(err, &le) || le.Kind != ErrSyntax || le.Message != "bad:1: unexpected symbol near '='" {
		t.Fatalf("syntax error: %#v", err)
	}
	if s.GetTop() != 0 {
		t.Fatal("stack not clean after load errors")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "f.lua")
	if err := os.WriteFile(path, []byte("return ...\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.LoadFile(path); err != nil {
		t.Fatal(err)
	}
	s.PushString("arg")
	if err := s.PCall(1, 1); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.ToString(-1); v != "arg" {
		t.Fatal("loadfile result")
	}
	s.Pop(1)
	err = s.DoFile(filepath.Join(dir, "missing.lua"))
	if !errors.As(err, &le) || le.Kind != ErrFile || !strings.Contains(le.Message, "cannot open") {
		t.Fatalf("missing file: %#v", err)
	}
	if err := os.WriteFile(path, []byte("error('in file')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.DoFile(path); err == nil || err.Error() != path+":1: in file" {
		t.Fatalf("file error: %v", err)
	}
}

func TestPCallErrorAndTraceback(t *testing.T) {
	s := newState(t)
	mustDo(t, s, `
function inner() error("boom") end
function outer() inner() end
function tableerr() error({code = 1}) end`)
	s.GetGlobal("outer")
	err := s.PCall(0, 0)
	var le *Error
	if !errors.As(err, &le) {
		t.Fatalf("not an *Error: %#v", err)
	}
	const wantTB = ` [1]:{[C]:-1 - error [C]}; [2]:{[string "..."]:2 - inner [Lua]}; [3]:{[string "..."]:3 - <unknown> [Lua]};`
	if le.Kind != ErrRuntime || le.Message != `[string "..."]:2: boom` || le.Traceback != wantTB {
		t.Fatalf("got %q / %q", le.Message, le.Traceback)
	}
	if le.Detailed() != le.Message+"; trace:"+wantTB {
		t.Fatal("detailed")
	}
	s.GetGlobal("tableerr")
	if err := s.PCall(0, 0); err == nil || err.Error() != "unknown error" {
		t.Fatalf("table error: %v", err)
	}
	if s.GetTop() != 0 {
		t.Fatalf("stack not balanced: %d", s.GetTop())
	}
}

func TestGoFunctionErrors(t *testing.T) {
	s := newState(t)
	out := capturePrint(t, s)
	s.Register("needs", func(s *State) int {
		n := s.CheckInteger(1)
		str := s.OptString(2, "def")
		s.PushString(str + ":" + strings.Repeat("x", int(n)))
		return 1
	})
	s.Register("fails", func(s *State) int {
		return s.Errorf("failed with %d", 42)
	})
	s.Register("failsvalue", func(s *State) int {
		s.NewTable(0, 1)
		s.PushInteger(7)
		s.SetField(-2, "code")
		return s.Error()
	})
	s.Register("goerr", func(s *State) int {
		if _, err := os.Open("/nonexistent/file"); err != nil {
			return s.ErrorOf(fmt.Errorf("opening: %w", err))
		}
		return 0
	})
	s.Register("nested", func(s *State) int {
		if err := s.DoString("error('inner failure')"); err != nil {
			return s.ErrorOf(err)
		}
		return 0
	})
	s.Register("argerr", func(s *State) int { return s.ArgError(2, "custom problem") })
	s.Register("typeerr", func(s *State) int { return s.TypeError(1, "table") })
	s.Register("raises", func(s *State) int {
		deep := func() { s.Raisef("deep %s", "failure") }
		deep()
		return 0
	})
	s.Register("panics", func(s *State) int {
		var m map[string]int
		m["x"] = 1
		return 0
	})
	s.Register("panicsvalue", func(s *State) int { panic("plain panic") })
	s.Register("toomany", func(s *State) int { return 5 })
	s.Register("bare", func(s *State) int {
		s.Raise("bare failure")
		return 0
	})
	var reported []error
	s.SetErrorHook(func(err error) { reported = append(reported, err) })
	mustDo(t, s, `
print(needs(2), needs("3", "s"), needs(1, nil))
print(pcall(needs))
print(pcall(needs, {}))
print(pcall(needs, 1, {}))
print(pcall(fails))
print(pcall(goerr))
print(select(2, pcall(function() goerr() end)))
print(pcall(nested))
local ok, e = pcall(failsvalue); print(ok, type(e), e.code)
print(pcall(argerr))
print(pcall(typeerr, 1))
print(pcall(raises))
print(pcall(toomany))
local ok, e = pcall(panics); print(ok, e)
print(pcall(panicsvalue))
print(select(2, pcall(function() fails() end)))
print(select(2, pcall(function() needs() end)))
local t = {m = needs}; print(select(2, pcall(function() t:m() end)))
print(select(2, pcall(function() local x = needs("no") end)))
print(select(2, pcall(function() raises() end)))
print(select(2, pcall(function() bare() end)))
`)
	want := []string{
		"def:xx\ts:xxx\tdef:x",
		"false\tbad argument #1 to '?' (number expected, got no value)",
		"false\tbad argument #1 to '?' (number expected, got table)",
		"false\tbad argument #2 to '?' (string expected, got table)",
		"false\tfailed with 42",
		"false\topening: open /nonexistent/file: no such file or directory",
		`[string "..."]:8: opening: open /nonexistent/file: no such file or directory`,
		`false	[string "error('inner failure')"]:1: inner failure`,
		"false\ttable\t7",
		"false\tbad argument #2 to '?' (custom problem)",
		"false\tbad argument #1 to '?' (table expected, got number)",
		"false\tdeep failure",
		"false\tGo function returns more values than its stack holds",
		"false\tGo function github.com/gorspamd/rspamd/internal/lua.TestGoFunctionErrors.func9 panicked: assignment to entry in nil map",
		"false\tGo function github.com/gorspamd/rspamd/internal/lua.TestGoFunctionErrors.func10 panicked: plain panic",
		`[string "..."]:17: failed with 42`,
		`[string "..."]:18: bad argument #1 to 'needs' (number expected, got no value)`,
		`[string "..."]:19: calling 'm' on bad self (number expected, got table)`,
		`[string "..."]:20: bad argument #1 to 'needs' (number expected, got string)`,
		`[string "..."]:21: deep failure`,
		"bare failure",
	}
	if strings.Join(*out, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got:\n%s\nwant:\n%s", strings.Join(*out, "\n"), strings.Join(want, "\n"))
	}
	if len(reported) != 2 || !strings.Contains(reported[0].Error(), "goroutine") {
		t.Fatalf("panics reported: %v", reported)
	}
}

// runGolden runs testdata/NAME.lua as the oracle does (chunk name
// "@/tmp/NAME.lua") and compares its printed lines with NAME.golden and its
// type error logs with NAME.stderr.golden, both produced by real rspamd
// (testdata/oracle.sh).
func runGolden(t *testing.T, s *State, name string) {
	t.Helper()
	out := capturePrint(t, s)
	var logged []string
	s.SetTypeErrorHook(func(msg string) { logged = append(logged, "lua type error: "+msg) })
	code, err := os.ReadFile("testdata/" + name + ".lua")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(string(code), "@/tmp/"+name+".lua"); err != nil {
		t.Fatal(err)
	}
	if err := s.PCall(0, 0); err != nil {
		t.Fatal(err.(*Error).Detailed())
	}
	compareGolden(t, "testdata/"+name+".golden", joinLines(*out))
	compareGolden(t, "testdata/"+name+".stderr.golden", joinLines(logged))
}

func joinLines(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}

func compareGolden(t *testing.T, file, got string) {
	t.Helper()
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	compareLines(t, file, got, string(want))
}

// checkOracle runs testdata/NAME.lua in real rspamd, when it is installed,
// and checks that the goldens still hold its outputs.
func checkOracle(t *testing.T, name string) {
	const root = "/srv/oracle-sid"
	if _, err := os.Stat(root + "/usr/bin/rspamadm"); err != nil || os.Getuid() != 0 {
		t.Skip("oracle not available (needs " + root + " and root): the goldens stand in")
	}
	code, err := os.ReadFile("testdata/" + name + ".lua")
	if err != nil {
		t.Fatal(err)
	}
	tmp := root + "/tmp/" + name + ".lua"
	if err := os.WriteFile(tmp, code, 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(tmp)
	cmd := exec.Command("chroot", root, "rspamadm", "lua", "/tmp/"+name+".lua")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v: %s", err, stderr.String())
	}
	compareGolden(t, "testdata/"+name+".golden", string(out))
	compareGolden(t, "testdata/"+name+".stderr.golden", stderr.String())
}

// TestLuaJITBehaviour checks the LuaJIT behaviours upstream relies on
// against real rspamd's LuaJIT.
func TestLuaJITBehaviour(t *testing.T) { runGolden(t, newState(t), "luajit_behaviour") }

// TestLua52 checks the LuaJIT build itself (version, GC64, FFI) and the Lua
// 5.2 compatibility it is built with (# honouring __len, __pairs, mixed-type
// comparisons, table.pack...) against real rspamd's LuaJIT.
func TestLua52(t *testing.T) {
	s := newState(t)
	if got := eval(t, s, `return jit.version`); got != LuaJITVersion {
		t.Fatalf("jit.version %q, headers say %q", got, LuaJITVersion)
	}
	runGolden(t, s, "lua52")
}

// TestVersionReport checks that "rspamd -v" reports the LuaJIT linked in
// exactly as real rspamd does (compat-tests/golden/4.1.5/cli/rspamd-version.out).
func TestVersionReport(t *testing.T) {
	golden, err := os.ReadFile("../../compat-tests/golden/4.1.5/cli/rspamd-version.out")
	if err != nil {
		t.Fatal(err)
	}
	var report strings.Builder
	if err := buildinfo.WriteReport(&report); err != nil {
		t.Fatal(err)
	}
	line := func(s string) string {
		for l := range strings.Lines(s) {
			if strings.HasPrefix(l, "LuaJIT enabled: ") {
				return l
			}
		}
		return ""
	}
	if got, want := line(report.String()), line(string(golden)); got != want || want == "" {
		t.Fatalf("got %q, oracle %q", got, want)
	}
}

// TestOracleGoldens checks the goldens against the oracle itself.
func TestOracleGoldens(t *testing.T) {
	for _, name := range []string{"luajit_behaviour", "lua52", "lpeg", "lualib"} {
		t.Run(name, func(t *testing.T) { checkOracle(t, name) })
	}
}

func compareLines(t *testing.T, what, got, want string) {
	t.Helper()
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Errorf("%s line %d:\n got  %q\n want %q", what, i+1, gl, wl)
		}
	}
}

func TestPackagePathAndPreload(t *testing.T) {
	s := newState(t)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "mod.lua"), []byte("return {name = ...}"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.SetPath(dir + "/?.lua;" + dir + "/?/init.lua")
	s.SetCPath("")
	if s.Path() != dir+"/?.lua;"+dir+"/?/init.lua" || s.CPath() != "" {
		t.Fatal("path round trip")
	}
	if got := eval(t, s, `return require("sub.mod").name .. "," .. require("sub/mod").name`); got != "sub.mod,sub/mod" {
		t.Fatalf("require %q", got)
	}
	calls := 0
	s.Preload("rspamd_fake", func(s *State) int {
		calls++
		s.NewLib([]Reg{{"hello", func(s *State) int { s.PushString("hi " + s.CheckString(1)); return 1 }}})
		return 1
	})
	s.PreloadLib("rspamd_fake2", []Reg{{"two", func(s *State) int { s.PushInteger(2); return 1 }}})
	if got := eval(t, s, `local f = require "rspamd_fake"; local g = require "rspamd_fake"
		return tostring(f == g) .. f.hello("x") .. require("rspamd_fake2").two()`); got != "truehi x2" || calls != 1 {
		t.Fatalf("preload %q calls %d", got, calls)
	}
	if err := s.Require("nonexistent_module"); err == nil || !strings.Contains(err.Error(), "module 'nonexistent_module' not found") {
		t.Fatalf("missing module: %v", err)
	}
	if err := s.Require("rspamd_fake"); err != nil || s.Type(-1) != TypeTable {
		t.Fatalf("Require: %v", err)
	}
}

func TestClosuresAndUpvalues(t *testing.T) {
	s := newState(t)
	count := 0
	s.PushString("prefix")
	s.PushInteger(0)
	s.PushClosure(func(s *State) int {
		count++
		p, _ := s.ToString(UpvalueIndex(1))
		n := s.ToInteger(UpvalueIndex(2)) + 1
		s.PushInteger(n)
		s.Replace(UpvalueIndex(2))
		s.PushString(p)
		s.PushInteger(n)
		return 2
	}, 2)
	s.SetGlobal("counter")
	if got := eval(t, s, `counter(); counter(); local p, n = counter(); return p .. n`); got != "prefix3" || count != 3 {
		t.Fatalf("closure %q %d", got, count)
	}
	// Functions pushed and dropped are released.
	before := s.LiveFunctions()
	for i := 0; i < 100; i++ {
		s.PushFunction(func(s *State) int { return 0 })
		s.Pop(1)
	}
	s.GC()
	if after := s.LiveFunctions(); after != before {
		t.Fatalf("live functions %d -> %d", before, after)
	}
}

func TestGCAccessors(t *testing.T) {
	s := newState(t)
	mustDo(t, s, `big = {} for i = 1, 100000 do big[i] = tostring(i) end`)
	kb := s.MemoryKB()
	mustDo(t, s, `big = nil`)
	s.GC()
	if s.MemoryKB() >= kb {
		t.Fatalf("memory %d -> %d", kb, s.MemoryKB())
	}
	s.StopGC()
	s.RestartGC()
	old := s.SetGCPause(150)
	if s.SetGCPause(old) != 150 {
		t.Fatal("gc pause")
	}
	old = s.SetGCStepMul(300)
	if s.SetGCStepMul(old) != 300 {
		t.Fatal("gc stepmul")
	}
}
