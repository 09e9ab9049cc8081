package ucl

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func mustParse(t *testing.T, flags ParserFlags, s string) *Object {
	t.Helper()
	p := NewParser(flags)
	if err := p.AddString(s); err != nil {
		t.Fatalf("parse %q: %v", s, err)
	}
	return p.Object()
}

func compact(o *Object) string { return string(Emit(o, FormatJSONCompact)) }

func TestScalars(t *testing.T) {
	o := mustParse(t, 0, `i = 10k; f = 1.5; t = 10min; s = "x"; b = on; n = null; h = 0x1f; kb = 2kb`)
	cases := []struct {
		key string
		typ Type
		str string
	}{
		{"i", TypeInt, "10000"}, {"f", TypeFloat, "1.500000"}, {"t", TypeTime, "600.0"},
		{"s", TypeString, "x"}, {"b", TypeBoolean, "true"}, {"n", TypeNull, "null"},
		{"h", TypeInt, "31"}, {"kb", TypeInt, "2048"},
	}
	for _, c := range cases {
		v := o.Lookup(c.key)
		if v.Type() != c.typ || v.StringForced() != c.str {
			t.Errorf("%s: got %v %q, want %v %q", c.key, v.Type(), v.StringForced(), c.typ, c.str)
		}
	}
	if v, ok := o.Lookup("t").AsInt(); !ok || v != 600 {
		t.Errorf("time as int: %d %v", v, ok)
	}
	if _, ok := o.Lookup("s").AsInt(); ok {
		t.Error("string converted to int")
	}
	// ParserNoTime keeps time suffixes as strings
	if v := mustParse(t, ParserNoTime, "t = 10min").Lookup("t"); v.Type() != TypeString {
		t.Errorf("no-time: %v", v.Type())
	}
}

func TestErrors(t *testing.T) {
	cases := []struct{ in, msg string }{
		{`a = "x`, "error while parsing <unknown>: at the end of chunk: no quote at the end of json string"},
		{"a {\n b = 1", "memory:2 unmatched open brace at 1; "},
		{"a = 1; }", "memory:1 object closed with } is not opened with { at line 1"},
		{"a = ;", "error while parsing <unknown>: line: 1, column: 4 - 'string value must not be empty', character: ';'"},
		{".nope x", "error at memory:1 at column 5: unknown macro: 'nope', character: ' '"},
		{"a = 99999999999999999999", "error while parsing <unknown>: line: 1, column: 4 - 'numeric value out of range', character: '9'"},
	}
	for _, c := range cases {
		p := NewParser(0)
		err := p.AddString(c.in)
		var pe *Error
		if !errors.As(err, &pe) || pe.Msg != c.msg {
			t.Errorf("%q: got %v, want %q", c.in, err, c.msg)
		}
		// an unmatched brace is reported without entering the error
		// state, so upstream still returns the object
		if (p.Object() == nil) != !strings.Contains(c.msg, "unmatched open brace") {
			t.Errorf("%q: object after error: %v", c.in, p.Object())
		}
	}
	// after an error the parser refuses more input
	p := NewParser(0)
	_ = p.AddString(`a = "x`)
	if err := p.AddString("b = 1"); err == nil {
		t.Error("parser accepted input after an error")
	}
}

func TestImplicitArraysAndPriorities(t *testing.T) {
	p := NewParser(0)
	mustAdd := func(s string, prio uint, strat DuplicateStrategy) {
		t.Helper()
		if err := p.AddChunkFull([]byte(s), prio, strat, ParseUCL); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
	}
	// a chunk continues where the previous one stopped: end each with ';'
	mustAdd("a = 1; b = 1; c = 1; d { x = 1 }", 0, DuplicateAppend)
	mustAdd("a = 2;", 0, DuplicateAppend)     // same priority: implicit array
	mustAdd("b = 2;", 3, DuplicateAppend)     // higher: replaces
	mustAdd("b = 3;", 1, DuplicateAppend)     // lower: ignored
	mustAdd("c = 9;", 0, DuplicateRewrite)    // always replaces
	mustAdd("d { y = 2 }", 0, DuplicateMerge) // objects merge
	got := compact(p.Object())
	want := `{"a":[1,2],"b":2,"c":9,"d":{"x":1,"y":2}}`
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	b := p.Object().Lookup("b")
	if b.Priority() != 3 {
		t.Errorf("priority %d", b.Priority())
	}
	a := p.Object().Lookup("a")
	if len(a.Values()) != 2 || a.Next().Int() != 2 || a.Flags()&FlagMultivalue == 0 {
		t.Errorf("implicit array: %v", a.Values())
	}
	if err := p.AddChunkFull([]byte("a = 3"), 0, DuplicateError, ParseUCL); err == nil ||
		!strings.Contains(err.Error(), "duplicate element for key 'a' found") {
		t.Errorf("duplicate error: %v", err)
	}
	// priorities keep four bits
	o := NewInt(1)
	o.SetPriority(20)
	if o.Priority() != 4 {
		t.Errorf("priority mask: %d", o.Priority())
	}
}

func TestNoImplicitArraysAndLowercase(t *testing.T) {
	o := mustParse(t, ParserNoImplicitArrays, "a = 1; a = 2; a = 3")
	if a := o.Lookup("a"); a.Type() != TypeArray || a.ArraySize() != 3 {
		t.Errorf("explicit array: %s", compact(o))
	}
	o = mustParse(t, ParserKeyLowercase, "Key = 1; KEY = 2")
	if compact(o) != `{"key":[1,2]}` || o.Lookup("kEy") == nil {
		t.Errorf("lowercase: %s", compact(o))
	}
	o = mustParse(t, 0, "Key = 1; key = 2")
	if o.Lookup("KEY") != nil || o.Lookup("Key").Int() != 1 {
		t.Errorf("case sensitive: %s", compact(o))
	}
}

func TestLookupPath(t *testing.T) {
	o := mustParse(t, 0, `a { b = [10, {c = "x"}, [5, 6]] } "d.e" = 1`)
	cases := map[string]string{
		"a.b.0": "10", ".a.b.1.c": "x", "a.b.2.1": "6", "a..b.0": "10",
		"a.b.7": "", "a.b.x": "", "a.c": "", "d.e": "",
	}
	for path, want := range cases {
		got := ""
		if v := o.LookupPath(path); v != nil {
			got = v.StringForced()
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", path, got, want)
		}
	}
	if v := o.LookupPathChar("a/b/1/c", '/'); v.Str() != "x" {
		t.Errorf("custom separator: %v", v)
	}
	if o.LookupAny("zz", "a") == nil {
		t.Error("LookupAny")
	}
}

func TestVariables(t *testing.T) {
	p := NewParser(ParserNoFileVars)
	p.RegisterVariable("A", "1")
	p.RegisterVariable("AB", "2")
	p.SetVariableHandler(func(name []byte) (string, bool) {
		if string(name) == "DYN" {
			return "dyn", true
		}
		return "", false
	})
	if err := p.AddString(`x = "$A $AB ${AB} ${DYN} ${NO} $$"`); err != nil {
		t.Fatal(err)
	}
	// $AB matches the earlier variable A first, as upstream does
	if got := p.Object().Lookup("x").Str(); got != "1 1B 2 dyn ${NO} $" {
		t.Errorf("got %q", got)
	}
	p.RemoveVariable("A")
	if _, ok := p.Variable("A"); ok {
		t.Error("variable not removed")
	}
	// macros disabled: no expansion
	p = NewParser(ParserDisableMacro | ParserNoFileVars)
	p.RegisterVariable("A", "1")
	if err := p.AddString(`x = "$A"`); err != nil || p.Object().Lookup("x").Str() != "$A" {
		t.Errorf("expansion with macros disabled: %v", err)
	}
}

func TestSpecialHandlers(t *testing.T) {
	p := NewParser(0)
	p.AddSpecialHandler(&SpecialHandler{PreprocessAll: true, Handle: func(_ *Parser, src []byte) ([]byte, error) {
		return []byte(strings.ReplaceAll(string(src), "{{ x }}", "42")), nil
	}})
	p.AddSpecialHandler(&SpecialHandler{Magic: []byte("ENC:"), Handle: func(_ *Parser, src []byte) ([]byte, error) {
		return []byte("decoded = true"), nil
	}})
	if err := p.AddString("v = {{ x }};"); err != nil || p.Object().Lookup("v").Int() != 42 {
		t.Fatalf("preprocess: %v %s", err, compact(p.Object()))
	}
	if err := p.AddString("ENC:garbage"); err != nil || !p.Object().Lookup("decoded").Bool() {
		t.Fatalf("magic handler: %v %s", err, compact(p.Object()))
	}
	p = NewParser(0)
	p.AddSpecialHandler(&SpecialHandler{PreprocessAll: true, Handle: func(*Parser, []byte) ([]byte, error) {
		return nil, errors.New("boom")
	}})
	if err := p.AddString("a = 1"); err == nil || err.Error() != "call for external handler failed" {
		t.Errorf("failing handler: %v", err)
	}
}

func TestMacrosAndIncludes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	write("inc.conf", "from_inc = 1;\n")
	write("local.conf", "k = local;\n")
	main := write("main.conf", `k = main;
.include "$CURDIR/inc.conf"
.include(priority=1) "$CURDIR/local.conf"
.custom(n=1) "value $NAME"
`)
	p := NewParser(0)
	p.RegisterVariable("NAME", "v")
	var calls []string
	p.RegisterMacro("custom", func(mp *Parser, data []byte, args, top *Object) error {
		calls = append(calls, string(data)+compact(args))
		return nil
	})
	var traced []string
	p.SetIncludeTracer(func(_ *Parser, parent, args *Object, path string) {
		traced = append(traced, filepath.Base(path))
	})
	if err := p.AddFile(main); err != nil {
		t.Fatal(err)
	}
	if got := compact(p.Object()); got != `{"k":"local","from_inc":1}` {
		t.Errorf("got %s", got)
	}
	if len(calls) != 1 || calls[0] != `value v{"n":1}` {
		t.Errorf("custom macro calls %q", calls)
	}
	if strings.Join(traced, ",") != "inc.conf,local.conf" {
		t.Errorf("traced %q", traced)
	}
	if p.CurrentFile() != main {
		t.Errorf("current file %q", p.CurrentFile())
	}

	// with include paths every include is looked up in them
	p = NewParser(0)
	p.SetIncludePaths([]string{filepath.Join(dir, "nope"), dir})
	if err := p.AddString(".include \"inc.conf\"\n"); err != nil || compact(p.Object()) != `{"from_inc":1}` {
		t.Errorf("include paths: %v %s", err, compact(p.Object()))
	}
	p = NewParser(0)
	p.SetIncludePaths([]string{dir})
	if err := p.AddString(".include \"missing.conf\"\n"); err == nil ||
		!strings.HasPrefix(err.Error(), "cannot open file "+dir+"/missing.conf") {
		t.Errorf("include paths, missing: %v", err)
	}

	p = NewParser(0)
	p.RegisterMacro("fail", func(*Parser, []byte, *Object, *Object) error { return errors.New("macro said no") })
	if err := p.AddString(".fail x\n"); err == nil || err.Error() != "macro said no" {
		t.Errorf("failing macro: %v", err)
	}
	p = NewParser(0)
	p.RegisterMacro("quiet", func(*Parser, []byte, *Object, *Object) error { return ErrSilent })
	if err := p.AddString(".quiet x\n"); err == nil || err.Error() != "" {
		t.Errorf("silent macro: %v", err)
	}
}

func TestInsertChunk(t *testing.T) {
	p := NewParser(0)
	p.RegisterMacro("gen", func(mp *Parser, data []byte, _, _ *Object) error {
		return mp.InsertChunk([]byte("generated = " + string(data) + ";"))
	})
	if err := p.AddString("a { .gen 5\n b = 1 }"); err != nil {
		t.Fatal(err)
	}
	if got := compact(p.Object()); got != `{"a":{"generated":5,"b":1}}` {
		t.Errorf("got %s", got)
	}
}

func TestObjectAPI(t *testing.T) {
	o := New(TypeObject)
	o.InsertKey("b", NewInt(2))
	o.InsertKey("a", NewString("x"))
	o.InsertKey("a", NewString("y"))
	o.InsertKey("key with space", NewBool(true))
	if got := compact(o); got != `{"b":2,"a":["x","y"],"key with space":true}` {
		t.Errorf("insert: %s", got)
	}
	if got := string(Emit(o, FormatConfig)); !strings.Contains(got, `"key with space" = true;`) {
		t.Errorf("escaped key in config: %s", got)
	}
	o.ReplaceKey("a", NewInt(1))
	o.InsertKeyMerged("m", mustParse(t, 0, "x = 1"))
	o.InsertKeyMerged("m", mustParse(t, 0, "y = 2"))
	if got := compact(o); got != `{"b":2,"a":1,"key with space":true,"m":{"x":1,"y":2}}` {
		t.Errorf("replace/merge: %s", got)
	}
	cp := o.Copy()
	if compact(cp) != compact(o) || cp.Len() != 2*o.Len() {
		// upstream's copy keeps the original length and counts the keys
		// again; msgpack output shows it
		t.Errorf("copy: %s, len %d", compact(cp), cp.Len())
	}
	cp.Lookup("m").InsertKey("z", NewInt(3))
	if o.LookupPath("m.z") != nil {
		t.Error("copy is shallow")
	}
	if !o.DeleteKey("b") || o.DeleteKey("b") || o.Lookup("b") != nil {
		t.Error("delete")
	}
	o.SortKeys(SortRecursive)
	if got := compact(o); got != `{"a":1,"m":{"x":1,"y":2},"key with space":true}` {
		t.Errorf("sort: %s", got)
	}
	arr := New(TypeArray)
	for _, v := range []int64{3, 1, 2} {
		arr.ArrayAppend(NewInt(v))
	}
	arr.ArraySort(Compare)
	arr.ArrayPrepend(NewInt(0))
	if got := compact(arr); got != "[0,1,2,3]" || arr.ArrayTail().Int() != 3 || arr.ArrayIndexOf(arr.ArrayHead()) != 0 {
		t.Errorf("array: %s", got)
	}
	if arr.ArrayPopFirst().Int() != 0 || arr.ArrayPopLast().Int() != 3 || arr.ArraySize() != 2 {
		t.Error("pop")
	}
	top := mustParse(t, 0, "a { x = 1; l = [1] }")
	top.Merge(mustParse(t, 0, "a { y = 2; l = [2] } b = 1"), true)
	if got := compact(top); got != `{"a":{"x":1,"l":[1,2],"y":2},"b":1}` {
		t.Errorf("merge: %s", got)
	}
	u := NewUserdata(42, func() (string, bool) { return "ud", true })
	if got := compact(u); got != `"ud"` || u.Userdata() != 42 {
		t.Errorf("userdata: %s", got)
	}
}

// TestUserdataEmit checks a userdata value (a Lua function, say) in every
// format as the oracle prints {x=function() return "abc" end}: its
// emitter's result as a string, except msgpack, which runs the emitter but
// writes an empty string.
func TestUserdataEmit(t *testing.T) {
	for _, c := range []struct {
		f    Format
		want string
	}{
		{FormatJSON, "{\n    \"x\": \"abc\"\n}"},
		{FormatJSONCompact, `{"x":"abc"}`},
		{FormatConfig, "x = \"abc\";\n"},
		{FormatYAML, `x: "abc"`},
		{FormatMsgpack, "\x81\xa1x\xa0"},
	} {
		calls := 0
		top := New(TypeObject)
		top.InsertKey("x", NewUserdata(nil, func() (string, bool) { calls++; return "abc", true }))
		if got := string(Emit(top, c.f)); got != c.want || calls != 1 {
			t.Errorf("format %d: %q (emitter called %d times), want %q", c.f, got, calls, c.want)
		}
	}
}

func TestFromString(t *testing.T) {
	cases := []struct {
		in    string
		flags StringFlags
		want  string
	}{
		{"  a\tb \n", StringTrim, `"a\tb"`},
		{"a\"b\n", StringEscape, `"a\\\"b\\n"`},
		{"yes", StringParse, "true"},
		{"10k", StringParse, "10000"},
		{"10k", StringParse | StringParseBytes, "10240"},
		{"1.5", StringParseInt, `"1.5"`},
		{"5min", StringParse, "300.0"},
		{"abc", StringParse, `"abc"`},
	}
	for _, c := range cases {
		if got := compact(FromString([]byte(c.in), c.flags)); got != c.want {
			t.Errorf("%q %d: got %s, want %s", c.in, c.flags, got, c.want)
		}
	}
}

func TestComments(t *testing.T) {
	p := NewParser(ParserSaveComments | ParserNoFileVars)
	if err := p.AddString("# about a\na = 1;\nb = 2; # after b\n"); err != nil {
		t.Fatal(err)
	}
	got := string(EmitWith(p.Object(), FormatConfig, EmitOptions{Comments: p.Comments()}))
	if got != "# about a\na = 1;\nb = 2;\n# after b\n" {
		t.Errorf("got %q", got)
	}
	c := NewComments()
	obj := NewInt(1)
	c.Add(obj, "# one")
	top := New(TypeObject)
	top.InsertKey("k", obj)
	other := NewInt(2)
	if !c.Move(obj, other) || c.Find(obj) != nil || c.Find(other) == nil {
		t.Error("move")
	}
}

func TestMsgpackRoundTrip(t *testing.T) {
	src := mustParse(t, 0, `a = 1; b = [-1, -200, 70000, 5000000000, 1.5, "s", true, null, {}, []]; c { d = "x" }`)
	mp := Emit(src, FormatMsgpack)
	p := NewParser(0)
	if err := p.AddChunkFull(mp, 0, DuplicateAppend, ParseMsgpack); err != nil {
		t.Fatal(err)
	}
	if got, want := compact(p.Object()), compact(src); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	p = NewParser(0)
	if err := p.AddChunkFull([]byte("(1:a(2:bc))"), 0, DuplicateAppend, ParseAuto); err != nil {
		t.Fatal(err)
	}
	if got := compact(p.Object()); got != `["a",["bc"]]` {
		t.Errorf("csexp: %s", got)
	}
}

func TestCFloat(t *testing.T) {
	cases := []struct {
		v    float64
		want string
	}{
		{1, "1.0"}, {1.5, "1.500000"}, {1.00000001, "1.00000001"}, {1e20, "100000000000000000000.000000"},
		{-0.00000001, "-1e-08"}, {-0.0000001, "-0.000000"},
	}
	for _, c := range cases {
		if got := string(appendDouble(nil, c.v)); got != c.want {
			t.Errorf("%v: got %s, want %s", c.v, got, c.want)
		}
	}
}

func TestRealpath(t *testing.T) {
	d, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(d+"/a/b", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(d+"/a/f", []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, l := range [][2]string{{"a/b", "rel"}, {d + "/a", "abs"}, {"loop", "loop"}} {
		if err := os.Symlink(l[0], filepath.Join(d, l[1])); err != nil {
			t.Fatal(err)
		}
	}
	cases := map[string]string{
		d + "/a/b/../f": d + "/a/f", d + "/rel/../f": d + "/a/f", d + "/abs/b": d + "/a/b",
		d + "//a/./b/": d + "/a/b", "/": "/",
		d + "/a/f/": "not a directory", d + "/nope": "no such file or directory",
		d + "/loop": "too many levels of symbolic links",
	}
	for in, want := range cases {
		got, err := realpath(in)
		if err != nil {
			got = err.Error()
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", in, got, want)
		}
	}
}
