package css

import "math"

// Color is an RGBA color.
type Color struct{ R, G, B, A uint8 }

var (
	white = Color{255, 255, 255, 255}
	black = Color{0, 0, 0, 255}
)

// Display is the display class of a block.
type Display uint8

// Display classes.
const (
	DisplayInline Display = iota
	DisplayBlock
	DisplayTableRow
	DisplayHidden
)

// Mask levels of block properties: how a value was obtained.
const (
	MaskUnset     = 0
	MaskInherited = 1
	MaskImplicit  = 1
	MaskSet       = 3
)

// Visibility mask values.
const (
	visibleFlag     = 0
	invisibleFlag   = 1
	transparentFlag = 2
)

// Block is the computed rendering state of an HTML element (upstream's
// html_block): colors, sizes, display, font size and visibility, each with
// a mask telling whether it was set, inherited or implied.
type Block struct {
	FG, BG         Color
	Height, Width  int16
	Display        Display
	FontSize       int8
	OverflowHidden bool
	// Offscreen marks content hidden by off-screen positioning or clipping.
	Offscreen bool

	FGMask, BGMask, HeightMask, WidthMask, FontMask, DisplayMask uint8
	VisibilityMask, OverflowMask                                 uint8
}

// SetFG sets the foreground color with a mask level.
func (b *Block) SetFG(c Color, how uint8) { b.FG, b.FGMask = c, how }

// SetBG sets the background color with a mask level.
func (b *Block) SetBG(c Color, how uint8) { b.BG, b.BGMask = c, how }

// SetHeight sets the height (percent values are stored negated).
func (b *Block) SetHeight(h float32, percent bool, how uint8) {
	b.Height, b.HeightMask = clampDim[int16](h, percent, math.MinInt16, math.MaxInt16, -100), how
}

// SetWidth sets the width (percent values are stored negated).
func (b *Block) SetWidth(w float32, percent bool, how uint8) {
	b.Width, b.WidthMask = clampDim[int16](w, percent, math.MinInt16, math.MaxInt16, math.MinInt16), how
}

// clampDim is a dimension as a block stores it: negated for a percentage,
// hi above the range [lo, hi], under (what upstream stores) below it.
func clampDim[T int8 | int16](v float32, percent bool, lo, hi, under T) T {
	if percent {
		v = -v
	}
	switch {
	case v < float32(lo):
		return under
	case v > float32(hi):
		return hi
	}
	return T(v)
}

// SetVisible sets the display to inline (visible) or hidden.
func (b *Block) SetVisible(v bool, how uint8) {
	if v {
		b.SetDisplay(DisplayInline, how)
	} else {
		b.SetDisplay(DisplayHidden, how)
	}
}

// SetDisplay sets the display class.
func (b *Block) SetDisplay(d Display, how uint8) { b.Display, b.DisplayMask = d, how }

// SetOverflow sets whether overflowing content is clipped.
func (b *Block) SetOverflow(hidden bool, how uint8) { b.OverflowHidden, b.OverflowMask = hidden, how }

// SetFontSize sets the font size (percent values are stored negated).
func (b *Block) SetFontSize(fs float32, percent bool, how uint8) {
	b.FontSize, b.FontMask = clampDim[int8](fs, percent, math.MinInt8, math.MaxInt8, -100), how
}

func simpleProp[T any](mask, otherMask uint8, our *T, other T) uint8 {
	if otherMask != 0 && otherMask > mask {
		*our = other
		return MaskInherited
	}
	return mask
}

// sizeProp propagates a size: relative (negative, percent) values are
// resolved against the parent or a default.
func sizeProp[T int16 | int8](mask, otherMask uint8, our *T, other, def T) uint8 {
	if mask != 0 {
		if *our < 0 {
			switch {
			case otherMask > 0 && other >= 0:
				*our = T(float64(other) * (-float64(*our) / 100.0))
			case otherMask > 0:
				*our = T(float64(*our) * (-float64(other) / 100.0))
			default:
				*our = T(float64(def) * (-float64(*our) / 100.0))
			}
		} else if otherMask != 0 && otherMask > mask {
			*our = other
			mask = MaskInherited
		}
		return mask
	}
	if otherMask != 0 && otherMask > mask {
		*our = other
		mask = MaskInherited
	}
	return mask
}

// Propagate fills the values this block does not define from its parent's
// block; a hidden parent hides its children whatever they say.
func (b *Block) Propagate(other *Block) {
	b.FGMask = simpleProp(b.FGMask, other.FGMask, &b.FG, other.FG)
	b.BGMask = simpleProp(b.BGMask, other.BGMask, &b.BG, other.BG)
	if other.DisplayMask != 0 && other.Display == DisplayHidden {
		b.Display = DisplayHidden
		b.DisplayMask = MaskInherited
	} else {
		b.DisplayMask = simpleProp(b.DisplayMask, other.DisplayMask, &b.Display, other.Display)
	}
	b.HeightMask = sizeProp(b.HeightMask, other.HeightMask, &b.Height, other.Height, 800)
	b.WidthMask = sizeProp(b.WidthMask, other.WidthMask, &b.Width, other.Width, 1024)
	b.FontMask = sizeProp(b.FontMask, other.FontMask, &b.FontSize, other.FontSize, 10)
}

func setValue[T any](mask, otherMask uint8, our *T, other T) uint8 {
	if otherMask != 0 && mask != MaskSet {
		*our = other
		return otherMask
	}
	return mask
}

// Set overrides the values this block did not set explicitly with those
// defined by other (a style sheet block).
func (b *Block) Set(other *Block) {
	b.FGMask = setValue(b.FGMask, other.FGMask, &b.FG, other.FG)
	b.BGMask = setValue(b.BGMask, other.BGMask, &b.BG, other.BG)
	b.DisplayMask = setValue(b.DisplayMask, other.DisplayMask, &b.Display, other.Display)
	b.HeightMask = setValue(b.HeightMask, other.HeightMask, &b.Height, other.Height)
	b.WidthMask = setValue(b.WidthMask, other.WidthMask, &b.Width, other.Width)
	b.FontMask = setValue(b.FontMask, other.FontMask, &b.FontSize, other.FontSize)
	b.OverflowMask = setValue(b.OverflowMask, other.OverflowMask, &b.OverflowHidden, other.OverflowHidden)
}

// similarColors tells colors a reader cannot tell apart, as upstream
// computes it in single precision.
func similarColors(fg, bg Color) bool {
	const minVisibleDiff = float32(0.1)
	dr := float32(fg.R) - float32(bg.R)
	dg := float32(fg.G) - float32(bg.G)
	db := float32(fg.B) - float32(bg.B)
	ravg := (float32(fg.R) + float32(bg.R)) / 2.0
	dr *= dr
	dg *= dg
	db *= db
	sum := 2.0*dr + 4.0*dg + 3.0*db + (ravg*(dr-db))/256.0
	diff := float32(math.Sqrt(float64(sum))) / 256.0
	return diff < minVisibleDiff
}

// ComputeVisibility decides whether the block is visible, invisible
// (hidden, tiny font, clipped) or transparent (text colored like its
// background).
func (b *Block) ComputeVisibility() {
	if b.DisplayMask != 0 && b.Display == DisplayHidden {
		b.VisibilityMask = invisibleFlag
		return
	}
	if b.FontMask != 0 && b.FontSize >= 0 && b.FontSize <= 3 {
		b.VisibilityMask = invisibleFlag
		return
	}
	if b.OverflowMask != 0 && b.OverflowHidden {
		if (b.HeightMask != 0 && b.Height == 0) || (b.WidthMask != 0 && b.Width == 0) {
			b.SetDisplay(DisplayHidden, MaskSet)
			b.VisibilityMask = invisibleFlag
			return
		}
	}
	switch {
	case b.FGMask != 0 && b.BGMask != 0:
		if b.FG.A < 10 {
			b.VisibilityMask = transparentFlag
			return
		}
		if b.BG.A > 10 && similarColors(b.FG, b.BG) {
			b.VisibilityMask = transparentFlag
			return
		}
	case b.FGMask != 0:
		if b.FG.A < 10 {
			b.VisibilityMask = transparentFlag
			return
		}
		if similarColors(b.FG, white) {
			b.VisibilityMask = transparentFlag
			return
		}
	case b.BGMask != 0:
		if b.BG.A > 10 && similarColors(black, b.BG) {
			b.VisibilityMask = transparentFlag
			return
		}
	}
	b.VisibilityMask = visibleFlag
}

// Visible reports whether the block's text is visible.
func (b *Block) Visible() bool { return b.VisibilityMask == visibleFlag }

// Transparent reports whether the block's text is colored like its
// background.
func (b *Block) Transparent() bool { return b.VisibilityMask == transparentFlag }

// HasDisplay reports whether the display was set at least at level how.
func (b *Block) HasDisplay(how uint8) bool { return b.DisplayMask >= how }
