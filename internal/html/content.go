package html

import (
	"bytes"

	"github.com/gorspamd/rspamd/internal/css"
	"github.com/gorspamd/rspamd/internal/url"
)

// finish closes what is open, computes the styles and extracts the text.
func (ps *htmlParser) finish(state int, in []byte, process int, overflow bool) {
	hc := ps.hc
	start := ps.start
	end := len(start)
	if ps.cur != nil && ps.cur.Flags&markClosed == 0 && ps.cur != ps.closing {
		ps.closing.Parent = ps.cur
		ps.closing.ID = ps.cur.ID
		ps.cur = ps.closing
		ps.checkBalance(ps.cur, end, end)
	}
	ps.propagateStyles()
	if state == stTagEndOpening && ps.cur != nil {
		ps.processOpening()
	}
	if len(hc.Tags) > 0 && hc.Root != nil {
		ps.appendTagContent(hc.Root)
	}
	if state == stTagsLimitOverflow {
		ps.appendParsed(start[ps.c:end], false, end, &hc.Parsed)
	}
	if overflow {
		ps.appendParsed(in[process:], false, end, &hc.Parsed)
	}
	if n := len(hc.Parsed); n > 0 && isSpace(hc.Parsed[n-1]) {
		keep := n
		if hc.Parsed[n-1] == '\n' {
			keep--
		}
		first := n
		for first > 0 && isSpace(hc.Parsed[first-1]) {
			first--
		}
		hc.Parsed = append(hc.Parsed[:first], hc.Parsed[keep:]...)
	}
	if len(hc.linkDomains) > 0 {
		hc.Features.Links.DomainsTotal = uint32(len(hc.linkDomains))
	}
	hc.Features.Flags = uint32(hc.Flags)
	f := &hc.Features
	if total := f.TextVisible + f.TextHidden; total > uint32(end) {
		excess := total - uint32(end)
		if f.TextHidden >= excess {
			f.TextHidden -= excess
		} else {
			f.TextVisible -= excess - f.TextHidden
			f.TextHidden = 0
		}
	}
	ps.computeCTAWeights()
}

// propagateStyles applies the style sheet, the default display of tags and
// the inheritance of blocks, in tree pre-order.
func (ps *htmlParser) propagateStyles() {
	hc := ps.hc
	if hc.Root == nil {
		return
	}
	stack := make([]*Tag, 1, len(hc.Tags)+1)
	stack[0] = hc.Root
	for len(stack) > 0 {
		tag := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if hc.css != nil && tag.ID.known() {
			id, hasID := tag.attr(attrID)
			class, hasClass := tag.attr(attrClass)
			if blk := hc.css.TagBlock(int(tag.ID), id, hasID, class, hasClass); blk != nil {
				if tag.Block != nil {
					tag.Block.Set(blk)
				} else {
					tag.Block = blk
				}
			}
		}
		if b := tag.Block; b != nil {
			if !b.HasDisplay(css.MaskSet) {
				switch {
				case tag.Flags&elemHead != 0:
					b.SetDisplay(css.DisplayHidden, css.MaskSet)
				case tag.Flags&(elemBlock|elemTable) != 0:
					b.SetDisplay(css.DisplayBlock, css.MaskImplicit)
				case tag.Flags&elemCell != 0:
					b.SetDisplay(css.DisplayTableRow, css.MaskImplicit)
				default:
					b.SetDisplay(css.DisplayInline, css.MaskImplicit)
				}
			}
			b.ComputeVisibility()
			for _, child := range tag.Children {
				if child.Block != nil {
					child.Block.Propagate(b)
				} else {
					child.Block = ps.newBlock()
					*child.Block = *b
				}
			}
		}
		for i := len(tag.Children) - 1; i >= 0; i-- {
			stack = append(stack, tag.Children[i])
		}
	}
}

// appendParsed appends text (decoding entities and collapsing spaces) to
// dest, which is hc.Parsed or hc.Invisible; transparent text becomes
// spaces. It returns the appended length.
func (ps *htmlParser) appendParsed(data []byte, transparent bool, inputLen int, dest *[]byte) int {
	hc := ps.hc
	cur := len(*dest)
	if cur > inputLen {
		return 0
	}
	if len(data) > 0 {
		if cur > 0 {
			last := (*dest)[cur-1]
			if !isSpace(last) && isSpace(data[0]) {
				*dest = append(*dest, ' ')
				data = data[1:]
				cur++
			}
		}
		if bytes.IndexByte(data, 0) >= 0 {
			for _, c := range data {
				if c == 0 {
					*dest = append(*dest, "\uFFFD"...)
				} else {
					*dest = append(*dest, c)
				}
			}
			hc.Flags |= FlagHasZeros
		} else {
			*dest = append(*dest, data...)
		}
	}
	n := DecodeEntities((*dest)[cur:], true)
	*dest = (*dest)[:cur+n]
	switch {
	case transparent:
		seg := (*dest)[cur:]
		for i, c := range seg {
			if !isSpace(c) {
				seg[i] = ' '
			}
		}
		hc.Features.TextTransparent += uint32(n)
		hc.Features.BlocksTransparent++
	case dest == &hc.Parsed:
		hc.Features.TextVisible += uint32(n)
	case dest == &hc.Invisible:
		hc.Features.TextHidden += uint32(n)
		hc.Features.BlocksHidden++
	}
	return n
}

// appendFrame is an element being traversed by appendTagContent.
type appendFrame struct {
	tag                    *Tag
	nextChild              int
	nextTagOffset          int
	initialParsedOffset    int
	initialInvisibleOffset int
	curOffset              int
	entered, finished      bool
	visible                bool
	block, spaces          bool
	transparent            bool
}

// appendTagContent extracts the text of the tree rooted at tag, in
// document order, with block margins, alt texts of images, displayed link
// checks and invisible text (upstream's html_append_tag_content).
func (ps *htmlParser) appendTagContent(root *Tag) {
	hc := ps.hc
	start := ps.start
	inputLen := len(start)

	finalOffsets := func(fr *appendFrame) {
		if fr.visible {
			fr.tag.ContentOffset = fr.initialParsedOffset
			fr.tag.Closing.Start = len(hc.Parsed)
		} else {
			fr.tag.ContentOffset = fr.initialInvisibleOffset
			fr.tag.Closing.Start = len(hc.Invisible)
		}
	}
	margin := func(fr *appendFrame, m byte) {
		p := hc.Parsed
		if !fr.visible || len(p) == 0 || p[len(p)-1] == m || p[len(p)-1] == '\n' {
			return
		}
		if p[len(p)-1] == ' ' {
			i := len(p)
			for i > fr.initialParsedOffset && p[i-1] == ' ' {
				i--
			}
			hc.Parsed = p[:i]
		}
		hc.Parsed = append(hc.Parsed, m)
	}
	dest := func(fr *appendFrame) *[]byte {
		if fr.visible {
			return &hc.Parsed
		}
		return &hc.Invisible
	}
	enter := func(fr *appendFrame) {
		cur := fr.tag
		fr.nextTagOffset = cur.Closing.End
		fr.initialParsedOffset = len(hc.Parsed)
		fr.initialInvisibleOffset = len(hc.Invisible)
		if cur.Closing.End == -1 {
			if cur.Closing.Start != -1 {
				fr.nextTagOffset = cur.Closing.Start
				cur.Closing.End = cur.Closing.Start
			} else {
				fr.nextTagOffset = cur.ContentOffset
				cur.Closing.End = cur.ContentOffset
			}
		}
		if cur.Closing.Start == -1 {
			cur.Closing.Start = cur.Closing.End
		}
		if cur.ID == tagBr || cur.ID == tagHr {
			if cur.Flags&markIgnore == 0 {
				hc.Parsed = append(hc.Parsed, '\n')
			}
			fr.nextTagOffset = cur.ContentOffset
			finalOffsets(fr)
			fr.finished, fr.entered = true, true
			return
		}
		if (cur.ID == tagHead && cur.Flags&markIgnore != 0) || cur.Flags&elemHead != 0 {
			fr.nextTagOffset = cur.Closing.End
			finalOffsets(fr)
			fr.finished, fr.entered = true, true
			return
		}
		switch {
		case cur.Flags&(markComment|markXML|markIgnore|elemHead) != 0:
			fr.visible = false
		case cur.Block != nil && !cur.Block.Visible():
			if !cur.Block.Transparent() || (cur.Block.HasDisplay(css.MaskSet) && cur.Block.Display == css.DisplayHidden) {
				fr.visible = false
			} else {
				fr.transparent = true
			}
		case cur.Block != nil:
			switch cur.Block.Display {
			case css.DisplayBlock:
				fr.block = true
			case css.DisplayTableRow:
				fr.spaces = true
			}
		}
		if fr.block {
			margin(fr, '\n')
		} else if fr.spaces {
			margin(fr, ' ')
		}
		fr.curOffset = cur.ContentOffset
		fr.entered = true
	}
	finish := func(fr *appendFrame) {
		cur := fr.tag
		if fr.curOffset < cur.Closing.Start {
			if l := cur.Closing.Start - fr.curOffset; l > 0 {
				ps.appendParsed(sub(start, fr.curOffset, l), fr.transparent, inputLen, dest(fr))
			}
		}
		if fr.block {
			margin(fr, '\n')
		} else if fr.spaces {
			margin(fr, ' ')
		}
		switch {
		case fr.visible && cur.ID == tagA:
			written := hc.Parsed[fr.initialParsedOffset:]
			if cur.URL != nil {
				ps.checkDisplayedURL(written, fr.initialParsedOffset, cur.URL)
				u := cur.URL
				if u.Flags&url.FlagDisplayURL != 0 && u.Flags&url.FlagHTMLDisplayed != 0 &&
					u.Linked != nil && u.Linked != u {
					hc.Features.Links.DisplayMismatchLinks++
				}
			}
		case fr.visible && cur.ID == tagImg:
			if alt, ok := cur.attr(attrAlt); ok {
				if n := len(hc.Parsed); n > 0 && !isSpace(hc.Parsed[n-1]) {
					hc.Parsed = append(hc.Parsed, ' ')
				}
				hc.Parsed = append(hc.Parsed, alt...)
				if n := len(hc.Parsed); n > 0 && !isSpace(hc.Parsed[n-1]) {
					hc.Parsed = append(hc.Parsed, ' ')
				}
			}
		case !fr.visible && cur.URL != nil:
			cur.URL.Flags |= url.FlagInvisible
		}
		finalOffsets(fr)
	}

	stack := make([]appendFrame, 0, 128)
	stack = append(stack, appendFrame{tag: root, visible: true})
	for len(stack) > 0 {
		fr := &stack[len(stack)-1]
		if !fr.entered {
			enter(fr)
		}
		if !fr.finished && fr.nextChild < len(fr.tag.Children) {
			child := fr.tag.Children[fr.nextChild]
			fr.nextChild++
			if l := child.Start - fr.curOffset; l > 0 {
				ps.appendParsed(sub(start, fr.curOffset, l), fr.transparent, inputLen, dest(fr))
			}
			stack = append(stack, appendFrame{tag: child, visible: true})
			continue
		}
		if !fr.finished {
			finish(fr)
		}
		result := fr.nextTagOffset
		stack = stack[:len(stack)-1]
		if len(stack) > 0 && result > stack[len(stack)-1].curOffset {
			stack[len(stack)-1].curOffset = result
		}
	}
}

// sub returns up to l bytes of b at off, clamped to b.
func sub(b []byte, off, l int) []byte {
	if off < 0 || off >= len(b) {
		return nil
	}
	return b[off:min(off+l, len(b))]
}
