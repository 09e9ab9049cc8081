package ucl

import (
	"math"

	"github.com/gorspamd/rspamd/internal/cconv"
)

// This file is the UCL state machine. It follows upstream's parser step by
// step, quirks included, because error positions, accepted inputs and the
// shape of the result (implicit arrays, priorities) must match it exactly.

func isComment(c1, c2 byte) bool {
	return (c1 == '/' && c2 == '*') || c1 == '#'
}

func isAtomEnd(c byte) bool { return isClass(c, chValueEnd) }

func (p *Parser) saveComment(b []byte) {
	if len(b) == 0 {
		return
	}
	n := NewString(string(b))
	if p.lastComment != nil {
		chainAppend(p.lastComment, n)
	} else {
		p.lastComment = n
	}
}

func (p *Parser) attachComment(obj *Object, before bool) {
	if p.lastComment == nil {
		return
	}
	p.comments.attach(obj, p.lastComment)
	if before {
		p.lastComment.flags |= FlagInherited
	}
	p.lastComment = nil
}

// skipComments skips '#' line comments and nested '/* */' comments at the
// current position, saving them when asked to.
func (p *Parser) skipComments() bool {
	ch := p.chunks
	pos := ch.pos
	beg := -1
	save := p.flags&ParserSaveComments != 0
	for {
		if ch.remain() > 0 && ch.at(pos) == '#' {
			beg = pos
			restart := false
			for pos < len(ch.data) {
				if ch.data[pos] == '\n' {
					if save {
						p.saveComment(ch.data[beg:pos])
						beg = -1
					}
					ch.skip(&pos)
					restart = true
					break
				}
				ch.skip(&pos)
			}
			if restart {
				continue
			}
		} else if ch.remain() >= 2 && ch.at(pos) == '/' && ch.at(pos+1) == '*' {
			beg = pos
			nested := 1
			quoted := false
			ch.skip(&pos)
			ch.skip(&pos)
			restart := false
			for pos < len(ch.data) {
				c := ch.data[pos]
				switch {
				case c == '"' && ch.at(pos-1) != '\\':
					quoted = !quoted
					ch.skip(&pos)
				case quoted:
					ch.skip(&pos)
				case ch.remain() >= 2 && c == '*' && ch.at(pos+1) == '/':
					ch.skip(&pos)
					ch.skip(&pos)
					nested--
					if nested == 0 {
						if save {
							// upstream keeps the byte after "*/" too
							end := pos + 1
							b := make([]byte, 0, end-beg)
							for i := beg; i < end; i++ {
								b = append(b, ch.at(i))
							}
							p.saveComment(b)
							beg = -1
						}
						restart = true
					}
				case ch.remain() >= 2 && c == '/' && ch.at(pos+1) == '*':
					nested++
					ch.skip(&pos)
					ch.skip(&pos)
				default:
					ch.skip(&pos)
				}
				if restart {
					break
				}
			}
			if restart {
				continue
			}
			if nested != 0 {
				p.setErr(ErrNested, "unfinished multiline comment")
				return false
			}
		}
		break
	}
	if beg >= 0 && pos > beg && save {
		p.saveComment(ch.data[beg:pos])
	}
	return true
}

// lexNumber parses a number at the current position into obj.
func (p *Parser) lexNumber(ch *chunk, obj *Object) bool {
	end, err := maybeParseNumber(obj, ch.data, ch.pos, true, false, p.flags&ParserNoTime == 0)
	switch err {
	case numOK:
		ch.column += uint32(end - ch.pos)
		ch.pos = end
		return true
	case numRange:
		p.setErr(ErrSyntax, "numeric value out of range")
	}
	return false
}

// lexJSONString scans a double-quoted string whose opening quote has been
// consumed, up to and including the closing quote.
func (p *Parser) lexJSONString(ch *chunk, needUnescape, uclEscape, varExpand *bool) bool {
	pos := ch.pos
	for pos < len(ch.data) {
		c := ch.data[pos]
		switch {
		case c < 0x1f:
			if c == '\n' {
				p.setErr(ErrSyntax, "unexpected newline")
			} else {
				p.setErr(ErrSyntax, "unexpected control character")
			}
			return false
		case c == '\\':
			ch.skip(&pos)
			if pos >= len(ch.data) {
				p.setErr(ErrSyntax, "unfinished escape character")
				return false
			}
			c = ch.data[pos]
			if isClass(c, chEscape) {
				if c == 'u' {
					ch.skip(&pos)
					for i := 0; i < 4 && pos < len(ch.data); i++ {
						if !isHexDigit(ch.data[pos]) {
							p.setErr(ErrSyntax, "invalid utf escape")
							return false
						}
						ch.skip(&pos)
					}
					if pos >= len(ch.data) {
						p.setErr(ErrSyntax, "unfinished escape character")
						return false
					}
				} else {
					ch.skip(&pos)
				}
			}
			*needUnescape = true
			*uclEscape = true
			continue
		case c == '"':
			ch.skip(&pos)
			return true
		case isClass(c, chUCLUnsafe):
			*uclEscape = true
		case c == '$':
			*varExpand = true
		}
		ch.skip(&pos)
	}
	p.setErr(ErrSyntax, "no quote at the end of json string")
	return false
}

// lexSquotedString scans a single-quoted string whose opening quote has
// been consumed.
func (p *Parser) lexSquotedString(ch *chunk, needUnescape *bool) bool {
	pos := ch.pos
	for pos < len(ch.data) {
		c := ch.data[pos]
		if c == '\\' {
			ch.skip(&pos)
			if pos >= len(ch.data) {
				p.setErr(ErrSyntax, "unfinished escape character")
				return false
			}
			ch.skip(&pos)
			*needUnescape = true
			continue
		} else if c == '\'' {
			ch.skip(&pos)
			return true
		}
		ch.skip(&pos)
	}
	p.setErr(ErrSyntax, "no quote at the end of single quoted string")
	return false
}

// copyString turns raw input bytes into a key or value: lowercased,
// unescaped and with variables expanded as requested.
func (p *Parser) copyString(src []byte, unescape, lowercase, expand, squote bool) string {
	if !unescape && !lowercase && (!expand || (len(p.vars) == 0 && p.flags&ParserZeroCopy != 0)) {
		return string(src)
	}
	b := make([]byte, len(src))
	copy(b, src)
	if lowercase {
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
	}
	if unescape {
		if squote {
			b = unescapeSquoted(b)
		} else {
			b = unescapeJSON(b)
		}
	}
	if expand {
		if e, ok := p.expandVariables(b); ok {
			b = e
		}
	}
	return string(b)
}

// addContainer opens an object or array: a new one, or obj converted in
// place, and pushes it on the stack.
func (p *Parser) addContainer(obj *Object, isArray bool, level uint16, hasObrace bool) *Object {
	var n *Object
	if obj == nil {
		t := TypeObject
		if isArray {
			t = TypeArray
		}
		n = newObject(t, uint(p.chunks.priority))
	} else {
		if (isArray && obj.typ == TypeObject) || (!isArray && obj.typ == TypeArray) {
			p.setErr(ErrMerge, "cannot merge an object with an array")
			return nil
		}
		n = obj
		if isArray {
			n.typ = TypeArray
		} else {
			n.typ = TypeObject
		}
	}
	if !isArray {
		n.ensureHash(p.flags&ParserKeyLowercase != 0)
		p.state = stateKey
	} else {
		p.state = stateValue
	}
	if level == math.MaxUint16 {
		p.setErr(ErrNested, "objects are nesting too deep (over 65535 limit)")
		return nil
	}
	st := &stackElt{obj: n, level: level, line: p.chunks.line, chunk: p.chunks, next: p.stack}
	if hasObrace {
		st.flags = stackHasObrace
	}
	p.stack = st
	p.cur = n
	return n
}

// appendElement adds a repeated key's value to its implicit array, or to an
// explicit one with ParserNoImplicitArrays.
func (p *Parser) appendElement(h *objHash, top, elt *Object) {
	if p.flags&ParserNoImplicitArrays == 0 {
		top.flags |= FlagMultivalue
		chainAppend(top, elt)
		p.stack.obj.n++
		return
	}
	if top.flags&FlagMultivalue != 0 {
		top.ArrayAppend(elt)
		return
	}
	toMultiArray(h, top, elt)
}

// toMultiArray replaces old in h by an explicit array of old and elt.
func toMultiArray(h *objHash, old, elt *Object) {
	arr := newObject(TypeArray, 0)
	arr.key = old.key
	arr.flags |= FlagMultivalue
	arr.ArrayAppend(old)
	arr.ArrayAppend(elt)
	h.replace(old, arr)
}

// insertNew stores obj under a key the object cont does not have yet.
func (p *Parser) insertNew(cont, obj *Object) {
	cont.ensureHash(p.flags&ParserKeyLowercase != 0).insert(obj)
	cont.n++
}

// processObjectElement stores a newly read key in the current object,
// applying the chunk's duplicate strategy and priorities.
func (p *Parser) processObjectElement(nobj *Object) bool {
	cont := p.stack.obj
	h := cont.hash
	var tobj *Object
	if cont.typ == TypeObject {
		tobj = h.search(nobj.key)
	}
	if tobj == nil {
		p.insertNew(cont, nobj)
		nobj.prev = nobj
		nobj.next = nil
	} else {
		priold, prinew := tobj.Priority(), nobj.Priority()
		switch p.chunks.strategy {
		case DuplicateAppend:
			if tobj.flags&FlagInherited != 0 {
				prinew = priold + 1
			}
			switch {
			case priold == prinew:
				p.appendElement(h, tobj, nobj)
			case priold > prinew:
				// the value is parsed into nobj and dropped
			default:
				h.replace(tobj, nobj)
			}
		case DuplicateRewrite:
			h.replace(tobj, nobj)
		case DuplicateError:
			p.setErr(ErrMerge, "duplicate element for key '"+cconv.CString(nobj.key)+"' found")
			return false
		case DuplicateMerge:
			switch {
			case tobj.typ == TypeObject || tobj.typ == TypeArray:
				nobj = tobj
			case priold == prinew:
				p.appendElement(h, tobj, nobj)
			case priold > prinew:
			default:
				h.replace(tobj, nobj)
			}
		}
	}
	p.cur = nobj
	p.attachComment(nobj, false)
	return true
}

// parseKey reads a key and its separator. It sets endOfObject at '}' and
// nextKey when the key is followed by more keys before a '{' or '['.
func (p *Parser) parseKey(ch *chunk, nextKey, endOfObject, gotContent *bool) bool {
	pos := ch.pos
	c := -1
	end := 0
	gotQuote, gotEq, gotColon := false, false, false
	needUnescape, uclEscape, varExpand := false, false, false

	if pos >= len(ch.data) {
		p.setErr(ErrSyntax, "unexpected end of input while parsing key")
		*endOfObject = true
		return true
	}
	if ch.data[pos] == '.' && p.flags&ParserDisableMacro == 0 {
		ch.skip(&pos)
		p.prevState = p.state
		p.state = stateMacroName
		*endOfObject = false
		return true
	}
	for pos < len(ch.data) {
		b := ch.data[pos]
		if c < 0 {
			switch {
			case ch.remain() >= 2 && isComment(b, ch.at(pos+1)):
				if !p.skipComments() {
					return false
				}
				pos = ch.pos
			case isClass(b, chWhitespaceUnsafe):
				ch.skip(&pos)
			case isClass(b, chKeyStart):
				c = pos
				ch.skip(&pos)
				*gotContent = true
			case b == '"':
				c = pos + 1
				gotQuote = true
				*gotContent = true
				ch.skip(&pos)
			case b == '}':
				*endOfObject = true
				return true
			case b == '.' && p.flags&ParserDisableMacro == 0:
				ch.skip(&pos)
				p.prevState = p.state
				p.state = stateMacroName
				return true
			default:
				p.setErr(ErrSyntax, "key must begin with a letter")
				return false
			}
			continue
		}
		if !gotQuote {
			if isClass(b, chKey) {
				*gotContent = true
				ch.skip(&pos)
				continue
			}
			if isClass(b, chKeySep) {
				end = pos
				break
			}
			p.setErr(ErrSyntax, "invalid character in a key")
			return false
		}
		if !p.lexJSONString(ch, &needUnescape, &uclEscape, &varExpand) {
			return false
		}
		end = ch.pos - 1
		pos = ch.pos
		break
	}
	if pos >= len(ch.data) && *gotContent {
		p.setErr(ErrSyntax, "unfinished key")
		return false
	} else if !*gotContent {
		return true
	}
	*endOfObject = false
	for pos < len(ch.data) {
		b := ch.data[pos]
		if isClass(b, chWhitespace) {
			ch.skip(&pos)
		} else if b == '=' {
			if gotEq || gotColon {
				p.setErr(ErrSyntax, "unexpected '=' character")
				return false
			}
			ch.skip(&pos)
			gotEq = true
		} else if b == ':' {
			if gotEq || gotColon {
				p.setErr(ErrSyntax, "unexpected ':' character")
				return false
			}
			ch.skip(&pos)
			gotColon = true
		} else if ch.remain() >= 2 && isComment(b, ch.at(pos+1)) {
			if !p.skipComments() {
				return false
			}
			pos = ch.pos
		} else {
			break
		}
	}
	if pos >= len(ch.data) {
		p.setErr(ErrSyntax, "unfinished key")
		return false
	}
	if !gotEq && !gotColon {
		// Either "key1 key2 ... {" (nested objects) or "key value".
		t := pos
		*nextKey = false
		for isClass(ch.at(t), chWhitespace) {
			t++
		}
		if tc := ch.at(t); tc != '{' && tc != '[' {
			for t < len(ch.data) {
				tc = ch.data[t]
				if tc == ',' || tc == ';' || tc == '\n' || tc == '\r' {
					break
				} else if tc == '{' || tc == '[' {
					*nextKey = true
					break
				}
				t++
			}
		}
	}
	nobj := newObject(TypeNull, uint(p.chunks.priority))
	nobj.key = p.copyString(ch.data[c:end], needUnescape, p.flags&ParserKeyLowercase != 0, false, false)
	if nobj.key == "" {
		p.setErr(ErrSyntax, "empty keys are not allowed")
		return false
	}
	if !p.processObjectElement(nobj) {
		return false
	}
	if uclEscape {
		nobj.flags |= FlagNeedKeyEscape
	}
	return true
}

// parseStringValue scans a bare value up to a value terminator or a
// comment, skipping balanced braces and escaped bytes.
func (p *Parser) parseStringValue(ch *chunk, varExpand, needUnescape *bool) {
	var open, close [3]int // round (unused), square, figure
	pos := ch.pos
	for pos < len(ch.data) {
		b := ch.data[pos]
		switch b {
		case '{':
			open[2]++
		case '}':
			close[2]++
			if close[2] <= open[2] {
				ch.skip(&pos)
				continue
			}
		case '[':
			open[1]++
		case ']':
			close[1]++
			if close[1] <= open[1] {
				ch.skip(&pos)
				continue
			}
		case '$':
			*varExpand = true
		case '\\':
			*needUnescape = true
			ch.skip(&pos)
			if pos < len(ch.data) {
				ch.skip(&pos)
			}
			continue
		}
		if isAtomEnd(b) || (ch.remain() >= 2 && isComment(b, ch.at(pos+1))) {
			break
		}
		ch.skip(&pos)
	}
}

// parseMultilineString reads heredoc lines until a line equal to term
// (followed by a newline, ';', ',' or the end). It returns the start and
// length of the text; a zero length means no terminator was found.
func (p *Parser) parseMultilineString(ch *chunk, term []byte, varExpand *bool) (int, int) {
	pos := ch.pos
	start := pos
	newline := false
	for pos < len(ch.data) {
		if newline {
			if len(ch.data)-pos < len(term) {
				return start, 0
			}
			if string(ch.data[pos:pos+len(term)]) == string(term) {
				tend := pos + len(term)
				if tend < len(ch.data) && ch.data[tend] != '\n' && ch.data[tend] != ';' && ch.data[tend] != ',' {
					ch.skip(&pos)
					continue
				}
				n := pos - start
				ch.pos = pos + len(term)
				ch.column = uint32(len(term))
				return start, n
			}
		}
		if ch.data[pos] == '\n' {
			newline = true
		} else {
			if ch.data[pos] == '$' {
				*varExpand = true
			}
			newline = false
		}
		ch.skip(&pos)
	}
	return start, 0
}

// getContainer returns the object a value is read into: a new element for
// arrays, or the current key's object.
func (p *Parser) getContainer() *Object {
	if p.stack == nil || p.stack.obj == nil {
		return nil
	}
	if p.stack.obj.typ == TypeArray {
		obj := newObject(TypeNull, uint(p.chunks.priority))
		p.stack.obj.ArrayAppend(obj)
		p.cur = obj
		p.attachComment(obj, false)
		return obj
	}
	return p.cur
}

// parseValue reads one value.
func (p *Parser) parseValue(ch *chunk) bool {
	pos := ch.pos
	var obj *Object
	needUnescape, uclEscape, varExpand := false, false, false

	if pos < len(ch.data) && (isClass(ch.data[pos], chWhitespaceUnsafe) ||
		(ch.remain() >= 2 && isComment(ch.data[pos], ch.at(pos+1)))) {
		for pos < len(ch.data) && isClass(ch.data[pos], chWhitespaceUnsafe) {
			ch.skip(&pos)
		}
		if !p.skipComments() {
			return false
		}
		pos = ch.pos
	}
	for pos < len(ch.data) {
		c := pos
		b := ch.data[pos]
		switch b {
		case '"':
			ch.skip(&pos)
			if !p.lexJSONString(ch, &needUnescape, &uclEscape, &varExpand) {
				return false
			}
			if obj = p.getContainer(); obj == nil {
				return false
			}
			obj.typ = TypeString
			obj.sv = p.copyString(ch.data[c+1:ch.pos-1], needUnescape, false, varExpand, false)
			obj.n = uint32(len(obj.sv))
			p.state = stateAfterValue
			return true
		case '\'':
			ch.skip(&pos)
			if !p.lexSquotedString(ch, &needUnescape) {
				return false
			}
			if obj = p.getContainer(); obj == nil {
				return false
			}
			obj.typ = TypeString
			obj.flags |= FlagSquoted
			obj.sv = p.copyString(ch.data[c+1:ch.pos-1], needUnescape, false, varExpand, true)
			obj.n = uint32(len(obj.sv))
			p.state = stateAfterValue
			return true
		case '{', '[':
			isArray := b == '['
			if obj = p.getContainer(); obj == nil {
				p.state = stateError
				if isArray {
					p.setErr(ErrSyntax, "array value must be a part of an object")
				} else {
					p.setErr(ErrSyntax, "object value must be a part of an object")
				}
				return false
			}
			if p.stack == nil {
				return false
			}
			if p.addContainer(obj, isArray, p.stack.level, true) == nil {
				return false
			}
			ch.skip(&pos)
			return true
		case ']':
			if p.stack != nil && p.stack.obj.typ == TypeArray {
				p.state = stateAfterValue
				return true
			}
			return p.parseAtom(ch, c, pos, obj)
		case '<':
			if obj = p.getContainer(); obj == nil {
				p.state = stateError
				p.setErr(ErrSyntax, "multiline value must be a part of an object")
				return false
			}
			if len(ch.data)-pos > 3 && ch.data[pos+1] == '<' {
				pos += 2
				for pos < len(ch.data) && ch.data[pos] >= 'A' && ch.data[pos] <= 'Z' {
					pos++
				}
				if pos == len(ch.data) {
					p.setErr(ErrSyntax, "unterminated multiline value")
					return false
				}
				if ch.data[pos] == '\n' {
					term := ch.data[c+2 : pos]
					ch.pos = pos + 1
					ch.column = 0
					ch.line++
					start, n := p.parseMultilineString(ch, term, &varExpand)
					if n == 0 {
						p.setErr(ErrSyntax, "unterminated multiline value")
						return false
					}
					obj.typ = TypeString
					obj.flags |= FlagMultiline
					obj.sv = p.copyString(ch.data[start:start+n-1], false, false, varExpand, false)
					obj.n = uint32(len(obj.sv))
					p.state = stateAfterValue
					return true
				}
			}
			return p.parseAtom(ch, c, pos, obj)
		default:
			return p.parseAtom(ch, c, pos, obj)
		}
	}
	return true
}

// parseAtom reads a number, boolean, null or bare string starting at c;
// pos is the (possibly advanced) scan position of the caller.
func (p *Parser) parseAtom(ch *chunk, c, pos int, obj *Object) bool {
	needUnescape, varExpand := false, false
	if obj == nil {
		obj = p.getContainer()
	}
	if obj == nil {
		p.state = stateError
		p.setErr(ErrSyntax, "value must be a part of an object")
		return false
	}
	if isClass(ch.at(pos), chValueDigitStart) {
		if p.lexNumber(ch, obj) {
			p.state = stateAfterValue
			return true
		}
		if p.state == stateError {
			return false
		}
	}
	p.parseStringValue(ch, &varExpand, &needUnescape)
	stripped := 0
	for isClass(ch.at(ch.pos-1-stripped), chWhitespace) {
		stripped++
	}
	n := ch.pos - c - stripped
	v := ch.data[c:max(c, c+n)]
	switch {
	case n <= 0:
		p.setErr(ErrSyntax, "string value must not be empty")
		return false
	case string(v) == "null":
		obj.n = 0
		obj.typ = TypeNull
	case string(v) == "nan":
		obj.n = 0
		obj.typ = TypeFloat
		obj.dv = math.Float64frombits(0x7ff8000000000000) // C NAN, not Go's NaN bits
	case string(v) == "inf":
		obj.n = 0
		obj.typ = TypeFloat
		obj.dv = math.Inf(1)
	default:
		if bv, ok := parseBoolean(v); ok {
			obj.typ = TypeBoolean
			obj.iv = bv
		} else {
			obj.typ = TypeString
			obj.sv = p.copyString(v, needUnescape, false, varExpand, false)
			obj.n = uint32(len(obj.sv))
		}
	}
	p.state = stateAfterValue
	return true
}

// parseAfterValue skips separators and closes objects and arrays.
func (p *Parser) parseAfterValue(ch *chunk) bool {
	pos := ch.pos
	gotSep := false
	for pos < len(ch.data) {
		b := ch.data[pos]
		switch {
		case isClass(b, chWhitespace):
			ch.skip(&pos)
		case ch.remain() >= 2 && isComment(b, ch.at(pos+1)):
			if !p.skipComments() {
				return false
			}
			gotSep = true
			pos = ch.pos
		case isAtomEnd(b):
			if b != '}' && b != ']' {
				gotSep = true
				ch.skip(&pos)
				continue
			}
			if p.stack == nil {
				p.setErr(ErrSyntax, "end of array or object detected without corresponding start")
				return false
			}
			if (b == '}' && p.stack.obj.typ == TypeObject) || (b == ']' && p.stack.obj.typ == TypeArray) {
				st := p.stack
				if st.flags&stackHasObrace == 0 {
					p.errCode = ErrUnpaired
					fname := "memory"
					if ch.fname != "" {
						fname = ch.fname
					}
					p.createErr("%s:%d object closed with } is not opened with { at line %d",
						fname, p.chunks.line, st.line)
					return false
				}
				if st.flags&stackAutomatic != 0 {
					st.flags = 0
				} else {
					p.stack = st.next
				}
				if p.cur != nil {
					p.attachComment(p.cur, true)
				}
				for p.stack != nil {
					st = p.stack
					if st.next == nil || st.next.level == st.level {
						break
					}
					p.stack = st.next
					p.cur = st.obj
				}
			} else {
				p.setErr(ErrSyntax, "unexpected terminating symbol detected")
				return false
			}
			if p.stack == nil {
				// everything after the top object is ignored
				return true
			}
			ch.skip(&pos)
			gotSep = true
		default:
			if !gotSep {
				p.setErr(ErrSyntax, "delimiter is missing")
				return false
			}
			return true
		}
	}
	return true
}

// skipMacroAsComment skips a macro when macros are disabled (unused by
// the state machine as upstream only reaches it with macros enabled).

// parseMacroValue reads a macro's value: a quoted string (raw, not
// unescaped), a {...} block or a bare value.
func (p *Parser) parseMacroValue(ch *chunk) ([]byte, bool) {
	pos := ch.pos
	var val []byte
	if pos >= len(ch.data) {
		p.setErr(ErrSyntax, "unexpected end of input while parsing macro value")
		return nil, false
	}
	switch ch.data[pos] {
	case '"':
		c := pos
		ch.skip(&pos)
		var a, b, d bool
		if !p.lexJSONString(ch, &a, &b, &d) {
			return nil, false
		}
		val = ch.data[c+1 : ch.pos-1]
		pos = ch.pos
	case '{':
		ch.skip(&pos)
		for pos < len(ch.data) && isClass(ch.data[pos], chWhitespaceUnsafe) {
			ch.skip(&pos)
		}
		c := pos
		for pos < len(ch.data) && ch.data[pos] != '}' {
			ch.skip(&pos)
		}
		if pos >= len(ch.data) {
			p.setErr(ErrSyntax, "unterminated macro value, missing '}'")
			return nil, false
		}
		val = ch.data[c:pos]
		ch.skip(&pos)
	default:
		c := pos
		for pos < len(ch.data) && !isAtomEnd(ch.data[pos]) {
			ch.skip(&pos)
		}
		val = ch.data[c:pos]
	}
	for pos < len(ch.data) && (isClass(ch.data[pos], chWhitespaceUnsafe) || ch.data[pos] == ';') {
		ch.skip(&pos)
	}
	return val, true
}

// parseMacroArguments parses "(...)" after a macro name as UCL. On an
// unbalanced argument list the position is restored and nil returned.
func (p *Parser) parseMacroArguments(ch *chunk) *Object {
	savedPos, savedLine, savedCol := ch.pos, ch.line, ch.column
	pos := ch.pos
	if ch.remain() < 2 || ch.data[pos] != '(' {
		return nil
	}
	ch.skip(&pos)
	c := pos
	obraces, ebraces, state, n := 1, 0, 0, 0
	for pos < len(ch.data) {
		switch state {
		case 0:
			switch ch.data[pos] {
			case '(':
				obraces++
			case ')':
				ebraces++
			case '"':
				state = 1
			}
			if obraces == ebraces {
				state = 99
			} else {
				n++
			}
			if ch.remain() == 0 {
				ch.pos, ch.line, ch.column = savedPos, savedLine, savedCol
				return nil
			}
			ch.skip(&pos)
		case 1:
			if ch.data[pos] == '"' && ch.at(pos-1) != '\\' {
				state = 0
			}
			if ch.remain() == 0 {
				ch.pos, ch.line, ch.column = savedPos, savedLine, savedCol
				return nil
			}
			n++
			ch.skip(&pos)
		default:
			ap := NewParser(p.flags)
			if !ap.addChunk(ch.data[c:c+n], ap.defaultPriority, DuplicateAppend, ParseUCL) {
				p.setErr(ErrSyntax, "macro arguments parsing error")
				return nil
			}
			return ap.Object()
		}
	}
	return nil
}

// skipSpacesComments skips whitespace and then at most one run of comments.
func (p *Parser) skipSpacesComments(ch *chunk) bool {
	pos := ch.pos
	for pos < len(ch.data) {
		if !isClass(ch.data[pos], chWhitespaceUnsafe) {
			if ch.remain() >= 2 && isComment(ch.data[pos], ch.at(pos+1)) {
				if !p.skipComments() {
					return false
				}
			}
			break
		}
		ch.skip(&pos)
	}
	return true
}

// stateMachine parses the current chunk.
func (p *Parser) stateMachine() bool {
	ch := p.chunks
	var (
		macroName                  int
		macro                      MacroHandler
		nextKey, endOfObject, gotC bool
	)
	if p.top == nil {
		p.state = stateInit
	}
	pos := ch.pos
	for ch.pos < len(ch.data) {
		switch p.state {
		case stateInit:
			if !p.skipComments() {
				p.prevState = p.state
				p.state = stateError
				return false
			}
			seenObrace := false
			for pos < len(ch.data) && isClass(ch.data[pos], chWhitespaceUnsafe) {
				ch.skip(&pos)
			}
			pos = ch.pos
			if pos < len(ch.data) {
				switch ch.data[pos] {
				case '[':
					p.state = stateValue
					ch.skip(&pos)
					seenObrace = true
				case '{':
					ch.skip(&pos)
					p.state = stateKeyObrace
					seenObrace = true
				default:
					p.state = stateKey
				}
			}
			if p.top == nil {
				obj := p.addContainer(nil, p.state == stateValue, 0, seenObrace)
				if obj == nil {
					return false
				}
				p.top = obj
				p.cur = obj
			}
		case stateKeyObrace, stateKey:
			if p.state == stateKeyObrace && p.stack != nil {
				p.stack.flags |= stackHasObrace | stackAutomatic
			}
			for pos < len(ch.data) && isClass(ch.data[pos], chWhitespaceUnsafe) {
				ch.skip(&pos)
			}
			if pos == len(ch.data) || ch.data[pos] == '}' {
				p.state = stateAfterValue
				continue
			}
			if p.stack == nil {
				p.setErr(ErrSyntax, "top object is finished but the parser expects a key")
				p.prevState = p.state
				p.state = stateError
				return false
			}
			gotC = false
			if !p.parseKey(ch, &nextKey, &endOfObject, &gotC) {
				p.prevState = p.state
				p.state = stateError
				return false
			}
			if endOfObject {
				pos = ch.pos
				p.state = stateAfterValue
				continue
			} else if p.state != stateMacroName {
				if nextKey && p.stack.obj.typ == TypeObject {
					if p.addContainer(p.cur, false, p.stack.level+1, p.state == stateKeyObrace) == nil {
						return false
					}
				} else if gotC {
					p.state = stateValue
				}
			} else {
				macroName = ch.pos
			}
			pos = ch.pos
		case stateValue:
			if p.cur == nil || !p.parseValue(ch) {
				p.prevState = p.state
				p.state = stateError
				return false
			}
			pos = ch.pos
		case stateAfterValue:
			if !p.parseAfterValue(ch) {
				p.prevState = p.state
				p.state = stateError
				return false
			}
			if p.stack == nil {
				return true
			}
			if p.stack.obj.typ == TypeObject {
				p.state = stateKey
			} else {
				p.state = stateValue
			}
			pos = ch.pos
		case stateMacroName:
			b := ch.at(pos)
			if !isClass(b, chWhitespaceUnsafe) && b != '(' {
				ch.skip(&pos)
				continue
			}
			if pos-macroName <= 0 {
				p.createErr("error at %s:%d at column %d: invalid macro name",
					chunkName(ch), ch.line, ch.column)
				p.state = stateError
				return false
			}
			name := string(ch.data[macroName:pos])
			macro = p.macro(name)
			if macro == nil {
				p.createErr("error at %s:%d at column %d: unknown macro: '%s', character: '%c'",
					chunkName(ch), ch.line, ch.column, name, ch.at(ch.pos))
				p.state = stateError
				return false
			}
			if !p.skipSpacesComments(ch) {
				return false
			}
			pos = ch.pos
			p.state = stateMacro
		case stateMacro:
			var args *Object
			if ch.at(ch.pos) == '(' {
				args = p.parseMacroArguments(ch)
				pos = ch.pos
				if args != nil && !p.skipSpacesComments(ch) {
					return false
				}
			}
			val, ok := p.parseMacroValue(ch)
			if !ok {
				p.prevState = p.state
				p.state = stateError
				return false
			}
			if e, ok := p.expandVariables(val); ok {
				val = e
			}
			p.state = p.prevState
			err := macro(p, val, args, p.top)
			if err != nil && err != ErrSilent {
				p.createErr("%s", err.Error())
			}
			ch = p.chunks
			pos = ch.pos
			if err != nil {
				return false
			}
		case stateError:
			return false
		}
	}
	if p.lastComment != nil {
		switch {
		case p.cur != nil:
			p.attachComment(p.cur, true)
		case p.stack != nil && p.stack.obj != nil:
			p.attachComment(p.stack.obj, true)
		case p.top != nil:
			p.attachComment(p.top, true)
		default:
			p.lastComment = nil
		}
	}
	if p.stack != nil && p.state != stateError {
		hasErr := false
		for st := p.stack; st != nil; st = st.next {
			if st.chunk != p.chunks {
				break
			}
			if st.flags&stackHasObrace != 0 {
				p.appendErr("%s:%d unmatched open brace at %d; ", chunkName(ch), p.chunks.line, st.line)
				hasErr = true
			}
		}
		if hasErr {
			p.errCode = ErrUnpaired
			return false
		}
	}
	return true
}

func chunkName(ch *chunk) string {
	if ch.fname != "" {
		return ch.fname
	}
	return "memory"
}
