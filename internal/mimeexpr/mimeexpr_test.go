package mimeexpr

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/recache"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// testEnv returns an environment logging into logs, with one global Lua
// function ("some_global_fn").
func testEnv(logs *[]string) Env {
	logf := func(format string, args ...any) { *logs = append(*logs, fmt.Sprintf(format, args...)) }
	return Env{
		Cache:            recache.New(),
		IsGlobalFunction: func(name string) bool { return name == "some_global_fn" },
		Warnf:            logf, Errorf: logf, Infof: logf,
	}
}

// The errors and messages are rspamd 4.1.5's for the same expressions
// (compat-tests/configs-lua/regexp has them as regexp module rules).
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		in, err string
		logs    []string
	}{
		{"/hello/{bogus}", "cannot parse regexp '/hello/{bogus}'",
			[]string{"invalid long regexp type: bogus in '/hello/{bogus}'", "could not read regexp: /hello/{bogus}, unknown type"}},
		{"/hello/", "cannot parse regexp '/hello/'", []string{"could not read regexp: /hello/, unknown type"}},
		{"lua:func1", "incomplete or empty mime atom", nil},
		{"some_global_fn", "incomplete or empty mime atom", nil},
		{"/unterminated", "incomplete or empty mime atom", nil},
		{"X=/(/", "cannot parse regexp 'X=/(/'",
			[]string{"could not read regexp: X=/(/ while reading regexp regexp parsing error: 'missing closing parenthesis' at position 1; pattern: ("}},
		{"/a/$", "cannot parse regexp '/a/$'", []string{"selector regexp: '/a/$' has no selector part"}},
		{"/a/{selector}", "cannot parse regexp '/a/{selector}'", []string{"selector regexp: '/a/{selector}' has no selector part"}},
		{"/a/T & /b/S", "cannot parse regexp '/a/T'", []string{"could not read regexp: /a/T, unknown type"}},
		{"", "Operators mismatch: 0 elts in stack", nil},
		{"&", "no left operand to '&' operation", nil},
		{"Received=/a/H +", "no right operand to '+' operation", nil},
		{"From=/x/{url", "incomplete or empty mime atom", nil},
		{"From = /a/", "no such lua function 'From'", nil},
		{"/a=b/H", "cannot parse regexp '/a=b/H'", nil},
		{"=/a/", "cannot parse regexp '/a/'", nil},
		{"From=/a/ & 1", "incomplete or empty mime atom", nil},
		{"2 * From=/a/", "no such lua function '2'", nil},
		{`From=/a\\/ & To=/b/`, `cannot parse regexp 'From=/a\\/'`, nil},
		{"lua:", "incomplete or empty mime atom", nil},
		{"/c/B & /d/Z", "cannot parse regexp '/c/B'", nil},
		{"From=/a/,", "incomplete or empty mime atom", nil},
		{"(From=/a/", "Braces mismatch", nil},
		{"From=/a/)", "Braces mismatch", nil},
		{"!", "no operand to unary '!' operation", nil},
		{"unknown_fn_xyz ", "no such lua function 'unknown_fn_xyz'", nil},
		{"lua:f ", "no config object for 'lua:f'", nil},
	} {
		var logs []string
		_, err := Parse(tc.in, testEnv(&logs))
		if err == nil || err.Error() != tc.err {
			t.Errorf("Parse(%q) error %v, want %q", tc.in, err, tc.err)
		}
		if tc.logs != nil && !slices.Equal(logs, tc.logs) {
			t.Errorf("Parse(%q) logged %q, want %q", tc.in, logs, tc.logs)
		}
	}
}

func atoms(t *testing.T, in string, env Env) []*Atom {
	t.Helper()
	e, err := Parse(in, env)
	if err != nil {
		t.Fatalf("Parse(%q): %v", in, err)
	}
	var out []*Atom
	for _, a := range e.Atoms() {
		out = append(out, a.Data.(*Atom))
	}
	return out
}

func TestRegexpAtoms(t *testing.T) {
	var logs []string
	env := testEnv(&logs)
	for _, tc := range []struct {
		in                string
		typ               recache.Type
		header, selector  string
		test, strong, all bool
	}{
		{"From=/^bob@/i", recache.TypeHeader, "From", "", false, false, false},
		{"/hello/{url}", recache.TypeURL, "", "", false, false, false},
		{"/hello/{BODY}", recache.TypeBody, "", "", false, false, false},
		{"Subject=/x/X", recache.TypeRawHeader, "Subject", "", false, false, false},
		{"header=/a/{mime_header}", recache.TypeMimeHeader, "header", "", false, false, false},
		{"sel=/a/{selector}", recache.TypeSelector, "", "sel", false, false, false},
		{"s=/a/$", recache.TypeSelector, "", "s", false, false, false},
		{"/a/TSAM", recache.TypeBody, "", "", true, true, true},
		{"A=B=/x/", recache.TypeHeader, "A=B", "", false, false, false},
		{"From=/x/{header}{url}", recache.TypeURL, "", "", false, false, false},
		{"/a/R", recache.TypeAllHeader, "", "", false, false, false},
		{"/a/C", recache.TypeSABody, "", "", false, false, false},
		{"/a/{sa_raw_body}", recache.TypeSARawBody, "", "", false, false, false},
		{"/a/P", recache.TypeMime, "", "", false, false, false},
		{"/a/Q", recache.TypeRawMime, "", "", false, false, false},
		{"/a/{stem_words}", recache.TypeStemWords, "", "", false, false, false},
	} {
		as := atoms(t, tc.in, env)
		if len(as) != 1 || as[0].Kind != KindRegexp {
			t.Errorf("%q: atoms %v", tc.in, as)
			continue
		}
		r := as[0].Re
		if r.Type != tc.typ || r.Header != tc.header || r.Selector != tc.selector || r.Test != tc.test || r.Strong != tc.strong || r.Multiple != tc.all {
			t.Errorf("%q: %+v", tc.in, r)
		}
	}
	// every distinct regexp is registered once
	atoms(t, "From=/^bob@/i | From=/^bob@/i", env)
	n := 0
	for _, e := range env.Cache.Scope("").Entries() {
		if e.Regexp.Pattern() == "^bob@" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("regexp registered %d times", n)
	}
}

func TestFunctionAtoms(t *testing.T) {
	var logs []string
	env := testEnv(&logs)
	as := atoms(t, `has_content_part("text/html", /x/) & f(a\)b) & f(g(h)) & f() & f(/[/, 'q',b)`, env)
	var got []string
	for _, a := range as {
		if a.Kind != KindInternalFunction {
			t.Fatalf("atom %q kind %v", a.Str, a.Kind)
		}
		var args []string
		for _, arg := range a.Func.Args {
			if arg.Regexp != nil {
				args = append(args, "re:"+arg.Regexp.Pattern())
			} else {
				args = append(args, arg.String)
			}
		}
		got = append(got, a.Func.Name+"["+strings.Join(args, "|")+"]")
	}
	want := []string{`has_content_part[text/html|re:x]`, `f[a\)b]`, `f[g(h)]`, `f[]`, `f[/[/|q|b]`}
	if !slices.Equal(got, want) {
		t.Errorf("functions %q, want %q", got, want)
	}
	if len(logs) != 1 || !strings.HasPrefix(logs[0], "cannot parse slashed argument /[/ as regexp: ") {
		t.Errorf("logs %q", logs)
	}
}

func TestLuaAtoms(t *testing.T) {
	var logs []string
	env := testEnv(&logs)
	if as := atoms(t, "some_global_fn ", env); len(as) != 1 || as[0].Kind != KindLuaFunction {
		t.Errorf("global function: %v", as)
	}
	fn := func() {}
	rule := ucl.New(ucl.TypeObject)
	fns := ucl.New(ucl.TypeObject)
	fns.InsertKey("func1", ucl.NewUserdata(fn, nil))
	fns.InsertKey("num", ucl.NewInt(5))
	rule.InsertKey("functions", fns)
	conds := ucl.New(ucl.TypeObject)
	conds.InsertKey("From=/x/", ucl.NewUserdata(fn, nil))
	conds.InsertKey("From=/y/", ucl.NewString("notfn"))
	rule.InsertKey("re_conditions", conds)
	env.Rule = rule
	// atoms come sorted by priority: header regexps before Lua functions
	as := atoms(t, "lua:func1 | From=/x/", env)
	if len(as) != 2 || as[1].Kind != KindLocalLuaFunction || as[1].Lua == nil || as[0].Kind != KindRegexp {
		t.Fatalf("atoms %v", as)
	}
	if !slices.Contains(logs, "added condition for regexp From=/x/") {
		t.Errorf("logs %q", logs)
	}
	for in, want := range map[string]string{
		"lua:nofunc ": "function nofunc is not found for 'lua:nofunc'",
		"lua:num ":    "function num has invalid type for 'lua:num'",
		"From=/y/":    "condition for 'From=/y/' is invalid, must be function",
	} {
		if _, err := Parse(in, env); err == nil || err.Error() != want {
			t.Errorf("Parse(%q): %v, want %q", in, err, want)
		}
	}
	env.Rule = ucl.New(ucl.TypeObject)
	if _, err := Parse("lua:f ", env); err == nil || err.Error() != "no functions defined for 'lua:f'" {
		t.Errorf("no functions: %v", err)
	}
	env.Rule.InsertKey("functions", ucl.NewString("x"))
	env.Rule.InsertKey("re_conditions", ucl.NewString("x"))
	if _, err := Parse("lua:f ", env); err == nil || err.Error() != "functions is not a table for 'lua:f'" {
		t.Errorf("functions not a table: %v", err)
	}
	if _, err := Parse("From=/z/", env); err == nil || err.Error() != "re_conditions is not a table for 'From=/z/'" {
		t.Errorf("conditions not a table: %v", err)
	}
}

func TestPriority(t *testing.T) {
	var logs []string
	env := testEnv(&logs)
	e, err := Parse("/a/P & H=/b/ & f(x) & some_global_fn & /c/{url} & /d/M", env)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, a := range e.Atoms() {
		got = append(got, priority(a))
	}
	// the atoms are sorted by priority (header regexps, functions and
	// URL regexps, Lua functions, part regexps, the rest)
	want := []int{960, 896, 896, 768, 512, 0}
	if !slices.Equal(got, want) {
		t.Errorf("priorities %v, want %v", got, want)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"From=/^bob@/i", "/hello/{url}", "has_content_part(text/html)", `f("a", /b/, c)`, "lua:func1 ",
		"some_global_fn", "A=/b/ & (C=/d/ | E=/f/) + 2 > 1", "/a/T", `From=/a\/ & To=/b/`, "f(a\\)b)",
		"X=/(/", "/a/{", "(From=/a/", "!!From=/a/", "sel=/a/$",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var logs []string
		env := testEnv(&logs)
		env.Rule = ucl.New(ucl.TypeObject)
		e, err := Parse(s, env)
		if err != nil {
			return
		}
		for _, a := range e.Atoms() {
			ma, ok := a.Data.(*Atom)
			if !ok || ma.Str == "" || !strings.Contains(s, ma.Str) {
				t.Fatalf("Parse(%q): atom %+v", s, a)
			}
			if ma.Kind == KindRegexp && (ma.Re == nil || ma.Re.Regexp == nil) {
				t.Fatalf("Parse(%q): regexp atom without regexp", s)
			}
		}
	})
}
