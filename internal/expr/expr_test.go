package expr

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func isWordByte(c byte) bool {
	return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

var errNoAtom = errors.New("no atom")

// wordAtom parses a run of letters, digits and '_'.
func wordAtom(s string) (*Atom, error) {
	i := 0
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	if i == 0 {
		return nil, errNoAtom
	}
	return &Atom{Text: s[:i]}, nil
}

var wordConfig = Config{Parse: wordAtom}

func values(m map[string]float64, calls *[]string) func(*Atom) float64 {
	return func(a *Atom) float64 {
		if calls != nil {
			*calls = append(*calls, a.Text)
		}
		return m[a.Text]
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		line, want, err string
	}{
		{"A & B | !C", "(C) ! (A) (B) & |", ""},
		{"A - B - C", "(A) (B) (C) - -", ""},
		{"A + B + C > 1", "(A) (B) (C) +(3) 1 >", ""},
		{"A | (B | C)", "(A) (B) (C) |(3)", ""},
		{"A > 0.1", "(A) 0.1 >", ""},
		{"A > -0.5", "(A) -0.5 >", ""},
		{"A /2", "(A) 2 /", ""},
		{"A or B ", "(A) (B) |", ""},
		{"A !", "(A) !", ""},
		{"A = B", "(A) (B) ==", ""},
		{"A > 123456789012345678901234", "(A) 123456789012345690000000 >", ""},
		{"A > 99999999999999999999999999999999999", "(A) 1e+35 >", ""},
		{"A or B", "", "Operators mismatch: 3 elts in stack"},
		{"", "", "Operators mismatch: 0 elts in stack"},
		{"(A", "", "Braces mismatch"},
		{"A)", "", "Braces mismatch"},
		{"!", "", "no operand to unary '!' operation"},
		{"A &", "", "no right operand to '&' operation"},
		{"A > +1", "", "no right operand to '>' operation"},
		{"A / B", "", "no atom"},
		{"A & \x00B", "", "no atom"},
	}
	for _, tt := range tests {
		e, err := Parse(tt.line, wordConfig)
		switch {
		case tt.err != "":
			if err == nil || err.Error() != tt.err {
				t.Errorf("Parse(%q) error %v, want %q", tt.line, err, tt.err)
			}
		case err != nil:
			t.Errorf("Parse(%q): %v", tt.line, err)
		case e.String() != tt.want:
			t.Errorf("Parse(%q) = %q, want %q", tt.line, e.String(), tt.want)
		}
	}
}

func TestParseAtomErrors(t *testing.T) {
	_, err := Parse("A & B\x00C", Config{Parse: func(s string) (*Atom, error) {
		if s[0] == 'B' {
			return nil, nil
		}
		return wordAtom(s)
	}})
	if err == nil || err.Error() != "Cannot parse atom: callback function failed to parse 'B'" {
		t.Errorf("nil atom: error %v", err)
	}
	var perr *Error
	if !errors.As(err, &perr) || perr.Code != codeBadAtom {
		t.Errorf("nil atom: error %#v is not a bad atom *Error", err)
	}
	// An atom longer than the rest of the line ends the parse.
	e, err := Parse("A & B", Config{Parse: func(s string) (*Atom, error) {
		return &Atom{Text: s + "!!!"}, nil
	}})
	if err != nil || e.String() != "(A & B!!!)" {
		t.Errorf("long atom: %v, %v", e, err)
	}
}

func TestProcess(t *testing.T) {
	tests := []struct {
		line   string
		vals   map[string]float64
		flags  Flags
		want   float64
		calls  string
		traced string
	}{
		{"A & B | !C", map[string]float64{"A": 1, "B": 2}, 0, 1, "C", ""},
		{"A & B | !C", map[string]float64{"A": 1, "B": 2, "C": 1}, 0, 1, "C A B", "C A B"},
		{"A | B", map[string]float64{"A": 5}, 0, 5, "A", "A"},
		{"A | B", map[string]float64{"A": 5}, NoOpt, 1, "A B", "A"},
		{"A & B", map[string]float64{"A": 0, "B": 1}, 0, 0, "A", ""},
		{"A - B - C", map[string]float64{"A": 1, "B": 2}, 0, -1, "A B C", "A B"},
		// The sum stops once it exceeds the threshold, even below a product.
		{"(A + B) * C > 2", map[string]float64{"A": 3, "B": -5, "C": 1}, 0, 1, "A", "A"},
		{"(A + B) * C > 2", map[string]float64{"A": 3, "B": -5, "C": 1}, NoOpt, 0, "A B C", "A B C"},
		{"A + B + C >= 2", map[string]float64{"A": 1, "B": 1, "C": 1}, 0, 1, "A B", "A B"},
		{"A + B + C < 2", map[string]float64{"A": 1, "B": 1, "C": 1}, 0, 0, "A B", "A B"},
		{"A & B", map[string]float64{"A": math.NaN(), "B": 1}, 0, 1, "A B", "B"},
		{"!A", map[string]float64{"A": 1e-17}, 0, 1, "A", ""},
	}
	for _, tt := range tests {
		e, err := Parse(tt.line, wordConfig)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.line, err)
		}
		var calls []string
		got := e.Process(values(tt.vals, &calls), tt.flags)
		if got != tt.want || strings.Join(calls, " ") != tt.calls {
			t.Errorf("%q %v: %v calling %q, want %v calling %q", tt.line, tt.vals, got, calls, tt.want, tt.calls)
		}
		_, trace := e.ProcessTraced(values(tt.vals, nil), tt.flags)
		var names []string
		for _, a := range trace {
			names = append(names, a.Text)
		}
		if strings.Join(names, " ") != tt.traced {
			t.Errorf("%q %v: trace %q, want %q", tt.line, tt.vals, names, tt.traced)
		}
	}
}

func TestPriorityReorders(t *testing.T) {
	cfg := Config{Parse: wordAtom, Priority: func(a *Atom) int {
		if strings.HasPrefix(a.Text, "cheap") {
			return MaxPriority / 2
		}
		return 0
	}}
	e, err := Parse("A | cheap1 | (B & cheap2)", cfg)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := e.String(), "(cheap1) (A) (cheap2) (B) & |(3)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	var atoms []string
	for _, a := range e.Atoms() {
		atoms = append(atoms, a.Text)
	}
	if got := strings.Join(atoms, " "); got != "cheap1 A cheap2 B" {
		t.Errorf("Atoms() = %q", got)
	}
	// Reordering again, as evaluations do, keeps the order.
	before := e.String()
	for range 500 {
		e.Process(func(*Atom) float64 { return 0 }, 0)
	}
	if e.String() != before {
		t.Errorf("after evaluations %q, was %q", e.String(), before)
	}
}

func TestAtomParents(t *testing.T) {
	// Operators of equal precedence group to the right: B & C is built
	// first and A joins it.
	e, err := Parse("A & B & C | !D", wordConfig)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*Node{}
	for _, n := range e.AtomNodes() {
		byName[n.Atom().Text] = n
	}
	a, b, c, d := byName["A"], byName["B"], byName["C"], byName["D"]
	if b.Atom().Parent() == nil || b.Atom().Parent() != c.Atom().Parent() || !b.Atom().Parent().IsOp(OpAnd) {
		t.Errorf("B and C should share their AND as parent")
	}
	if a.Atom().Parent() != nil {
		t.Errorf("A joined an existing chain and has no recorded parent")
	}
	if a.Parent() != b.Parent() || !a.Parent().IsOp(OpAnd) {
		t.Errorf("A's tree parent is the AND")
	}
	if p := d.Atom().Parent(); p == nil || !p.IsOp(OpNot) || d.Parent() != p || !p.Parent().IsOp(OpOr) || p.Parent().Parent() != nil {
		t.Errorf("D's parents: NOT, then the OR root")
	}
}

func TestFormatLimit(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{1.5, "1.5"},
		{0.1, "0.1"},
		{-0.5, "-0.5"},
		{0.000000000000000000000000001, "0.000000000000000000000000001"},
		{123456789012345678901234, "123456789012345690000000"},
		{1e35, "1e+35"},
		{0.12345678901234568, "0.12345678901234568"},
		{1234567.875, "1234567.875"},
		{math.Copysign(0, -1), "0"},
		{-(1 << 63), "-9223372036854775808"},
		{1e-30, "1e-30"},
		{5e-324, "0"}, // the oracle prints subnormals as zero (DAZ/FTZ, see logger.AppendFloat)
		{math.NaN(), "nan"},
		{1 << 63, "9223372036854776000"},
		{math.Inf(1), "inf"},
	}
	for _, tt := range tests {
		if got := formatLimit(tt.v); got != tt.want {
			t.Errorf("formatLimit(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"A & B | !C", "A + B + C > 1", "(A + B) * C >= 2.5", "not A and B or C ",
		"A - B / 2", "-A & ~B", "A > -1 )", "((A)", "A /2 + 3 != 4", "!!A || B && C",
		"A > 1 2", "A = B == C", "A\t&\nB", "1 + A", "A > .5",
	} {
		f.Add(s)
	}
	token := Config{Parse: func(s string) (*Atom, error) {
		i := 0
		for i < len(s) && !isSpace(s[i]) && s[i] != '(' && s[i] != ')' {
			i++
		}
		if i == 0 {
			return nil, nil
		}
		return &Atom{Text: s[:i]}, nil
	}}
	f.Fuzz(func(t *testing.T, line string) {
		for _, cfg := range []Config{wordConfig, token} {
			e, err := Parse(line, cfg)
			if err != nil {
				if err.Error() == "" {
					t.Fatalf("Parse(%q): empty error", line)
				}
				continue
			}
			if e.String() == "" {
				t.Fatalf("Parse(%q): empty string form", line)
			}
			// Without short-circuits every atom is evaluated once.
			n := 0
			e.Process(func(a *Atom) float64 { n++; return float64(len(a.Text) % 3) }, NoOpt)
			if n != len(e.Atoms()) {
				t.Fatalf("Parse(%q): %d evaluations of %d atoms", line, n, len(e.Atoms()))
			}
			e.Process(func(a *Atom) float64 { return float64(len(a.Text)%3) - 1 }, 0)
		}
	})
}
