package css

import "math"

type property uint8

const (
	propFont property = iota
	propFontColor
	propFontSize
	propColor
	propBGColor
	propBackground
	propHeight
	propWidth
	propMaxHeight
	propMaxWidth
	propDisplay
	propVisibility
	propOpacity
	propOverflow
	propPosition
	propLeft
	propTop
	propTextIndent
	propClip
	propClipPath
	propNYI
)

var propertyNames = map[string]property{
	"font": propFont, "font-color": propFontColor, "font-size": propFontSize,
	"color": propColor, "bgcolor": propBGColor, "background-color": propBGColor,
	"background": propBackground, "height": propHeight, "width": propWidth,
	"max-height": propMaxHeight, "max-width": propMaxWidth, "display": propDisplay,
	"visibility": propVisibility, "opacity": propOpacity, "overflow": propOverflow,
	"position": propPosition, "left": propLeft, "top": propTop,
	"text-indent": propTextIndent, "clip": propClip, "clip-path": propClipPath,
}

func (p property) isColor() bool {
	return p == propColor || p == propBackground || p == propBGColor || p == propFontColor || p == propFont
}

func (p property) isDimension() bool {
	switch p {
	case propHeight, propWidth, propMaxHeight, propMaxWidth, propLeft, propTop,
		propTextIndent, propFontSize, propFont:
		return true
	}
	return false
}

// rule is a property with its values (upstream's css_rule); rules are
// shared between the declaration blocks they were merged into.
type rule struct {
	prop   property
	values []value
}

// overrideValues replaces the values of the same kinds as other's and
// appends the kinds this rule lacks.
func (r *rule) overrideValues(other *rule) {
	bits := 0
	for _, v := range r.values {
		bits |= 1 << v.typ
	}
	for _, ov := range other.values {
		if bits&(1<<ov.typ) != 0 {
			for i := range r.values {
				if r.values[i].typ == ov.typ {
					r.values[i] = ov
				}
			}
		}
	}
	for _, ov := range other.values {
		if bits&(1<<ov.typ) == 0 {
			r.values = append(r.values, ov)
		}
	}
}

// mergeValues appends other's values of kinds this rule lacks.
func (r *rule) mergeValues(other *rule) {
	bits := 0
	for _, v := range r.values {
		bits |= 1 << v.typ
	}
	for _, ov := range other.values {
		if bits&(1<<ov.typ) == 0 {
			r.values = append(r.values, ov)
		}
	}
}

// declarations is an insertion-ordered set of rules keyed by property.
type declarations struct {
	rules []*rule
}

func (d *declarations) find(p property) *rule {
	for _, r := range d.rules {
		if r.prop == p {
			return r
		}
	}
	return nil
}

// addRule adds a rule; a later declaration of the same property overrides
// the earlier one (rules never carry !important flags: upstream records
// them on a copy of the property).
func (d *declarations) addRule(r *rule) bool {
	if len(r.values) == 0 {
		return false
	}
	if local := d.find(r.prop); local != nil {
		local.overrideValues(r)
		return true
	}
	d.rules = append(d.rules, r)
	return true
}

// mergeBlock merges a sheet's duplicate selector declarations.
func (d *declarations) mergeBlock(other *declarations) {
	for _, r := range other.rules {
		if d.find(r.prop) != nil {
			d.addRule(r)
		} else {
			d.rules = append(d.rules, r)
		}
	}
}

func dimensionOf(t *token) value {
	return value{typ: valueDimension, dim: Dimension{Dim: t.num, Percent: t.flags&flagPercent != 0}}
}

// clipHides tells whether a clip or clip-path function collapses the
// element to nothing.
func clipHides(f *block) bool {
	num := func(a *block) (float32, bool, bool) {
		t := a.token()
		if t.kind == valNumber {
			return t.num, t.flags&flagPercent != 0, true
		}
		return 0, false, false
	}
	switch f.tok.stringOr("") {
	case "rect":
		seen := false
		for _, a := range f.children {
			if v, _, ok := num(a); ok {
				seen = true
				if float32(math.Abs(float64(v))) > 1 {
					return false
				}
			}
		}
		return seen
	case "inset":
		for _, a := range f.children {
			if v, pct, ok := num(a); ok {
				return pct && v >= 50
			}
		}
	case "circle", "ellipse":
		for _, a := range f.children {
			if v, _, ok := num(a); ok {
				return v <= 0
			}
		}
	}
	return false
}

// propertyValue extracts the value a property accepts from a block.
func propertyValue(p property, b *block) (value, bool) {
	if p.isColor() {
		if b.hasTok() {
			t := &b.tok
			switch t.typ {
			case tokHash:
				if c, ok := colorFromHex(t.stringOr("")); ok {
					return value{typ: valueColor, color: c}, true
				}
				return value{}, false
			case tokIdent:
				if c, ok := ColorFromString(t.stringOr("")); ok {
					return value{typ: valueColor, color: c}, true
				}
				return value{}, false
			}
		} else if b.isFunc() {
			if c, ok := colorFromFunction(b); ok {
				return value{typ: valueColor, color: c}, true
			}
			return value{}, false
		}
	}
	if p.isDimension() && b.hasTok() && b.tok.typ == tokNumber {
		return dimensionOf(&b.tok), true
	}
	if (p == propDisplay || p == propVisibility) && b.hasTok() && b.tok.typ == tokIdent {
		if d, ok := displayNames[b.tok.stringOr("")]; ok {
			return value{typ: valueDisplay, display: d}, true
		}
		return value{}, false
	}
	if p == propOpacity && b.hasTok() && b.tok.typ == tokNumber {
		return value{typ: valueNumber, number: b.tok.normalNumber(0)}, true
	}
	if p == propOverflow && b.hasTok() && b.tok.typ == tokIdent {
		s := b.tok.stringOr("")
		if s == "hidden" || s == "clip" {
			return value{typ: valueDisplay, display: DisplayHidden}, true
		}
		return value{typ: valueDisplay, display: DisplayInline}, true
	}
	if p == propPosition && b.hasTok() && b.tok.typ == tokIdent {
		s := b.tok.stringOr("")
		if s == "absolute" || s == "fixed" {
			return value{typ: valueNumber, number: 1}, true
		}
		return value{typ: valueNumber, number: 0}, true
	}
	if p == propClip || p == propClipPath {
		if b.isFunc() {
			if clipHides(b) {
				return value{typ: valueNumber, number: 1}, true
			}
			return value{typ: valueNumber, number: 0}, true
		}
		if b.hasTok() {
			return value{typ: valueNumber, number: 0}, true
		}
	}
	return value{}, false
}

// processDeclarations turns the components of a declaration list into
// rules (upstream's process_declaration_tokens).
func processDeclarations(blocks []*block) *declarations {
	const (
		parseProperty = iota
		parseValue
		ignoreValue
	)
	ret := &declarations{}
	state := parseProperty
	curProp := propNYI
	var cur *rule
	i := 0
	next := func() *block {
		if i < len(blocks) {
			b := blocks[i]
			i++
			return b
		}
		return eofBlock
	}
	for {
		b := next()
		switch b.tag {
		case blockComponent:
			switch state {
			case parseProperty:
				curProp = propNYI
				if b.tok.typ == tokIdent {
					if p, ok := propertyNames[b.tok.stringOr("")]; ok {
						curProp = p
					}
				}
				if curProp == propNYI {
					state = ignoreValue
					continue
				}
				colon := next()
				if colon.tag != blockComponent || colon.token().typ != tokColon {
					state = ignoreValue
				} else {
					state = parseValue
					cur = &rule{prop: curProp}
				}
			case parseValue:
				t := b.token()
				if b.hasTok() && t.typ == tokSemicolon && cur != nil {
					ret.addRule(cur)
					cur = nil
					state = parseProperty
					continue
				}
				if b.hasTok() && t.typ == tokIdent && t.stringOr("") == "important" {
					continue
				}
				if v, ok := propertyValue(curProp, b); ok && cur != nil {
					cur.values = append(cur.values, v)
				}
			default:
				if b.hasTok() && b.tok.typ == tokSemicolon {
					state = parseProperty
				}
			}
		case blockFunction:
			if state == parseValue {
				if v, ok := propertyValue(curProp, b); ok && cur != nil {
					cur.values = append(cur.values, v)
				}
			}
		case blockEOF:
			if state == parseValue && cur != nil {
				ret.addRule(cur)
			}
			return ret
		default:
			return ret
		}
	}
}

// compile builds the rendering block of declarations (upstream's
// compile_to_block).
func (d *declarations) compile() *Block {
	blk := &Block{}
	opacity := float32(-1)
	var height, width, maxHeight, maxWidth, left, top, textIndent *Dimension
	positioned, clipHidden := false, false
	var fontRule, bgRule *rule
	last := func(r *rule) *value { return &r.values[len(r.values)-1] }
	dimOf := func(v *value) *Dimension {
		if v.typ == valueDimension {
			d := v.dim
			return &d
		}
		return nil
	}
	for _, r := range d.rules {
		if len(r.values) == 0 {
			continue
		}
		v := last(r)
		switch r.prop {
		case propVisibility, propDisplay:
			disp := DisplayInline
			if v.typ == valueDisplay {
				disp = v.display
			}
			blk.SetDisplay(disp, MaskSet)
		case propFontSize:
			if v.typ == valueDimension {
				blk.SetFontSize(v.dim.Dim, v.dim.Percent, MaskSet)
			}
		case propOpacity:
			if v.typ == valueNumber {
				opacity = v.number
			}
		case propFontColor, propColor:
			if v.typ == valueColor {
				blk.SetFG(v.color, MaskSet)
			}
		case propBGColor:
			if v.typ == valueColor {
				blk.SetBG(v.color, MaskSet)
			}
		case propHeight:
			height = dimOf(v)
		case propWidth:
			width = dimOf(v)
		case propMaxHeight:
			maxHeight = dimOf(v)
		case propMaxWidth:
			maxWidth = dimOf(v)
		case propOverflow:
			if v.typ == valueDisplay {
				blk.SetOverflow(v.display == DisplayHidden, MaskSet)
			}
		case propPosition:
			positioned = v.typ == valueNumber && v.number > 0.5
		case propLeft:
			left = dimOf(v)
		case propTop:
			top = dimOf(v)
		case propTextIndent:
			textIndent = dimOf(v)
		case propClip, propClipPath:
			if v.typ == valueNumber && v.number > 0.5 {
				clipHidden = true
			}
		case propFont:
			fontRule = r
		case propBackground:
			bgRule = r
		}
	}
	clamp := func(dim, maxDim *Dimension) *Dimension {
		if dim != nil && maxDim != nil {
			if dim.Percent == maxDim.Percent {
				if maxDim.Dim < dim.Dim {
					return maxDim
				}
				return dim
			}
			if maxDim.Dim == 0 {
				return maxDim
			}
			return dim
		}
		if dim != nil {
			return dim
		}
		return maxDim
	}
	if h := clamp(height, maxHeight); h != nil {
		blk.SetHeight(h.Dim, h.Percent, MaskSet)
	}
	if w := clamp(width, maxWidth); w != nil {
		blk.SetWidth(w.Dim, w.Percent, MaskSet)
	}
	if opacity >= 0 && opacity < 0.1 {
		blk.SetDisplay(DisplayHidden, MaskSet)
	}
	offscreen := func(d *Dimension) bool { return d != nil && !d.Percent && d.Dim <= -1000 }
	if (positioned && (offscreen(left) || offscreen(top))) || offscreen(textIndent) || clipHidden {
		blk.SetDisplay(DisplayHidden, MaskSet)
		blk.Offscreen = true
	}
	if blk.FGMask == 0 && fontRule != nil {
		for _, v := range fontRule.values {
			if v.typ == valueColor {
				blk.SetFG(v.color, MaskSet)
			}
		}
	}
	if blk.FontMask == 0 && fontRule != nil {
		for _, v := range fontRule.values {
			if v.typ == valueDimension {
				blk.SetFontSize(v.dim.Dim, v.dim.Percent, MaskSet)
			}
		}
	}
	if blk.BGMask == 0 && bgRule != nil {
		for _, v := range bgRule.values {
			if v.typ == valueColor {
				blk.SetBG(v.color, MaskSet)
			}
		}
	}
	return blk
}
