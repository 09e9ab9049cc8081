package luaapi

import (
	"bytes"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/css"
	"github.com/gorspamd/rspamd/internal/html"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd{html} and rspamd{html_tag} (upstream's lua_html.cxx) over
// internal/html, with the functions that parse HTML outside a task:
// rspamd_util.parse_html, rspamd_util.decode_html_entities and
// rspamd_parsers.parse_html / parse_html_content.

const (
	htmlClass    = "rspamd{html}"
	htmlTagClass = "rspamd{html_tag}"
)

// htmlTag is the value of an rspamd{html_tag}: a tag and the content it
// belongs to (nil for the tags of get_images' tables, as upstream).
type htmlTag struct {
	hc  *html.Content
	tag *html.Tag
}

func init() {
	defineClass(htmlClass, htmlMethods, nil)
	defineClass(htmlTagClass, htmlTagMethods, nil)
	parseHTML := func(rt *Runtime) lua.Function {
		return func(s *lua.State) int {
			in, ok := rt.textOrString(s, 1)
			if !ok {
				s.PushNil()
				return 1
			}
			rt.PushOwnedText(s, rt.parseHTML(in).Parsed)
			return 1
		}
	}
	defineUtil("parse_html", parseHTML)
	defineParser("parse_html", parseHTML)
	defineParser("parse_html_content", func(rt *Runtime) lua.Function {
		return func(s *lua.State) int {
			in, ok := rt.textOrString(s, 1)
			if s.Type(2) != lua.TypeUserdata {
				return s.Errorf("invalid arguments: mempool expected as second argument")
			}
			rt.MempoolArg(s, 2)
			if !ok {
				s.PushNil()
				return 1
			}
			rt.PushHTML(s, rt.parseHTML(in))
			return 1
		}
	})
	defineUtil("decode_html_entities", func(rt *Runtime) lua.Function {
		return func(s *lua.State) int {
			in, ok := rt.textOrString(s, 1)
			if !ok || len(in) == 0 {
				s.PushNil()
				return 1
			}
			out := bytes.Clone(in)
			rt.PushOwnedText(s, out[:html.DecodeEntities(out, false)])
			return 1
		}
	})
}

// parseHTML parses HTML outside a task, as rspamd_html_process_part does:
// no URL set, no style sheets, no length limit.
func (rt *Runtime) parseHTML(in []byte) *html.Content {
	return html.Parse(bytes.Clone(in), &html.Options{Scanner: rt.URLScanner()})
}

// PushHTML pushes hc as an rspamd{html}.
func (rt *Runtime) PushHTML(s *lua.State, hc *html.Content) {
	s.PushUserdata(rt.Class(htmlClass), hc)
}

// HTMLArg returns the HTML content at narg, raising "'html' expected" for
// any other value.
func (rt *Runtime) HTMLArg(s *lua.State, narg int) *html.Content {
	return lua.Check[*html.Content](s, narg, rt.Class(htmlClass))
}

// pushHTMLTag pushes t as an rspamd{html_tag} of hc.
func (rt *Runtime) pushHTMLTag(s *lua.State, hc *html.Content, t *html.Tag) {
	s.PushUserdata(rt.Class(htmlTagClass), &htmlTag{hc: hc, tag: t})
}

// pushHTMLImage pushes the table upstream's lua_html_push_image makes.
func (rt *Runtime) pushHTMLImage(s *lua.State, img *html.Image) {
	s.NewTable(0, 7)
	if img.HasSrc {
		src := cconv.CString(img.Src)
		if img.Flags&html.ImageData != 0 {
			rt.PushText(s, []byte(src))
		} else {
			s.PushString(src)
		}
		s.SetField(-2, "src")
	}
	if img.URL != nil {
		rt.PushURL(s, img.URL)
		s.SetField(-2, "url")
	}
	if img.Tag != nil {
		rt.pushHTMLTag(s, nil, img.Tag)
		s.SetField(-2, "tag")
	}
	s.PushInteger(int64(img.Height))
	s.SetField(-2, "height")
	s.PushInteger(int64(img.Width))
	s.SetField(-2, "width")
	s.PushBool(img.Flags&html.ImageEmbedded != 0)
	s.SetField(-2, "embedded")
	s.PushBool(img.Flags&html.ImageData != 0)
	s.SetField(-2, "data")
}

// setInt sets t[k] = v for the table on top.
func setInt(s *lua.State, k string, v uint32) {
	s.PushInteger(int64(v))
	s.SetField(-2, k)
}

func htmlMethods(rt *Runtime) []lua.Reg {
	return []lua.Reg{
		{Name: "has_tag", Func: func(s *lua.State) int {
			hc := rt.HTMLArg(s, 1)
			s.PushBool(hc.TagSeen(s.CheckString(2)))
			return 1
		}},
		{Name: "has_property", Func: func(s *lua.State) int {
			hc := rt.HTMLArg(s, 1)
			s.PushBool(hc.HasProperty(s.CheckString(2)))
			return 1
		}},
		{Name: "get_images", Func: func(s *lua.State) int {
			hc := rt.HTMLArg(s, 1)
			s.NewTable(len(hc.Images), 0)
			for i, img := range hc.Images {
				rt.pushHTMLImage(s, img)
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "foreach_tag", Func: rt.htmlForeachTag},
		{Name: "get_invisible", Func: func(s *lua.State) int {
			rt.PushText(s, rt.HTMLArg(s, 1).Invisible)
			return 1
		}},
		{Name: "get_features", Func: func(s *lua.State) int {
			pushHTMLFeatures(s, &rt.HTMLArg(s, 1).Features)
			return 1
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// pushHTMLFeatures pushes the table of html:get_features().
func pushHTMLFeatures(s *lua.State, f *html.Features) {
	s.NewTable(0, 16)
	setInt(s, "version", f.Version)
	l := &f.Links
	s.NewTable(0, 20)
	for _, v := range []struct {
		k string
		v uint32
	}{
		{"total_links", l.TotalLinks}, {"affiliated_links", l.AffiliatedLinks},
		{"unaffiliated_links", l.UnaffiliatedLinks}, {"confusable_like_from_links", l.ConfusableLikeFromLinks},
		{"punycode_links", l.PunycodeLinks}, {"ip_links", l.IPLinks}, {"port_links", l.PortLinks},
		{"long_query_links", l.LongQueryLinks}, {"trackerish_links", l.TrackerishLinks},
		{"display_mismatch_links", l.DisplayMismatchLinks}, {"js_scheme_links", l.JSSchemeLinks},
		{"data_scheme_links", l.DataSchemeLinks}, {"mailto_links", l.MailtoLinks},
		{"http_links", l.HTTPLinks}, {"query_links", l.QueryLinks}, {"same_etld1_links", l.SameETLD1Links},
		{"domains_total", l.DomainsTotal}, {"max_links_single_domain", l.MaxLinksSingleDomain},
	} {
		setInt(s, v.k, v.v)
	}
	s.SetField(-2, "links")
	for _, v := range []struct {
		k string
		v uint32
	}{
		{"forms_count", f.FormsCount}, {"forms_post_unaffiliated", f.FormsPostUnaffiliated},
		{"forms_post_affiliated", f.FormsPostAffiliated}, {"has_password_input", f.HasPasswordInput},
		{"images_total", f.ImagesTotal}, {"images_external", f.ImagesExternal},
		{"images_data", f.ImagesData}, {"images_tiny_external", f.ImagesTinyExternal},
		{"tags_count", f.TagsCount}, {"max_dom_depth", f.MaxDOMDepth},
		{"text_visible", f.TextVisible}, {"text_hidden", f.TextHidden},
		{"text_transparent", f.TextTransparent}, {"blocks_hidden", f.BlocksHidden},
		{"blocks_transparent", f.BlocksTransparent}, {"offscreen_blocks", f.OffscreenBlocks},
		{"meta_refresh", f.MetaRefresh}, {"meta_refresh_urls", f.MetaRefreshURLs},
		{"flags", f.Flags},
	} {
		setInt(s, v.k, v.v)
	}
}

// htmlForeachTag is html:foreach_tag(names, callback): callback(tag,
// content_length, is_leaf) for each tag of the given types ("any" for
// all) until it returns true.
func (rt *Runtime) htmlForeachTag(s *lua.State) int {
	hc := rt.HTMLArg(s, 1)
	all := false
	tags := map[html.TagID]bool{}
	add := func(name string) int {
		if name == "any" {
			all = true
			return 0
		}
		id, ok := html.TagByName(name)
		if !ok {
			return s.Errorf("invalid tagname: %s", name)
		}
		tags[id] = true
		return 0
	}
	switch s.Type(2) {
	case lua.TypeString:
		if st := add(s.CheckString(2)); st != 0 {
			return st
		}
	case lua.TypeTable:
		// upstream iterates over a copy of the table and checks each
		// name at -1, which luaL_typerror counts once it has pushed its
		// message: a bad name is reported as argument top+1
		s.PushValue(2)
		for s.PushNil(); s.Next(-2); s.Pop(1) {
			top := s.GetTop()
			if t := s.Type(top); t != lua.TypeString && t != lua.TypeNumber {
				return s.ArgError(top+1, "string expected, got "+s.TypeName(top))
			}
			name, _ := s.ToString(top)
			if st := add(name); st != 0 {
				return st
			}
		}
		s.Pop(1)
	}
	if !all && len(tags) == 0 || !s.IsFunction(3) {
		return s.Errorf("invalid arguments")
	}
	hc.EachTag(func(t *html.Tag) bool {
		if !all && !tags[t.ID] {
			return true
		}
		top := s.GetTop()
		defer s.SetTop(top)
		s.PushValue(3)
		rt.pushHTMLTag(s, hc, t)
		s.PushInteger(int64(len(hc.TagContent(t))))
		s.PushBool(len(t.Children) == 0)
		if err := s.PCall(3, 1); err != nil {
			rt.log().Logf(logger.LevelCritical, "", "", false, "lua_html_foreach_tag",
				"error in foreach_tag callback: %s", luaErrorDetail(err))
			return false
		}
		return !s.ToBool(-1)
	})
	return 0
}

// pushHTMLBlock pushes the table of tag:get_style().
func pushHTMLBlock(s *lua.State, b *css.Block) {
	s.NewTable(0, 6)
	color := func(k string, c css.Color) {
		s.NewTable(4, 0)
		for i, v := range []uint8{c.R, c.G, c.B, c.A} {
			s.PushInteger(int64(v))
			s.RawSetInt(-2, i+1)
		}
		s.SetField(-2, k)
	}
	if b.FGMask != 0 {
		color("color", b.FG)
	}
	if b.BGMask != 0 {
		color("bgcolor", b.BG)
	}
	if b.FontMask != 0 {
		s.PushInteger(int64(b.FontSize))
		s.SetField(-2, "font_size")
	}
	s.PushBool(b.Visible())
	s.SetField(-2, "visible")
	s.PushBool(b.Transparent())
	s.SetField(-2, "transparent")
}

// pushAttrs pushes a table of attribute values by name.
func pushAttrs(s *lua.State, attrs []html.Attr) {
	s.NewTable(0, len(attrs))
	for _, a := range attrs {
		s.PushString(a.Name)
		s.PushString(a.Value)
		s.SetTable(-3)
	}
}

func htmlTagMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *htmlTag {
		return lua.Check[*htmlTag](s, 1, rt.Class(htmlTagClass))
	}
	return []lua.Reg{
		{Name: "get_type", Func: func(s *lua.State) int {
			pushNonEmpty(s, check(s).tag.Name())
			return 1
		}},
		{Name: "get_extra", Func: func(s *lua.State) int {
			switch t := check(s).tag; {
			case t.Image != nil:
				rt.pushHTMLImage(s, t.Image)
			case t.URL != nil:
				rt.PushURL(s, t.URL)
			default:
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_parent", Func: func(s *lua.State) int {
			lt := check(s)
			if lt.tag.Parent != nil {
				rt.pushHTMLTag(s, lt.hc, lt.tag.Parent)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_flags", Func: func(s *lua.State) int {
			pushStringArray(s, check(s).tag.FlagNames())
			return 1
		}},
		{Name: "get_content", Func: func(s *lua.State) int {
			lt := check(s)
			if lt.hc != nil {
				if ct := lt.hc.TagContent(lt.tag); len(ct) > 0 {
					rt.PushText(s, ct)
					return 1
				}
			}
			s.PushNil()
			return 1
		}},
		{Name: "get_content_length", Func: func(s *lua.State) int {
			lt := check(s)
			if lt.hc != nil {
				s.PushInteger(int64(len(lt.hc.TagContent(lt.tag))))
			} else {
				s.PushInteger(int64(lt.tag.ContentLength()))
			}
			return 1
		}},
		{Name: "get_style", Func: func(s *lua.State) int {
			if b := check(s).tag.Block; b != nil {
				pushHTMLBlock(s, b)
			} else {
				// upstream pushes nothing: the top of the stack (the
				// last argument) is returned
				s.PushValue(s.GetTop())
			}
			return 1
		}},
		{Name: "get_attribute", Func: func(s *lua.State) int {
			t := check(s).tag
			if v, ok := t.Attribute(s.CheckString(2)); ok {
				s.PushString(v)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_all_attributes", Func: func(s *lua.State) int {
			pushAttrs(s, check(s).tag.Attributes())
			return 1
		}},
		{Name: "get_unknown_attributes", Func: func(s *lua.State) int {
			pushAttrs(s, check(s).tag.UnknownAttributes())
			return 1
		}},
		{Name: "get_children", Func: func(s *lua.State) int {
			lt := check(s)
			s.NewTable(len(lt.tag.Children), 0)
			for i, c := range lt.tag.Children {
				rt.pushHTMLTag(s, lt.hc, c)
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "has_attribute", Func: func(s *lua.State) int {
			t := check(s).tag
			_, ok := t.Attribute(s.CheckString(2))
			s.PushBool(ok)
			return 1
		}},
		{Name: "get_numeric_attribute", Func: func(s *lua.State) int {
			t := check(s).tag
			if v, ok := t.NumericAttribute(s.CheckString(2)); ok {
				s.PushNumber(v)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}
