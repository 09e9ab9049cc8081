// Package exprcompat compares internal/expr with goldens captured from the
// oracle (real rspamd 4.1.5) by gen.sh: rspamd_expression objects created
// from Lua with the parse callbacks of gen.lua, their string forms, atoms,
// errors and evaluations.
package exprcompat

import (
	"errors"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/taskdump"
	"github.com/gorspamd/rspamd/internal/expr"
)

const goldenDir = "../golden/4.1.5/expr"

// errLuaAtom is what rspamd_expression reports when a Lua parse callback
// returns something other than a string.
var errLuaAtom = errors.New("cannot parse lua atom")

func isWordByte(c byte) bool {
	return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// word is the Lua pattern ^[%w_]+.
func word(s string) string {
	i := 0
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return s[:i]
}

// firstWord is the Lua pattern [%w_]+ (unanchored).
func firstWord(s string) string {
	for i := range len(s) {
		if isWordByte(s[i]) {
			return word(s[i:])
		}
	}
	return ""
}

// balanced is the Lua pattern %b[] at the start of s.
func balanced(s string) string {
	if s == "" || s[0] != '[' {
		return ""
	}
	depth := 0
	for i := range len(s) {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return s[:i+1]
			}
		}
	}
	return ""
}

// parsers are the parse callbacks of gen.lua, as the Lua binding turns
// their results into atoms: a non-string is errLuaAtom, a Lua error a nil
// atom.
var parsers = map[string]func(string) (*expr.Atom, error){
	"word": func(s string) (*expr.Atom, error) {
		if w := word(s); w != "" {
			return &expr.Atom{Text: w}, nil
		}
		return nil, errLuaAtom
	},
	"comp": func(s string) (*expr.Atom, error) {
		i := 0
		if i < len(s) && strings.IndexByte("~^-", s[i]) >= 0 {
			i++
		}
		j := i
		for j < len(s) && (isWordByte(s[j]) || s[j] == ':' || s[j] == '+') {
			j++
		}
		if j == i {
			return nil, errLuaAtom
		}
		return &expr.Atom{Text: s[:j] + balanced(s[j:])}, nil
	},
	"token": func(s string) (*expr.Atom, error) {
		i := 0
		for i < len(s) && !strings.ContainsRune(" \t\n\v\f\r()", rune(s[i])) {
			i++
		}
		if i == 0 {
			return nil, errLuaAtom
		}
		return &expr.Atom{Text: s[:i]}, nil
	},
	"upper": func(s string) (*expr.Atom, error) {
		if w := word(s); w != "" {
			return &expr.Atom{Text: strings.ToUpper(w)}, nil
		}
		return nil, errLuaAtom
	},
	"special": func(s string) (*expr.Atom, error) {
		w := word(s)
		switch {
		case w == "":
			return nil, errLuaAtom
		case strings.HasPrefix(w, "ERR"):
			return nil, nil
		case strings.HasPrefix(w, "NUM"):
			return nil, errLuaAtom
		case strings.HasPrefix(w, "EMPTY"):
			return &expr.Atom{}, nil
		case strings.HasPrefix(w, "LONG"):
			w += "XYZ"
		}
		return &expr.Atom{Text: w}, nil
	},
}

type golden struct {
	d      *taskdump.Dump
	inputs []map[string]float64
}

func readGolden(t *testing.T) *golden {
	t.Helper()
	d, err := taskdump.ReadFile(filepath.Join(goldenDir, "expr.dump"))
	if err != nil {
		t.Fatal(err)
	}
	g := &golden{d: d}
	for i := 1; ; i++ {
		prefix := "input." + strconv.Itoa(i)
		keys := d.Prefix(prefix)
		if len(keys) == 0 {
			break
		}
		m := map[string]float64{}
		for _, k := range keys {
			if k != prefix {
				m[strings.TrimPrefix(k, prefix+".")] = d.Values[k].Num
			}
		}
		g.inputs = append(g.inputs, m)
	}
	if len(g.inputs) == 0 {
		t.Fatal("no inputs in the golden dump")
	}
	return g
}

func (g *golden) str(key string) (string, bool) { return g.d.Str(key) }

func sameNumber(a, b float64) bool {
	return a == b || (math.IsNaN(a) && math.IsNaN(b))
}

func atomTexts(atoms []*expr.Atom) string {
	s := make([]string, len(atoms))
	for i, a := range atoms {
		s[i] = a.Text
	}
	return strings.Join(s, " ")
}

// checkCase compares one golden case with ours and returns the differences.
func (g *golden) checkCase(k string) []string {
	var diffs []string
	mode, _ := g.str(k + ".mode")
	line, _ := g.str(k + ".expr")
	parse := parsers[mode]
	if parse == nil {
		return []string{"unknown mode " + mode}
	}
	e, err := expr.Parse(line, expr.Config{Parse: parse})
	if wantErr, ok := g.str(k + ".error"); ok {
		if err == nil {
			return []string{"want error " + strconv.Quote(wantErr) + ", parsed as " + e.String()}
		}
		if err.Error() != wantErr {
			diffs = append(diffs, "error "+strconv.Quote(err.Error())+", want "+strconv.Quote(wantErr))
		}
		return diffs
	}
	if err != nil {
		return []string{"unexpected error " + err.Error()}
	}
	if want, _ := g.str(k + ".string"); e.String() != want {
		diffs = append(diffs, "string "+strconv.Quote(e.String())+", want "+strconv.Quote(want))
	}
	var wantAtoms []string
	for i := 1; ; i++ {
		a, ok := g.str(k + ".atoms." + strconv.Itoa(i))
		if !ok {
			break
		}
		wantAtoms = append(wantAtoms, a)
	}
	if got, want := atomTexts(e.Atoms()), strings.Join(wantAtoms, " "); got != want {
		diffs = append(diffs, "atoms "+strconv.Quote(got)+", want "+strconv.Quote(want))
	}

	var calls []string
	for i, input := range g.inputs {
		value := func(a *expr.Atom) float64 {
			calls = append(calls, a.Text)
			return input[firstWord(a.Text)]
		}
		for _, flags := range []expr.Flags{0, expr.NoOpt} {
			ek := k + ".eval." + strconv.Itoa(i+1) + "." + strconv.Itoa(int(flags))
			calls = nil
			res := e.Process(value, flags)
			if want := g.d.Values[ek+".result"]; !sameNumber(res, want.Num) {
				diffs = append(diffs, ek+": result "+strconv.FormatFloat(res, 'g', -1, 64)+", want "+want.Text)
			}
			if want, _ := g.str(ek + ".calls"); strings.Join(calls, " ") != want {
				diffs = append(diffs, ek+": calls "+strconv.Quote(strings.Join(calls, " "))+", want "+strconv.Quote(want))
			}
			_, trace := e.ProcessTraced(value, flags)
			if want, _ := g.str(ek + ".trace"); atomTexts(trace) != want {
				diffs = append(diffs, ek+": trace "+strconv.Quote(atomTexts(trace))+", want "+strconv.Quote(want))
			}
		}
	}
	for range 300 {
		e.Process(func(a *expr.Atom) float64 { return g.inputs[4][firstWord(a.Text)] }, 0)
	}
	if want, _ := g.str(k + ".string_after"); e.String() != want {
		diffs = append(diffs, "string after 300 evaluations "+strconv.Quote(e.String())+", want "+strconv.Quote(want))
	}
	return diffs
}

func TestGolden(t *testing.T) {
	g := readGolden(t)
	var cases []int
	for _, k := range g.d.Keys {
		if strings.HasSuffix(k, ".expr") {
			n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(k, "case."), ".expr"))
			if err != nil {
				t.Fatalf("bad key %s", k)
			}
			cases = append(cases, n)
		}
	}
	sort.Ints(cases)
	matched, failed := 0, 0
	for _, n := range cases {
		k := "case." + strconv.Itoa(n)
		diffs := g.checkCase(k)
		if len(diffs) == 0 {
			matched++
			continue
		}
		failed++
		if failed <= 30 {
			line, _ := g.str(k + ".expr")
			if len(diffs) > 5 {
				diffs = append(diffs[:5], "...")
			}
			t.Errorf("%s %q:\n  %s", k, line, strings.Join(diffs, "\n  "))
		}
	}
	t.Logf("%d/%d expressions match the oracle", matched, len(cases))
}
