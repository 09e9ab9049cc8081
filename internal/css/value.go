package css

import (
	"strconv"

	"github.com/gorspamd/rspamd/internal/encoding"
)

//go:generate go run gen_colors.go

// Dimension is a CSS length in pixels or a percentage.
type Dimension struct {
	Dim     float32
	Percent bool
}

type valueType uint8

const (
	valueColor valueType = iota
	valueNumber
	valueDisplay
	valueDimension
)

// value is a property value of a declaration (upstream's css_value).
type value struct {
	typ     valueType
	color   Color
	number  float32
	display Display
	dim     Dimension
}

// ColorFromString parses a color name or "#rgb", "#rrggbb", "#rrggbbaa".
func ColorFromString(s string) (Color, bool) {
	if len(s) > 1 && s[0] == '#' {
		return colorFromHex(s[1:])
	}
	c, ok := colorNames[s]
	return c, ok
}

func hexPair(c1, c2 byte) uint8 {
	hi, _ := encoding.HexValue(c1)
	lo, _ := encoding.HexValue(c2)
	return hi*16 + lo
}

func colorFromHex(s string) (Color, bool) {
	switch len(s) {
	case 6:
		return Color{hexPair(s[0], s[1]), hexPair(s[2], s[3]), hexPair(s[4], s[5]), 255}, true
	case 3:
		return Color{hexPair(s[0], s[0]), hexPair(s[1], s[1]), hexPair(s[2], s[2]), 255}, true
	case 8:
		return Color{hexPair(s[0], s[1]), hexPair(s[2], s[3]), hexPair(s[4], s[5]), hexPair(s[6], s[7])}, true
	}
	return Color{}, false
}

func rgbComponent(t *token) uint8 {
	if t.typ != tokNumber {
		return 0
	}
	v := t.num
	if t.flags&flagPercent != 0 {
		v = min(max(v, 0), 100)
		return uint8(float64(v) / 100.0 * 255.0)
	}
	v = min(max(v, 0), 255)
	return uint8(v)
}

func alphaComponent(t *token) uint8 {
	ret := 1.0
	if t.typ == tokNumber {
		v := t.num
		if t.flags&flagPercent != 0 {
			v = min(max(v, 0), 100)
			ret = float64(v) / 100.0
		} else {
			v = min(max(v, 0), 1)
			ret = float64(v)
		}
	}
	return uint8(ret * 255.0)
}

func hueComponent(t *token) float64 {
	if t.typ != tokNumber {
		return 0
	}
	v := t.num
	if t.flags&flagPercent != 0 {
		v = min(max(v, 0), 100)
		return float64(v) / 100.0
	}
	deg := ((int32(v) % 360) + 360) % 360
	return float64(float32(deg)) / 360.0
}

func slComponent(t *token) float64 {
	if t.typ != tokNumber {
		return 0
	}
	return float64(t.normalNumber(0))
}

func hslToRGB(h, s, l float64) Color {
	hue2rgb := func(p, q, t float64) float64 {
		if t < 0 {
			t++
		}
		if t > 1 {
			t--
		}
		switch {
		case t*6 < 1:
			return p + (q-p)*6*t
		case t*2 < 1:
			return q
		case t*3 < 2:
			return p + (q-p)*(2.0/3.0-t)*6
		}
		return p
	}
	var c Color
	if s == 0 {
		c.R, c.G, c.B = uint8(l), uint8(l), uint8(l)
	} else {
		q := l + s - l*s
		if l <= 0.5 {
			q = l * (1 + s)
		}
		p := 2*l - q
		c.R = uint8(hue2rgb(p, q, h+1.0/3.0) * 255)
		c.G = uint8(hue2rgb(p, q, h) * 255)
		c.B = uint8(hue2rgb(p, q, h-1.0/3.0) * 255)
	}
	c.A = 255
	return c
}

func colorFromFunction(f *block) (Color, bool) {
	name := f.tok.stringOr("")
	arg := func(i int) *token { return f.children[i].token() }
	switch {
	case name == "rgb" && len(f.children) == 3:
		return Color{rgbComponent(arg(0)), rgbComponent(arg(1)), rgbComponent(arg(2)), 255}, true
	case name == "rgba" && len(f.children) == 4:
		return Color{rgbComponent(arg(0)), rgbComponent(arg(1)), rgbComponent(arg(2)), alphaComponent(arg(3))}, true
	case name == "hsl" && len(f.children) == 3:
		return hslToRGB(hueComponent(arg(0)), slComponent(arg(1)), slComponent(arg(2))), true
	case name == "hsla" && len(f.children) == 4:
		c := hslToRGB(hueComponent(arg(0)), slComponent(arg(1)), slComponent(arg(2)))
		c.A = alphaComponent(arg(3))
		return c, true
	}
	return Color{}, false
}

var displayNames = map[string]Display{
	"hidden": DisplayHidden, "collapse": DisplayHidden, "none": DisplayHidden,
	"inline": DisplayInline, "block": DisplayBlock, "content": DisplayInline,
	"flex": DisplayBlock, "grid": DisplayBlock, "inline-block": DisplayInline,
	"inline-flex": DisplayInline, "inline-grid": DisplayInline,
	"inline-table": DisplayInline, "list-item": DisplayBlock, "run-in": DisplayInline,
	"table": DisplayBlock, "table-caption": DisplayTableRow,
	"table-column-group": DisplayTableRow, "table-header-group": DisplayTableRow,
	"table-footer-group": DisplayTableRow, "table-row-group": DisplayTableRow,
	"table-cell": DisplayTableRow, "table-column": DisplayTableRow,
	"table-row": DisplayTableRow, "initial": DisplayInline,
}

// String describes a value for debugging.
func (v value) String() string {
	switch v.typ {
	case valueColor:
		return "color: " + strconv.Itoa(int(v.color.R)) + "," + strconv.Itoa(int(v.color.G)) + "," +
			strconv.Itoa(int(v.color.B)) + "," + strconv.Itoa(int(v.color.A))
	case valueNumber:
		return "number: " + strconv.FormatFloat(float64(v.number), 'g', -1, 32)
	case valueDisplay:
		return "display: " + strconv.Itoa(int(v.display))
	}
	return "dimension: " + strconv.FormatFloat(float64(v.dim.Dim), 'g', -1, 32)
}
