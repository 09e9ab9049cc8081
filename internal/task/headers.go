package task

import (
	"log/slog"
	"strings"

	"github.com/gorspamd/rspamd/internal/mime"
	"github.com/gorspamd/rspamd/internal/rfc2047"
)

// Header modification flags, with upstream's bit values (beyond mime's
// header flags).
const (
	// HeaderModified marks a header whose modified chain Lua changed.
	HeaderModified mime.HeaderFlags = 1 << 15
	// HeaderAdded marks a header Lua added.
	HeaderAdded mime.HeaderFlags = 1 << 16
	// HeaderRemoved marks a header Lua removed.
	HeaderRemoved mime.HeaderFlags = 1 << 17
	// HeaderNonExisting marks the placeholder of a name the message did not
	// have, made when Lua adds such a header.
	HeaderNonExisting mime.HeaderFlags = 1 << 18
)

// HeaderAdd is a header value to add at a position of the modified chain:
// 0 first, -1 last, n > 0 before the n+1th.
type HeaderAdd struct {
	Order int64
	Value string
}

// headerMods is what Lua changed for one header name: the first header of
// the name (or a placeholder) and the modified chain that replaces the
// headers of the name.
type headerMods struct {
	first *mime.Header
	chain []*mime.Header
}

// modsFor returns the modification state of name, making a placeholder
// header (appended to the message's header list) when the message has
// no header of that name.
func (t *Task) modsFor(name string) *headerMods {
	key := strings.ToLower(name)
	if m := t.hdrMods[key]; m != nil {
		return m
	}
	if t.hdrMods == nil {
		t.hdrMods = map[string]*headerMods{}
	}
	m := &headerMods{}
	if list := t.Message.Headers.Get(name); len(list) > 0 {
		m.first = list[0]
	} else {
		m.first = &mime.Header{Name: name, Flags: HeaderModified | HeaderNonExisting}
		t.Message.Headers.List = append(t.Message.Headers.List, m.first)
	}
	t.hdrMods[key] = m
	return m
}

// ModifyHeader changes the headers named name as
// rspamd_message_set_modified_header does: remove marks headers of the
// current chain (by position from 1, from the end when negative, all for
// 0) removed, add inserts new values; the result is the name's modified
// chain, which ModifiedHeaders returns. The quirks are upstream's: adding
// to a name not modified yet starts the chain with its first header only,
// and an added header's raw form is cut to the length of its value.
func (t *Task) ModifyHeader(name string, remove []int64, hasRemove bool, add []HeaderAdd, hasAdd bool) {
	m := t.modsFor(name)
	existing := m.chain
	if m.first.Flags&HeaderModified == 0 {
		existing = t.Message.Headers.Get(name)
	}
	if hasRemove {
		var kept []*mime.Header
		for _, h := range existing {
			if h.Flags&HeaderRemoved == 0 {
				kept = append(kept, h)
			}
		}
		for _, ord := range remove {
			switch {
			case ord == 0:
				for _, h := range kept {
					h.Flags |= HeaderModified | HeaderRemoved
				}
			case ord > 0 && ord <= int64(len(kept)):
				kept[ord-1].Flags |= HeaderModified | HeaderRemoved
			case ord < 0 && -ord <= int64(len(kept)):
				kept[int64(len(kept))+ord].Flags |= HeaderModified | HeaderRemoved
			}
		}
		m.first.Flags |= HeaderModified
		m.chain = nil
		for _, h := range kept {
			if h.Flags&HeaderRemoved == 0 {
				c := *h
				m.chain = append(m.chain, &c)
			}
		}
	}
	if !hasAdd {
		return
	}
	if m.first.Flags&HeaderModified == 0 {
		m.first.Flags |= HeaderModified
		c := *m.first
		m.chain = []*mime.Header{&c}
	}
	for _, a := range add {
		if a.Value == "" {
			continue
		}
		nh := t.addedHeader(m.first.Name, a.Value)
		switch {
		case a.Order == 0:
			m.chain = append([]*mime.Header{nh}, m.chain...)
		case a.Order == -1:
			m.chain = append(m.chain, nh)
		case a.Order > 0:
			pos := int(min(a.Order, int64(len(m.chain))))
			m.chain = append(m.chain[:pos], append([]*mime.Header{nh}, m.chain[pos:]...)...)
		default:
			t.logf(slog.LevelError, "internal error: calling for set_modified_header with negative add order header")
		}
	}
}

// addedHeader makes a header Lua adds: its value unfolded (up to a NUL),
// decoded, and its raw form "Name: value" with the message's line break,
// cut to the length of the value.
func (t *Task) addedHeader(name, value string) *mime.Header {
	if i := strings.IndexByte(value, 0); i >= 0 {
		value = value[:i]
	}
	nl := "\r\n"
	switch t.Message.Newlines {
	case mime.NewlinesLF:
		nl = "\n"
	case mime.NewlinesCR:
		nl = "\r"
	}
	raw := name + ": " + value + nl
	dec, _ := rfc2047.DecodeString(value)
	return &mime.Header{
		Name:         name,
		Value:        unfold(value),
		Decoded:      dec,
		Raw:          []byte(raw[:len(value)]),
		Separator:    " ",
		HasSeparator: true,
		Flags:        HeaderAdded,
	}
}

// unfold joins folded lines (rspamd_message_header_unfold_inplace): a line
// break followed by whitespace becomes one space; a line break not
// followed by whitespace is kept; trailing breaks and whitespace go.
func unfold(v string) string {
	const (
		copying = iota
		cr
		lf
		ws
	)
	out := make([]byte, 0, len(v))
	state := copying
	for i := 0; i < len(v); {
		c := v[i]
		switch state {
		case copying:
			switch c {
			case '\r':
				state = cr
			case '\n':
				state = lf
			default:
				out = append(out, c)
			}
			i++
		case cr:
			switch {
			case c == '\n':
				state = lf
				i++
			case isSpace(c):
				state = ws
				i++
			default:
				out = append(out, '\r')
				state = copying
			}
		case lf:
			if isSpace(c) {
				state = ws
				i++
			} else {
				out = append(out, '\n')
				state = copying
			}
		case ws:
			if isSpace(c) {
				i++
			} else {
				out = append(out, ' ')
				state = copying
			}
		}
	}
	return string(out)
}

// ModifiedHeaders returns the headers named name as a Lua getter with
// need_modified sees them: the modified chain when Lua changed the name,
// else the message's headers (nil without a message).
func (t *Task) ModifiedHeaders(name string) []*mime.Header {
	if t.Message == nil {
		return nil
	}
	if m := t.hdrMods[strings.ToLower(name)]; m != nil && m.first.Flags&HeaderModified != 0 {
		return m.chain
	}
	return t.Message.Headers.Get(name)
}

// ModifiedChain returns the modified chain of h when h is the header a
// name's modifications hang on (the first of its name), nil otherwise.
func (t *Task) ModifiedChain(h *mime.Header) []*mime.Header {
	if h.Flags&HeaderModified == 0 {
		return nil
	}
	if m := t.hdrMods[strings.ToLower(h.Name)]; m != nil && m.first == h {
		return m.chain
	}
	return nil
}
