package urlcompat

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/html"
	"github.com/gorspamd/rspamd/internal/url"
)

const htmlGoldenDir = "../golden/4.1.5/html"

// stripNewlines approximates the text library's newline stripping of a
// part (rspamd_strip_newlines_parse) for the goldens' simple inputs: line
// breaks become one space each run, with their positions recorded.
func stripNewlines(content []byte, isHTML bool) ([]byte, []int) {
	const (
		normal = iota
		seenCR
		seenLF
	)
	var out []byte
	var newlines []int
	state := normal
	crlfAdded := false
	bracket := false
	c := 0
	p := 0
	addNL := func() { newlines = append(newlines, len(out)) }
	for p < len(content) {
		// Zero width spaces are dropped.
		if r, size := utf8.DecodeRune(content[p:]); size > 1 && isZeroWidth(r) {
			out = append(out, content[c:p]...)
			p += size
			c = p
			continue
		}
		ch := content[p]
		switch {
		case ch == '\r':
			switch state {
			case normal:
				state = seenCR
				out = append(out, content[c:p]...)
				crlfAdded = false
			case seenCR:
				if !crlfAdded {
					out = append(out, ' ')
					crlfAdded = true
					addNL()
				}
			case seenLF:
				state = seenCR
			}
			c = p + 1
			bracket = false
			p++
		case ch == '\n':
			switch state {
			case normal:
				state = seenLF
				out = append(out, content[c:p]...)
				if isHTML || !bracket {
					out = append(out, ' ')
					addNL()
					crlfAdded = true
				} else {
					crlfAdded = false
				}
			case seenCR:
				if !crlfAdded {
					if isHTML || !bracket {
						out = append(out, ' ')
						crlfAdded = true
					}
					addNL()
				}
				state = seenLF
			case seenLF:
				if !crlfAdded {
					out = append(out, ' ')
					crlfAdded = true
					addNL()
				}
			}
			c = p + 1
			bracket = false
			p++
		default:
			if ch == '<' {
				bracket = true
			} else if ch == '>' {
				bracket = false
			}
			if state != normal {
				if !crlfAdded {
					addNL()
				}
				if ch == ' ' {
					if !crlfAdded {
						out = append(out, ' ')
					}
					for p < len(content) && content[p] == ' ' {
						p++
						c++
					}
				}
				state = normal
				continue
			}
			p++
		}
	}
	if p > c {
		if state == normal {
			out = append(out, content[c:p]...)
		} else if !crlfAdded {
			out = append(out, ' ')
			addNL()
		}
	}
	return out, newlines
}

func isZeroWidth(r rune) bool {
	return r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF || r == 0x00AD
}

func boolStr(b bool) dumpValue { return dumpValue{s: strconv.FormatBool(b)} }

func text(b []byte) dumpValue {
	if b == nil {
		return dumpValue{isNil: true}
	}
	return dumpValue{s: string(b)}
}

// taskURLFields renders a URL of the task as gen.lua's dump_task does.
func taskURLFields(u *url.URL) map[string]dumpValue {
	m := urlFields(u)
	if u.Visible != nil {
		m["visible"] = str(*u.Visible, false)
	} else {
		m["visible"] = dumpValue{isNil: true}
	}
	m["count"] = num(int64(u.Count))
	for k, v := range map[string]uint16{"order": u.Order, "part_order": u.PartOrder} {
		if v == url.NoOrder {
			m[k] = dumpValue{isNil: true}
		} else {
			m[k] = num(int64(v))
		}
	}
	m["query_embedded"] = num(int64(u.QueryEmbedded))
	if u.Linked != nil && u.Flags&(url.FlagPhished|url.FlagRedirected) != 0 {
		m["phished"] = str(u.Linked.String(), false)
	} else {
		m["phished"] = dumpValue{isNil: true}
	}
	return m
}

// gen.lua summarises tasks with more than longList URLs (the first and last
// half of it in full, and an MD5 of all their sorted texts) and text
// contents longer than longText (as their MD5).
const (
	longList = 100
	longText = 65536
)

func md5Hex(b []byte) dumpValue {
	sum := md5.Sum(b)
	return dumpValue{s: hex.EncodeToString(sum[:])}
}

// taskDump processes a message with one HTML part (or one plain part with
// a subject) as the task pipeline does and renders it like gen.lua. The
// task's digest and date (the seed of URL samples) come from the oracle's
// dump, want.
func taskDump(sc *url.Scanner, body []byte, subject string, isHTML bool, want map[string]dumpValue) map[string]dumpValue {
	res := map[string]dumpValue{}
	msg := url.NewMessage(sc, 10240, luaFilter)
	part := &url.TextPart{}
	var content []byte
	var hc *html.Content
	if isHTML {
		attrs := 0
		hc = html.Parse(body, &html.Options{Scanner: sc, Message: msg, Part: part, AllowCSS: true,
			MaxHTMLLen: 10 * 1024 * 1024, FromDomain: "example.com", AttrsCount: &attrs})
		content = hc.Parsed
	} else {
		content = body
	}
	stripped, newlines := stripNewlines(content, isHTML)
	how := url.FindAll
	if isHTML {
		how = url.FindStrict
	}
	if len(content) > 0 {
		msg.ExtractText(stripped, newlines, how, part)
	}
	msg.ExtractSubject([]byte(subject))

	tk := "text.1."
	for what, c := range map[string][]byte{"content": content, "content_oneline": stripped} {
		switch {
		case len(content) == 0:
			res[tk+what] = dumpValue{isNil: true}
		case len(c) > longText:
			res[tk+what+"_md5"] = md5Hex(c)
		default:
			res[tk+what] = text(c)
		}
	}
	if hc != nil {
		htmlFields(res, tk, hc, part)
	}
	var urls []*url.URL
	for _, u := range msg.Set.URLs() {
		if u.Protocol != url.ProtoUnknown {
			urls = append(urls, u)
		}
	}
	selections(res, msg.Set.URLs(), want)
	res["urls"] = num(int64(len(urls)))
	long := len(urls) > longList
	if long {
		texts := make([]string, len(urls))
		for i, u := range urls {
			texts[i] = u.String()
		}
		sort.Strings(texts)
		res["urls_md5"] = md5Hex([]byte(strings.Join(texts, "\n")))
	}
	for i, u := range urls {
		if long && i >= longList/2 && i < len(urls)-longList/2 {
			continue
		}
		for k, v := range taskURLFields(u) {
			res["url."+strconv.Itoa(i+1)+"."+k] = v
		}
	}
	return res
}

// selections renders the URL selections of gen.lua's Lua getters, as their
// arguments set them up (lua_url_cbdata_fill and
// lua_url_cbdata_fill_exclude_include with the default configuration).
func selections(res map[string]dumpValue, set []*url.URL, want map[string]dumpValue) {
	var digest [16]byte
	if _, err := hex.Decode(digest[:], []byte(want["digest"].s)); err == nil {
		res["digest"] = want["digest"]
	}
	date := 0.0
	if v, ok := want["date"]; ok {
		date, _ = strconv.ParseFloat(v.s, 64)
		res["date"] = v
	}
	const (
		defaultProtocols = url.ProtoHTTP | url.ProtoHTTPS | url.ProtoFile | url.ProtoFTP
		defaultFlags     = ^url.FlagImage
		maxLuaURLs       = 1024
	)
	for name, sel := range map[string]url.Selection{
		"default": {Protocols: defaultProtocols, Include: defaultFlags, MaxURLs: maxLuaURLs},
		"sorted":  {Protocols: defaultProtocols, Include: defaultFlags, MaxURLs: maxLuaURLs, Sort: true},
		"emails":  {Protocols: url.ProtoMailto, Include: defaultFlags, MaxURLs: maxLuaURLs},
		"filtered": {Protocols: defaultProtocols, Mode: url.FlagsExcludeInclude, Include: ^url.Flags(0),
			Exclude: url.FlagImage, MaxURLs: maxLuaURLs},
		"explicit": {Protocols: defaultProtocols, Mode: url.FlagsIncludeExplicit,
			Include: url.FlagHTMLDisplayed, MaxURLs: maxLuaURLs},
	} {
		var texts []string
		for _, u := range sel.Select(set, date, digest) {
			texts = append(texts, u.String())
		}
		res["sel."+name+".count"] = num(int64(len(texts)))
		res["sel."+name+".md5"] = md5Hex([]byte(strings.Join(texts, "\n")))
	}
}

// probeAttrs are the attribute names gen.lua probes with
// tag:get_attribute, has_attribute and get_numeric_attribute.
var probeAttrs = []string{"href", "src", "style", "class", "id", "hidden", "action", "alt",
	"title", "aria-label", "data-x", "width", "height", "size", "font-size", "line-height",
	"border-width", "opacity", "min-width", "max-width", "min-height", "max-height",
	"cellpadding", "cellspacing", "tabindex", "disabled", "checked"}

func htmlFields(res map[string]dumpValue, tk string, hc *html.Content, part *url.TextPart) {
	f := hc.Features
	n := func(v uint32) dumpValue { return num(int64(v)) }
	for k, v := range map[string]uint32{
		"flags": f.Flags, "forms_count": f.FormsCount, "forms_post_unaffiliated": f.FormsPostUnaffiliated,
		"forms_post_affiliated": f.FormsPostAffiliated, "has_password_input": f.HasPasswordInput,
		"images_total": f.ImagesTotal, "images_external": f.ImagesExternal, "images_data": f.ImagesData,
		"images_tiny_external": f.ImagesTinyExternal, "tags_count": f.TagsCount,
		"max_dom_depth": f.MaxDOMDepth, "text_visible": f.TextVisible, "text_hidden": f.TextHidden,
		"text_transparent": f.TextTransparent, "blocks_hidden": f.BlocksHidden,
		"blocks_transparent": f.BlocksTransparent, "offscreen_blocks": f.OffscreenBlocks,
		"meta_refresh": f.MetaRefresh, "meta_refresh_urls": f.MetaRefreshURLs,
	} {
		res[tk+"feature."+k] = n(v)
	}
	l := f.Links
	for k, v := range map[string]uint32{
		"total_links": l.TotalLinks, "affiliated_links": l.AffiliatedLinks,
		"unaffiliated_links": l.UnaffiliatedLinks, "confusable_like_from_links": l.ConfusableLikeFromLinks,
		"punycode_links": l.PunycodeLinks, "ip_links": l.IPLinks, "port_links": l.PortLinks,
		"long_query_links": l.LongQueryLinks, "trackerish_links": l.TrackerishLinks,
		"display_mismatch_links": l.DisplayMismatchLinks, "js_scheme_links": l.JSSchemeLinks,
		"data_scheme_links": l.DataSchemeLinks, "mailto_links": l.MailtoLinks,
		"http_links": l.HTTPLinks, "query_links": l.QueryLinks, "same_etld1_links": l.SameETLD1Links,
		"domains_total": l.DomainsTotal, "max_links_single_domain": l.MaxLinksSingleDomain,
	} {
		res[tk+"feature.links."+k] = n(v)
	}
	res[tk+"invisible"] = str(string(hc.Invisible), false)
	for j, img := range hc.Images {
		ik := tk + "image." + strconv.Itoa(j+1) + "."
		res[ik+"src"] = str(img.Src, !img.HasSrc)
		res[ik+"width"] = n(img.Width)
		res[ik+"height"] = n(img.Height)
		res[ik+"embedded"] = boolStr(img.Flags&html.ImageEmbedded != 0)
		res[ik+"data"] = boolStr(img.Flags&html.ImageData != 0)
		if img.URL != nil {
			res[ik+"url"] = str(img.URL.String(), false)
		} else {
			res[ik+"url"] = dumpValue{isNil: true}
		}
	}
	ntags := 0
	hc.EachTag(func(*html.Tag) bool { ntags++; return true })
	res[tk+"tags"] = num(int64(ntags))
	var mid []string
	nt := 0
	hc.EachTag(func(t *html.Tag) bool {
		nt++
		content := hc.TagContent(t)
		if ntags > longList && nt > longList/2 && nt <= ntags-longList/2 {
			mid = append(mid, fmt.Sprintf("%s|%s|%d|%t", t.Name(), strings.Join(t.FlagNames(), ","),
				len(content), len(t.Children) == 0))
			return true
		}
		gk := tk + "tag." + strconv.Itoa(nt) + "."
		res[gk+"type"] = str(t.Name(), true)
		res[gk+"flags"] = str(strings.Join(t.FlagNames(), ","), false)
		res[gk+"len"] = num(int64(len(content)))
		res[gk+"leaf"] = boolStr(len(t.Children) == 0)
		if len(content) > 0 {
			res[gk+"content"] = str(string(content), false)
		} else {
			res[gk+"content"] = dumpValue{isNil: true}
		}
		// tag:get_style() returns the tag itself when it has no block: the
		// dump then reads nil fields.
		for _, k := range []string{"visible", "transparent", "font_size", "color", "bgcolor"} {
			res[gk+"style."+k] = dumpValue{isNil: true}
		}
		if b := t.Block; b != nil {
			res[gk+"style.visible"] = boolStr(b.Visible())
			res[gk+"style.transparent"] = boolStr(b.Transparent())
			res[gk+"style.font_size"] = dumpValue{isNil: true}
			if b.FontMask != 0 {
				res[gk+"style.font_size"] = num(int64(b.FontSize))
			}
			res[gk+"style.color"] = dumpValue{isNil: true}
			if b.FGMask != 0 {
				res[gk+"style.color"] = str(fmt.Sprintf("%d,%d,%d,%d", b.FG.R, b.FG.G, b.FG.B, b.FG.A), false)
			}
			res[gk+"style.bgcolor"] = dumpValue{isNil: true}
			if b.BGMask != 0 {
				res[gk+"style.bgcolor"] = str(fmt.Sprintf("%d,%d,%d,%d", b.BG.R, b.BG.G, b.BG.B, b.BG.A), false)
			}
		}
		for _, a := range t.Attributes() {
			res[gk+"attr."+a.Name] = str(a.Value, false)
		}
		for _, a := range t.UnknownAttributes() {
			res[gk+"unknown."+a.Name] = str(a.Value, false)
		}
		for _, name := range probeAttrs {
			if v, ok := t.Attribute(name); ok {
				res[gk+"get."+name] = str(v, false)
			}
			if n, ok := t.NumericAttribute(name); ok {
				res[gk+"num."+name] = luaNumber(n)
			}
		}
		res[gk+"content_length"] = num(int64(len(content)))
		res[gk+"children"] = num(int64(len(t.Children)))
		res[gk+"parent"] = dumpValue{isNil: true}
		if t.Parent != nil {
			res[gk+"parent"] = str(t.Parent.Name(), true)
		}
		switch {
		case t.URL != nil:
			res[gk+"extra"] = str(t.URL.String(), false)
		case t.Image != nil:
			res[gk+"extra"] = str("image", false)
		}
		return true
	})
	if len(mid) > 0 {
		res[tk+"tags_md5"] = md5Hex([]byte(strings.Join(mid, "\n")))
	}
	for j, e := range reverseCTA(hc.CTAURLs(part.URLs, 25)) {
		ck := tk + "cta." + strconv.Itoa(j+1) + "."
		res[ck+"url"] = str(e.URL.String(), false)
		res[ck+"weight"] = str(fmt.Sprintf("%.4f", e.Weight), false)
	}
}

// reverseCTA lists CTA entries as text_part:get_cta_urls does: from the end
// of the heap, each URL once.
func reverseCTA(heap []html.CTAEntry) []html.CTAEntry {
	var res []html.CTAEntry
	seen := map[*url.URL]bool{}
	for i := len(heap) - 1; i >= 0; i-- {
		if seen[heap[i].URL] {
			continue
		}
		seen[heap[i].URL] = true
		res = append(res, heap[i])
	}
	return res
}

func TestHTML(t *testing.T) {
	sc := loadScanner(t)
	golden, keys, err := readDump(filepath.Join(htmlGoldenDir, "html.dump"))
	if err != nil {
		t.Fatal(err)
	}
	matched := 0
	cases := caseNumbers(keys)
	byCase := groupCases(golden)
	for _, n := range cases {
		want := byCase[n]
		input := []byte(want["input"].s)
		delete(want, "input")
		got := taskDump(sc, append(append([]byte(nil), input...), '\r', '\n'), "test", true, want)
		parsed := html.Parse(input, &html.Options{Scanner: sc})
		got["parse_html"] = str(string(parsed.Parsed), false)
		diffs := diffMaps(want, got)
		id := "html.dump:" + strconv.Itoa(n)
		_, known := knownDiffs[id]
		switch {
		case len(diffs) == 0 && known:
			t.Errorf("%s (%q) matches now: remove it from knownDiffs", id, input)
			matched++
		case len(diffs) == 0:
			matched++
		case !known:
			sort.Strings(diffs)
			t.Errorf("%s input %q:\n  %s", id, input, strings.Join(diffs, "\n  "))
		}
	}
	t.Logf("html.dump: %d/%d cases match the oracle", matched, len(cases))
}

func TestBody(t *testing.T) {
	sc := loadScanner(t)
	compareDump(t, "body.dump", func(input []byte, want map[string]dumpValue) map[string]dumpValue {
		return taskDump(sc, append(append([]byte(nil), input...), '\r', '\n'), "test", false, want)
	})
}

func TestSubject(t *testing.T) {
	sc := loadScanner(t)
	compareDump(t, "subject.dump", func(input []byte, want map[string]dumpValue) map[string]dumpValue {
		return taskDump(sc, []byte("body\r\n"), string(input), false, want)
	})
}
