// Package html is rspamd 4.1.5's tolerant HTML parser (libserver/html):
// a state machine (not the HTML5 algorithm) that balances tags, decodes
// entities, extracts the visible and the invisible text with upstream's
// spacing and newline rules, applies inline styles and <style> sheets
// (internal/css) to find hidden text, collects links (with their displayed
// text, to detect phishing), images (with dimensions and data: URIs),
// features counters and call-to-action weights.
package html

import (
	"github.com/gorspamd/rspamd/internal/css"
	"github.com/gorspamd/rspamd/internal/image"
	"github.com/gorspamd/rspamd/internal/url"
)

// Content flags (RSPAMD_HTML_FLAG_*).
const (
	FlagBadStart = 1 << iota
	FlagBadElements
	FlagXMLContent
	FlagUnbalanced
	FlagUnknownElements
	FlagDuplicateElements
	FlagTooManyTags
	FlagHasDataURLs
	FlagHasZeros
	FlagTooManyAttrs
)

// Image flags.
const (
	ImageEmbedded = 1 << iota
	ImageExternal
	ImageData
)

// Limits.
const (
	maxTags         = 8192
	maxAttrsPerTag  = 128
	maxAttrsPerTask = 65536
)

// Image is an image of the HTML (<img>, <link rel=icon>).
type Image struct {
	Height, Width uint32
	Flags         int
	// Src is the source (without "cid:" for embedded images).
	Src    string
	HasSrc bool
	// URL is the parsed URL of an external image.
	URL *url.URL
	// Tag is the tag of the image.
	Tag *Tag
	// Embedded is the image of a data: URI, or the image part a cid:
	// source refers to (see LinkEmbeddedImages), when recognised.
	Embedded *image.Image
}

// ClosingTag locates the closing tag of an element (-1 when unknown).
type ClosingTag struct{ Start, End int }

// Tag is an element of the parsed HTML.
type Tag struct {
	// Start is the offset of '<' in the input.
	Start int
	// ContentOffset is the offset after the opening tag in the input, and
	// after parsing, in the text the tag's content went to.
	ContentOffset int
	// Flags holds the element's properties and the parser's marks (see
	// FlagNames for what Lua sees of them).
	Flags   uint32
	ID      TagID
	Closing ClosingTag
	Attrs   []Attr
	// URL is the link of the tag (the "extra" of links).
	URL *url.URL
	// Image is the image of the tag (the "extra" of images).
	Image    *Image
	Block    *css.Block
	Children []*Tag
	Parent   *Tag
	Depth    int
}

// Name returns the tag name ("" for unknown tags).
func (t *Tag) Name() string { return t.ID.Name() }

// ContentLength is the length of the tag's text.
func (t *Tag) ContentLength() int {
	if t.Flags&(markIgnore|elemHead) != 0 {
		return 0
	}
	if t.Closing.Start > t.ContentOffset {
		return t.Closing.Start - t.ContentOffset
	}
	return 0
}

// LinkFeatures are the link counters of the HTML features.
type LinkFeatures struct {
	TotalLinks, AffiliatedLinks, UnaffiliatedLinks, ConfusableLikeFromLinks   uint32
	PunycodeLinks, IPLinks, PortLinks, LongQueryLinks, TrackerishLinks        uint32
	DisplayMismatchLinks, JSSchemeLinks, DataSchemeLinks, MailtoLinks         uint32
	HTTPLinks, QueryLinks, SameETLD1Links, DomainsTotal, MaxLinksSingleDomain uint32
}

// Features are the aggregated HTML features (html:get_features()).
type Features struct {
	Version                                                     uint32
	Links                                                       LinkFeatures
	FormsCount, FormsPostUnaffiliated, FormsPostAffiliated      uint32
	HasPasswordInput                                            uint32
	ImagesTotal, ImagesExternal, ImagesData, ImagesTinyExternal uint32
	TagsCount, MaxDOMDepth                                      uint32
	TextVisible, TextHidden, TextTransparent                    uint32
	BlocksHidden, BlocksTransparent, OffscreenBlocks            uint32
	MetaRefresh, MetaRefreshURLs                                uint32
	Flags                                                       uint32
}

// Content is parsed HTML.
type Content struct {
	BaseURL *url.URL
	Root    *Tag
	Flags   int
	// Tags are all the tags in creation order.
	Tags   []*Tag
	Images []*Image
	// Parsed is the visible text.
	Parsed []byte
	// Invisible is the hidden text.
	Invisible []byte
	Features  Features

	tagsSeen        []bool
	css             *css.StyleSheet
	linkDomains     map[string]uint32
	buttonWeights   map[*url.URL]float32
	firstPartyETLD1 string
}

// TagSeen reports whether a known tag name occurs in the HTML.
func (hc *Content) TagSeen(name string) bool {
	id, ok := TagByName(name)
	return ok && hc.seen(id)
}

// seen reports whether the known element id occurred.
func (hc *Content) seen(id TagID) bool {
	return int(id) < len(hc.tagsSeen) && hc.tagsSeen[id]
}

// markSeen records an occurrence of the known element id.
func (hc *Content) markSeen(id TagID) {
	if hc.tagsSeen == nil {
		hc.tagsSeen = make([]bool, len(elementNames)+1)
	}
	hc.tagsSeen[id] = true
}

// HasProperty tells the content flags Lua's html:has_property knows.
func (hc *Content) HasProperty(name string) bool {
	var fl int
	switch name {
	case "no_html", "bad_start":
		fl = FlagBadStart
	case "bad_element", "bad_elements":
		fl = FlagBadElements
	case "xml":
		fl = FlagXMLContent
	case "unknown_element", "unknown_elements":
		fl = FlagUnknownElements
	case "duplicate_element", "duplicate_elements":
		fl = FlagDuplicateElements
	case "unbalanced":
		fl = FlagUnbalanced
	case "data_urls":
		fl = FlagHasDataURLs
	}
	return hc.Flags&fl != 0
}

// TagContent returns the text of a tag (tag:get_content()).
func (hc *Content) TagContent(t *Tag) []byte {
	dest := hc.Parsed
	if t.Block != nil && !t.Block.Visible() {
		dest = hc.Invisible
	}
	clen := t.ContentLength()
	if t.ContentOffset < len(dest) {
		if len(dest)-t.ContentOffset >= clen {
			return dest[t.ContentOffset : t.ContentOffset+clen]
		}
		return dest[t.ContentOffset:]
	}
	return nil
}

// EachTag calls fn for every tag that is not XML or virtual, in creation
// order, until fn returns false (html:foreach_tag).
func (hc *Content) EachTag(fn func(*Tag) bool) {
	for _, t := range hc.Tags {
		if t.Flags&(markXML|markVirtual) != 0 {
			continue
		}
		if !fn(t) {
			return
		}
	}
}

// ButtonWeight returns the call-to-action weight of a URL of the HTML.
func (hc *Content) ButtonWeight(u *url.URL) float32 { return hc.buttonWeights[u] }

// LinkEmbeddedImages links the cid: images of the HTML with the image
// parts of the message, by Content-Id (without angle brackets), as
// rspamd_images_link does: each side points to the other, and the part's
// dimensions fill those the HTML did not give.
func (hc *Content) LinkEmbeddedImages(byCID map[string]*image.Image) {
	for _, img := range hc.Images {
		if img.Flags&ImageEmbedded == 0 || !img.HasSrc {
			continue
		}
		part, ok := byCID[img.Src]
		if !ok || part == nil {
			continue
		}
		part.HTML = img
		img.Embedded = part
		if img.Height == 0 {
			img.Height = part.Height
		}
		if img.Width == 0 {
			img.Width = part.Width
		}
	}
}

// Structure describes the tag tree as upstream's html_debug_structure
// ("+html;++body;..."), skipping virtual and ignored tags.
func (hc *Content) Structure() string {
	if hc.Root == nil {
		return ""
	}
	type item struct {
		t     *Tag
		level int
	}
	var out []byte
	stack := []item{{hc.Root, 1}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		level := it.level
		if it.t.Flags&(markVirtual|markIgnore) == 0 {
			for i := 0; i < level; i++ {
				out = append(out, '+')
			}
			switch {
			case it.t.Flags&markXML != 0:
				out = append(out, "xml"...)
			case it.t.Name() != "":
				out = append(out, it.t.Name()...)
			default:
				out = append(out, "unknown"...)
			}
			out = append(out, ';')
			level++
		}
		for i := len(it.t.Children) - 1; i >= 0; i-- {
			stack = append(stack, item{it.t.Children[i], level})
		}
	}
	return string(out)
}

// FlagNames lists the flags of a tag as tag:get_flags() does. The oracle
// says "unbalanced" for every block-level element, balanced or not (see
// compat-tests/golden/4.1.5/html/tags.dump), so that is what it means here.
func (t *Tag) FlagNames() []string {
	var res []string
	for _, f := range []struct {
		bit  uint32
		name string
	}{{elemLink, "href"}, {markClosed, "closed"}, {markBroken, "broken"}, {markXML, "xml"},
		{elemBlock, "unbalanced"}} {
		if t.Flags&f.bit != 0 {
			res = append(res, f.name)
		}
	}
	return res
}
