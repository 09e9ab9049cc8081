package html

import (
	"github.com/gorspamd/rspamd/internal/cconv"
)

// attrKind is the known attribute an attribute name maps to (upstream's
// html component types); "action" shares the kind of "href".
type attrKind uint8

const (
	attrUnknown attrKind = iota
	attrName
	attrHref
	attrSrc
	attrColor
	attrBGColor
	attrStyle
	attrClass
	attrWidth
	attrHeight
	attrSize
	attrRel
	attrAlt
	attrID
	attrHidden
	attrFontFamily
	attrFontSize
	attrFontWeight
	attrFontStyle
	attrTextAlign
	attrTextDecoration
	attrLineHeight
	attrMargin
	attrMarginTop
	attrMarginBottom
	attrMarginLeft
	attrMarginRight
	attrPadding
	attrPaddingTop
	attrPaddingBottom
	attrPaddingLeft
	attrPaddingRight
	attrBorder
	attrBorderColor
	attrBorderWidth
	attrBorderStyle
	attrDisplay
	attrVisibility
	attrOpacity
	attrMinWidth
	attrMaxWidth
	attrMinHeight
	attrMaxHeight
	attrCellpadding
	attrCellspacing
	attrValign
	attrAlign
	attrType
	attrValue
	attrPlaceholder
	attrDisabled
	attrReadonly
	attrChecked
	attrSelected
	attrTarget
	attrTitle
	attrCharset
	attrContent
	attrHTTPEquiv
	attrRole
	attrTabindex
	attrBackground
	attrBackgroundImage
	attrBackgroundColor
	attrBackgroundRepeat
	attrBackgroundPosition
	attrDataTrack
	attrDataID
	attrDataURL
	attrKindMax
)

// attrNames lists the names of the kinds, in kind order; these are also the
// names get_attribute and get_all_attributes know ("action" is not one).
var attrNames = [attrKindMax]string{
	"", "name", "href", "src", "color", "bgcolor", "style", "class", "width", "height",
	"size", "rel", "alt", "id", "hidden", "font-family", "font-size", "font-weight",
	"font-style", "text-align", "text-decoration", "line-height", "margin", "margin-top",
	"margin-bottom", "margin-left", "margin-right", "padding", "padding-top",
	"padding-bottom", "padding-left", "padding-right", "border", "border-color",
	"border-width", "border-style", "display", "visibility", "opacity", "min-width",
	"max-width", "min-height", "max-height", "cellpadding", "cellspacing", "valign",
	"align", "type", "value", "placeholder", "disabled", "readonly", "checked",
	"selected", "target", "title", "charset", "content", "http-equiv", "role",
	"tabindex", "background", "background-image", "background-color",
	"background-repeat", "background-position", "data-track", "data-id", "data-url",
}

var attrByName = func() map[string]attrKind {
	m := map[string]attrKind{"action": attrHref}
	for k := attrKind(1); k < attrKindMax; k++ {
		m[attrNames[k]] = k
	}
	return m
}()

// flagAttr tells boolean attributes, reported as "true" when present.
func (k attrKind) flagAttr() bool {
	switch k {
	case attrHidden, attrDisabled, attrReadonly, attrChecked, attrSelected:
		return true
	}
	return false
}

// numericKinds are the attributes with a numeric value: unsigned ones
// parsed as rspamd_strtoul, tabindex signed, opacity a float.
var numericKinds = map[string]attrKind{
	"width": attrWidth, "height": attrHeight, "size": attrSize, "font-size": attrFontSize,
	"line-height": attrLineHeight, "border-width": attrBorderWidth, "opacity": attrOpacity,
	"min-width": attrMinWidth, "max-width": attrMaxWidth, "min-height": attrMinHeight,
	"max-height": attrMaxHeight, "cellpadding": attrCellpadding,
	"cellspacing": attrCellspacing, "tabindex": attrTabindex,
}

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
	for k := attrKind(1); k < attrKindMax; k++ {
		if v, ok := t.Attribute(attrNames[k]); ok {
			res = append(res, Attr{Name: attrNames[k], Value: v, kind: k})
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
	k, ok := numericKinds[name]
	if !ok {
		return 0, false
	}
	v, found := t.attr(k)
	if !found {
		return 0, false
	}
	switch k {
	case attrOpacity:
		f, _, _ := cconv.Strtod(v[:min(len(v), 127)]) // g_ascii_strtod of 127 bytes
		return float64(float32(f)), f == f
	case attrTabindex:
		n, ok := cconv.RspamdStrtol(v)
		return float64(int32(n)), ok
	}
	n, ok := cconv.RspamdStrtoul(v)
	return float64(uint32(n)), ok
}
