package html

import (
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/css"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/image"
	"github.com/gorspamd/rspamd/internal/url"
)

// processOpening links an opening tag into the tree and handles links,
// images, styles and features (upstream's process_opening_tag).
func (ps *htmlParser) processOpening() {
	hc := ps.hc
	cur := ps.cur
	if cur.ID.known() {
		// The oracle reports a duplicate on the first occurrence of a
		// singleton element, not on the later ones.
		if cur.Flags&elemSingleton != 0 && !hc.seen(cur.ID) {
			hc.Flags |= FlagDuplicateElements
		}
		hc.markSeen(cur.ID)
	}
	switch cur.ID {
	case tagForm:
		ps.formFeatures(cur)
	case tagMeta:
		ps.metaFeatures(cur)
	case tagInput:
		if v, ok := cur.attr(attrType); ok && encoding.EqualFoldASCII(v, "password") {
			hc.Features.HasPasswordInput = 1
		}
	}

	pt := ps.parent
	for pt != nil && pt.Flags&markClosed != 0 {
		pt = pt.Parent
	}
	switch {
	case pt != nil && pt != cur:
		cur.Parent = pt
		ps.parent = pt
		pt.Children = append(pt.Children, cur)
	case hc.Root != nil:
		if cur != hc.Root {
			cur.Parent = hc.Root
			hc.Root.Children = append(hc.Root.Children, cur)
			ps.parent = hc.Root
		}
	case cur.ID == tagHTML:
		hc.Root = cur
	default:
		if top := ps.alloc(markVirtual); top != nil {
			top.Start = 0
			top.ID = tagHTML
			top.ContentOffset = 0
			top.Children = append(top.Children, cur)
			cur.Parent = top
			hc.Root = top
			ps.parent = top
		}
	}

	if cur.Flags&elemLink != 0 && ps.docState == docBody {
		ps.processLink(cur)
	} else if cur.ID == tagBase {
		if u := ps.urlOfTag(cur); u != nil {
			cur.URL = u
			cur.Flags |= elemLink
			if hc.BaseURL == nil {
				hc.BaseURL = u
			}
		}
	}
	switch cur.ID {
	case tagImg:
		ps.processImage(cur)
	case tagLink:
		if rel, ok := cur.attr(attrRel); ok && rel == "icon" {
			ps.processImage(cur)
		}
	}

	hc.Features.TagsCount++
	if cur.Parent != nil {
		cur.Depth = cur.Parent.Depth + 1
	}
	if uint32(cur.Depth) > hc.Features.MaxDOMDepth {
		hc.Features.MaxDOMDepth = uint32(cur.Depth)
	}
	if cur.Flags&elemVoid == 0 {
		ps.processBlock(cur)
	} else {
		cur.Flags |= markClosed
	}
	if cur.Flags&markClosed != 0 {
		cur.Closing = ClosingTag{cur.Start, cur.ContentOffset}
		ps.cur = ps.parent
	}
}

// processLink parses the link of a tag and adds it to the message.
func (ps *htmlParser) processLink(cur *Tag) {
	hc := ps.hc
	u := ps.urlOfTag(cur)
	if u == nil {
		return
	}
	if set := ps.set(); set != nil {
		ex := set.AddOrReturn(u, ps.maxURLs())
		switch {
		case ex == nil:
			u = nil
		case ex == u:
			if ps.opts.Message != nil {
				u.Order = ps.opts.Message.NextOrder()
			}
			u.PartOrder = ps.partOrder
			ps.partOrder++
			ps.processQueryURL(u)
		default:
			u = ex
			cur.URL = ex
			u.Count++
		}
	}
	if u == nil {
		return
	}
	ps.addPartURL(u)
	lf := &hc.Features.Links
	lf.TotalLinks++
	if u.Flags&url.FlagIDN != 0 {
		lf.PunycodeLinks++
	}
	if u.Flags&url.FlagNumeric != 0 {
		lf.IPLinks++
	}
	if u.Flags&url.FlagHasPort != 0 {
		lf.PortLinks++
	}
	if u.Flags&url.FlagQuery != 0 && len(u.Query()) > 64 {
		lf.LongQueryLinks++
	}
	switch u.Protocol {
	case url.ProtoMailto:
		lf.MailtoLinks++
	case url.ProtoHTTP, url.ProtoHTTPS:
		lf.HTTPLinks++
	case url.ProtoUnknown:
		raw := u.Raw()
		if len(raw) >= 5 {
			if encoding.EqualFoldASCII(raw[:5], "data:") {
				lf.DataSchemeLinks++
			} else if len(raw) >= 11 && encoding.EqualFoldASCII(raw[:11], "javascript:") {
				lf.JSSchemeLinks++
			}
		}
	}
	if host := u.Host(); host != "" {
		if hc.linkDomains == nil {
			hc.linkDomains = map[string]uint32{}
		}
		hc.linkDomains[host]++
		if cnt := hc.linkDomains[host]; cnt > lf.MaxLinksSingleDomain {
			lf.MaxLinksSingleDomain = cnt
		}
		if hc.firstPartyETLD1 != "" {
			if e := etld1(ps.opts.Scanner, []byte(host)); e != "" && encoding.EqualFoldASCII(e, hc.firstPartyETLD1) {
				lf.SameETLD1Links++
			}
		}
	}
	if len(u.Query()) > 0 {
		lf.QueryLinks++
	}
}

func (ps *htmlParser) addPartURL(u *url.URL) {
	if ps.opts.Part != nil {
		ps.opts.Part.URLs = append(ps.opts.Part.URLs, u)
	}
}

// processQueryURL adds the URLs embedded in the query of a link
// (html_process_query_url) and then the link itself to the part.
func (ps *htmlParser) processQueryURL(u *url.URL) {
	if len(u.Query()) > 0 {
		parent := u.Flags
		ps.opts.Scanner.FindInQuery(u, url.FindAll, ps.filter, func(q *url.URL, _, _ int) bool {
			if q.Protocol == url.ProtoMailto && q.User() == "" {
				return false
			}
			q.Flags |= url.FlagQuery | parent&url.PropagateMask
			if q.Linked == nil {
				q.Linked = u
			}
			if ps.set().Add(q, false, ps.maxURLs()) {
				ps.addPartURL(q)
			}
			return true
		})
	}
	ps.addPartURL(u)
}

// urlOfTag parses the href of a tag, resolving it against <base>
// (html_process_url_tag).
func (ps *htmlParser) urlOfTag(tag *Tag) *url.URL {
	href, ok := tag.Href()
	if !ok {
		return nil
	}
	// Relative links (even "/path") are appended to the base URL text.
	if base := ps.hc.BaseURL; base != nil && !isAbsoluteURL(href) {
		if len(href) >= len("data:")+1 && encoding.EqualFoldASCII(href[:5], "data:") {
			return nil
		}
		sep := ""
		if base.Path() == "" {
			sep = "/"
		}
		href = base.String() + sep + href
	}
	u := ProcessURL(ps.opts.Scanner, []byte(href), ps.filter)
	if u == nil {
		return nil
	}
	if tag.ID != tagA {
		u.Flags |= url.FlagSpecial
	}
	if tag.URL == nil && tag.Image == nil {
		tag.URL = u
	}
	return u
}

// isAbsoluteURL tells hrefs with a scheme ("mailto:" or "x:/").
func isAbsoluteURL(s string) bool {
	i := 0
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	if i == len(s) || i == 0 || s[i] != ':' {
		return false
	}
	if s[:i] == "mailto" {
		return true
	}
	return i+1 < len(s) && (s[i+1] == '/' || s[i+1] == '\\')
}

// processImage handles <img> and <link rel=icon>.
func (ps *htmlParser) processImage(tag *Tag) {
	hc := ps.hc
	img := &Image{Tag: tag}
	src, ok := tag.attr(attrSrc)
	if !ok {
		src, ok = tag.Href()
	}
	if ok && len(src) > 0 {
		img.Src, img.HasSrc = src, true
		switch {
		case len(src) > 4 && src[:4] == "cid:":
			img.Src = src[4:]
			img.Flags |= ImageEmbedded
		case len(src) > 5 && src[:5] == "data:":
			img.Flags |= ImageEmbedded | ImageData
			ps.processDataImage(img, src)
			hc.Flags |= FlagHasDataURLs
		default:
			img.Flags |= ImageExternal
			if u := ProcessURL(ps.opts.Scanner, []byte(src), ps.filter); u != nil {
				img.URL = u
				u.Flags |= url.FlagImage
				if set := ps.set(); set != nil {
					switch ex := set.AddOrReturn(u, ps.maxURLs()); {
					case ex == nil:
					case ex != u:
						ex.Flags |= u.Flags
						ex.Count++
					default:
						ps.addPartURL(u)
					}
				} else {
					ps.addPartURL(u)
				}
			}
		}
	}
	if h, ok := tag.attr(attrHeight); ok {
		if n, ok := cconv.RspamdStrtoul(h); ok {
			img.Height = uint32(n)
		}
	}
	if w, ok := tag.attr(attrWidth); ok {
		if n, ok := cconv.RspamdStrtoul(w); ok {
			img.Width = uint32(n)
		}
	}
	if style, ok := tag.attr(attrStyle); ok {
		if img.Height == 0 {
			if v, ok := styleDimension(style, "height"); ok {
				img.Height = v
			}
		}
		if img.Width == 0 {
			if v, ok := styleDimension(style, "width"); ok {
				img.Width = v
			}
		}
	}
	if img.Embedded != nil {
		if img.Height == 0 {
			img.Height = img.Embedded.Height
		}
		if img.Width == 0 {
			img.Width = img.Embedded.Width
		}
	}
	hc.Images = append(hc.Images, img)
	f := &hc.Features
	f.ImagesTotal++
	if img.Flags&ImageData != 0 {
		f.ImagesData++
	}
	if img.Flags&ImageExternal != 0 {
		f.ImagesExternal++
		if img.Width > 0 && img.Height > 0 && img.Width*img.Height <= 4 {
			f.ImagesTinyExternal++
		}
	}
	if tag.URL == nil && tag.Image == nil {
		tag.Image = img
	}
}

// styleDimension finds "<name>" in a style (caseless) and reads the digits
// that follow it after spaces, '=' or ':'.
func styleDimension(style, name string) (uint32, bool) {
	pos := indexFold(style, name)
	if pos < 0 {
		return 0, false
	}
	rest := style[pos+len(name):]
	for i := 0; i < len(rest); i++ {
		t := rest[i]
		if isDigit(t) {
			j := i
			for j < len(rest) && isDigit(rest[j]) {
				j++
			}
			if v, ok := cconv.RspamdStrtoul(rest[i:j]); ok {
				return uint32(v), true
			}
			return 0, false
		}
		if !isSpace(t) && t != '=' && t != ':' {
			break
		}
	}
	return 0, false
}

// indexFold is an ASCII case-insensitive strings.Index.
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if encoding.EqualFoldASCII(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// processDataImage decodes a base64 data: URI image.
func (ps *htmlParser) processDataImage(img *Image, src string) {
	semi := strings.IndexByte(src, ';')
	if semi < 0 {
		return
	}
	rest := src[semi:]
	if len(rest) <= len(";base64,") || rest[1:8] != "base64," {
		return
	}
	data, _ := encoding.DecodeBase64(src[semi+8:])
	img.Embedded = image.Parse("", data)
}

// processBlock compiles the inline style and the color attributes of a tag.
func (ps *htmlParser) processBlock(tag *Tag) {
	var fg, bg css.Color
	hasFG, hasBG := false, false
	if v, ok := tag.attr(attrColor); ok {
		fg, hasFG = css.ColorFromString(v)
	}
	if v, ok := tag.attr(attrBGColor); ok {
		bg, hasBG = css.ColorFromString(v)
	}
	if style, ok := tag.attr(attrStyle); ok {
		tag.Block = css.ParseDeclaration(style)
	}
	_, hidden := tag.attr(attrHidden)
	if tag.Block == nil {
		tag.Block = ps.newBlock()
	}
	if hidden {
		tag.Block.SetVisible(false, css.MaskSet)
	}
	if hasFG {
		tag.Block.SetFG(fg, css.MaskSet)
	}
	if hasBG {
		tag.Block.SetBG(bg, css.MaskSet)
	}
	if tag.Block.Offscreen {
		ps.hc.Features.OffscreenBlocks++
	}
}

func (ps *htmlParser) formFeatures(tag *Tag) {
	f := &ps.hc.Features
	f.FormsCount++
	href, ok := tag.Href()
	if !ok || !isAbsoluteURL(href) {
		return
	}
	u := ProcessURL(ps.opts.Scanner, []byte(href), ps.filter)
	if u == nil || u.Host() == "" {
		return
	}
	e := etld1(ps.opts.Scanner, []byte(u.Host()))
	if e == "" {
		return
	}
	if ps.hc.firstPartyETLD1 != "" && encoding.EqualFoldASCII(e, ps.hc.firstPartyETLD1) {
		f.FormsPostAffiliated++
	} else {
		f.FormsPostUnaffiliated++
	}
}

func (ps *htmlParser) metaFeatures(tag *Tag) {
	f := &ps.hc.Features
	hv, ok := tag.attr(attrHTTPEquiv)
	if !ok || !encoding.EqualFoldASCII(hv, "refresh") {
		return
	}
	f.MetaRefresh++
	cv, ok := tag.attr(attrContent)
	if !ok {
		return
	}
	p := indexFold(cv, "url=")
	if p < 0 {
		return
	}
	v := cv[p+4:]
	v = strings.TrimLeft(v, " \t\n\v\f\r'\"")
	v = strings.TrimRight(v, " \t\n\v\f\r;'\"")
	if v == "" {
		return
	}
	if ProcessURL(ps.opts.Scanner, []byte(v), ps.filter) != nil {
		f.MetaRefreshURLs++
	}
}
