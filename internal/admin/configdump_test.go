package admin

import (
	"math"
	"testing"

	"github.com/gorspamd/rspamd/internal/ucl"
)

// TestRspamdFloat checks doubles as the oracle's configdump prints them.
func TestRspamdFloat(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{
		{1.5, "1.500000"}, {2, "2.0"}, {0.1234565, "0.123457"}, {1e-7, "0.000000"},
		{1e10, "1e+10"}, {1.5e300, "1.5e+300"}, {-0.25, "-0.250000"}, {math.Copysign(0, -1), "-0.0"},
		{7776000, "7776000.0"}, {math.NaN(), "null"}, {math.Inf(-1), "null"},
	} {
		if got := string(AppendRspamdFloat(nil, tc.v)); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.v, got, tc.want)
		}
	}
}

func parseUCL(t *testing.T, text string) *ucl.Object {
	t.Helper()
	p := ucl.NewParser(0)
	if err := p.AddString(text); err != nil {
		t.Fatal(err)
	}
	return p.Object()
}

func TestFilterNonDefault(t *testing.T) {
	obj := parseUCL(t, `a = 1; s { x = 1; } .priority 1
s { y = 2; } l = [1]; .priority 10
o { z = 3; }`)
	// A later key with a higher priority replaces the default one.
	if got := string(ucl.Emit(filterNonDefault(obj, false), ucl.FormatJSONCompact)); got != `{"s":{"y":2},"l":[1],"o":{"z":3}}` {
		t.Errorf("--local: %s", got)
	}
	if got := string(ucl.Emit(filterNonDefault(obj, true), ucl.FormatJSONCompact)); got != `{"o":{"z":3}}` {
		t.Errorf("--override: %s", got)
	}
	if filterNonDefault(parseUCL(t, "a = 1;"), false) != nil {
		t.Error("default only: not nil")
	}
}

func TestDocComments(t *testing.T) {
	obj := parseUCL(t, `options { x = 1; type = "y"; }`)
	doc := parseUCL(t, `options { data = "Global"; type = "object"; required = false; x { data = "An x"; required = true; } }`)
	comments := ucl.NewComments()
	genDocComments(obj, doc, comments)
	got := string(ucl.EmitWith(obj, ucl.FormatConfig, ucl.EmitOptions{Comments: comments}))
	want := "/*\n * Global\n * Type: object\n * Required: false\n */\noptions {\n    /*\n     * An x\n     * Required: true\n     */\n    x = 1;\n    /*\n     */\n    type = \"y\";\n}\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
