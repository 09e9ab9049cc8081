package luaapi

import (
	"testing"

	"github.com/gorspamd/rspamd/internal/ucl"
)

// TestUCLStoredFunction checks how a Lua function converted to UCL is
// emitted: what calling it returns, its error message when it fails, and
// "null" or the previous call's text for other values. The expected texts
// are the oracle's (rspamadm lua printing ucl.to_format of such tables).
func TestUCLStoredFunction(t *testing.T) {
	rt := newRuntime(t)
	s := rt.L
	err := s.DoString(`
		local n = 0
		funcs = {
			str = function() return 'str"q' end,
			int = function() return 42 end,
			float = function() return 1.5 end,
			multiline = function() return 'multi\nline' end,
			none = function() return nil end,
			err = function() error('boom') end,
			errnum = function() error(7) end,
			errtable = function() error({}) end,
			-- a string first, then a table: the string stays
			sticky = function() n = n + 1; if n == 1 then return 'first' end return {} end,
		}`)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, json string
	}{
		{"str", `"str\"q"`},
		{"int", `"42"`},
		{"float", `"1.5"`},
		{"multiline", `"multi\nline"`},
		{"none", `"null"`},
		{"err", `"[string \"...\"]:9: boom"`},
		{"errnum", `"[string \"...\"]:10: 7"`},
		{"errtable", `"null"`},
		{"sticky", `"first"`},
	}
	for _, c := range cases {
		s.GetGlobal("funcs")
		s.GetField(-1, c.name)
		obj := rt.ToUCL(s, -1)
		s.Pop(2)
		if obj.Type() != ucl.TypeUserdata {
			t.Fatalf("%s: type %v, want userdata", c.name, obj.Type())
		}
		for i := range 2 {
			if got := string(ucl.Emit(obj, ucl.FormatJSONCompact)); got != c.json {
				t.Errorf("%s: emit %d: %s, want %s", c.name, i+1, got, c.json)
			}
		}
		if top := s.GetTop(); top != 0 {
			t.Errorf("%s: %d values left on the stack", c.name, top)
		}
	}
	// a fresh conversion has no previous text
	s.GetGlobal("funcs")
	s.GetField(-1, "sticky")
	obj := rt.ToUCL(s, -1)
	s.Pop(2)
	if got := string(ucl.Emit(obj, ucl.FormatJSONCompact)); got != `"null"` {
		t.Errorf("sticky, converted again: %s, want \"null\"", got)
	}
}
