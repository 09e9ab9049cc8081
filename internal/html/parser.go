package html

import (
	"bytes"

	"github.com/gorspamd/rspamd/internal/css"
	"github.com/gorspamd/rspamd/internal/url"
)

// Options are the task context of HTML parsing.
type Options struct {
	// Scanner parses URLs; required.
	Scanner *url.Scanner
	// Message is the URL state of the message; nil parses without a URL
	// set (rspamd_util.parse_html).
	Message *url.Message
	// Part receives the part's URLs and exceptions (may be nil).
	Part *url.TextPart
	// AllowCSS enables <style> sheets (config enable_css_parser).
	AllowCSS bool
	// MaxHTMLLen limits the input parsed as HTML (0: no limit); the rest
	// is appended as text.
	MaxHTMLLen int
	// FromDomain is the domain of the first From: address (for features).
	FromDomain string
	// AttrsCount is the task-wide attribute budget counter shared by the
	// HTML parts of a message (nil: a private counter).
	AttrsCount *int
}

// parser state.
const (
	stParseStart = iota
	stContentBeforeStart
	stTagBegin
	stSGMLTag
	stXMLTag
	stCompoundTag
	stCommentTag
	stCommentContent
	stSGMLContent
	stTagContent
	stTagEndOpening
	stTagEndClosing
	stHTMLTextContent
	stXMLTagEnd
	stTagRawText
	stTagRawTextLessThan
	stTagsLimitOverflow
)

const (
	docDoctype = iota
	docHead
	docBody
)

type htmlParser struct {
	opts  *Options
	hc    *Content
	start []byte
	// cur and parent are the current and parent tags; closing is the
	// reusable closing tag (upstream's cur_closing_tag).
	cur, parent, closing *Tag
	c                    int
	docState             int
	partOrder            uint16
	attrs                tagContentParser
	filter               url.Filter
	// tagArena and blockArena hand out tags and blocks in chunks.
	tagArena   []Tag
	blockArena []css.Block
}

// arenaChunk returns the size of the next chunk of an arena: chunks grow
// from a few items (most documents are small) to 64.
func arenaChunk(prev int) int { return min(max(2*prev, 8), 64) }

// newBlock returns a zero block from the arena.
func (ps *htmlParser) newBlock() *css.Block {
	if len(ps.blockArena) == cap(ps.blockArena) {
		ps.blockArena = make([]css.Block, 0, arenaChunk(cap(ps.blockArena)))
	}
	ps.blockArena = ps.blockArena[:len(ps.blockArena)+1]
	return &ps.blockArena[len(ps.blockArena)-1]
}

func (ps *htmlParser) maxURLs() int {
	if ps.opts.Message != nil {
		return ps.opts.Message.MaxURLs
	}
	return 0
}

func (ps *htmlParser) set() *url.Set {
	if ps.opts.Message != nil {
		return ps.opts.Message.Set
	}
	return nil
}

// alloc creates a tag, enforcing the tags limit.
func (ps *htmlParser) alloc(flags uint32) *Tag {
	hc := ps.hc
	if len(hc.Tags) >= maxTags {
		hc.Flags |= FlagTooManyTags
		return nil
	}
	if len(ps.tagArena) == cap(ps.tagArena) {
		ps.tagArena = make([]Tag, 0, arenaChunk(cap(ps.tagArena)))
	}
	ps.tagArena = ps.tagArena[:len(ps.tagArena)+1]
	t := &ps.tagArena[len(ps.tagArena)-1]
	t.Flags = flags
	t.Closing = ClosingTag{-1, -1}
	hc.Tags = append(hc.Tags, t)
	return t
}

func (ps *htmlParser) newTag(flags uint32) *Tag {
	t := ps.alloc(flags)
	if t == nil {
		return nil
	}
	t.Start = ps.c
	if ps.cur != nil && ps.cur.Flags&(elemVoid|markClosed) == 0 && ps.cur != ps.closing {
		ps.parent = ps.cur
	}
	return t
}

// Parse parses HTML.
func Parse(in []byte, opts *Options) *Content {
	process := len(in)
	overflow := false
	if opts.MaxHTMLLen > 0 && len(in) > opts.MaxHTMLLen {
		process = opts.MaxHTMLLen
		overflow = true
	}
	// Every tag starts with '<': size the tag list and arena at once.
	ntags := min(bytes.Count(in[:process], []byte{'<'})+1, maxTags)
	hc := &Content{Tags: make([]*Tag, 0, ntags)}
	hc.Features.Version = 1
	ps := &htmlParser{opts: opts, hc: hc, closing: &Tag{Closing: ClosingTag{-1, -1}},
		tagArena: make([]Tag, 0, ntags)}
	if opts.Message != nil {
		ps.filter = opts.Message.Filter
	}
	if opts.FromDomain != "" {
		hc.firstPartyETLD1 = etld1(opts.Scanner, []byte(opts.FromDomain))
	}
	attrs := opts.AttrsCount
	if attrs == nil {
		attrs = new(int)
	}
	ps.attrs.count = attrs
	ps.start = in[:process]
	state := ps.run()
	ps.finish(state, in, process, overflow)
	return hc
}

// etld1 returns the registrable domain (eTLD+1) of a host, "" if the
// public suffix list does not know it.
func etld1(s *url.Scanner, host []byte) string {
	tld, ok := s.FindTLD(host)
	if !ok {
		return ""
	}
	p := len(host) - len(tld)
	for p > 0 && host[p-1] != '.' {
		p--
	}
	return string(host[p:])
}

func (ps *htmlParser) run() int {
	in := ps.start
	end := len(in)
	hc := ps.hc
	p := 0
	ps.c = 0
	closing := false
	var obrace, ebrace int
	state := stParseStart
	ps.docState = docDoctype

	for p < end {
		t := in[p]
		switch state {
		case stParseStart:
			if t == '<' {
				state = stTagBegin
			} else {
				hc.Flags |= FlagBadStart
				ps.cur = ps.newTag(0)
				ps.docState = docBody
				if ps.cur != nil {
					ps.cur.ID = tagHTML
					hc.Root = ps.cur
					state = stContentBeforeStart
				} else {
					state = stTagsLimitOverflow
				}
			}
		case stContentBeforeStart:
			if t == '<' {
				state = stTagBegin
			} else {
				p++
			}
		case stTagBegin:
			switch t {
			case '<':
				ps.c = p
				p++
				closing = false
			case '!':
				ps.cur = ps.newTag(markXML | markClosed)
				if ps.cur != nil {
					state = stSGMLTag
				} else {
					state = stTagsLimitOverflow
				}
				p++
			case '?':
				ps.cur = ps.newTag(markXML | markClosed)
				if ps.cur != nil {
					state = stXMLTag
				} else {
					state = stTagsLimitOverflow
				}
				hc.Flags |= FlagXMLContent
				p++
			case '/':
				closing = true
				ps.closing.clear()
				switch {
				case ps.cur == ps.closing:
					if ps.parent != ps.closing {
						ps.closing.Parent = ps.parent
					} else {
						ps.closing.Parent = nil
					}
				case ps.cur != nil && ps.cur.Flags&markClosed != 0:
					tmp := ps.cur
					for tmp != nil {
						tmp = tmp.Parent
						if tmp == nil || tmp.Flags&markClosed == 0 {
							break
						}
					}
					ps.closing.Parent = tmp
				default:
					ps.closing.Parent = ps.cur
				}
				ps.cur = ps.closing
				p++
			case '>':
				hc.Flags |= FlagBadElements
				state = stHTMLTextContent
				continue
			default:
				if isAlpha(t) {
					ps.attrs.reset()
					if !closing {
						ps.cur = ps.newTag(0)
					}
					if ps.cur != nil {
						state = stTagContent
					} else {
						state = stTagsLimitOverflow
					}
				} else {
					state = stHTMLTextContent
				}
			}
		case stSGMLTag:
			switch t {
			case '[':
				state = stCompoundTag
				obrace, ebrace = 1, 0
				p++
			case '-':
				ps.cur.Flags |= markComment
				state = stCommentTag
				p++
			default:
				state = stSGMLContent
			}
		case stXMLTag:
			if t == '?' {
				state = stXMLTagEnd
			} else if t == '>' {
				hc.Flags |= FlagBadElements
				state = stTagEndOpening
				continue
			}
			p++
		case stXMLTagEnd:
			if t == '>' {
				state = stTagEndOpening
				ps.cur.ContentOffset = p + 1
				continue
			}
			hc.Flags |= FlagBadElements
			p++
		case stCompoundTag:
			switch {
			case t == '[':
				obrace++
			case t == ']':
				ebrace++
			case t == '>' && obrace == ebrace:
				state = stTagEndOpening
				ps.cur.ContentOffset = p + 1
				continue
			}
			p++
		case stCommentTag:
			if t != '-' {
				hc.Flags |= FlagBadElements
				state = stTagEndOpening
			} else {
				p++
				ebrace = 0
				switch {
				case p < end && in[p] == '-' && p+1 < end && in[p+1] == '>':
					hc.Flags |= FlagBadElements
					p++
					state = stTagEndOpening
				case p < end && in[p] == '>':
					hc.Flags |= FlagBadElements
					state = stTagEndOpening
				default:
					state = stCommentContent
				}
			}
		case stCommentContent:
			if t == '-' {
				ebrace++
			} else if t == '>' && ebrace >= 2 {
				ps.cur.ContentOffset = p + 1
				state = stTagEndOpening
				continue
			} else {
				ebrace = 0
			}
			p++
		case stHTMLTextContent:
			if t != '<' {
				p++
			} else {
				state = stTagBegin
			}
		case stTagRawText:
			if t == '<' {
				ps.c = p
				state = stTagRawTextLessThan
			}
			p++
		case stTagRawTextLessThan:
			if t == '/' {
				valid := true
				look := 1
				maxLook := min(end-p, 30)
				if p+1 < end && !isAlpha(in[p+1]) {
					valid = false
				} else {
					for look < maxLook {
						// Upstream compares a signed char: bytes >= 0x80 are
						// below '\n'.
						tt := int8(in[p+look])
						if tt == '>' {
							break
						} else if tt < '\n' || tt == ',' {
							valid = false
							break
						}
						look++
					}
					if look == maxLook {
						valid = false
					}
				}
				if valid {
					p = ps.c
					state = stTagBegin
				} else {
					p++
					state = stTagRawText
				}
			} else {
				p++
				state = stTagRawText
			}
		case stSGMLContent:
			if t == '>' {
				ps.cur.ContentOffset = p + 1
				state = stTagEndOpening
			} else {
				p++
			}
		case stTagContent:
			ps.attrs.parse(hc, ps.cur, in, p)
			if t == '>' {
				inQuote := ps.attrs.state == tpDQValue || ps.attrs.state == tpSQValue
				if inQuote {
					quote := byte('"')
					if ps.attrs.state == tpSQValue {
						quote = '\''
					}
					if bytes.IndexByte(in[p:], quote) >= 0 {
						p++
						continue
					}
				}
				if closing {
					ps.cur.Closing = ClosingTag{ps.c, p + 1}
					closing = false
					state = stTagEndClosing
				} else {
					ps.cur.ContentOffset = p + 1
					state = stTagEndOpening
				}
				continue
			}
			p++
		case stTagEndOpening:
			ps.attrs.reset()
			state = stHTMLTextContent
			if ps.cur != nil {
				if ps.cur.ID == tagStyle || ps.cur.ID == tagNoscript || ps.cur.ID == tagScript {
					state = stTagRawText
				}
				ps.updateDocState()
				ps.processOpening()
			}
			p++
			ps.c = p
		case stTagEndClosing:
			if ps.cur != nil && !ps.endClosing(p) {
				state = stTagsLimitOverflow
				continue
			}
			state = stHTMLTextContent
			p++
			ps.c = p
		case stTagsLimitOverflow:
			ps.c = p
			p = end
		}
	}
	return state
}

// updateDocState tracks the head/body position at an opening tag.
func (ps *htmlParser) updateDocState() {
	cur := ps.cur
	switch ps.docState {
	case docDoctype:
		if cur.ID == tagHead || cur.Flags&elemHead != 0 {
			ps.docState = docHead
			cur.Flags |= markIgnore
		} else if cur.ID != tagHTML {
			ps.docState = docBody
		}
	case docHead:
		if cur.Flags&(elemVoid|elemHead) != 0 {
			return
		}
		par := ps.parent
		switch {
		case par != nil && (par.ID == tagHead || par.Flags&elemHead == 0):
			par.Flags |= markClosed
			par.Closing = ClosingTag{cur.Start, cur.ContentOffset}
			ps.docState = docBody
		case cur.ID == tagBody:
			ps.docState = docBody
		default:
			cur.Flags |= elemHead
		}
	}
}

// endClosing handles a closing tag ending at p; it reports false when
// the tags limit stops parsing.
func (ps *htmlParser) endClosing(p int) bool {
	hc := ps.hc
	cur := ps.cur
	if cur.Flags&elemVoid != 0 {
		cur.Flags |= markIgnore
	}
	if ps.docState == docHead && cur.ID == tagHead {
		ps.docState = docBody
	}
	next := ps.checkBalance(cur, ps.c, p+1)
	if cur.ID == tagStyle && ps.opts.AllowCSS {
		if opening := cur.Parent; opening != nil && opening.ID == tagStyle &&
			opening.ContentOffset < opening.Closing.Start {
			sheet, err := css.Parse(string(ps.start[opening.ContentOffset:opening.Closing.Start]),
				hc.css, cssTagID)
			if err == nil {
				hc.css = sheet
			}
		}
	}
	if next != nil {
		ps.cur = next
		return true
	}
	// A bogus closing tag (<p>x</b>): a virtual closed tag takes its place
	// in the current opening tag so that it is not text.
	opening := cur.Parent
	for opening != nil && opening.Flags&markClosed != 0 {
		opening = opening.Parent
	}
	if opening == nil {
		opening = hc.Root
	}
	v := ps.alloc(markVirtual | markClosed | cur.Flags)
	if v == nil {
		return false
	}
	v.ID = cur.ID
	v.Start = cur.Closing.Start
	v.ContentOffset = p + 1
	v.Closing = cur.Closing
	v.Parent = opening
	if opening != nil {
		opening.Children = append(opening.Children, v)
	}
	ps.cur = opening
	if opening != nil {
		ps.parent = opening.Parent
	} else {
		ps.parent = nil
	}
	return true
}

func cssTagID(name string) (int, bool) {
	id, ok := TagByName(name)
	return int(id), ok
}

// setClosingOffsets fills the closing tag of t when a closing tag at
// [start, end) closes it.
func setClosingOffsets(t *Tag, start, end int) {
	if t.Flags&elemVoid != 0 {
		t.Closing = ClosingTag{t.Start, t.ContentOffset}
		return
	}
	if t.ContentOffset <= start {
		t.Closing = ClosingTag{start, end}
	} else {
		t.Closing = ClosingTag{t.ContentOffset, end}
	}
}

// checkBalance pairs a closing tag with its opening tag, closing every tag
// in between, and returns the new current tag (nil for a bogus closing
// tag). upstream's html_check_balance.
func (ps *htmlParser) checkBalance(tag *Tag, start, end int) *Tag {
	hc := ps.hc
	opening := tag.Parent
	if opening != nil {
		if opening.ID == tag.ID {
			opening.Flags |= markClosed
			setClosingOffsets(opening, start, end)
			return opening.Parent
		}
		found := false
		for it := tag.Parent; it != nil; it = it.Parent {
			if it.ID == tag.ID && it.Flags&markClosed == 0 {
				found = true
				break
			}
		}
		if !found {
			return nil
		}
		var it *Tag
		for it = tag.Parent; it != nil; it = it.Parent {
			isPair := it.ID == tag.ID && it.Flags&markClosed == 0
			it.Flags |= markClosed
			setClosingOffsets(it, start, end)
			if isPair {
				break
			}
		}
		if it != nil {
			return it.Parent
		}
		return nil
	}
	if len(hc.Tags) == 0 {
		v := ps.alloc(markVirtual)
		if v == nil {
			return nil
		}
		v.ID = tagHTML
		v.Start = 0
		v.ContentOffset = 0
		setClosingOffsets(v, start, end)
		if hc.Root == nil {
			hc.Root = v
		} else {
			v.Parent = hc.Root
		}
		tag.Parent = v
		return ps.checkBalance(tag, start, end)
	}
	return nil
}

func (t *Tag) clear() {
	*t = Tag{Closing: ClosingTag{-1, -1}}
}
