package luaapi

import (
	"testing"

	"github.com/gorspamd/rspamd/internal/lua"
)

func newRuntime(t testing.TB) *Runtime {
	t.Helper()
	s, err := lua.New()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	rt, err := Open(s)
	if err != nil {
		t.Fatal(err)
	}
	return rt
}

func TestTextThroughLPeg(t *testing.T) {
	rt := newRuntime(t)
	s := rt.L
	s.PushFunction(func(s *lua.State) int {
		rt.PushText(s, []byte("hello world"))
		return 1
	})
	s.SetGlobal("mktext")
	err := s.DoString(`
		local lpeg = require "lpeg"
		local t = mktext()
		assert(t:len() == 11, "len")
		assert(tostring(t) == "hello world", "tostring")
		local word = lpeg.C(lpeg.R("az")^1)
		assert(lpeg.match(word, t) == "hello", "lpeg on text")
	`)
	if err != nil {
		t.Fatal(err)
	}
}
