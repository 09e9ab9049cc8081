package css

import (
	"fmt"
	"strings"
	"testing"
)

func tagIDs(name string) (int, bool) {
	switch name {
	case "p":
		return 1, true
	case "div":
		return 2, true
	}
	return 0, false
}

func TestDeclarations(t *testing.T) {
	tests := []struct {
		in      string
		visible bool
	}{
		{"display:none", false},
		{"font-size:1px", false},
		{"color:#fff", false},
		{"opacity:0.01", false},
		{"position:absolute; left:-9999px", false},
		{"clip-path:inset(100%)", false},
		{"max-height:0; overflow:hidden", false},
		{"color:#FFFFFF;font-weight:400;color:#232333", true},
		{"font-size:10px", true},
		{"height:0", true},
		{"opacity:0.5", true},
		{"clip:rect(auto,auto,auto,auto)", true},
	}
	for _, tc := range tests {
		b := ParseDeclaration(tc.in)
		b.ComputeVisibility()
		if b.Visible() != tc.visible {
			t.Errorf("%q: visible %v", tc.in, b.Visible())
		}
	}
}

func TestSheet(t *testing.T) {
	sheet, err := Parse("P.x, .hide { display:none } #ID{color:red} * {font-size:12px} div{color:#000}", nil, tagIDs)
	if err != nil {
		t.Fatal(err)
	}
	if b := sheet.TagBlock(1, "", false, "hide other", true); b == nil || b.Display != DisplayHidden {
		t.Errorf("class block %+v", b)
	}
	if b := sheet.TagBlock(2, "id", true, "", false); b == nil || b.FG != (Color{255, 0, 0, 255}) || b.FontSize != 12 {
		t.Errorf("id block %+v", b)
	}
	if _, err := Parse("   ", nil, tagIDs); err != ErrEmpty {
		t.Errorf("empty sheet: %v", err)
	}
}

func TestColors(t *testing.T) {
	for in, want := range map[string]Color{
		"#f00": {255, 0, 0, 255}, "#FEDCBA": {254, 220, 186, 255}, "#11223344": {0x11, 0x22, 0x33, 0x44},
		"white": {255, 255, 255, 255}, "transparent": {0, 0, 0, 0},
	} {
		if got, ok := ColorFromString(in); !ok || got != want {
			t.Errorf("%q: %v %v", in, got, ok)
		}
	}
	if _, ok := ColorFromString("WHITE"); ok {
		t.Errorf("color names are case sensitive")
	}
}

func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"p{color:red}", ".a,.b{display:none !important}", "@media x{.m{x:y}}", "#id{font:1px arial}",
		"a{color:rgb(1,2,3);background:hsla(1,2%,3%,.4)}", "/* c */ x{{{{{{{{{{{{{{{{{{{{{{{{}",
		"\\63olor:red", "url(x) 'str\\'ing' 1e5px -3.5em 50%", "<!-- p{} -->",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if sheet, err := Parse(in, nil, tagIDs); err == nil {
			sheet.TagBlock(1, "a", true, "b c", true)
		}
		b := ParseDeclaration(in)
		b.ComputeVisibility()
		_ = Unescape(in)
	})
}

func BenchmarkParse(b *testing.B) {
	var sb strings.Builder
	for i := range 200 {
		fmt.Fprintf(&sb, ".c%d, div p.x%d > a { color: #%06x; font-size: %dpx; display: block !important }\n", i, i, i*997, i%30)
		fmt.Fprintf(&sb, "@media (max-width: 600px) { #id%d { background: rgb(%d, 10, 20); margin: 0 auto } }\n", i, i%256)
	}
	sheet := sb.String()
	b.SetBytes(int64(len(sheet)))
	for b.Loop() {
		if _, err := Parse(sheet, nil, tagIDs); err != nil {
			b.Fatal(err)
		}
	}
}
