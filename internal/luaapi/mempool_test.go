package luaapi

import (
	"testing"

	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/mempool"
)

// TestMempoolGoVariables checks that variables Go code stores are read by
// Lua's typed get_variable as upstream's Lua reads C variables, and the
// other way round.
func TestMempoolGoVariables(t *testing.T) {
	rt := newRuntime(t)
	s := rt.L
	p := mempool.New("task")
	p.SetVariable("bayes_prob", 0.75, nil)
	p.SetVariable("spam_learns", int64(1)<<40, nil)
	p.SetVariable("words_hash", "abc", nil)
	p.SetVariable("nums", mempool.Bucket{1, 2}, nil)
	p.SetVariable("list", []string{"x", "y"}, nil)
	p.SetVariable("opaque", struct{}{}, nil)
	rt.PushMempool(s, p)
	s.SetGlobal("pool")
	err := s.DoString(`
		assert(pool:get_variable('bayes_prob', 'double') == 0.75)
		assert(pool:get_variable('spam_learns', 'int64') == 2^40)
		assert(pool:get_variable('words_hash') == 'abc')
		assert(pool:get_variable('words_hash', 'gstring') == 'abc')
		local b = pool:get_variable('nums', 'bucket')
		assert(#b == 2 and b[2] == 2)
		local l = pool:get_variable('list', 'fstrings')
		assert(#l == 2 and l[1] == 'x')
		assert(pool:has_variable('opaque') and pool:get_variable('opaque') == nil)
		pool:set_variable('from_lua', 'str', 2.5, true)
		pool:add_destructor(function() destroyed = true end)
	`)
	if err != nil {
		t.Fatal(err)
	}
	v, _ := p.Variable("from_lua")
	r := mempool.NewReader(v.([]byte))
	if str, d, b := string(r.String()), r.Double(), r.Bool(); str != "str" || d != 2.5 || !b {
		t.Errorf("from Lua: %q %v %v", str, d, b)
	}
	p.Destroy()
	if s.GetGlobal("destroyed") != lua.TypeBoolean {
		t.Error("the Lua destructor did not run")
	}
}

// FuzzMempoolGetVariable reads any layout with any type list: no panic,
// and one result per type named.
func FuzzMempoolGetVariable(f *testing.F) {
	f.Add("string,double,double,bool", []byte("bcd\x00\x00\x00\x00\x00\x00\x00\xf0?"))
	f.Add("bucket", []byte("\xff\xff\xff\xff\x00\x00\x00\x00"))
	f.Add(" ,int64,,foo gstring fstrings", []byte{})
	f.Fuzz(func(t *testing.T, spec string, layout []byte) {
		s, err := lua.New()
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		rt, err := Open(s)
		if err != nil {
			t.Fatal(err)
		}
		p := mempool.New("fuzz")
		p.SetVariable("v", layout, nil)
		rt.PushMempool(s, p)
		s.SetGlobal("pool")
		s.PushString(spec)
		s.SetGlobal("spec")
		if err := s.DoString(`n = select('#', pool:get_variable('v', spec))`); err != nil {
			t.Fatal(err)
		}
	})
}
