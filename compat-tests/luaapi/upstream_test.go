package luaapi_test

import (
	"errors"
	"net/netip"
	"strconv"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/luaapi"
	"github.com/gorspamd/rspamd/internal/upstream"
)

// chrootHosts resolves names as the oracle's chroot does: /etc/hosts knows
// localhost only and no DNS server answers.
type chrootHosts struct{}

func (chrootHosts) LookupHost(host string) ([]netip.Addr, error) {
	if host == "localhost" {
		return []netip.Addr{netip.IPv6Loopback(), netip.MustParseAddr("127.0.0.1")}, nil
	}
	if strings.ContainsAny(host, "0123456789*:") || host == "" {
		return upstream.SystemHosts{}.LookupHost(host)
	}
	return nil, errors.New("Temporary failure in name resolution")
}

// upstreamSetup provides rspamd_config, as rspamadm lua does, with an
// upstream context that resolves names as the oracle's chroot does and runs
// on a manual clock, and makes os.execute("sleep N") advance that clock
// instead of sleeping (test-only).
func upstreamSetup(rt *luaapi.Runtime, s *lua.State) {
	ctx := upstream.NewContext()
	ctx.SetHostResolver(chrootHosts{})
	clock := upstream.NewManualClock(1700000000)
	ctx.Configure(upstream.Config{Clock: clock})
	c := rt.NewConfig(cfg.New(cfg.DefaultDirs()))
	c.Upstreams = ctx
	rt.PushConfig(s, c)
	s.SetGlobal("rspamd_config")
	s.GetGlobal("os")
	s.PushFunction(func(s *lua.State) int {
		cmd := s.CheckString(1)
		secs, ok := strings.CutPrefix(cmd, "sleep ")
		d, err := strconv.ParseFloat(secs, 64)
		if !ok || err != nil {
			return s.Errorf("test harness: os.execute(%q) is not supported", cmd)
		}
		clock.Advance(d)
		s.PushInteger(0)
		return 1
	})
	s.SetField(-2, "execute")
	s.Pop(1)
}

// randomPicks replaces the round robin picks of lists that pick at random
// (hash: and random: lists, which pick at random without a key) with the
// oracle's when every pick is an upstream of the list.
func randomPicks(got, want []string) {
	random := map[string]int{} // case prefix -> number of upstreams
	for _, l := range want {
		k, v, _ := strings.Cut(l, " ")
		if c, ok := strings.CutSuffix(k, ".input"); ok {
			_, def, _ := strings.Cut(strings.Trim(v, `"`), " ")
			def = strings.ToLower(def)
			if strings.HasPrefix(def, "hash:") || strings.HasPrefix(def, "random:") {
				random[c] = 0
			}
		}
		if c, ok := strings.CutSuffix(k, ".count"); ok {
			if _, isRandom := random[c]; isRandom {
				random[c], _ = strconv.Atoi(v)
			}
		}
	}
	for i := range min(len(got), len(want)) {
		k, v, _ := strings.Cut(got[i], " ")
		c, ok := strings.CutSuffix(k, ".rr")
		n, isRandom := random[c]
		if !ok || !isRandom || !strings.HasPrefix(want[i], k+" ") {
			continue
		}
		valid := true
		for _, p := range strings.Fields(strings.Trim(v, `"`)) {
			if x, err := strconv.Atoi(p); err != nil || x < 1 || x > n {
				valid = false
			}
		}
		if valid {
			got[i] = want[i]
		}
	}
}

// TestUpstreamGenLua runs compat-tests/upstream/gen.lua, the generator of
// the upstream goldens, through our rspamd_upstream_list and rspamd_ip and
// compares each section's dump with the oracle's.
func TestUpstreamGenLua(t *testing.T) {
	for _, section := range []string{"parse", "hash", "ops"} {
		t.Run(section, func(t *testing.T) {
			want := lines(readGolden(t, "upstream", section+".dump"))
			got := lines(runWith(t, quiet, upstreamSetup, "../upstream/gen.lua", section, "../upstream/inputs/"+section+".txt"))
			randomPicks(got, want)
			compareLines(t, got, want)
		})
	}
}
