package css

import (
	"errors"

	"github.com/gorspamd/rspamd/internal/encoding"
)

type blockTag uint8

const (
	blockTop blockTag = iota
	blockQualifiedRule
	blockAtRule
	blockSimple
	blockFunction
	blockFunctionArg
	blockComponent
	blockEOF
)

// block is a consumed CSS block: a list of blocks, a token or a function
// (its token) with its arguments as children (upstream's
// css_consumed_block).
type block struct {
	tag      blockTag
	tok      token
	children []*block
}

func (b *block) hasTok() bool { return b.tag == blockFunctionArg || b.tag == blockComponent }

func (b *block) isFunc() bool { return b.tag == blockFunction }

var eofBlock = &block{tag: blockEOF}

func (b *block) token() *token {
	if b.hasTok() || b.isFunc() {
		return &b.tok
	}
	return &eofToken
}

// ErrNesting reports CSS nested too deep.
var ErrNesting = errors.New("maximum nesting has reached")

// ErrEmpty reports CSS without rules.
var ErrEmpty = errors.New("no css rules consumed")

type parser struct {
	tk       *tokenizer
	err      error
	recLevel int
	eof      bool
	arena    []block
}

// newBlock allocates a block from the parser's arena, whose chunks grow
// from a few blocks (inline styles are short) to 64.
func (p *parser) newBlock(b block) *block {
	if len(p.arena) == cap(p.arena) {
		p.arena = make([]block, 0, min(max(2*cap(p.arena), 4), 64))
	}
	p.arena = append(p.arena, b)
	return &p.arena[len(p.arena)-1]
}

const maxRec = 20

func (p *parser) functionConsumer(top *block) bool {
	p.recLevel++
	if p.recLevel > maxRec {
		p.err = ErrNesting
		return false
	}
	for !p.eof {
		t := p.tk.next()
		switch t.typ {
		case tokEOF:
			p.eof = true
		case tokWhitespace, tokComma, tokDelim, tokOBrace:
		case tokEBrace:
			p.recLevel--
			return true
		default:
			top.children = append(top.children, p.newBlock(block{tag: blockFunctionArg, tok: t}))
		}
	}
	p.recLevel--
	return true
}

func (p *parser) simpleBlockConsumer(top *block, end tokenType, consumeCurrent bool) bool {
	ret := true
	var blk *block
	if !consumeCurrent {
		p.recLevel++
		if p.recLevel > maxRec {
			p.err = ErrNesting
			return false
		}
		blk = p.newBlock(block{tag: blockSimple})
	}
	target := blk
	if consumeCurrent {
		target = top
	}
	for ret && !p.eof {
		t := p.tk.next()
		if t.typ == end {
			break
		}
		switch t.typ {
		case tokEOF:
			p.eof = true
		case tokWhitespace:
		default:
			p.tk.pushback(t)
			ret = p.componentValueConsumer(target)
		}
	}
	if !consumeCurrent {
		if ret {
			top.children = append(top.children, blk)
		}
		p.recLevel--
	}
	return ret
}

func (p *parser) ruleConsumer(top *block, tag blockTag) bool {
	p.recLevel++
	if p.recLevel > maxRec {
		p.err = ErrNesting
		return false
	}
	ret := true
	blk := p.newBlock(block{tag: tag})
loop:
	for ret && !p.eof {
		t := p.tk.next()
		switch t.typ {
		case tokEOF:
			p.eof = true
		case tokCDO, tokCDC, tokWhitespace:
		case tokOCurlBrace:
			ret = p.simpleBlockConsumer(blk, tokECurlBrace, false)
			break loop
		case tokSemicolon:
			if tag == blockAtRule {
				break loop
			}
			p.tk.pushback(t)
			ret = p.componentValueConsumer(blk)
		default:
			p.tk.pushback(t)
			ret = p.componentValueConsumer(blk)
		}
	}
	if ret && top.tag == blockTop {
		top.children = append(top.children, blk)
	}
	p.recLevel--
	return ret
}

func (p *parser) componentValueConsumer(top *block) bool {
	p.recLevel++
	if p.recLevel > maxRec {
		p.err = ErrNesting
		return false
	}
	ret := true
	var blk *block
loop:
	for ret && !p.eof {
		t := p.tk.next()
		switch t.typ {
		case tokEOF:
			p.eof = true
		case tokOCurlBrace:
			blk = p.newBlock(block{tag: blockSimple})
			ret = p.simpleBlockConsumer(blk, tokECurlBrace, true)
			break loop
		case tokOBrace:
			blk = p.newBlock(block{tag: blockSimple})
			ret = p.simpleBlockConsumer(blk, tokEBrace, true)
			break loop
		case tokOSqBrace:
			blk = p.newBlock(block{tag: blockSimple})
			ret = p.simpleBlockConsumer(blk, tokESqBrace, true)
			break loop
		case tokWhitespace:
		case tokFunction:
			blk = p.newBlock(block{tag: blockFunction, tok: t})
			ret = p.functionConsumer(blk)
			break loop
		default:
			blk = p.newBlock(block{tag: blockComponent, tok: t})
			break loop
		}
	}
	if ret && blk != nil {
		top.children = append(top.children, blk)
	}
	p.recLevel--
	return ret
}

// consumeBlocks parses a style sheet into rules.
func (p *parser) consumeBlocks(s string) *block {
	p.tk = &tokenizer{input: s}
	top := &block{tag: blockTop}
	ret := true
	for !p.eof && ret {
		t := p.tk.next()
		switch t.typ {
		case tokWhitespace:
		case tokEOF:
			p.eof = true
		case tokAtKeyword:
			p.tk.pushback(t)
			ret = p.ruleConsumer(top, blockAtRule)
		default:
			p.tk.pushback(t)
			ret = p.ruleConsumer(top, blockQualifiedRule)
		}
	}
	return top
}

// consumeRule parses declarations (an inline style) into components.
func (p *parser) consumeRule(s string) *block {
	p.tk = &tokenizer{input: s}
	top := p.newBlock(block{tag: blockSimple})
	ret := true
	for !p.eof && ret {
		t := p.tk.next()
		switch t.typ {
		case tokEOF:
			p.eof = true
		case tokWhitespace:
		default:
			p.tk.pushback(t)
			ret = p.componentValueConsumer(top)
		}
	}
	return top
}

// needUnescape tells whether CSS has a backslash outside quotes.
func needUnescape(s string) bool {
	inQuote := false
	var quote, prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !inQuote {
			if c == '"' || c == '\'' {
				inQuote = true
				quote = c
			} else if c == '\\' {
				return true
			}
		} else {
			if c == quote && prev != '\\' {
				inQuote = false
			}
			prev = c
		}
	}
	return false
}

// prepare unescapes CSS, or lowercases it when it has no escapes.
func prepare(s string) string {
	if needUnescape(s) {
		return Unescape(s)
	}
	b := []byte(s)
	for i, c := range b {
		b[i] = encoding.LowerASCIIByte(c)
	}
	return string(b)
}

// Parse parses a style sheet and adds its rules to sheet (a new sheet
// when nil). tagID resolves tag names of selectors. On error (no rule at
// all, or nesting too deep) the sheet is returned unchanged with the
// error.
func Parse(s string, sheet *StyleSheet, tagID func(string) (int, bool)) (*StyleSheet, error) {
	p := &parser{}
	top := p.consumeBlocks(prepare(s))
	if len(top.children) == 0 {
		if p.err != nil {
			return sheet, p.err
		}
		return sheet, ErrEmpty
	}
	if sheet == nil {
		sheet = newStyleSheet()
	}
	for _, rule := range top.children {
		children := rule.children
		if len(children) <= 1 || children[0].tag != blockComponent {
			continue
		}
		simple := -1
		for i, c := range children {
			if c.tag == blockSimple {
				simple = i
				break
			}
		}
		if simple < 0 {
			continue
		}
		selectors := processSelectors(children[:simple], tagID)
		if len(selectors) == 0 {
			continue
		}
		decls := processDeclarations(children[simple].children)
		if len(decls.rules) == 0 {
			continue
		}
		for _, sel := range selectors {
			sheet.addSelectorRule(sel, decls)
		}
	}
	return sheet, nil
}

// ParseDeclaration compiles an inline style attribute into a block.
func ParseDeclaration(s string) *Block {
	p := &parser{}
	top := p.consumeRule(prepare(s))
	return processDeclarations(top.children).compile()
}
