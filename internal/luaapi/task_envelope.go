package luaapi

import (
	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/mailaddr"
	"github.com/gorspamd/rspamd/internal/mime"
	"github.com/gorspamd/rspamd/internal/task"
	"github.com/gorspamd/rspamd/internal/url"
)

// The rspamd{task} methods that read and change the envelope and the
// message of a task: addresses, client address, the message itself and
// what Lua adds to it (parts, URLs).

// partOf returns the part of a mimepart value (nil for none).
func partOf(mp *mimePart) *mime.Part {
	if mp == nil {
		return nil
	}
	return mp.p
}

// addrTypeOf reads the address type argument when exactly one is given.
func (rt *Runtime) addrTypeOf(s *lua.State, t *task.Task) addrType {
	if s.GetTop() == 2 {
		return rt.addrTypeArg(s, t, 2, s.GetTop())
	}
	return addrAny
}

// realCount counts the addresses a rewrite did not replace.
func realCount(list []*mailaddr.Address) int {
	n := 0
	for _, a := range list {
		if a.Flags&mailaddr.Original == 0 {
			n++
		}
	}
	return n
}

// taskHasRecipients is task:has_recipients([type]): whether there are
// recipients, and how many.
func (rt *Runtime) taskHasRecipients(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	n := 0
	switch rt.addrTypeOf(s, t) & addrMask {
	case addrSMTP:
		n = realCount(t.Rcpt)
	case addrMIME:
		n = realCount(t.RcptMIME())
	default:
		if n = realCount(t.Rcpt); n == 0 {
			n = realCount(t.RcptMIME())
		}
	}
	s.PushBool(n > 0)
	s.PushInteger(int64(n))
	return 2
}

// taskGetRecipients is task:get_recipients([type]).
func (rt *Runtime) taskGetRecipients(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	what := rt.addrTypeOf(s, t)
	var list []*mailaddr.Address
	has := false
	switch what & addrMask {
	case addrSMTP:
		list, has = t.Rcpt, t.Rcpt != nil
	case addrMIME:
		list, has = t.RcptMIME(), t.Message != nil && t.Message.RcptMIME != nil
	default:
		if t.Rcpt != nil {
			list, has = t.Rcpt, true
		} else {
			list, has = t.RcptMIME(), t.Message != nil && t.Message.RcptMIME != nil
		}
	}
	if !has {
		s.PushNil()
		return 1
	}
	pushAddressList(s, list, what&^addrMask)
	return 1
}

// taskSetRecipients is task:set_recipients(type, addresses[, how]): how is
// "add" (default), "alias" (the new ones are aliases) or "rewrite" (the
// old ones are dropped); the old ones left become originals.
func (rt *Runtime) taskSetRecipients(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	if s.GetTop() < 3 {
		return s.Errorf("invalid arguments")
	}
	what := rt.addrTypeArg(s, t, 2, -1)
	how := "add"
	if s.IsString(4) {
		how, _ = s.ToString(4)
		how = cconv.CString(how)
	}
	var list *[]*mailaddr.Address
	mimeList := false
	switch {
	case what == addrSMTP, what != addrMIME && t.Rcpt != nil:
		if t.Rcpt == nil {
			t.Rcpt = []*mailaddr.Address{}
		}
		list = &t.Rcpt
	case t.Message != nil:
		list, mimeList = &t.Message.RcptMIME, true
	}
	if list == nil {
		s.PushBool(false)
		return 1
	}
	var add mailaddr.Flags
	switch how {
	case "alias":
		add = mailaddr.Aliased
	case "rewrite":
		*list = (*list)[:0]
	}
	for _, a := range *list {
		a.Flags |= mailaddr.Original
	}
	s.PushValue(3)
	tbl := s.GetTop()
	for s.PushNil(); s.Next(tbl); s.Pop(1) {
		if a, ok := addressArg(s, s.GetTop()); ok {
			if mimeList {
				t.UpdateDigest([]byte(a.Addr))
			}
			a.Flags |= add
			*list = append(*list, a)
		}
	}
	s.Pop(1)
	s.PushBool(true)
	return 1
}

// taskHasFrom is task:has_from([type]).
func (rt *Runtime) taskHasFrom(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	envelope := t.FromEnvelope != nil && t.FromEnvelope.Flags&mailaddr.Valid != 0
	ret := false
	switch rt.addrTypeOf(s, t) & addrMask {
	case addrSMTP:
		ret = envelope
	case addrMIME:
		ret = len(t.FromMIME()) > 0
	default:
		ret = envelope || len(t.FromMIME()) > 0
	}
	s.PushBool(ret)
	return 1
}

// taskGetFrom is task:get_from([type]): the SMTP sender (a list of one)
// or the From addresses.
func (rt *Runtime) taskGetFrom(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	what := rt.addrTypeOf(s, t)
	var list []*mailaddr.Address
	var addr *mailaddr.Address
	switch what & addrMask {
	case addrSMTP:
		addr = t.FromEnvelope
	case addrMIME:
		list = t.FromMIME()
	default:
		if t.FromEnvelope != nil {
			addr = t.FromEnvelope
		} else {
			list = t.FromMIME()
		}
	}
	switch {
	case len(list) > 0:
		pushAddressList(s, list, what&^addrMask)
	case addr != nil:
		s.NewTable(1, 0)
		if what&addrOriginal != 0 && t.FromEnvelopeOrig != nil {
			pushAddress(s, t.FromEnvelopeOrig)
		} else {
			pushAddress(s, addr)
		}
		s.RawSetInt(-2, 1)
	default:
		s.PushNil()
	}
	return 1
}

// taskSetFrom is task:set_from(type, address[, how]): the SMTP sender is
// replaced (the old one kept as original); a From address is added, the
// others becoming originals (and aliases when how is "alias").
func (rt *Runtime) taskSetFrom(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	if s.GetTop() < 3 {
		return s.Errorf("invalid arguments")
	}
	what := rt.addrTypeArg(s, t, 2, -1)
	how := "rewrite"
	if s.IsString(4) {
		how, _ = s.ToString(4)
		how = cconv.CString(how)
	}
	envelope := false
	switch what & addrMask {
	case addrSMTP:
		envelope = true
	case addrMIME:
	default:
		envelope = t.FromEnvelope != nil
	}
	a, ok := addressArg(s, 3)
	switch {
	case envelope:
		if ok {
			t.FromEnvelopeOrig = t.FromEnvelope
			t.FromEnvelope = a
		}
	case t.Message == nil:
		ok = false
	case ok:
		add := mailaddr.Original
		if how == "alias" {
			add |= mailaddr.Aliased
		}
		for _, old := range t.Message.FromMIME {
			old.Flags |= add
		}
		t.UpdateDigest([]byte(a.Addr))
		t.Message.FromMIME = append(t.Message.FromMIME, a)
	}
	s.PushBool(ok)
	return 1
}

// taskSetFromIP is task:set_from_ip(ip): a string or an rspamd{ip}.
func (rt *Runtime) taskSetFromIP(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	switch s.Type(2) {
	case lua.TypeString:
		v, _ := s.ToString(2)
		a, err := inet.Parse(v, 0)
		if err != nil {
			return s.Errorf("invalid IP string: %s", cconv.CString(v))
		}
		t.FromAddr = &a
	case lua.TypeUserdata:
		a, ok := lua.Test[inet.Addr](s, 2, rt.Class(ipClass))
		if !ok || !a.IsValid() {
			return s.Errorf("invalid IP object")
		}
		t.FromAddr = &a
	default:
		return s.Errorf("invalid IP argument type: %s", s.TypeName(2))
	}
	return 0
}

// pushESMTPArgs pushes ESMTP arguments as a table.
func pushESMTPArgs(s *lua.State, a *task.ESMTPArgs) {
	s.NewTable(0, 0)
	a.Each(func(k, v string) {
		s.PushString(v)
		s.SetField(-2, k)
	})
}

// taskURLs is task:get_urls, get_emails and get_urls_filtered: the
// message's URLs the arguments select, of the default protocols, images
// excluded (and content URLs unless configured), sampled down to
// max_lua_urls.
func (rt *Runtime) taskURLs(s *lua.State, t *task.Task, filtered bool, protocols url.Protocol) int {
	if t.Message == nil || t.URLs == nil {
		s.NewTable(0, 0)
		return 1
	}
	c := t.Config()
	var sel url.Selection
	var ok bool
	if filtered {
		sel, ok = rt.URLFilteredSelectionArg(s, 2, protocols, int(c.MaxLuaURLs))
	} else {
		flags := ^url.FlagImage
		if !c.IncludeContentURLs {
			flags &^= url.FlagContent
		}
		sel, ok = rt.URLSelectionArg(s, 2, protocols, flags, int(c.MaxLuaURLs))
	}
	if !ok {
		return s.Errorf("invalid arguments")
	}
	if protocols == url.ProtoMailto {
		sel.Sort = false
	}
	rt.PushURLs(s, sel.Select(t.URLs.Set.URLs(), t.Timestamp, t.Message.Digest))
	return 1
}

// taskSetMessage is task:set_message(message): a string, a text or a table
// of them replaces the message, which is parsed and processed; it returns
// true and the new length, or false.
func (rt *Runtime) taskSetMessage(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	var msg []byte
	set := false
	if s.IsTable(2) {
		for i := 1; ; i++ {
			if s.RawGetInt(2, i) == lua.TypeNil {
				s.Pop(1)
				break
			}
			if s.Type(-1) == lua.TypeString {
				b, _ := s.ToBytesView(-1)
				msg = append(msg, b...)
			} else {
				msg = append(msg, rt.textArg(s, -1).Data...)
			}
			s.Pop(1)
		}
		set = len(msg) > 0
	} else if s.Type(2) == lua.TypeString {
		b, _ := s.ToBytesView(2)
		msg, set = append([]byte{}, b...), true
	} else {
		msg, set = append([]byte{}, rt.textArg(s, -1).Data...), true
	}
	if !set {
		s.PushBool(false)
		return 1
	}
	t.Data = msg
	t.Flags |= task.FlagMessageRewrite
	t.Hooks = rt.TaskHooks(s)
	if err := t.Parse(); err != nil {
		s.PushBool(false)
		return 1
	}
	t.Process()
	s.PushBool(true)
	s.PushInteger(int64(len(msg)))
	return 2
}

// taskInjectPart is task:inject_part(type, content[, original]): a text
// part (the only type) made of content (a string, a text or a table of
// them) is added to the message and analysed.
func (rt *Runtime) taskInjectPart(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	kind := cconv.CString(s.CheckString(2))
	var content []byte
	if s.IsTable(3) {
		n := 0
		for s.PushNil(); s.Next(3); s.Pop(1) {
			b, ok := rt.textOrString(s, -1)
			if !ok {
				s.Pop(2)
				return s.Errorf("invalid entry in table (expected string or text)")
			}
			content = append(content, b...)
			n++
		}
		if n == 0 {
			return s.Errorf("empty table provided")
		}
		if len(content) == 0 {
			return s.Errorf("all table entries are empty")
		}
	} else {
		b, ok := rt.textOrString(s, 3)
		if !ok {
			return s.Errorf("invalid content argument (expected string, text, or table)")
		}
		content = append([]byte{}, b...)
	}
	var original *mime.Part
	if s.GetTop() >= 4 && s.IsUserdata(4) {
		if mp, ok := lua.Test[*mimePart](s, 4, rt.Class(mimePartClass)); ok {
			original = mp.p
		}
	}
	if t.Message == nil || !encoding.EqualFoldASCII(kind, "text") {
		s.PushBool(false)
		return 1
	}
	t.InjectText(content, original)
	s.PushBool(true)
	return 1
}
