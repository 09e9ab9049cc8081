package html

import (
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
)

// knownAttrs are the attribute names the parser keeps apart from the others
// (tag:get_attribute and tag:get_all_attributes know them; "action", a
// second name of href, is kept as href but under its own name). They are
// presentational and layout attributes of HTML 4.01 and the CSS properties
// of the same names, form and link attributes, and a few data-* names of
// tracking links.
var knownAttrs = strings.Fields(`
	align alt background background-color background-image
	background-position background-repeat bgcolor border border-color
	border-style border-width cellpadding cellspacing charset checked class
	color content data-id data-track data-url disabled display font-family
	font-size font-style font-weight height hidden href http-equiv id
	line-height margin margin-bottom margin-left margin-right margin-top
	max-height max-width min-height min-width name opacity padding
	padding-bottom padding-left padding-right padding-top placeholder
	readonly rel role selected size src style tabindex target text-align
	text-decoration title type valign value visibility width`)

// attrKind identifies a known attribute name: its position in knownAttrs,
// from 1; attrUnknown is any other name.
type attrKind uint8

const attrUnknown attrKind = 0

var attrByName = func() map[string]attrKind {
	m := make(map[string]attrKind, len(knownAttrs)+1)
	for i, name := range knownAttrs {
		m[name] = attrKind(i + 1)
	}
	m["action"] = m["href"]
	return m
}()

// The attributes the parser looks at.
var (
	attrAlt       = attrByName["alt"]
	attrBGColor   = attrByName["bgcolor"]
	attrClass     = attrByName["class"]
	attrColor     = attrByName["color"]
	attrContent   = attrByName["content"]
	attrHTTPEquiv = attrByName["http-equiv"]
	attrHeight    = attrByName["height"]
	attrHidden    = attrByName["hidden"]
	attrHref      = attrByName["href"]
	attrID        = attrByName["id"]
	attrRel       = attrByName["rel"]
	attrRole      = attrByName["role"]
	attrSrc       = attrByName["src"]
	attrStyle     = attrByName["style"]
	attrTitle     = attrByName["title"]
	attrType      = attrByName["type"]
	attrWidth     = attrByName["width"]
)

// name returns the name of a known attribute.
func (k attrKind) name() string { return knownAttrs[k-1] }

// flagAttr tells boolean attributes, reported as "true" when present.
func (k attrKind) flagAttr() bool {
	switch k.name() {
	case "hidden", "disabled", "readonly", "checked", "selected":
		return true
	}
	return false
}

// numericAttrs are the attributes tag:get_numeric_attribute reads: all
// unsigned integers but tabindex (signed) and opacity (a float).
var numericAttrs = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range strings.Fields(`border-width cellpadding cellspacing
		font-size height line-height max-height max-width min-height min-width
		opacity size tabindex width`) {
		m[name] = true
	}
	return m
}()

// Attr is an attribute of a tag.
type Attr struct {
	Name  string
	Value string
	kind  attrKind
	// offset and len locate the raw value in the input (len 0: none).
	offset, len int
}

// attr returns the first attribute of a kind.
func (t *Tag) attr(k attrKind) (string, bool) {
	for i := range t.Attrs {
		if t.Attrs[i].kind == k {
			return t.Attrs[i].Value, true
		}
	}
	return "", false
}

// Href returns the href (or form action) of the tag.
func (t *Tag) Href() (string, bool) { return t.attr(attrHref) }

// Attribute returns an attribute value as tag:get_attribute does: known
// attributes by their first occurrence ("true" for boolean ones), others
// by name.
func (t *Tag) Attribute(name string) (string, bool) {
	if k, ok := attrByName[name]; ok && name != "action" {
		v, found := t.attr(k)
		if found && k.flagAttr() {
			return "true", true
		}
		return v, found
	}
	for i := range t.Attrs {
		if t.Attrs[i].kind == attrUnknown && t.Attrs[i].Name == name {
			return t.Attrs[i].Value, true
		}
	}
	return "", false
}

// Attributes returns the known attributes (as Attribute gives them) and
// then the unknown ones, as name/value pairs.
func (t *Tag) Attributes() []Attr {
	var res []Attr
	for i, name := range knownAttrs {
		if v, ok := t.Attribute(name); ok {
			res = append(res, Attr{Name: name, Value: v, kind: attrKind(i + 1)})
		}
	}
	return append(res, t.UnknownAttributes()...)
}

// UnknownAttributes returns the attributes without a known kind.
func (t *Tag) UnknownAttributes() []Attr {
	var res []Attr
	for _, a := range t.Attrs {
		if a.kind == attrUnknown {
			res = append(res, a)
		}
	}
	return res
}

// NumericAttribute returns the numeric value of a numeric attribute, as
// tag:get_numeric_attribute does.
func (t *Tag) NumericAttribute(name string) (float64, bool) {
	if !numericAttrs[name] {
		return 0, false
	}
	v, found := t.attr(attrByName[name])
	if !found {
		return 0, false
	}
	switch name {
	case "opacity":
		f, _, _ := cconv.Strtod(v[:min(len(v), 127)]) // g_ascii_strtod of 127 bytes
		return float64(float32(f)), f == f
	case "tabindex":
		n, ok := cconv.RspamdStrtol(v)
		return float64(int32(n)), ok
	}
	n, ok := cconv.RspamdStrtoul(v)
	return float64(uint32(n)), ok
}
