package luaapi

import (
	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/html"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/mime"
	"github.com/gorspamd/rspamd/internal/task"
	"github.com/gorspamd/rspamd/internal/text"
	"github.com/gorspamd/rspamd/internal/url"
)

// rspamd{textpart} (upstream's lua_mimepart.c text part methods) over
// internal/mime's text parts: the decoded, converted and tokenised text of
// a MIME part.

const textPartClass = "rspamd{textpart}"

// textPart is the value of an rspamd{textpart}: a text part and the task
// it belongs to (for what the task keeps about the part, such as its
// call-to-action URLs).
type textPart struct {
	t  *task.Task
	tp *mime.TextPart
}

func init() {
	defineClass(textPartClass, textPartMethods, nil)
}

// PushTextPart pushes a text part of task t as an rspamd{textpart}.
func (rt *Runtime) PushTextPart(s *lua.State, t *task.Task, tp *mime.TextPart) {
	s.PushUserdata(rt.Class(textPartClass), &textPart{t: t, tp: tp})
}

// wordsHow is the form of words get_words and friends return.
type wordsHow int

const (
	wordsStem wordsHow = iota
	wordsNorm
	wordsRaw
	wordsFull
	wordsBad
)

// wordsHowArg reads the words form at idx (stem by default), raising
// format (with the name) for an unknown one.
func wordsHowArg(s *lua.State, idx int, format string) wordsHow {
	if s.Type(idx) != lua.TypeString {
		return wordsStem
	}
	name, _ := s.ToString(idx)
	how := wordsHowFrom(name)
	if how == wordsBad {
		s.Raisef(format, cconv.CString(name))
	}
	return how
}

func wordsHowFrom(name string) wordsHow {
	switch name {
	case "stem":
		return wordsStem
	case "norm":
		return wordsNorm
	case "raw":
		return wordsRaw
	case "full":
		return wordsFull
	}
	return wordsBad
}

// wordFlagNames are the flag names of a full word, in upstream's order.
var wordFlagNames = []struct {
	f    text.WordFlags
	name string
}{
	{text.WordNormalised, "normalised"}, {text.WordBrokenUnicode, "broken_unicode"},
	{text.WordUTF, "utf"}, {text.WordText, "text"}, {text.WordHeader, "header"},
	{text.WordMeta | text.WordLuaMeta, "meta"}, {text.WordStopWord, "stop_word"},
	{text.WordInvisibleSpaces, "invisible_spaces"}, {text.WordStemmed, "stemmed"},
}

// pushFullWord pushes {stemmed, normalized, original, {flags...}}
// (rspamd_lua_push_full_word).
func pushFullWord(s *lua.State, w *text.Word) {
	s.NewTable(4, 0)
	s.PushBytes(w.Stemmed)
	s.RawSetInt(-2, 1)
	s.PushBytes(w.Normalized)
	s.RawSetInt(-2, 2)
	s.PushBytes(w.Original)
	s.RawSetInt(-2, 3)
	s.NewTable(4, 0)
	n := 0
	for _, f := range wordFlagNames {
		if w.Flags&f.f != 0 {
			n++
			s.PushString(f.name)
			s.RawSetInt(-2, n)
		}
	}
	s.RawSetInt(-2, 4)
}

// wordForm returns the form of w that how selects (nil for the full
// word).
func wordForm(w *text.Word, how wordsHow) []byte {
	switch how {
	case wordsStem:
		return w.Stemmed
	case wordsNorm:
		return w.Normalized
	case wordsRaw:
		return w.Original
	}
	return nil
}

// pushWords pushes words as rspamd_lua_push_words_kvec does: the non-empty
// forms how selects, or full words.
func pushWords(s *lua.State, words []text.Word, how wordsHow) {
	s.NewTable(len(words), 0)
	n := 0
	for i := range words {
		w := &words[i]
		if how == wordsFull {
			pushFullWord(s, w)
		} else if f := wordForm(w, how); len(f) > 0 {
			s.PushBytes(f)
		} else {
			continue
		}
		n++
		s.RawSetInt(-2, n)
	}
}

func textPartMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *textPart { return lua.Check[*textPart](s, 1, rt.Class(textPartClass)) }
	flag := func(f mime.TextPartFlags) lua.Function {
		return func(s *lua.State) int {
			s.PushBool(check(s).tp.Flags&f != 0)
			return 1
		}
	}
	return []lua.Reg{
		{Name: "is_utf", Func: func(s *lua.State) int {
			tp := check(s).tp
			s.PushBool(!tp.IsEmpty() && tp.IsUTF())
			return 1
		}},
		{Name: "has_8bit_raw", Func: flag(mime.Text8BitRaw)},
		{Name: "has_8bit", Func: flag(mime.Text8BitEncoded)},
		{Name: "get_content", Func: func(s *lua.State) int {
			tp := check(s).tp
			kind := "content"
			if s.Type(2) == lua.TypeString {
				kind, _ = s.ToString(2)
			}
			var b []byte
			switch kind {
			case "content":
				if tp.IsEmpty() {
					s.PushNil()
					return 1
				}
				b = tp.Content
			case "content_oneline":
				if tp.IsEmpty() {
					s.PushNil()
					return 1
				}
				b = tp.Stripped
			case "raw_parsed":
				b = tp.Parsed
			case "raw_utf":
				b = tp.UTFRaw
			case "raw":
				b = tp.Raw
			default:
				return s.Errorf("invalid content type: %s", cconv.CString(kind))
			}
			if kind != "content" && kind != "content_oneline" && len(b) == 0 {
				s.PushNil()
				return 1
			}
			rt.PushText(s, b)
			return 1
		}},
		{Name: "get_raw_content", Func: func(s *lua.State) int {
			tp := check(s).tp
			if tp.IsEmpty() {
				s.PushNil()
			} else {
				rt.PushText(s, tp.Raw)
			}
			return 1
		}},
		{Name: "get_content_oneline", Func: func(s *lua.State) int {
			tp := check(s).tp
			if tp.IsEmpty() {
				s.PushNil()
			} else {
				rt.PushText(s, tp.Stripped)
			}
			return 1
		}},
		{Name: "get_length", Func: func(s *lua.State) int {
			tp := check(s).tp
			if tp.IsEmpty() {
				s.PushInteger(0)
			} else {
				s.PushInteger(int64(len(tp.Content)))
			}
			return 1
		}},
		{Name: "get_raw_length", Func: func(s *lua.State) int {
			s.PushInteger(int64(len(check(s).tp.Raw)))
			return 1
		}},
		{Name: "get_urls_length", Func: func(s *lua.State) int {
			total := 0
			for _, ex := range check(s).tp.Exceptions {
				if ex.Type == text.ExceptionURL {
					total += ex.Len
				}
			}
			s.PushInteger(int64(total))
			return 1
		}},
		{Name: "get_lines_count", Func: func(s *lua.State) int {
			tp := check(s).tp
			if tp.IsEmpty() {
				s.PushInteger(0)
			} else {
				s.PushInteger(int64(tp.Stats.Lines))
			}
			return 1
		}},
		{Name: "get_words_count", Func: func(s *lua.State) int {
			tp := check(s).tp
			if tp.IsEmpty() || !tp.HasWords() {
				s.PushInteger(0)
			} else {
				s.PushInteger(int64(tp.NWords))
			}
			return 1
		}},
		{Name: "get_words", Func: func(s *lua.State) int {
			tp := check(s).tp
			if tp.IsEmpty() || !tp.HasWords() {
				s.NewTable(0, 0)
				return 1
			}
			pushWords(s, tp.Words, wordsHowArg(s, 2, "invalid extraction type: %s"))
			return 1
		}},
		{Name: "filter_words", Func: rt.textPartFilterWords},
		{Name: "is_empty", Func: func(s *lua.State) int {
			s.PushBool(check(s).tp.IsEmpty())
			return 1
		}},
		{Name: "is_html", Func: func(s *lua.State) int {
			s.PushBool(check(s).tp.IsHTML())
			return 1
		}},
		{Name: "get_html", Func: func(s *lua.State) int {
			if hc, ok := check(s).tp.HTML.(*html.Content); ok && hc != nil {
				rt.PushHTML(s, hc)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_language", Func: func(s *lua.State) int {
			pushNonEmpty(s, cconv.CString(check(s).tp.Language))
			return 1
		}},
		{Name: "get_charset", Func: func(s *lua.State) int {
			pushNonEmpty(s, cconv.CString(check(s).tp.RealCharset))
			return 1
		}},
		{Name: "get_languages", Func: func(s *lua.State) int {
			langs := check(s).tp.Languages
			s.NewTable(len(langs), 0)
			for i, l := range langs {
				s.NewTable(0, 2)
				s.PushString(l.Lang)
				s.SetField(-2, "code")
				s.PushNumber(l.Prob)
				s.SetField(-2, "prob")
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "get_mimepart", Func: func(s *lua.State) int {
			p := check(s)
			if p.tp.Part != nil {
				rt.PushMimePart(s, p.t, p.tp.Part)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_alt_part", Func: func(s *lua.State) int {
			p := check(s)
			if p.tp.AltPart != nil {
				rt.PushTextPart(s, p.t, p.tp.AltPart)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_stats", Func: func(s *lua.State) int {
			tp := check(s).tp
			st := tp.Stats
			s.NewTable(0, 10)
			for _, kv := range []struct {
				name string
				v    int
			}{
				{"lines", st.Lines}, {"empty_lines", st.EmptyLines}, {"spaces", st.Spaces},
				{"non_spaces", st.NonSpaces}, {"double_spaces", st.DoubleSpaces},
				{"ascii_characters", st.ASCII}, {"non_ascii_characters", st.NonASCII},
				{"capital_letters", st.Capitals}, {"numeric_characters", st.Digits},
			} {
				s.PushInteger(int64(kv.v))
				s.SetField(-2, kv.name)
			}
			s.PushBool(tp.Flags&mime.TextNewlinesTruncated != 0)
			s.SetField(-2, "newlines_truncated")
			return 1
		}},
		{Name: "get_cta_urls", Func: rt.textPartCTAURLs},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// textPartFilterWords is textpart:filter_words(re[, how[, limit]]): the
// words whose form the regexp matches as a whole (rspamd_regexp_match; the
// normalised form for full words, the raw form matched in raw mode).
func (rt *Runtime) textPartFilterWords(s *lua.State) int {
	tp := lua.Check[*textPart](s, 1, rt.Class(textPartClass)).tp
	lr := lua.Check[*luaRegexp](s, 2, rt.Class(regexpClass))
	r := lr.re
	if r == nil {
		return s.Errorf("invalid arguments")
	}
	if tp.IsEmpty() || !tp.HasWords() {
		s.NewTable(0, 0)
		return 1
	}
	how := wordsHowArg(s, 3, "invalid extraction type: %s")
	limit := -1
	if s.Type(4) == lua.TypeNumber {
		limit = int(s.ToInteger(4))
	}
	s.NewTable(8, 0)
	cnt := 1
	for i := range tp.Words {
		w := &tp.Words[i]
		switch how {
		case wordsFull:
			if r.MatchExact(w.Normalized, false) {
				pushFullWord(s, w)
				s.RawSetInt(-2, cnt)
				cnt++
			}
		default:
			f := wordForm(w, how)
			if len(f) > 0 && r.MatchExact(f, how == wordsRaw) {
				s.PushBytes(f)
				s.RawSetInt(-2, cnt)
				cnt++
			}
		}
		if limit > 0 && cnt >= limit {
			break
		}
	}
	return 1
}

// textPartCTAURLs is textpart:get_cta_urls([max | {max, original,
// with_weights} | max, original, with_weights | original, max,
// with_weights]): the part's call-to-action URLs by decreasing weight (the
// URL a link displays instead of its target unless original), each once,
// as rspamd{url} or {url, weight} tables.
func (rt *Runtime) textPartCTAURLs(s *lua.State) int {
	p := lua.Check[*textPart](s, 1, rt.Class(textPartClass))
	maxURLs, original, weights := 0, false, false
	top := s.GetTop()
	switch {
	case top < 2:
	case s.IsTable(2):
		if s.GetField(2, "max"); s.IsNumber(-1) {
			maxURLs = int(s.ToInteger(-1))
		}
		if s.GetField(2, "original"); s.Type(-1) == lua.TypeBoolean {
			original = s.ToBool(-1)
		}
		if s.GetField(2, "with_weights"); s.Type(-1) == lua.TypeBoolean {
			weights = s.ToBool(-1)
		}
		s.Pop(3)
	case s.IsNumber(2):
		maxURLs = int(s.ToInteger(2))
		if top >= 3 && s.Type(3) == lua.TypeBoolean {
			original = s.ToBool(3)
		}
		if top >= 4 && s.Type(4) == lua.TypeBoolean {
			weights = s.ToBool(4)
		}
	case s.Type(2) == lua.TypeBoolean:
		original = s.ToBool(2)
		if top >= 3 && s.IsNumber(3) {
			maxURLs = int(s.ToInteger(3))
		}
		if top >= 4 && s.Type(4) == lua.TypeBoolean {
			weights = s.ToBool(4)
		}
	}
	entries := p.t.CTAURLs(p.tp)
	size := len(entries)
	if maxURLs > 0 && maxURLs < size {
		size = maxURLs
	}
	s.NewTable(size, 0)
	n := 0
	seen := map[*url.URL]bool{}
	for i := len(entries) - 1; i >= 0 && n < size; i-- {
		u := entries[i].URL
		if u == nil {
			continue
		}
		if !original && u.Linked != nil && u.Linked != u {
			u = u.Linked
		}
		if seen[u] {
			continue
		}
		seen[u] = true
		n++
		if weights {
			s.NewTable(0, 2)
			rt.PushURL(s, u)
			s.SetField(-2, "url")
			s.PushNumber(float64(entries[i].Weight))
			s.SetField(-2, "weight")
		} else {
			rt.PushURL(s, u)
		}
		s.RawSetInt(-2, n)
	}
	return 1
}
