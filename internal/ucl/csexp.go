package ucl

import "math"

// parseCSexp parses the current chunk as canonical S-expressions: lists
// become arrays and "len:bytes" atoms binary strings.
func (p *Parser) parseCSexp() bool {
	const (
		startParse = iota
		readObrace
		readLength
		readValue
		readEbrace
		parseErr
	)
	data := p.chunks.data
	pos, end := 0, len(data)
	state := startParse
	var n uint64
	depth := 0

	nextState := func() {
		if pos >= end {
			if state != readEbrace {
				p.createErr("extra data")
				state = parseErr
			}
			return
		}
		switch data[pos] {
		case '(':
			state = readObrace
		case ')':
			state = readEbrace
		default:
			n = 0
			state = readLength
		}
	}
	cleanup := func() bool {
		for p.stack != nil {
			p.stack = p.stack.next
		}
		return false
	}

	for pos < end {
		switch state {
		case startParse:
			if data[pos] == '(' {
				state = readObrace
			} else {
				p.createErr("bad starting character for sexp block: %x", data[pos])
				state = parseErr
			}
		case readObrace:
			if depth >= maxNesting {
				p.createErr("csexp nesting too deep (over %d)", maxNesting)
				state = parseErr
				continue
			}
			st := &stackElt{obj: newObject(TypeArray, 0)}
			if p.stack == nil {
				p.stack = st
				if p.top == nil {
					p.top = st.obj
				}
			} else {
				st.next = p.stack
				p.stack = st
			}
			depth++
			pos++
			nextState()
		case readLength:
			c := data[pos]
			switch {
			case c == ':':
				if n == 0 {
					p.createErr("zero length element")
					state = parseErr
					continue
				}
				state = readValue
			case c >= '0' && c <= '9':
				n = n*10 + uint64(c-'0')
				if n > math.MaxUint32 {
					p.createErr("too big length of an element")
					state = parseErr
					continue
				}
			default:
				p.createErr("bad length character: %x", c)
				state = parseErr
				continue
			}
			pos++
		case readValue:
			if uint64(end-pos) < n || n == 0 {
				p.createErr("invalid length: %d, %d remain", n, end-pos)
				state = parseErr
				continue
			}
			obj := newObject(TypeString, 0)
			obj.sv = string(data[pos : pos+int(n)])
			obj.n = uint32(n)
			obj.flags |= FlagBinary
			if p.stack == nil {
				p.createErr("value outside of any list")
				state = parseErr
				continue
			}
			p.stack.obj.ArrayAppend(obj)
			pos += int(n)
			nextState()
		case readEbrace:
			if p.stack == nil {
				p.createErr("invalid length: %d, %d remain", n, end-pos)
				state = parseErr
				continue
			}
			st := p.stack
			p.stack = st.next
			if p.stack != nil {
				if p.stack.obj.typ != TypeArray {
					p.createErr("bad container object, array expected")
					state = parseErr
					continue
				}
				p.stack.obj.ArrayAppend(st.obj)
			}
			if depth > 0 {
				depth--
			}
			pos++
			nextState()
		default:
			return cleanup()
		}
	}
	if state != readEbrace {
		p.createErr("invalid finishing state: %d", state)
		return cleanup()
	}
	return true
}
