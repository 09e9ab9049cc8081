package luaapi

import (
	"net/netip"
	"testing"

	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/lua"
)

func TestIPFromGo(t *testing.T) {
	rt := newRuntime(t)
	s := rt.L
	rt.PushIP(s, inet.AddrFrom(netip.MustParseAddr("10.1.2.3"), 25))
	s.SetGlobal("addr")
	rt.PushIP(s, inet.Addr{})
	s.SetGlobal("none")
	s.PushFunction(func(s *lua.State) int {
		s.PushString(rt.IPArg(s, 1).Pretty())
		return 1
	})
	s.SetGlobal("pretty")
	inet.SetLocalNetworks(func(a inet.Addr) bool { return a.IP().As4()[0] == 10 })
	defer inet.SetLocalNetworks(nil)
	err := s.DoString(`
		assert(none == nil)
		assert(tostring(addr) == '10.1.2.3' and addr:get_port() == 25)
		assert(addr:is_local() and not addr:is_local(false))
		assert(pretty(require('rspamd_ip').from_string('[::1]')) == '[::1]:0')
		assert(not pcall(pretty, 'x'))
	`)
	if err != nil {
		t.Fatal(err)
	}
}
