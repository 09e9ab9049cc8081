package luaapi

import (
	"encoding/hex"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/mime"
	"github.com/gorspamd/rspamd/internal/task"
	"github.com/gorspamd/rspamd/internal/url"
)

// rspamd{mimepart} (upstream's lua_mimepart.c) over internal/mime's parts,
// and the header accessors the task and its parts share.

const mimePartClass = "rspamd{mimepart}"

// mimePart is the value of an rspamd{mimepart}: a part and the task it
// belongs to (for what the task keeps about the part, such as its URLs).
type mimePart struct {
	t *task.Task
	p *mime.Part
}

// luaSpecific is what mimepart:set_specific attached to a part: a
// registry reference to the Lua value.
type luaSpecific struct {
	ref lua.Ref
}

func init() {
	defineClass(mimePartClass, mimePartMethods, nil)
}

// PushMimePart pushes a part of task t as an rspamd{mimepart}.
func (rt *Runtime) PushMimePart(s *lua.State, t *task.Task, p *mime.Part) {
	s.PushUserdata(rt.Class(mimePartClass), &mimePart{t: t, p: p})
}

// headerHow is how a header is pushed (enum rspamd_lua_task_header_type).
type headerHow int

const (
	headerSimple headerHow = iota
	headerRaw
	headerFull
	headerCount
	headerHas
)

// pushHeader pushes one header as rspamd_lua_push_header does: the
// decoded value, the raw value, or the full table.
func pushHeader(s *lua.State, h *mime.Header, how headerHow) {
	switch how {
	case headerFull:
		// a placeholder made by modify_header has a name only
		placeholder := h.Flags&task.HeaderNonExisting != 0
		s.NewTable(0, 7)
		s.PushString(cconv.CString(h.Name))
		s.SetField(-2, "name")
		if !placeholder {
			s.PushString(cconv.CString(h.Value))
			s.SetField(-2, "value")
		}
		if len(h.Raw) > 0 {
			s.PushBytes(h.Raw)
			s.SetField(-2, "raw")
		}
		if !placeholder {
			s.PushString(cconv.CString(h.Decoded))
			s.SetField(-2, "decoded")
		}
		s.PushBool(h.TabSeparated())
		s.SetField(-2, "tab_separated")
		s.PushBool(h.EmptySeparator())
		s.SetField(-2, "empty_separator")
		if h.HasSeparator {
			s.PushString(cconv.CString(h.Separator))
			s.SetField(-2, "separator")
		}
		s.PushInteger(int64(h.Order))
		s.SetField(-2, "order")
	case headerRaw:
		pushNonPlaceholder(s, h, h.Value)
	default:
		pushNonPlaceholder(s, h, h.Decoded)
	}
}

// pushNonPlaceholder pushes v, or nil for a placeholder header (which has
// no value).
func pushNonPlaceholder(s *lua.State, h *mime.Header, v string) {
	if h.Flags&task.HeaderNonExisting != 0 {
		s.PushNil()
	} else {
		s.PushString(cconv.CString(v))
	}
}

// pushHeaderArray pushes the headers named name as
// rspamd_lua_push_header_array does: the first one (simple or raw), all of
// them (full), their count or whether there is one; strong compares the
// names case-sensitively.
func pushHeaderArray(s *lua.State, name string, list []*mime.Header, how headerHow, strong bool) int {
	if len(list) == 0 {
		switch how {
		case headerHas:
			s.PushBool(false)
		case headerCount:
			s.PushInteger(0)
		default:
			s.PushNil()
		}
		return 1
	}
	match := func(h *mime.Header) bool { return !strong || h.Name == name }
	switch how {
	case headerFull:
		s.NewTable(0, 0)
		n := 0
		for _, h := range list {
			if match(h) {
				pushHeader(s, h, how)
				n++
				s.RawSetInt(-2, n)
			}
		}
	case headerCount:
		n := 0
		for _, h := range list {
			if match(h) {
				n++
			}
		}
		s.PushInteger(int64(n))
	case headerHas:
		found := false
		for _, h := range list {
			if match(h) {
				found = true
				break
			}
		}
		s.PushBool(found)
	default:
		for _, h := range list {
			if match(h) {
				pushHeader(s, h, how)
				return 1
			}
		}
		s.PushNil()
	}
	return 1
}

// headersForeach is the body of task:headers_foreach and
// mimepart:headers_foreach: fn (at 2) is called with each header's name
// and value, as the options (at 3: full, raw, regexp) ask, until it
// returns true. A regexp must match a whole name (rspamd_regexp_match).
func (rt *Runtime) headersForeach(s *lua.State, list []*mime.Header) {
	how := headerSimple
	var rx *luaRegexp
	if s.IsTable(3) {
		if s.GetField(3, "full"); s.Type(-1) == lua.TypeBoolean && s.ToBool(-1) {
			how = headerFull
		}
		if s.GetField(3, "raw"); s.Type(-1) == lua.TypeBoolean && s.ToBool(-1) {
			how = headerRaw
		}
		s.GetField(3, "regexp")
		if s.IsUserdata(-1) {
			if r, ok := lua.Test[*luaRegexp](s, -1, rt.Class(regexpClass)); ok {
				rx = r
			} else {
				s.Pop(3)
				return
			}
		}
		s.Pop(3)
	}
	for _, h := range list {
		if rx != nil && rx.re != nil && !rx.re.MatchExact([]byte(cconv.CString(h.Name)), false) {
			continue
		}
		top := s.GetTop()
		s.PushValue(2)
		s.PushString(cconv.CString(h.Name))
		pushHeader(s, h, how)
		if err := s.PCall(2, lua.MultRet); err != nil {
			rt.log().Logf(logger.LevelCritical, "", "", false, "lua_task_headers_foreach",
				"call to header_foreach failed: %s", luaErrorDetail(err))
			s.SetTop(top)
			break
		}
		stop := s.GetTop() > top && s.Type(top+1) == lua.TypeBoolean && s.ToBool(top+1)
		s.SetTop(top)
		if stop {
			break
		}
	}
}

// pushContentType pushes the type and subtype of ct (nil, nil without
// one) and, when full, the table of its parameters.
func pushContentType(s *lua.State, ct *mime.ContentType, full bool) int {
	if ct == nil {
		s.PushNil()
		s.PushNil()
		return 2
	}
	s.PushString(ct.Type)
	s.PushString(ct.Subtype)
	if !full {
		return 2
	}
	params := ct.Params.List()
	s.NewTable(0, 2+len(params))
	if ct.Charset != "" {
		s.PushString(ct.Charset)
		s.SetField(-2, "charset")
	}
	if ct.Boundary != "" {
		s.PushString(ct.Boundary)
		s.SetField(-2, "boundary")
	}
	for _, p := range params {
		if p.Name != "" && p.Value != "" {
			s.PushString(p.Value)
			s.SetField(-2, p.Name)
		}
	}
	return 3
}

func mimePartMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *mimePart { return lua.Check[*mimePart](s, 1, rt.Class(mimePartClass)) }
	is := func(typ mime.PartType) lua.Function {
		return func(s *lua.State) int {
			s.PushBool(check(s).p.Type == typ)
			return 1
		}
	}
	header := func(how headerHow) lua.Function {
		return func(s *lua.State) int {
			mp := check(s)
			name := s.CheckString(2)
			strong := s.Type(3) == lua.TypeBoolean && s.ToBool(3)
			var list []*mime.Header
			if mp.p.Headers != nil {
				list = mp.p.Headers.Get(cconv.CString(name))
			}
			return pushHeaderArray(s, cconv.CString(name), list, how, strong)
		}
	}
	content := func(binaryFlag bool, get func(p *mime.Part) []byte) lua.Function {
		return func(s *lua.State) int {
			b := get(check(s).p)
			t := &Text{Data: b}
			if binaryFlag {
				t.Binary = isBinaryText(b)
			}
			s.PushUserdata(rt.Class(textClass), t)
			return 1
		}
	}
	return []lua.Reg{
		{Name: "get_content", Func: content(true, func(p *mime.Part) []byte { return p.Parsed })},
		{Name: "get_raw_content", Func: content(false, func(p *mime.Part) []byte { return p.Raw })},
		{Name: "get_length", Func: func(s *lua.State) int {
			s.PushInteger(int64(len(check(s).p.Parsed)))
			return 1
		}},
		{Name: "get_type", Func: func(s *lua.State) int { return pushContentType(s, check(s).p.CT, false) }},
		{Name: "get_type_full", Func: func(s *lua.State) int { return pushContentType(s, check(s).p.CT, true) }},
		{Name: "get_detected_type", Func: func(s *lua.State) int { return pushContentType(s, check(s).p.DetectedCT, false) }},
		{Name: "get_detected_type_full", Func: func(s *lua.State) int {
			return pushContentType(s, check(s).p.DetectedCT, true)
		}},
		{Name: "get_detected_ext", Func: func(s *lua.State) int {
			pushNonEmpty(s, check(s).p.DetectedExt)
			return 1
		}},
		{Name: "get_cte", Func: func(s *lua.State) int {
			s.PushString(check(s).p.CTE.String())
			return 1
		}},
		{Name: "get_filename", Func: func(s *lua.State) int {
			pushNonEmpty(s, check(s).p.Filename())
			return 1
		}},
		{Name: "get_boundary", Func: func(s *lua.State) int {
			p := check(s).p
			if p.Type == mime.PartMultipart {
				s.PushString(p.Boundary)
			} else if b, ok := p.EnclosingBoundary(); ok {
				s.PushString(b)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_enclosing_boundary", Func: func(s *lua.State) int {
			if b, ok := check(s).p.EnclosingBoundary(); ok {
				s.PushString(b)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_header", Func: header(headerSimple)},
		{Name: "get_header_raw", Func: header(headerRaw)},
		{Name: "get_header_full", Func: header(headerFull)},
		{Name: "get_header_count", Func: header(headerCount)},
		{Name: "get_raw_headers", Func: func(s *lua.State) int {
			rt.PushText(s, check(s).p.RawHeaders)
			return 1
		}},
		{Name: "get_headers", Func: func(s *lua.State) int {
			p := check(s).p
			s.NewTable(len(p.HeaderOrder), 0)
			for i, h := range p.HeaderOrder {
				pushHeader(s, h, headerFull)
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "is_image", Func: is(mime.PartImage)},
		{Name: "get_image", Func: func(s *lua.State) int {
			p := check(s).p
			if img := p.Image(); p.Type == mime.PartImage && img != nil {
				rt.PushImage(s, img)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "is_archive", Func: is(mime.PartArchive)},
		{Name: "get_archive", Func: func(s *lua.State) int {
			p := check(s).p
			if a := p.Archive(); p.Type == mime.PartArchive && a != nil {
				rt.PushArchive(s, a)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "is_multipart", Func: is(mime.PartMultipart)},
		{Name: "is_message", Func: is(mime.PartMessage)},
		{Name: "get_children", Func: func(s *lua.State) int {
			mp := check(s)
			if mp.p.Type != mime.PartMultipart || mp.p.Children == nil {
				s.PushNil()
				return 1
			}
			s.NewTable(len(mp.p.Children), 0)
			for i, c := range mp.p.Children {
				rt.PushMimePart(s, mp.t, c)
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "get_parent", Func: func(s *lua.State) int {
			mp := check(s)
			if mp.p.Parent != nil {
				rt.PushMimePart(s, mp.t, mp.p.Parent)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_urls", Func: func(s *lua.State) int {
			mp := check(s)
			sel, ok := rt.URLSelectionArg(s, 2, url.ProtoHTTP|url.ProtoHTTPS|url.ProtoFile|url.ProtoFTP, ^url.Flags(0), 0)
			if !ok {
				return s.Errorf("invalid arguments")
			}
			var digest [16]byte
			rt.PushURLs(s, sel.Select(mp.t.PartURLs(mp.p), 0, digest))
			return 1
		}},
		{Name: "is_text", Func: is(mime.PartText)},
		{Name: "is_broken", Func: func(s *lua.State) int {
			ct := check(s).p.CT
			s.PushBool(ct != nil && ct.Flags&mime.CTBroken != 0)
			return 1
		}},
		{Name: "is_attachment", Func: func(s *lua.State) int {
			s.PushBool(check(s).p.IsAttachment())
			return 1
		}},
		{Name: "get_text", Func: func(s *lua.State) int {
			mp := check(s)
			if mp.p.Type == mime.PartText && mp.p.Text != nil {
				rt.PushTextPart(s, mp.t, mp.p.Text)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_digest", Func: func(s *lua.State) int {
			d := check(s).p.Digest
			s.PushString(hex.EncodeToString(d[:]))
			return 1
		}},
		{Name: "get_id", Func: func(s *lua.State) int {
			s.PushInteger(int64(check(s).p.Number))
			return 1
		}},
		{Name: "headers_foreach", Func: func(s *lua.State) int {
			mp := check(s)
			if s.IsFunction(2) {
				rt.headersForeach(s, mp.p.HeaderOrder)
			}
			return 0
		}},
		{Name: "get_specific", Func: func(s *lua.State) int {
			p := check(s).p
			if sp, ok := p.Specific.(*luaSpecific); ok && p.Type == mime.PartCustomLua {
				s.PushRef(sp.ref)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "set_specific", Func: rt.mimePartSetSpecific},
		{Name: "is_specific", Func: is(mime.PartCustomLua)},
		{Name: "is_injected", Func: func(s *lua.State) int {
			s.PushBool(check(s).p.IsInjected())
			return 1
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// mimePartSetSpecific is mimepart:set_specific(value): the part becomes a
// Lua part holding value; the previous value (or nil) is returned.
func (rt *Runtime) mimePartSetSpecific(s *lua.State) int {
	mp := lua.Check[*mimePart](s, 1, rt.Class(mimePartClass))
	p := mp.p
	if s.IsNil(2) {
		return s.Errorf("invalid arguments")
	}
	if p.Type != mime.PartUndefined && p.Type != mime.PartCustomLua {
		return s.Errorf("internal error: trying to set specific lua content on part of type %d", int(p.Type))
	}
	if old, ok := p.Specific.(*luaSpecific); ok && p.Type == mime.PartCustomLua {
		s.PushRef(old.ref)
		s.Unref(old.ref)
	} else {
		p.Type = mime.PartCustomLua
		s.PushNil()
	}
	s.PushValue(2)
	sp := &luaSpecific{ref: s.Ref()}
	p.Specific = sp
	if mp.t != nil {
		main := rt.L
		mp.t.Pool.AddDestructor(func() {
			if p.Specific == sp {
				main.Unref(sp.ref)
			}
		}, 0)
	}
	return 1
}

// isBinaryText reports content with 8-bit bytes that is not valid UTF-8
// (lua_is_text_binary).
func isBinaryText(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return !utf8.Valid(b)
		}
	}
	return false
}
