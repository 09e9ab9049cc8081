package luaapi

import (
	"errors"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/icu"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/mailaddr"
	"github.com/gorspamd/rspamd/internal/maildate"
	"github.com/gorspamd/rspamd/internal/mime"
	"github.com/gorspamd/rspamd/internal/rfc2047"
	"github.com/gorspamd/rspamd/internal/text"
	"github.com/gorspamd/rspamd/internal/url"
)

// The functions of rspamd_util and rspamd_parsers (upstream's lua_util.c
// and lua_parsers.c) that work on message content: addresses, content
// types, dates, words, Unicode normalisation, transliteration, caseless
// comparison, spoofing checks, text quality and header encoding.

func init() {
	for name, fn := range map[string]func(rt *Runtime) lua.Function{
		"tokenize_text":      func(rt *Runtime) lua.Function { return rt.tokenizeText },
		"parse_mail_address": func(rt *Runtime) lua.Function { return rt.parseMailAddress },
		"parse_content_type": func(rt *Runtime) lua.Function { return rt.parseContentType },
		"parse_smtp_date":    func(*Runtime) lua.Function { return parseSMTPDate },
	} {
		defineParser(name, fn)
		defineUtil(name, fn)
	}
	defineUtil("parse_addr", func(rt *Runtime) lua.Function { return rt.parseMailAddress })
	for name, fn := range map[string]func(rt *Runtime) lua.Function{
		"normalize_utf8":         func(rt *Runtime) lua.Function { return rt.normalizeUTF8 },
		"transliterate":          func(rt *Runtime) lua.Function { return rt.transliterate },
		"strequal_caseless_utf8": func(rt *Runtime) lua.Function { return rt.strequalCaselessUTF8 },
		"is_utf_spoofed":         func(rt *Runtime) lua.Function { return rt.isUTFSpoofed },
		"is_utf_mixed_script":    func(rt *Runtime) lua.Function { return rt.isUTFMixedScript },
		"is_utf_outside_range":   func(rt *Runtime) lua.Function { return rt.isUTFOutsideRange },
		"get_text_quality":       func(rt *Runtime) lua.Function { return rt.getTextQuality },
		"mime_header_encode":     func(rt *Runtime) lua.Function { return rt.mimeHeaderEncode },
	} {
		defineUtil(name, fn)
	}
}

// tokenizeText is tokenize_text(text[, exceptions]): the words of a UTF-8
// text (their original forms); exceptions are {pos, len} spans kept whole.
func (rt *Runtime) tokenizeText(s *lua.State) int {
	var in []byte
	switch s.Type(1) {
	case lua.TypeString:
		in, _ = s.ToBytesView(1)
	case lua.TypeUserdata:
		in = rt.textArg(s, 1).Data
	default:
		s.PushNil()
		return 1
	}
	var exceptions []text.Exception
	if s.GetTop() > 1 && s.IsTable(2) {
		s.PushValue(2)
		tbl := s.GetTop()
		for s.PushNil(); s.Next(tbl); s.Pop(1) {
			if !s.IsTable(-1) {
				continue
			}
			s.RawGetInt(-1, 1)
			pos := s.CheckNumber(-1)
			s.Pop(1)
			s.RawGetInt(-1, 2)
			n := s.CheckNumber(-1)
			s.Pop(1)
			if uint64(n) > 0 {
				exceptions = append(exceptions, text.Exception{Pos: int(uint64(pos)), Len: int(uint64(n)), Type: text.ExceptionGeneric})
			}
		}
		s.Pop(1)
	}
	words := text.Tokenize(in, true, exceptions, text.Config{}, nil, nil)
	s.NewTable(len(words), 0)
	for i := range words {
		s.PushBytes(words[i].Original)
		s.RawSetInt(-2, i+1)
	}
	return 1
}

// parseMailAddress is parse_mail_address(str[, pool[, max]]): the
// addresses of an address list header value, nil when there are none.
func (rt *Runtime) parseMailAddress(s *lua.State) int {
	str := s.CheckString(1)
	max := int(s.OptInteger(3, 10240))
	if s.Type(2) == lua.TypeUserdata {
		rt.MempoolArg(s, 2)
	}
	addrs := mailaddr.FromMIME(str, nil, max)
	if addrs == nil {
		s.PushNil()
		return 1
	}
	pushAddressList(s, addrs, 0)
	return 1
}

// parseContentType is parse_content_type(str, pool): type, subtype,
// charset, boundary (as written) and every parameter's values.
func (rt *Runtime) parseContentType(s *lua.State) int {
	str := s.CheckString(1)
	if s.Type(2) != lua.TypeUserdata {
		return s.Errorf("invalid arguments")
	}
	rt.MempoolArg(s, 2)
	ct := mime.ParseContentType(str)
	if ct == nil {
		s.PushNil()
		return 1
	}
	params := ct.Params.List()
	s.NewTable(0, 4+len(params))
	for _, kv := range []struct{ k, v string }{{"type", ct.Type}, {"subtype", ct.Subtype}, {"charset", ct.Charset}, {"boundary", ct.OrigBoundary}} {
		if kv.v != "" {
			s.PushString(kv.v)
			s.SetField(-2, kv.k)
		}
	}
	for _, p := range params {
		vals := p.Values()
		s.NewTable(len(vals), 0)
		for i, v := range vals {
			s.PushString(v)
			s.RawSetInt(-2, i+1)
		}
		s.SetField(-2, p.Name)
	}
	return 1
}

// parseSMTPDate is parse_smtp_date(str[, local]): the Unix time of an RFC
// 5322 date (read as local time when local is true), or nil and the
// error.
func parseSMTPDate(s *lua.State) int {
	str, ok := s.ToString(1)
	if !ok {
		return s.ArgError(1, "invalid argument")
	}
	t, err := maildate.Parse(str)
	if err != nil {
		s.PushNil()
		s.PushString(err.Error())
		return 2
	}
	if s.Type(2) == lua.TypeBoolean && s.ToBool(2) {
		t = localAsGMT(t)
	}
	s.PushNumber(float64(t))
	return 1
}

// textOrStringArg returns the text or string at idx, raising "invalid
// arguments" for anything else.
func (rt *Runtime) textOrStringArg(s *lua.State, idx int) []byte {
	b, ok := rt.textOrString(s, idx)
	if !ok {
		s.Raisef("invalid arguments")
	}
	return b
}

// normalizeUTF8 is normalize_utf8(str): the NFKC form without zero width
// spaces (a text for a text) and the normalisation flags.
func (rt *Runtime) normalizeUTF8(s *lua.State) int {
	isText := s.Type(1) == lua.TypeUserdata
	in := rt.textOrStringArg(s, 1)
	out, res := url.NormalizeUnicode(append([]byte(nil), in...))
	if isText {
		rt.PushOwnedText(s, out)
	} else {
		s.PushBytes(out)
	}
	s.PushInteger(int64(res))
	return 2
}

// transliterate is transliterate(str): lower case ASCII as a text.
func (rt *Runtime) transliterate(s *lua.State) int {
	out, err := icu.Transliterate(rt.textOrStringArg(s, 1))
	if err != nil {
		return s.Errorf("fatal error: %s", err.Error())
	}
	rt.PushOwnedText(s, out)
	return 1
}

// strequalCaselessUTF8 is strequal_caseless_utf8(a, b): equality at
// primary collation strength.
func (rt *Runtime) strequalCaselessUTF8(s *lua.State) int {
	a := rt.textOrStringArg(s, 1)
	b := rt.textOrStringArg(s, 2)
	r, err := icu.CompareFold(a, b)
	if err != nil {
		return s.Errorf("fatal error: %s", err.Error())
	}
	s.PushBool(r == 0)
	return 1
}

// isUTFSpoofed is is_utf_spoofed(a[, b]): whether a and b are confusable
// across scripts, or a alone has invisible characters or mixed-script
// confusables; when so, also "single", "multiple", "whole" or "unknown".
func (rt *Runtime) isUTFSpoofed(s *lua.State) int {
	a, okA := s.ToBytesView(1)
	b, okB := s.ToBytesView(2)
	var ret int
	var err error
	switch {
	case okA && okB:
		ret, err = icu.Confusable(a, b)
	case okA:
		ret, err = icu.Spoofed(a)
	default:
		return s.Errorf("invalid arguments")
	}
	if err != nil {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_util_is_utf_spoofed", "%s", err.Error())
		s.PushBool(false)
		return 1
	}
	s.PushBool(ret != 0)
	switch ret {
	case 0:
		return 1
	case icu.SingleScriptConfusable:
		s.PushString("single")
	case icu.MixedScriptConfusable:
		s.PushString("multiple")
	case icu.WholeScriptConfusable:
		s.PushString("whole")
	default:
		s.PushString("unknown")
	}
	return 2
}

// isUTFMixedScript is is_utf_mixed_script(str).
func (rt *Runtime) isUTFMixedScript(s *lua.State) int {
	in, ok := s.ToBytesView(1)
	if !ok {
		return s.Errorf("invalid arguments")
	}
	mixed, err := icu.MixedScript(in)
	switch {
	case errors.Is(err, icu.ErrInvalidUTF8):
		return s.Errorf("%s", err.Error())
	case err != nil:
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_util_is_utf_mixed_script", "%s", err.Error())
	}
	s.PushBool(mixed)
	return 1
}

// isUTFOutsideRange is is_utf_outside_range(str, start, end). Upstream
// keys its cache of checkers with (end << 32 || start), a truth value, so
// the first range asked for (or, when both are zero, the empty one) is the
// range of every later call; so is it here.
func (rt *Runtime) isUTFOutsideRange(s *lua.State) int {
	in := rt.textOrStringArg(s, 1)
	start, end := uint32(s.ToInteger(2)), uint32(s.ToInteger(3))
	var key uint64
	if end != 0 || start != 0 {
		key = 1
	}
	out, err := icu.OutsideRange(in, key, start, end)
	if err != nil {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_util_is_utf_outside_range", "%s", err.Error())
		s.PushBool(false)
		return 1
	}
	s.PushBool(out)
	return 1
}

// getTextQuality is get_text_quality(text): the counts of letters, digits,
// punctuation, spaces, words and other classes of a text.
func (rt *Runtime) getTextQuality(s *lua.State) int {
	var in []byte
	if b, ok := rt.textOrString(s, 1); ok {
		in = b
	}
	q := icu.Quality(in)
	s.NewTable(0, 18)
	for _, kv := range []struct {
		k string
		v int
	}{
		{"letters", q.Letters}, {"digits", q.Digits}, {"punctuation", q.Punctuation},
		{"spaces", q.Spaces}, {"printable", q.Printable}, {"words", q.Words},
		{"word_chars", q.WordChars}, {"total", q.Total}, {"emojis", q.Emojis},
		{"uppercase", q.Uppercase}, {"lowercase", q.Lowercase}, {"ascii_chars", q.ASCII},
		{"non_ascii_chars", q.NonASCII}, {"latin_vowels", q.LatinVowels},
		{"latin_consonants", q.LatinConsonants}, {"script_transitions", q.ScriptTransitions},
		{"double_spaces", q.DoubleSpaces}, {"non_printable", q.NonPrintable},
	} {
		s.PushInteger(int64(kv.v))
		s.SetField(-2, kv.k)
	}
	return 1
}

// mimeHeaderEncode is mime_header_encode(str[, structured]): the value
// with its non-ASCII runs as RFC 2047 Q-encoded words.
func (rt *Runtime) mimeHeaderEncode(s *lua.State) int {
	in := rt.textOrStringArg(s, 1)
	structured := s.Type(2) == lua.TypeBoolean && s.ToBool(2)
	s.PushString(cconv.CString(string(rfc2047.Encode(in, structured))))
	return 1
}
