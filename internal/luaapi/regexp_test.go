package luaapi

import "testing"

// TestRegexpInText checks that rspamd{text} methods taking a regexp accept
// ours.
func TestRegexpInText(t *testing.T) {
	rt := newRuntime(t)
	err := rt.L.DoString(`
		local re = require('rspamd_regexp').create('/,\\s*/')
		local parts = {}
		for p in require('rspamd_text').fromstring('a, b,c'):split(re) do parts[#parts + 1] = tostring(p) end
		assert(table.concat(parts, '|') == 'a|b|c', table.concat(parts, '|'))
	`)
	if err != nil {
		t.Fatal(err)
	}
}
