package mime

// InjectTextPart adds a virtual text part with UTF-8 content, as Lua's
// task:inject_part('text', content, original) does (lua_content injects
// the text it extracts from PDF documents this way). It may be called
// from the Content hook while Process runs, like upstream, or later.
//
// The part is appended to Parts and the text part to TextParts; it is a
// text/plain; charset=utf-8 part with the PartComputed flag, original as
// its parent, Number 0 (upstream never numbers it) and no digest. Its text
// is processed as rspamd_message_process_injected_text_part does: charset
// check, line break folding, URL exceptions (URLFindAll) and words; when
// called from Process the language and word hashes follow with the other
// text parts.
func (m *Message) InjectTextPart(content []byte, original *Part) *TextPart {
	content = append([]byte(nil), content...)
	p := &Part{
		CT:      &ContentType{Type: "text", Subtype: "plain", Charset: "utf-8", Flags: CTText},
		Raw:     content,
		Parsed:  content,
		Parent:  original,
		Headers: &Headers{},
		Flags:   PartComputed,
		Type:    PartText,
	}
	tp := &TextPart{Part: p, Raw: content, Parsed: content, UTFRaw: content, Content: content}
	p.Text = tp
	m.Parts = append(m.Parts, p)
	m.TextParts = append(m.TextParts, tp)
	if len(content) == 0 {
		tp.Flags |= TextEmpty
	} else {
		tp.convert()
		if tp.UTFRaw == nil {
			tp.Content = nil
			return tp
		}
		tp.Content = tp.UTFRaw
	}
	tp.strip(m)
	if h := m.opts.Hooks.URLs; h != nil {
		tp.Exceptions = append(tp.Exceptions, h(m, tp, URLFindAll)...)
	}
	sortExceptions(tp.Exceptions)
	tp.makeWords(m)
	return tp
}

// IsInjected reports a virtual part added by InjectTextPart
// (mimepart:is_injected()).
func (p *Part) IsInjected() bool { return p != nil && p.Flags&PartComputed != 0 }
