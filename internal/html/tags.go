package html

import (
	"slices"
	"strings"
)

// The element vocabulary of the parser: which names are known elements and
// which properties each one has. Every name is a public HTML element:
//
//   - the 91 elements of the HTML 4.01 specification's index of elements
//     (https://www.w3.org/TR/html401/index/elements.html);
//   - pre-HTML 4 elements that HTML 2.0/3.2 had and HTML Tidy still knows
//     (listing, plaintext, xmp, nextid);
//   - the ruby annotation elements of the W3C Ruby Annotation
//     recommendation / XHTML 1.1 ruby module (rb, rbc, rp, rt, rtc, ruby);
//   - elements the HTML Living Standard added (its index of elements,
//     https://html.spec.whatwg.org/multipage/indices.html#elements-3), plus
//     keygen, which it has since dropped.
//
// The properties are sets of names, mostly taken from the content models of
// the HTML 4.01 DTD (https://www.w3.org/TR/html401/sgml/dtd.html) and from
// HTML Tidy's element table; where the parser deviates from the textbook
// sets (link is not head content, area is block level), the oracle decides:
// compat-tests/golden/4.1.5/html/tags.dump records what rspamd 4.1.5 does
// with every name, and tags_test.go checks the sets against it.
var (
	html401Elements = strings.Fields(`
		a abbr acronym address applet area b base basefont bdo big blockquote
		body br button caption center cite code col colgroup dd del dfn dir
		div dl dt em fieldset font form frame frameset h1 h2 h3 h4 h5 h6 head
		hr html i iframe img input ins isindex kbd label legend li link map
		menu meta noframes noscript object ol optgroup option p param pre q s
		samp script select small span strike strong style sub sup table tbody
		td textarea tfoot th thead title tr tt u ul var`)
	legacyElements = strings.Fields(`listing nextid plaintext xmp`)
	rubyElements   = strings.Fields(`rb rbc rp rt rtc ruby`)
	html5Elements  = strings.Fields(`
		article aside audio bdi canvas data datalist details dialog embed
		figcaption figure footer header hgroup keygen main mark meter nav
		output picture progress section slot source summary svg template time
		track video wbr`)
)

// Properties of elements, kept in Tag.Flags next to the parse marks.
const (
	// elemVoid elements have no content and no closing tag: the HTML 4.01
	// elements declared EMPTY, nextid, and the void elements HTML5 added.
	elemVoid uint32 = 1 << iota
	// elemHead elements describe the document rather than show content;
	// their text is never visible. The parser also gives it to every tag
	// inside <head>.
	elemHead
	// elemBlock elements are block level: text around them goes on lines
	// of its own.
	elemBlock
	// elemTable elements structure a table (everything but the cells).
	elemTable
	// elemCell elements are table cells.
	elemCell
	// elemSingleton elements should occur once per document.
	elemSingleton
	// elemLink elements carry a URL (href or src) the parser extracts.
	elemLink
)

// Marks the parser puts on tags, kept in Tag.Flags next to the
// properties.
const (
	// markXML tags are processing instructions (<?...?>).
	markXML uint32 = 1 << (16 + iota)
	// markClosed tags are complete: closed, self-closing or void.
	markClosed
	// markBroken tags had a malformed name or attribute.
	markBroken
	// markIgnore tags contribute no text.
	markIgnore
	// markComment tags are comments (<!-- -->).
	markComment
	// markVirtual tags were not in the input but implied by it.
	markVirtual
)

// elementSets lists, for each property, the elements that have it.
var elementSets = []struct {
	prop  uint32
	names string
}{
	{elemVoid, `area base basefont br col frame hr img input isindex link meta param
		nextid
		embed keygen source track wbr`},
	// HTML 4.01's head content (title, base and %head.misc;) but link,
	// which is treated as a body element; plus the legacy nextid.
	{elemHead, `base meta nextid object script style title`},
	// HTML 4.01's %block; with the loose DTD's center, dir and menu, ins
	// and del (block or inline there), area (block in HTML Tidy), the
	// legacy listing, plaintext and xmp, and HTML5's sectioning and
	// grouping elements.
	{elemBlock, `address blockquote center dir div dl fieldset form h1 h2 h3 h4 h5 h6
		hr isindex menu noframes noscript ol p pre table ul
		del ins area
		listing plaintext xmp
		article aside details dialog figcaption figure footer header hgroup
		main nav section summary`},
	{elemTable, `caption col colgroup tbody tfoot thead tr`},
	{elemCell, `td th`},
	{elemSingleton, `body head html title`},
	// Hyperlinks, image maps, forms, frames and media sources; img and
	// base have their own handling.
	{elemLink, `a area form frame iframe link map
		audio embed source track video`},
}

// TagID identifies an element. Known elements are numbered from 1 in the
// alphabetical order of their names; unknown elements get negative ids
// derived from their names. The numbers never leave the process.
type TagID int32

// TagUnknown is the id of no element.
const TagUnknown TagID = 0

// brokenTagID is the id of tags whose name could not be read.
const brokenTagID TagID = -1

var (
	// elementNames are the known element names, sorted; the element with
	// id n is elementNames[n-1].
	elementNames, elementProps = buildElements()
	elementIDs                 = indexElements(elementNames)
)

// Elements the parser handles by name.
var (
	tagA        = elementID("a")
	tagArea     = elementID("area")
	tagBase     = elementID("base")
	tagBody     = elementID("body")
	tagBr       = elementID("br")
	tagButton   = elementID("button")
	tagForm     = elementID("form")
	tagHTML     = elementID("html")
	tagHead     = elementID("head")
	tagHr       = elementID("hr")
	tagImg      = elementID("img")
	tagInput    = elementID("input")
	tagLink     = elementID("link")
	tagMeta     = elementID("meta")
	tagNoscript = elementID("noscript")
	tagScript   = elementID("script")
	tagStyle    = elementID("style")
)

// buildElements sorts the vocabulary and computes the properties of each
// element from the property sets.
func buildElements() ([]string, []uint32) {
	names := slices.Concat(html401Elements, legacyElements, rubyElements, html5Elements)
	slices.Sort(names)
	props := make([]uint32, len(names))
	for _, set := range elementSets {
		for _, name := range strings.Fields(set.names) {
			if i, ok := slices.BinarySearch(names, name); ok {
				props[i] |= set.prop
			}
		}
	}
	return names, props
}

func indexElements(names []string) map[string]TagID {
	ids := make(map[string]TagID, len(names))
	for i, name := range names {
		ids[name] = TagID(i + 1)
	}
	return ids
}

// elementID is the id of a name of the vocabulary.
func elementID(name string) TagID { return elementIDs[name] }

// TagByName returns the id of a known element name (lowercase).
func TagByName(name string) (TagID, bool) {
	id, ok := elementIDs[name]
	return id, ok
}

// known reports whether id is a known element.
func (id TagID) known() bool { return id > TagUnknown && int(id) <= len(elementNames) }

// props returns the properties of a known element.
func (id TagID) props() uint32 { return elementProps[id-1] }

// Name returns the name of a known element, "" otherwise.
func (id TagID) Name() string {
	if id.known() {
		return elementNames[id-1]
	}
	return ""
}

// unknownTagID derives the (negative) id of an unknown tag from its name,
// so that closing tags of the same name pair with it.
func unknownTagID(name []byte) TagID {
	h := uint32(2166136261)
	for _, c := range name {
		h ^= uint32(c)
		h *= 16777619
	}
	return TagID(int32(h | 0x80000000))
}
