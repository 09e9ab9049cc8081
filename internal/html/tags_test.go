package html

import (
	"bufio"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// elementFacts are the properties of every known element, one row per
// element (the implementation states them one set per property).
var elementFacts = map[string]string{
	"a":          "link",
	"abbr":       "",
	"acronym":    "",
	"address":    "block",
	"applet":     "",
	"area":       "void block link",
	"article":    "block",
	"aside":      "block",
	"audio":      "link",
	"b":          "",
	"base":       "void head",
	"basefont":   "void",
	"bdi":        "",
	"bdo":        "",
	"big":        "",
	"blockquote": "block",
	"body":       "singleton",
	"br":         "void",
	"button":     "",
	"canvas":     "",
	"caption":    "table",
	"center":     "block",
	"cite":       "",
	"code":       "",
	"col":        "void table",
	"colgroup":   "table",
	"data":       "",
	"datalist":   "",
	"dd":         "",
	"del":        "block",
	"details":    "block",
	"dfn":        "",
	"dialog":     "block",
	"dir":        "block",
	"div":        "block",
	"dl":         "block",
	"dt":         "",
	"em":         "",
	"embed":      "void link",
	"fieldset":   "block",
	"figcaption": "block",
	"figure":     "block",
	"font":       "",
	"footer":     "block",
	"form":       "block link",
	"frame":      "void link",
	"frameset":   "",
	"h1":         "block",
	"h2":         "block",
	"h3":         "block",
	"h4":         "block",
	"h5":         "block",
	"h6":         "block",
	"head":       "singleton",
	"header":     "block",
	"hgroup":     "block",
	"hr":         "void block",
	"html":       "singleton",
	"i":          "",
	"iframe":     "link",
	"img":        "void",
	"input":      "void",
	"ins":        "block",
	"isindex":    "void block",
	"kbd":        "",
	"keygen":     "void",
	"label":      "",
	"legend":     "",
	"li":         "",
	"link":       "void link",
	"listing":    "block",
	"main":       "block",
	"map":        "link",
	"mark":       "",
	"menu":       "block",
	"meta":       "void head",
	"meter":      "",
	"nav":        "block",
	"nextid":     "void head",
	"noframes":   "block",
	"noscript":   "block",
	"object":     "head",
	"ol":         "block",
	"optgroup":   "",
	"option":     "",
	"output":     "",
	"p":          "block",
	"param":      "void",
	"picture":    "",
	"plaintext":  "block",
	"pre":        "block",
	"progress":   "",
	"q":          "",
	"rb":         "",
	"rbc":        "",
	"rp":         "",
	"rt":         "",
	"rtc":        "",
	"ruby":       "",
	"s":          "",
	"samp":       "",
	"script":     "head",
	"section":    "block",
	"select":     "",
	"slot":       "",
	"small":      "",
	"source":     "void link",
	"span":       "",
	"strike":     "",
	"strong":     "",
	"style":      "head",
	"sub":        "",
	"summary":    "block",
	"sup":        "",
	"svg":        "",
	"table":      "block",
	"tbody":      "table",
	"td":         "cell",
	"template":   "",
	"textarea":   "",
	"tfoot":      "table",
	"th":         "cell",
	"thead":      "table",
	"time":       "",
	"title":      "head singleton",
	"tr":         "table",
	"track":      "void link",
	"tt":         "",
	"u":          "",
	"ul":         "block",
	"var":        "",
	"video":      "link",
	"wbr":        "void",
	"xmp":        "block",
}

var propWords = []struct {
	prop uint32
	word string
}{
	{elemVoid, "void"}, {elemHead, "head"}, {elemBlock, "block"}, {elemTable, "table"},
	{elemCell, "cell"}, {elemSingleton, "singleton"}, {elemLink, "link"},
}

func propsString(p uint32) string {
	var ws []string
	for _, w := range propWords {
		if p&w.prop != 0 {
			ws = append(ws, w.word)
		}
	}
	return strings.Join(ws, " ")
}

func TestElementProperties(t *testing.T) {
	if len(elementNames) != len(elementFacts) {
		t.Errorf("%d known elements, %d in the facts", len(elementNames), len(elementFacts))
	}
	for name, want := range elementFacts {
		id, ok := TagByName(name)
		if !ok {
			t.Errorf("%s: not a known element", name)
			continue
		}
		if id.Name() != name {
			t.Errorf("%s: id %d names %q", name, id, id.Name())
		}
		if got := propsString(id.props()); got != want {
			t.Errorf("%s: properties %q, want %q", name, got, want)
		}
	}
	for _, name := range []string{"", "blink", "A", "marquee", "h7"} {
		if id, ok := TagByName(name); ok {
			t.Errorf("%q: known element %d", name, id)
		}
	}
	for _, id := range []TagID{TagUnknown, brokenTagID, TagID(len(elementNames) + 1), unknownTagID([]byte("blink"))} {
		if id.known() || id.Name() != "" {
			t.Errorf("id %d: known %v, name %q", id, id.known(), id.Name())
		}
	}
	if !slices.IsSorted(elementNames) {
		t.Error("element names are not sorted")
	}
	// the elements the parser refers to by name
	for id, name := range map[TagID]string{tagA: "a", tagArea: "area", tagBase: "base",
		tagBody: "body", tagBr: "br", tagButton: "button", tagForm: "form", tagHTML: "html",
		tagHead: "head", tagHr: "hr", tagImg: "img", tagInput: "input", tagLink: "link",
		tagMeta: "meta", tagNoscript: "noscript", tagScript: "script", tagStyle: "style"} {
		if id.Name() != name {
			t.Errorf("%s: id %d names %q", name, id, id.Name())
		}
	}
}

// luaQuoted quotes s as the oracle's tags.lua does (%q, with newlines as \n).
func luaQuoted(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`).Replace(s) + `"`
}

// observeElement describes what the parser does with the element name as
// compat-tests/golden/4.1.5/html/tags.lua does with the oracle's.
func observeElement(t *testing.T, name string, asImage bool) string {
	up := strings.ToUpper(name)
	doc := "a<" + up + ` href="http://h.example/p" src="http://s.example/i.png">b</` + up + ">c"
	sc := scannerForTest(t)
	text := "text=" + luaQuoted(string(Parse([]byte(doc), &Options{Scanner: sc}).Parsed)) +
		" lead=" + luaQuoted(string(Parse([]byte("<"+up+">b<i>c</i>d"), &Options{Scanner: sc}).Parsed))
	if asImage {
		return "part=image " + text
	}
	hc, _, _ := parseTask(t, doc)
	var found *Tag
	hc.EachTag(func(tag *Tag) bool {
		if tag.Name() == name {
			found = tag
			return false
		}
		return true
	})
	var res []string
	if found != nil {
		extra := "-"
		switch {
		case found.Image != nil:
			extra = "image"
		case found.URL != nil:
			extra = found.URL.String()
		}
		res = append(res, "flags="+strings.Join(found.FlagNames(), ","),
			"len="+strconv.Itoa(len(hc.TagContent(found))), "extra="+extra)
	} else {
		res = append(res, "tag=none")
	}
	res = append(res, "seen="+strconv.FormatBool(hc.TagSeen(name)),
		"dup="+strconv.FormatBool(hc.HasProperty("duplicate_element")), text)
	return strings.Join(res, " ")
}

// TestElementsOracle replays the oracle's answers for every known element
// and a few unknown ones: the properties show in the flags (link: href,
// block: unbalanced), content lengths (void, head), texts (block, table,
// cell, head) and the duplicate flag (singleton).
func TestElementsOracle(t *testing.T) {
	f, err := os.Open("../../compat-tests/golden/4.1.5/html/tags.dump")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	probed := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, want, _ := strings.Cut(sc.Text(), " ")
		probed[name] = true
		if got := observeElement(t, name, strings.HasPrefix(want, "part=image ")); got != want {
			t.Errorf("%s:\n got  %s\n want %s", name, got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, name := range elementNames {
		if !probed[name] {
			t.Errorf("%s: not in tags.dump", name)
		}
	}
}
