package luaapi

import (
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/trie"
)

// rspamd_trie and rspamd{trie} (upstream's lua_trie.c) over internal/trie.
// The task searches (search_mime, search_rawmsg, search_rawbody) come with
// rspamd{task}.

const trieClass = "rspamd{trie}"

func init() {
	defineClass(trieClass, trieMethods, nil)
	defineModule("rspamd_trie", func(rt *Runtime) lua.Function {
		funcs := trieFuncs(rt)
		return func(s *lua.State) int {
			s.NewTable(0, len(funcs)+1)
			s.NewTable(0, len(trieFlagNames))
			for _, f := range trieFlagNames {
				s.PushInteger(int64(f.flag))
				s.RawSetField(-2, f.name)
			}
			s.RawSetField(-2, "flags")
			s.SetFuncs(-1, funcs)
			return 1
		}
	})
}

// trieFlagNames is rspamd_trie.flags.
var trieFlagNames = []struct {
	name string
	flag trie.Flags
}{
	{"glob", trie.Glob},
	{"re", trie.RE},
	{"icase", trie.ICase},
	{"utf8", trie.UTF8},
	{"tld", trie.TLD},
	{"dot_all", trie.DotAll},
	{"single_match", trie.SingleMatch},
	{"no_start", trie.NoStart},
	{"som", trie.SOM},
}

func trieFuncs(rt *Runtime) []lua.Reg {
	return []lua.Reg{
		{Name: "create", Func: func(s *lua.State) int {
			flags := trie.ICase | trie.Glob
			if s.IsNumber(2) {
				flags = trie.Flags(s.ToInteger(2))
			}
			if !s.IsTable(1) {
				return s.Errorf("lua trie expects array of patterns for now")
			}
			t := trie.New(flags)
			s.PushNil()
			for s.Next(1) {
				if s.IsString(-1) {
					p, _ := s.ToString(-1)
					t.Add(p, flags)
				}
				s.Pop(1)
			}
			if err := t.Compile(); err != nil {
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_trie_create", "cannot compile multipattern: %e", err)
				s.PushNil()
				return 1
			}
			s.PushUserdata(rt.Class(trieClass), t)
			return 1
		}},
		{Name: "has_hyperscan", Func: func(s *lua.State) int {
			s.PushBool(trie.HasHyperscan())
			return 1
		}},
	}
}

func trieMethods(rt *Runtime) []lua.Reg {
	return []lua.Reg{
		{Name: "match", Func: rt.trieMatch},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// pushTrieMatch pushes a match as upstream reports it: its end offset, or
// {start, end} with report_start.
func pushTrieMatch(s *lua.State, start, end int, reportStart bool) {
	if !reportStart {
		s.PushInteger(int64(end))
		return
	}
	s.NewTable(2, 0)
	s.PushInteger(int64(start))
	s.RawSetInt(-2, 1)
	s.PushInteger(int64(end))
	s.RawSetInt(-2, 2)
}

// trieMatch is trie:match(input[, cb][, report_start]): input is a string,
// a text or a table of them. Without a callback it returns a table of the
// match ends (or {start, end} pairs) indexed by pattern number; with one it
// calls cb(pattern, end or {start, end}) for each match, stopping when cb
// returns a nonzero number, and returns whether anything matched.
func (rt *Runtime) trieMatch(s *lua.State) int {
	t := lua.Check[*trie.Trie](s, 1, rt.Class(trieClass))
	callback := s.Type(3) == lua.TypeFunction
	reportArg := 3
	if callback {
		reportArg = 4
	}
	reportStart := s.Type(reportArg) == lua.TypeBoolean && s.ToBool(reportArg)
	tableInput := s.Type(2) == lua.TypeTable
	if callback && tableInput {
		// Upstream reads report_start from the top of the stack, which
		// holds the subject (never false) while a table is walked.
		reportStart = true
	}

	// The stack is laid out as upstream lays it out (its type error
	// messages show it): the report_start flag, then the results table.
	s.PushBool(reportStart)
	var fn func(pat, start, end int) int
	if callback {
		fn = func(pat, start, end int) int {
			s.PushValue(3)
			s.PushInteger(int64(pat + 1))
			pushTrieMatch(s, start, end, reportStart)
			if err := s.PCall(2, 1); err != nil {
				rt.log().Logf(logger.LevelInfo, "", "", false, "lua_trie_lua_cb_callback", "call to trie callback has failed: %s", err.Error())
				return 1
			}
			ret := int(s.ToNumber(-1))
			s.Pop(1)
			return ret
		}
	} else {
		// Matches are gathered per pattern, then the results table is
		// built with its keys in the order of first matches, as
		// upstream's per-match inserts build it.
		s.NewTable(0, 0)
		results := s.GetTop()
		var order []int
		matches := map[int][][2]int{}
		fn = func(pat, start, end int) int {
			if _, seen := matches[pat]; !seen {
				order = append(order, pat)
			}
			matches[pat] = append(matches[pat], [2]int{start, end})
			return 0
		}
		defer func() {
			for _, pat := range order {
				ms := matches[pat]
				s.NewTable(len(ms), 0)
				for i, m := range ms {
					pushTrieMatch(s, m[0], m[1], reportStart)
					s.RawSetInt(-2, i+1)
				}
				s.RawSetInt(results, pat+1)
			}
			s.PushValue(results)
		}()
	}

	found := false
	search := func(text []byte) {
		if nfound, ret := t.Lookup(text, fn); nfound != 0 || ret != 0 {
			found = true
		}
	}
	switch s.Type(2) {
	case lua.TypeTable:
		s.PushValue(2)
		s.PushNil()
		for s.Next(-2) {
			if s.IsString(-1) {
				b, _ := s.ToBytes(-1)
				search(b)
			} else if s.IsUserdata(-1) {
				search(rt.textArg(s, s.GetTop()).Data)
			}
			s.Pop(1)
		}
	case lua.TypeString:
		b, _ := s.ToBytesView(2)
		search(b)
	case lua.TypeUserdata:
		search(rt.textArg(s, 2).Data)
	}
	if callback {
		s.PushBool(found)
	}
	// without a callback the deferred push returns the results table
	return 1
}
