package css

import "strings"

type selectorType uint8

const (
	selTag selectorType = iota
	selClass
	selID
	selAll
)

// selector is a simple selector: a tag, a class, an id or '*'.
type selector struct {
	typ selectorType
	tag int
	str string
}

// processSelectors reads the comma separated simple selectors of a rule
// prelude; compound selectors are kept by their first part, unknown tags
// are dropped (upstream's process_selector_tokens).
func processSelectors(blocks []*block, tagID func(string) (int, bool)) []*selector {
	const (
		parseStart = iota
		expectIdent
		identConsumed
		ignoreRest
	)
	var ret []*selector
	var cur *selector
	state := parseStart
	for i := 0; i <= len(blocks); i++ {
		b := eofBlock
		if i < len(blocks) {
			b = blocks[i]
		}
		if b.tag != blockComponent {
			if state == identConsumed && cur != nil {
				ret = append(ret, cur)
			}
			break
		}
		t := &b.tok
		switch state {
		case parseStart:
			switch t.typ {
			case tokDelim:
				switch d, _ := t.delimOr(); d {
				case '.':
					cur = &selector{typ: selClass}
					state = expectIdent
				case '#':
					cur = &selector{typ: selID}
					state = expectIdent
				case '*':
					cur = &selector{typ: selAll}
					state = identConsumed
				}
			case tokIdent:
				if id, ok := tagID(t.stringOr("")); ok {
					cur = &selector{typ: selTag, tag: id}
				}
				state = identConsumed
			case tokHash:
				cur = &selector{typ: selID, str: t.stringOr("")}
				state = identConsumed
			default:
				return ret
			}
		case expectIdent:
			if t.typ != tokIdent || cur == nil {
				return ret
			}
			cur.str = t.stringOr("")
			state = identConsumed
		case identConsumed:
			switch {
			case t.typ == tokComma && cur != nil:
				ret = append(ret, cur)
				cur = nil
				state = parseStart
			default:
				state = ignoreRest
			}
		default:
			if t.typ == tokComma && cur != nil {
				ret = append(ret, cur)
				cur = nil
				state = parseStart
			}
		}
	}
	return ret
}

// StyleSheet holds the rules of the <style> elements of an HTML part,
// indexed by tag, class and id selectors.
type StyleSheet struct {
	tags      map[int]*declarations
	classes   map[string]*declarations
	ids       map[string]*declarations
	universal *declarations
}

func newStyleSheet() *StyleSheet {
	return &StyleSheet{tags: map[int]*declarations{}, classes: map[string]*declarations{},
		ids: map[string]*declarations{}}
}

func (s *StyleSheet) addSelectorRule(sel *selector, decls *declarations) {
	var existing *declarations
	switch sel.typ {
	case selAll:
		if s.universal != nil {
			s.universal.mergeBlock(decls)
		} else {
			s.universal = decls
		}
		return
	case selClass:
		if existing = s.classes[sel.str]; existing == nil {
			s.classes[sel.str] = decls
		}
	case selID:
		if existing = s.ids[sel.str]; existing == nil {
			s.ids[sel.str] = decls
		}
	case selTag:
		if existing = s.tags[sel.tag]; existing == nil {
			s.tags[sel.tag] = decls
		}
	}
	if existing != nil {
		existing.mergeBlock(decls)
	}
}

// TagBlock returns the block the sheet gives an element from its tag id
// and, when present, its id and class attributes (nil when no selector
// applies). Id rules come first, then classes, tag and the universal
// selector fill what is left.
func (s *StyleSheet) TagBlock(tag int, id string, hasID bool, class string, hasClass bool) *Block {
	var res *Block
	if hasID && len(s.ids) > 0 {
		if d := s.ids[id]; d != nil {
			res = d.compile()
		}
	}
	add := func(d *declarations) {
		b := d.compile()
		if res == nil {
			res = b
		} else {
			res.Propagate(b)
		}
	}
	if hasClass && len(s.classes) > 0 {
		for e := range strings.SplitSeq(class, " ") {
			if e == "" {
				continue
			}
			if d := s.classes[e]; d != nil {
				add(d)
			}
		}
	}
	if len(s.tags) > 0 {
		if d := s.tags[tag]; d != nil {
			add(d)
		}
	}
	if s.universal != nil {
		add(s.universal)
	}
	return res
}
