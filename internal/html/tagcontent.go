package html

// Tag content (name and attributes) parser states.
const (
	tpStart = iota
	tpName
	tpAttrName
	tpEqual
	tpStartDQuote
	tpDQValue
	tpEndDQuote
	tpStartSQuote
	tpSQValue
	tpEndSQuote
	tpValue
	tpSpacesBeforeEq
	tpSpacesAfterEq
	tpSpacesAfterParam
	tpIgnoreBadTag
	tpTagEnd
	tpSlashAfterValue
	tpSlashInUnquotedValue
)

// tagContentParser reads the name and the attributes of a tag one byte at
// a time (upstream's html_parse_tag_content).
type tagContentParser struct {
	state    int
	buf      []byte
	attrName []byte
	// valueStart is the input offset of the value being read (-1: none).
	valueStart int
	// count is the task-wide attributes counter.
	count *int
}

func (tp *tagContentParser) reset() {
	tp.state = tpStart
	tp.buf = tp.buf[:0]
	tp.attrName = tp.attrName[:0]
	tp.valueStart = -1
}

// markValue records where a value starts.
func (tp *tagContentParser) markValue(p int) {
	if tp.valueStart < 0 {
		tp.valueStart = p
	}
}

func (tp *tagContentParser) storeChar(c byte, lc bool) {
	if lc {
		c = lower(c)
	}
	if c == 0 {
		tp.buf = append(tp.buf, "\uFFFD"...)
	} else {
		tp.buf = append(tp.buf, c)
	}
}

// storeValue adds the attribute being parsed to the tag.
func (tp *tagContentParser) storeValue(hc *Content, tag *Tag, p int) {
	defer func() {
		tp.buf = tp.buf[:0]
		tp.attrName = tp.attrName[:0]
		tp.valueStart = -1
	}()
	if len(tp.attrName) == 0 {
		return
	}
	if len(tag.Attrs) >= maxAttrsPerTag || *tp.count >= maxAttrsPerTask {
		hc.Flags |= FlagTooManyAttrs
		return
	}
	*tp.count++
	kind, known := attrByName[string(tp.attrName)]
	var name string
	switch {
	case !known:
		name = string(tp.attrName)
	case kind == attrHref && string(tp.attrName) == "action":
		name = "action"
	default:
		name = kind.name()
	}
	var value string
	if len(tp.buf) > 0 {
		v := tp.buf
		if kind == attrID || kind == attrClass {
			for i, c := range v {
				v[i] = lower(c)
			}
		}
		value = string(v[:DecodeEntities(v, false)])
	}
	a := Attr{Name: name, Value: value, kind: kind}
	if tp.valueStart >= 0 {
		a.offset, a.len = tp.valueStart, p-tp.valueStart
	}
	tag.Attrs = append(tag.Attrs, a)
}

func (tp *tagContentParser) storeName() {
	n := DecodeEntities(tp.buf, false)
	tp.attrName = append(tp.attrName[:0], tp.buf[:n]...)
	tp.buf = tp.buf[:0]
}

// parse consumes in[p] for tag.
func (tp *tagContentParser) parse(hc *Content, tag *Tag, in []byte, p int) {
	c := in[p]
	switch tp.state {
	case tpStart:
		if !isAlpha(c) && !isSpace(c) {
			hc.Flags |= FlagBadElements
			tp.state = tpIgnoreBadTag
			tag.ID = brokenTagID
			tag.Flags |= markBroken
		} else if isAlpha(c) {
			tp.state = tpName
			tp.storeChar(c, true)
		}
	case tpName:
		if !isSpace(c) && c != '>' && c != '/' {
			tp.storeChar(c, true)
			return
		}
		if c == '/' {
			tag.Flags |= markClosed
		}
		if len(tp.buf) == 0 {
			hc.Flags |= FlagBadElements
			tag.ID = brokenTagID
			tag.Flags |= markBroken
			tp.state = tpIgnoreBadTag
			return
		}
		n := DecodeEntities(tp.buf, false)
		name := tp.buf[:n]
		if id, ok := elementIDs[string(name)]; ok {
			tag.ID = id
			tag.Flags = id.props()
		} else {
			hc.Flags |= FlagUnknownElements
			tag.ID = unknownTagID(name)
		}
		tp.buf = tp.buf[:0]
		tp.state = tpSpacesAfterParam
	case tpAttrName:
		switch {
		case c == '=':
			if len(tp.buf) > 0 {
				tp.storeName()
			}
			tp.state = tpEqual
		case isSpace(c):
			tp.storeName()
			tp.state = tpSpacesBeforeEq
		case c == '/':
			tp.storeName()
			tp.storeValue(hc, tag, p)
			tp.state = tpSlashAfterValue
		case c == '>':
			tp.storeName()
			tp.storeValue(hc, tag, p)
			tp.state = tpTagEnd
		default:
			if c == '"' || c == '\'' || c == '<' {
				tag.Flags |= markBroken
			}
			tp.storeChar(c, true)
		}
	case tpSpacesBeforeEq:
		switch {
		case c == '=':
			tp.state = tpEqual
		case isSpace(c):
		case c == '>':
			tp.storeValue(hc, tag, p)
			tp.state = tpTagEnd
		case c == '"' || c == '\'' || c == '<':
			hc.Flags |= FlagBadElements
			tag.Flags |= markBroken
			tp.storeValue(hc, tag, p)
			tp.storeChar(c, true)
			tp.state = tpSpacesAfterParam
		default:
			tp.storeValue(hc, tag, p)
			tp.storeChar(c, true)
			tp.state = tpSpacesAfterParam
		}
	case tpSpacesAfterEq:
		switch {
		case c == '"':
			tp.state = tpStartDQuote
		case c == '\'':
			tp.state = tpStartSQuote
		case !isSpace(c):
			tp.markValue(p)
			tp.storeChar(c, false)
			tp.state = tpValue
		}
	case tpEqual:
		switch {
		case isSpace(c):
			tp.state = tpSpacesAfterEq
		case c == '"':
			tp.state = tpStartDQuote
		case c == '\'':
			tp.state = tpStartSQuote
		default:
			tp.markValue(p)
			tp.storeChar(c, false)
			tp.state = tpValue
		}
	case tpStartDQuote, tpStartSQuote:
		quote, valueState := byte('"'), tpDQValue
		if tp.state == tpStartSQuote {
			quote, valueState = '\'', tpSQValue
		}
		tp.markValue(p)
		if c == quote {
			tp.storeValue(hc, tag, p)
			tp.state = tpSpacesAfterParam
		} else {
			tp.storeChar(c, false)
			tp.state = valueState
		}
	case tpDQValue:
		if c == '"' {
			tp.storeValue(hc, tag, p)
			tp.state = tpEndDQuote
		} else {
			tp.storeChar(c, false)
		}
	case tpSQValue:
		if c == '\'' {
			tp.storeValue(hc, tag, p)
			tp.state = tpEndSQuote
		} else {
			tp.storeChar(c, false)
		}
	case tpValue:
		switch {
		case c == '/':
			tp.state = tpSlashInUnquotedValue
		case isSpace(c) || c == '>' || c == '"':
			tp.storeValue(hc, tag, p)
			tp.state = tpSpacesAfterParam
		default:
			tp.markValue(p)
			tp.storeChar(c, false)
		}
	case tpEndDQuote, tpEndSQuote:
		switch {
		case isSpace(c):
			tp.state = tpSpacesAfterParam
		case c == '/':
			tp.storeValue(hc, tag, p)
			tp.storeChar(c, true)
			tp.state = tpSlashAfterValue
		default:
			tp.state = tpAttrName
			tp.storeValue(hc, tag, p)
			tp.storeChar(c, true)
		}
	case tpSpacesAfterParam:
		if isSpace(c) {
			return
		}
		switch c {
		case '/':
			tp.state = tpSlashAfterValue
		case '=':
			tag.Flags |= markBroken
			tp.storeChar(c, true)
			tp.state = tpAttrName
		default:
			tp.storeChar(c, true)
			tp.state = tpAttrName
		}
	case tpSlashAfterValue:
		if c == '>' {
			tag.Flags |= markClosed
			tp.state = tpTagEnd
		} else if !isSpace(c) {
			tag.Flags |= markBroken
			tp.state = tpAttrName
		}
	case tpSlashInUnquotedValue:
		if c == '>' {
			tag.Flags |= markClosed
			tp.state = tpTagEnd
			tp.storeValue(hc, tag, p)
		} else {
			tp.buf = append(tp.buf, '/')
			tp.storeChar(c, false)
			tp.state = tpValue
		}
	}
}
