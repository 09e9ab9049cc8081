package html

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorspamd/rspamd/internal/image"
	"github.com/gorspamd/rspamd/internal/url"
)

var (
	scannerOnce sync.Once
	testScanner *url.Scanner
)

func scannerForTest(t testing.TB) *url.Scanner {
	t.Helper()
	scannerOnce.Do(func() {
		data, err := os.ReadFile("../../.cache/upstream/public_suffix_list.dat")
		if err != nil {
			data, err = os.ReadFile("../url/testdata/psl_small.dat")
			if err != nil {
				panic(err)
			}
		}
		testScanner = url.NewScanner(data)
	})
	return testScanner
}

func parseTask(t testing.TB, in string) (*Content, *url.Message, *url.TextPart) {
	sc := scannerForTest(t)
	msg := url.NewMessage(sc, 10240, nil)
	part := &url.TextPart{}
	hc := Parse([]byte(in), &Options{Scanner: sc, Message: msg, Part: part, AllowCSS: true})
	return hc, msg, part
}

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		"<p>one</p><p>two</p>three":            "one\ntwo\nthree",
		"line<br>break":                        "line\nbreak",
		"<b>a</b>  &amp;   <i>b</i>":           "a & b",
		"<div style=\"display:none\">x</div>y": "y",
		"<script>var a='<p>';</script>ok":      "ok",
		"a&#x42;&#67;&copy;":                   "aBC©",
		"<img src=\"x.png\" alt=\"picture\">":  "picture",
	} {
		hc, _, _ := parseTask(t, in)
		if string(hc.Parsed) != want {
			t.Errorf("%q: got %q want %q", in, hc.Parsed, want)
		}
	}
}

func TestHiddenText(t *testing.T) {
	hc, _, _ := parseTask(t, `<style>.h{display:none}</style><p class="h">secret</p>`+
		`<p style="color:#fff">white</p><p>shown</p>`)
	if got := string(hc.Invisible); got != "secret" {
		t.Errorf("invisible %q", got)
	}
	if got := string(hc.Parsed); !strings.Contains(got, "shown") || strings.Contains(got, "secret") ||
		strings.Contains(got, "white") {
		t.Errorf("parsed %q", got)
	}
}

func TestPhishing(t *testing.T) {
	hc, msg, part := parseTask(t, `<a href="http://evil.com/login">http://www.paypal.com/</a>`)
	var href *url.URL
	for _, tag := range hc.Tags {
		if tag.ID == tagA {
			href = tag.URL
		}
	}
	if href == nil || href.Flags&url.FlagPhished == 0 || href.Linked == nil ||
		href.Linked.Host() != "www.paypal.com" {
		t.Fatalf("href %+v not phished", href)
	}
	if msg.Set.Len() != 2 || len(part.Exceptions) != 1 {
		t.Errorf("set %d exceptions %d", msg.Set.Len(), len(part.Exceptions))
	}
}

func TestLimits(t *testing.T) {
	start := time.Now()
	deep := strings.Repeat("<div>", 100000) + "x" + strings.Repeat("</div>", 100000)
	hc, _, _ := parseTask(t, deep)
	if hc.Flags&FlagTooManyTags == 0 || len(hc.Tags) > maxTags {
		t.Errorf("tags %d flags %x", len(hc.Tags), hc.Flags)
	}
	attrs := "<p " + strings.Repeat("a=b ", 100000) + ">x</p>"
	hc, _, _ = parseTask(t, attrs)
	if hc.Flags&FlagTooManyAttrs == 0 || len(hc.Tags[len(hc.Tags)-1].Attrs) > maxAttrsPerTag {
		t.Errorf("attrs not limited")
	}
	huge := `<a href="http://` + strings.Repeat("a", 1<<20) + `.com/">x</a>`
	parseTask(t, huge)
	links := strings.Repeat(`<a href="http://x.com/?u=http%3A%2F%2Fy.com%2F">x.com</a>`, 20000)
	_, msg, _ := parseTask(t, links)
	if msg.Set.Len() != 3 {
		t.Errorf("set %d", msg.Set.Len())
	}
	if d := time.Since(start); d > 60*time.Second {
		t.Errorf("hostile inputs took %v", d)
	}
}

func TestDecodeEntities(t *testing.T) {
	for in, want := range map[string]string{
		"":                 "",
		"abc     def":      "abc def",
		"    abc def   ":   "abc def ",
		"FOO&gt;BAR":       "FOO>BAR",
		"FOO&gtBAR":        "FOO>BAR",
		"FOO&gt;;;BAR":     "FOO>;;BAR",
		"I'm &notit;":      "I'm ¬it;",
		"FOO&&&&gt;BAR":    "FOO&&&>BAR",
		"FOO&#x41BAR":      "FOO䆺R",
		"FOO&#xD800;ZOO":   "FOO\uFFFDZOO",
		"ZZ&pound_id=23":   "ZZ£_id=23",
		"ZZ&prod_id=23":    "ZZ&prod_id=23",
		"ZZ&":              "ZZ&",
		"ZZ&AElig=":        "ZZÆ=",
		"&#4294967295;":    "fj",
		"FOO&#x0000;ZOO":   "FOO\uFFFDZOO",
		"FOO&#BAR":         "FOO&#BAR",
		"FOO&#X41;BAR":     "FOOABAR",
		"FOO&#x0081;ZOO":   "FOO\u0081ZOO",
		"FOO&#xFFFFFF;ZOO": "FOO\uFFFDZOO",
	} {
		b := []byte(in)
		if got := string(b[:DecodeEntities(b, true)]); got != want {
			t.Errorf("%q: got %q want %q", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"<html><body><p>x</p></body></html>", "<a href=\"http://a.com/\">http://b.com/</a>",
		"<style>.a{color:#fff}</style><p class=a>x</p>", "<!-- c --><![CDATA[x]]><?xml?>",
		"<p a='1' b=\"2\" c=3 d>", "&amp;&#x41;&#65;&notin;", "<script></scr</script>",
		"<img src=\"data:image/png;base64,AAAA\" width=1>", "<base href=\"http://b.com/\"><a href=x>y</a>",
		"<div style=\"font:1px\"><font color=white>x</font></div>", "</p></b><p<p>", "<",
	} {
		f.Add([]byte(seed))
	}
	sc := scannerForTest(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		msg := url.NewMessage(sc, 100, nil)
		part := &url.TextPart{}
		hc := Parse(in, &Options{Scanner: sc, Message: msg, Part: part, AllowCSS: true, MaxHTMLLen: 4096,
			FromDomain: "example.com"})
		hc.EachTag(func(tag *Tag) bool {
			_ = hc.TagContent(tag)
			_ = tag.Attributes()
			_, _ = tag.NumericAttribute("width")
			return true
		})
		_ = hc.CTAURLs(part.URLs, 25)
		_ = hc.Structure()
		Parse(in, &Options{Scanner: sc})
	})
}

func TestRewrite(t *testing.T) {
	in := `<a href="http://a.com/x">a</a><img src='http://b.com/i.png'><a href=http://c.com/>c</a>` +
		`<img src="data:image/png;base64,AA==">`
	hc, _, _ := parseTask(t, in)
	cands := hc.RewriteCandidates()
	if len(cands) != 3 {
		t.Fatalf("candidates %+v", cands)
	}
	var patches []RewritePatch
	for _, c := range cands {
		patches = append(patches, RewritePatch{Offset: c.Offset, Len: c.Len, URL: "http://r.com/?u=" + c.URL + "&x"})
	}
	out, ok := ApplyRewrite([]byte(in), patches)
	want := `<a href="http://r.com/?u=http://a.com/x&amp;x">a</a><img src='http://r.com/?u=http://b.com/i.png&amp;x'>` +
		`<a href=http://r.com/?u=http://c.com&amp;x>c</a><img src="data:image/png;base64,AA==">`
	if !ok || string(out) != want {
		t.Errorf("got %s", out)
	}
}

// TestApplyRewriteUpstream ports upstream's rspamd_cxx_unit_html_url_rewrite
// cases (validate_patches and apply_patches, for one part).
func TestApplyRewriteUpstream(t *testing.T) {
	type pt = RewritePatch
	for _, tc := range []struct {
		in      string
		patches []pt
		want    string
		ok      bool
	}{
		{"hello world", nil, "hello world", true},
		{"hello world", []pt{{6, 5, "earth"}}, "hello earth", true},
		{"hello world foo bar", []pt{{0, 5, "hi"}, {6, 5, "earth"}, {12, 3, "baz"}, {16, 3, "qux"}}, "hi earth baz qux", true},
		{"hello world", []pt{{0, 5, "hi"}}, "hi world", true},
		{"a b c", []pt{{2, 1, "longer"}}, "a longer c", true},
		{"a longword c", []pt{{2, 8, "b"}}, "a b c", true},
		{"a b c", []pt{{2, 1, ""}}, "a  c", true},
		{`<a href="http://evil.com">link</a>`, []pt{{9, 15, "http://safe.com"}}, `<a href="http://safe.com">link</a>`, true},
		{`<a href="http://a.com">A</a> <a href="http://b.com">B</a>`, []pt{{9, 12, "http://x.com"}, {38, 12, "http://y.com"}},
			`<a href="http://x.com">A</a> <a href="http://y.com">B</a>`, true},
		{"abcdef", []pt{{0, 2, "XY"}, {2, 2, "Z"}, {4, 2, "W"}}, "XYZW", true},
		{"123456789", []pt{{6, 3, "ghi"}, {0, 3, "abc"}, {3, 3, "def"}}, "abcdefghi", true},
		{`<a href="old">link</a>`, []pt{{9, 3, "http://example.com?foo=1&bar=2"}}, `<a href="http://example.com?foo=1&amp;bar=2">link</a>`, true},
		{`<a href="old">link</a>`, []pt{{9, 3, `url"with'quotes`}}, `<a href="url&quot;with&#39;quotes">link</a>`, true},
		{`<a href="old">link</a>`, []pt{{9, 3, "url<with>brackets"}}, `<a href="url&lt;with&gt;brackets">link</a>`, true},
		{`<a href="old">link</a>`, []pt{{9, 3, `&<>"'`}}, `<a href="&amp;&lt;&gt;&quot;&#39;">link</a>`, true},
		{`<a href="url1">A</a> <a href="url2">B</a>`, []pt{{9, 4, "http://a.com?x=1&y=2"}, {30, 4, "http://b.com?a=3&b=4"}},
			`<a href="http://a.com?x=1&amp;y=2">A</a> <a href="http://b.com?a=3&amp;b=4">B</a>`, true},
		{strings.Repeat("x", 40), []pt{{10, 10, "r"}, {15, 5, "r"}}, "", false},
		{strings.Repeat("x", 40), []pt{{10, 10, "r"}, {20, 5, "r"}}, strings.Repeat("x", 10) + "rr" + strings.Repeat("x", 15), true},
		{strings.Repeat("x", 40), []pt{{20, 10, "r"}, {25, 5, "r"}}, "", false},
	} {
		got, ok := ApplyRewrite([]byte(tc.in), tc.patches)
		if ok != tc.ok || ok && string(got) != tc.want {
			t.Errorf("%q %v: got %q %v", tc.in, tc.patches, got, ok)
		}
	}
}

func TestStructure(t *testing.T) {
	hc, _, _ := parseTask(t, "<html><body><p>a<b>b</b></p><!-- c --></body></html>")
	if got := hc.Structure(); got != "+html;++body;+++p;++++b;+++xml;" {
		t.Errorf("structure %q", got)
	}
	// upstream's html_tests.cxx "html parsing" cases
	for in, want := range map[string]string{
		"<html><!DOCTYPE html><body>":                  "+html;++xml;++body;",
		"<html><div><div></div></div></html>":          "+html;++div;+++div;",
		"<html><div><div></div></html>":                "+html;++div;+++div;",
		"<html><div><div></div></html></div>":          "+html;++div;+++div;",
		"<p><p><a></p></a></a>":                        "+p;++p;+++a;",
		`<div><a href="http://example.com"></div></a>`: "+div;++a;",
	} {
		hc, _, _ := parseTask(t, in)
		if got := hc.Structure(); got != want {
			t.Errorf("%q: structure %q, want %q", in, got, want)
		}
	}
}

// benchHTML is a newsletter-like document: a style block, nested tables,
// links with display texts, images and entities.
func benchHTML() []byte {
	var b strings.Builder
	b.WriteString(`<html><head><style>.hide{display:none} td p{color:#333;font-size:14px}</style></head><body><table>`)
	for i := range 200 {
		fmt.Fprintf(&b, `<tr><td class="c%d" style="padding:4px;color:#%06x"><p>Item %d &amp; more &nbsp;text&hellip;</p>`, i, i*991, i)
		fmt.Fprintf(&b, `<a href="https://track.example.com/c?u=https%%3A%%2F%%2Fshop%d.example.com%%2F&id=%d">shop%d.example.com</a>`, i, i, i)
		fmt.Fprintf(&b, `<img src="https://img.example.com/%d.png" width="%d" height="20" alt="x"><span class="hide">hidden %d</span></td></tr>`, i, i%100, i)
	}
	b.WriteString(`</table></body></html>`)
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	in := benchHTML()
	sc := scannerForTest(b)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		msg := url.NewMessage(sc, 10240, nil)
		Parse(in, &Options{Scanner: sc, Message: msg, Part: &url.TextPart{}, AllowCSS: true})
	}
}

func TestLinkEmbeddedImages(t *testing.T) {
	hc, _, _ := parseTask(t, `<img src="cid:a@b"><img src="cid:c@d" width="5"><img src="http://x.com/i.png">`)
	if len(hc.Images) != 3 {
		t.Fatalf("images %d", len(hc.Images))
	}
	part := &image.Image{Type: image.PNG, Width: 10, Height: 20}
	other := &image.Image{Type: image.GIF, Width: 30, Height: 40}
	hc.LinkEmbeddedImages(map[string]*image.Image{"a@b": part, "c@d": other})
	a, c := hc.Images[0], hc.Images[1]
	if a.Embedded != part || part.HTML != a || a.Width != 10 || a.Height != 20 {
		t.Errorf("a: %+v", a)
	}
	if c.Embedded != other || c.Width != 5 || c.Height != 40 {
		t.Errorf("c: %+v", c)
	}
	if hc.Images[2].Embedded != nil {
		t.Errorf("external image linked")
	}
}

func TestDataImage(t *testing.T) {
	// A PNG header of 7x3 pixels.
	hc, _, _ := parseTask(t, `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAcAAAADCAIAAAA=">`+
		`<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAcAAAADCAIAAAA=" height="9">`+
		// Characters outside the alphabet are skipped, as by
		// rspamd_cryptobox_base64_decode.
		`<img src="data:image/png;base64,iVBORw0KGgo!AAAANSUhEUg AAAAcAAAADCAIAAAA=">`)
	if len(hc.Images) != 3 {
		t.Fatalf("images %d", len(hc.Images))
	}
	for i, want := range [][2]uint32{{7, 3}, {7, 9}, {7, 3}} {
		img := hc.Images[i]
		if img.Embedded == nil || img.Embedded.Type != image.PNG || img.Width != want[0] || img.Height != want[1] {
			t.Errorf("image %d: %+v", i, img)
		}
	}
}
