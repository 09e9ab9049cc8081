package css

import (
	"fmt"
	"math"
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
	// upstream's css_rule.cxx tests: hidden blocks are compiled as invisible
	for _, in := range []string{
		"display:block; max-width:0; max-height:0; overflow:hidden",
		"opacity:0; height:0; line-height:0; overflow:hidden", "overflow:hidden; max-height:0",
		"height:0px; overflow:clip", "width:0; overflow:hidden", "opacity:0.01",
		"max-height:0; height:50px; overflow:hidden", "position:absolute; left:-9999px",
		"position:absolute; top:-9999px; left:0", "position:fixed; left:-10000px",
		"text-indent:-9999px", "text-indent:-100000px; white-space:nowrap",
		"clip:rect(0,0,0,0); position:absolute", "clip:rect(1px,1px,1px,1px)",
		"clip-path:inset(100%)", "clip-path:inset(50%)", "clip-path:circle(0)",
		"visibility:collapse", "font-size:1px", "font-size:2px",
	} {
		tests = append(tests, struct {
			in      string
			visible bool
		}{in, false})
	}
	for _, in := range []string{
		"max-width:600px; width:100%", "height:0", "max-height:0", "opacity:0.5",
		"overflow:hidden; max-height:10px", "overflow:hidden", "display:block",
		"position:absolute; left:10px; top:20px", "position:absolute", "left:-9999px",
		"text-indent:-20px", "text-indent:40px", "clip:rect(auto,auto,auto,auto)",
		"clip-path:inset(10%)", "clip-path:none", "font-size:10px",
	} {
		tests = append(tests, struct {
			in      string
			visible bool
		}{in, true})
	}
	for _, tc := range tests {
		b := ParseDeclaration(tc.in)
		b.ComputeVisibility()
		if b.Visible() != tc.visible {
			t.Errorf("%q: visible %v", tc.in, b.Visible())
		}
	}
}

// TestUpstreamRules ports the other cases of upstream's css_rule.cxx.
func TestUpstreamRules(t *testing.T) {
	for in, want := range map[string]bool{
		"position:absolute; left:-9999px": true, "text-indent:-9999px": true,
		"clip:rect(0,0,0,0)": true, "clip-path:inset(100%)": true, "display:none": false,
		"opacity:0": false, "position:absolute; left:10px": false, "font-size:1px": false,
	} {
		if b := ParseDeclaration(in); b.Offscreen != want {
			t.Errorf("%q: offscreen %v", in, b.Offscreen)
		}
	}
	if b := ParseDeclaration("height:10px;width:20px"); b.HeightMask == 0 || b.WidthMask == 0 ||
		b.Height != 10 || b.Width != 20 {
		t.Errorf("height/width %+v", b)
	}
	parent := ParseDeclaration("display:none")
	parent.ComputeVisibility()
	child := ParseDeclaration("display:block")
	child.Propagate(parent)
	child.ComputeVisibility()
	if parent.Visible() || child.Visible() {
		t.Errorf("a hidden parent is reset by its child's display")
	}
	if b := ParseDeclaration("color:#FFFFFF;font-weight:400;color:#232333"); b.FGMask == 0 ||
		b.FG.R != 0x23 || b.FG.G != 0x23 || b.FG.B != 0x33 {
		t.Errorf("duplicate colors: %+v", b.FG)
	}
}

// TestUpstreamSheets parses the style sheets of upstream's css_parser.cxx
// tests, one by one and merged.
func TestUpstreamSheets(t *testing.T) {
	cases := []string{
		"P { CoLoR: rgb(100%, 50%, 0%); opacity: -1; width: 1em; display: none; } /* very transparent solid orange тест */",
		"p { color: rgb(100%, 50%, 0%); opacity: 2; display: inline; } /* very transparent solid orange */",
		"p { color: rgb(100%, 50%, 0%); opacity: 0.5; } /* very transparent solid orange */\n",
		"p { color: rgb(100%, 50%, 0%); opacity: 1; width: 99%; } /* very transparent solid orange */\n",
		"p { color: rgb(100%, 50%, 0%); opacity: 10%; width: 99%; } /* very transparent solid orange */\n",
		"p { color: rgb(100%, 50%, 0%); opacity: 10%; width: 100px; } /* very transparent solid orange */\n",
		"p { color: rgb(100%, 50%, 0%); opacity: 10% } /* very transparent solid orange */\n",
		"* { color: hsl(0, 100%, 50%) !important }   /* red */\n",
		"* { color: hsl(120, 100%, 50%) important } /* lime */\n",
		"* { color: hsl(120, 100%, 25%) } /* dark green */\n",
		"* { color: hsl(120, 100%, 75%) } /* light green */\n",
		"* { color: hsl(120, 75%, 75%) }  /* pastel green, and so on */\n",
		"em { color: #f00 }              /* #rgb */\n",
		"em { color: #ff0000 }           /* #rrggbb */\n",
		"em { color: rgb(255,0,0) }\n",
		"em { color: rgb(100%, 0%, 0%) }\n",
		"body {color: black; background: white }\n",
		"h1 { color: maroon }\n",
		"h2 { color: olive }\n",
		"em { color: rgb(255,0,0) }       /* integer range 0 - 255 */\n",
		"em { color: rgb(300,0,0) }       /* clipped to rgb(255,0,0) */\n",
		"em { color: rgb(255,-10,0) }     /* clipped to rgb(255,0,0) */\n",
		"em { color: rgb(110%, 0%, 0%) }  /* clipped to rgb(100%,0%,0%) */\n",
		"em { color: rgba(255,0,0,1)     /* the same, with explicit opacity of 1 */\n",
		"em { color: rgba(100%,0%,0%,1) } /* the same, with explicit opacity of 1 */\n",
		"p { color: rgba(0,0,255,0.5) }        /* semi-transparent solid blue */\n",
		"p { color: rgba(100%, 50%, 0%, 0.1) } /* very transparent solid orange */",
		".chat-icon[_ng-cnj-c0]::before{content:url(group-2.63e87cd21fbf8c966dd.svg);width:60px;height:60px;display:block}",
		"tt{color:#1e3482}",
		"tt{unicode-range: u+0049-u+004a,u+0020;}",
		"@import url(https://fonts.googleapis.com/css?family=arial:300,400,7000;",
		"tt{color:black;\v}",
		"tt{color:black;\f}",
	}
	var merged *StyleSheet
	for _, c := range cases {
		if sheet, err := Parse(c, nil, tagIDs); err != nil || sheet == nil {
			t.Errorf("%q: %v", c, err)
		}
		sheet, err := Parse(c, merged, tagIDs)
		if err != nil {
			t.Errorf("merged %q: %v", c, err)
		}
		merged = sheet
	}
	if merged == nil {
		t.Errorf("no merged sheet")
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
		"#f00": {255, 0, 0, 255}, "#000": {0, 0, 0, 255}, "#000000": {0, 0, 0, 255}, "#234": {34, 51, 68, 255}, "#FEDCBA": {254, 220, 186, 255}, "#11223344": {0x11, 0x22, 0x33, 0x44},
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

// TestUpstreamTokenizer ports upstream's css_tokeniser.cxx and
// css_selector.cxx tests.
func TestUpstreamTokenizer(t *testing.T) {
	for in, want := range map[string][]tokenType{
		"/**/":                                 {tokEOF},
		"/* unterminated":                      {tokIdent, tokEOF},
		"/":                                    {tokDelim, tokEOF},
		"/*a*/b":                               {tokIdent, tokEOF},
		"a/*b*/c":                              {tokIdent, tokIdent, tokEOF},
		"/*a*//*b*//*c*/d":                     {tokIdent, tokEOF},
		"/* /* nested */ still */e":            {tokIdent, tokEOF},
		"/*a*/ /*b*/\n/*c*/f":                  {tokWhitespace, tokWhitespace, tokIdent, tokEOF},
		"p/*x*/{/*y*/color/*z*/:red}":          {tokIdent, tokOCurlBrace, tokIdent, tokColon, tokIdent, tokECurlBrace, tokEOF},
		strings.Repeat("/**/", 100000) + "end": {tokIdent, tokEOF},
	} {
		tk := &tokenizer{input: in}
		for i, typ := range want {
			if got := tk.next().typ; got != typ {
				t.Errorf("%.40q: token %d is %d, want %d", in, i, got, typ)
				break
			}
		}
	}
	emID := func(name string) (int, bool) { return 3, name == "em" }
	for in, want := range map[string][]selectorType{
		"em": {selTag}, "*": {selAll}, ".class": {selClass}, "#id": {selID},
		"em,.class,#id": {selTag, selClass, selID},
	} {
		p := &parser{}
		sels := processSelectors(p.consumeRule(in).children, emID)
		if len(sels) != len(want) {
			t.Errorf("%q: %d selectors", in, len(sels))
			continue
		}
		for i, s := range sels {
			if s.typ != want[i] {
				t.Errorf("%q: selector %d is %d", in, i, s.typ)
			}
		}
	}
}

// TestBlockDimensions checks how dimensions are stored: percentages
// negated, values clamped to the field, and what upstream stores below
// the range (-100 for heights and font sizes, the minimum for widths).
func TestBlockDimensions(t *testing.T) {
	var b Block
	b.SetHeight(50, true, 1)
	b.SetWidth(1e6, false, 2)
	b.SetFontSize(12.7, false, 3)
	if b.Height != -50 || b.Width != math.MaxInt16 || b.FontSize != 12 || b.HeightMask != 1 || b.WidthMask != 2 || b.FontMask != 3 {
		t.Errorf("in range: %+v", b)
	}
	b.SetHeight(-1e6, false, 1)
	b.SetWidth(1e6, true, 1)
	b.SetFontSize(-200, false, 1)
	if b.Height != -100 || b.Width != math.MinInt16 || b.FontSize != -100 {
		t.Errorf("below range: height %d, width %d, font size %d", b.Height, b.Width, b.FontSize)
	}
	b.SetFontSize(300, false, 1)
	if b.FontSize != math.MaxInt8 {
		t.Errorf("font size 300 stored as %d", b.FontSize)
	}
}
