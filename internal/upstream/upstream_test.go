package upstream

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"
)

// noHosts resolves nothing but numbers.
type noHosts struct{}

func (noHosts) LookupHost(host string) ([]netip.Addr, error) {
	if ip, ok := inetAton(host); ok {
		return []netip.Addr{ip}, nil
	}
	return nil, errors.New("no such host")
}

// fakeDNS answers from maps and counts queries.
type fakeDNS struct {
	mu      sync.Mutex
	a, aaaa map[string][]netip.Addr
	srv     map[string][]SRV
	queries int
}

func (f *fakeDNS) LookupIP(_ context.Context, name string, ipv6 bool) ([]netip.Addr, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queries++
	m := f.a
	if ipv6 {
		m = f.aaaa
	}
	if ips, ok := m[name]; ok {
		return ips, nil
	}
	return nil, errors.New("NXDOMAIN")
}

func (f *fakeDNS) LookupSRV(_ context.Context, name string) ([]SRV, uint32, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queries++
	if s, ok := f.srv[name]; ok {
		return s, 300, nil
	}
	return nil, 0, errors.New("NXDOMAIN")
}

func (f *fakeDNS) set(fn func()) {
	f.mu.Lock()
	fn()
	f.mu.Unlock()
}

func testContext(res Resolver) (*Context, *ManualClock) {
	ctx := NewContext()
	ctx.SetHostResolver(noHosts{})
	clock := NewManualClock(1000)
	ctx.Configure(Config{Clock: clock, Resolver: res})
	return ctx, clock
}

// settle runs the replies of the DNS queries in flight (and of those
// they cause) once their goroutines have posted them.
func settle(t *testing.T, clock *ManualClock, l *List) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		l.mu.Lock()
		inFlight := 0
		for _, up := range l.ups {
			inFlight += up.dnsRequests
		}
		l.mu.Unlock()
		if inFlight == 0 {
			return
		}
		if clock.pendingAt(clock.Now()) >= inFlight {
			clock.Advance(0)
			continue
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d DNS replies never came", inFlight)
		}
		time.Sleep(time.Millisecond)
	}
}

// advance moves the clock a second at a time, settling DNS replies, until
// done reports true or max seconds passed.
func advance(t *testing.T, clock *ManualClock, l *List, max int, done func() bool) {
	t.Helper()
	for range max {
		clock.Advance(1)
		settle(t, clock, l)
		if done() {
			return
		}
	}
	t.Fatalf("not done after %d seconds", max)
}

// pendingAt counts the timers due at or before at.
func (c *ManualClock) pendingAt(at float64) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, t := range c.timers {
		if t.at <= at {
			n++
		}
	}
	return n
}

func names(ups ...*Upstream) string {
	s := make([]string, len(ups))
	for i, u := range ups {
		if u == nil {
			s[i] = "nil"
		} else {
			s[i] = u.Name()
		}
	}
	return strings.Join(s, " ")
}

func picks(l *List, rot Rotation, n int) string {
	ups := make([]*Upstream, n)
	for i := range ups {
		ups[i] = l.Get(rot, nil)
	}
	return names(ups...)
}

func mustParse(t *testing.T, l *List, line string) {
	t.Helper()
	if !l.ParseLine(line, 11333, nil) {
		t.Fatalf("ParseLine(%q) failed", line)
	}
}

func TestInetAton(t *testing.T) {
	tests := map[string]string{
		"1.2.3.4":     "1.2.3.4",
		"1.2.3":       "1.2.0.3",
		"1.2":         "1.0.0.2",
		"16909060":    "1.2.3.4",
		"0x7f.1":      "127.0.0.1",
		"010.0.0.1":   "8.0.0.1",
		"256.1.1.1":   "",
		"1.2.3.4.5":   "",
		"1.2.3.":      "",
		"example.com": "",
		"1.2.65536":   "",
	}
	for in, want := range tests {
		ip, ok := inetAton(in)
		got := ""
		if ok {
			got = ip.String()
		}
		if got != want {
			t.Errorf("inetAton(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseNameserver(t *testing.T) {
	ctx, _ := testContext(nil)
	l := NewList(ctx)
	l.SetFlags(FlagDNS)
	// rspamd_parse_inet_address reads a bracketed port from its colon on
	// (so it is 0 and the default applies) and stops a port at a non-digit.
	for _, def := range []string{"127.0.0.1", "127.0.0.2:5353", "[::1]:5300", "::2", "127.0.0.3:25x", "unresolvable"} {
		l.AddUpstream(def, 53, ParseNameserver, nil)
	}
	var got []string
	for _, up := range l.Upstreams() {
		a, _ := up.CurrentAddr()
		got = append(got, up.Name()+"="+a.Pretty())
	}
	want := "127.0.0.1=127.0.0.1:53 127.0.0.2:5353=127.0.0.2:5353 [::1]:5300=[::1]:53 ::2=[::2]:53 127.0.0.3:25x=127.0.0.3:25"
	if strings.Join(got, " ") != want {
		t.Errorf("nameservers %q, want %q", got, want)
	}
	// A nameserver that does not resolve is not kept pending.
	if l.Count() != 5 {
		t.Errorf("%d nameservers", l.Count())
	}
}

func TestParseLines(t *testing.T) {
	ctx, _ := testContext(nil)
	l := NewList(ctx)
	if l.ParseLines([]string{"10.0.0.1", "[bad"}, 1, nil) {
		t.Error("the last line decides and it failed")
	}
	if !l.ParseLines([]string{"[bad", "10.0.0.2"}, 1, nil) || l.Count() != 2 || l.Line() != "10.0.0.1" {
		t.Errorf("count %d, line %q", l.Count(), l.Line())
	}
}

func TestUID(t *testing.T) {
	ctx, _ := testContext(nil)
	l := NewList(ctx)
	mustParse(t, l, "127.0.0.1:6379")
	if uid := l.Upstreams()[0].UID(); len(uid) != 7 {
		t.Errorf("UID %q is not 7 characters", uid)
	}
}

func TestLogging(t *testing.T) {
	var buf strings.Builder
	SetLogger(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	defer SetLogger(nil)
	ctx, _ := testContext(nil)
	l := NewList(ctx)
	mustParse(t, l, "10.0.0.1:80x,not.resolved:25")
	out := buf.String()
	for _, want := range []string{
		`level=ERROR msg="cannot parse port: :80x, at symbol x, error: Success" func=rspamd_check_port_priority`,
		`level=WARN msg="address resolution for not.resolved failed at config time; deferring (will retry asynchronously)"`,
		`level=DEBUG msg="added upstream 10.0.0.1 (DNS name (deferred))" func=rspamd_upstreams_add_upstream module=upstream id=`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %s:\n%s", want, out)
		}
	}
}

func TestReviveAndProbe(t *testing.T) {
	ctx, clock := testContext(nil)
	l := NewList(ctx)
	mustParse(t, l, "10.0.0.1,10.0.0.2")
	var events []string
	l.AddWatcher(EventAll, func(up *Upstream, ev Event, errors uint32) {
		events = append(events, fmt.Sprintf("%s:%s:%d", ev, up.Name(), errors))
	})
	a, b := l.Upstreams()[0], l.Upstreams()[1]
	for range 5 {
		a.Fail(false, "test")
	}
	clock.Advance(11)
	a.Fail(false, "test")
	if l.Alive() != 1 || a.Errors() != 0 {
		t.Fatalf("after failures: %d alive, %d errors", l.Alive(), a.Errors())
	}
	if got := events[len(events)-1]; got != "offline:10.0.0.1:6" {
		t.Errorf("last event %q", got)
	}
	if got := picks(l, RoundRobin, 3); got != "10.0.0.2 10.0.0.2 10.0.0.2" {
		t.Errorf("picks while down: %q", got)
	}
	// Revival comes 60 to 84 seconds later.
	clock.Advance(59)
	if l.Alive() != 1 {
		t.Fatal("revived too early")
	}
	clock.Advance(26)
	if l.Alive() != 2 {
		t.Fatal("not revived after 85 seconds")
	}

	// With every upstream down, a probe lets one request through once its
	// time has come; its success brings the upstream back.
	for _, up := range []*Upstream{a, b} {
		for range 5 {
			up.Fail(false, "test")
		}
	}
	clock.Advance(11)
	a.Fail(false, "test")
	b.Fail(false, "test")
	if l.Alive() != 0 {
		t.Fatalf("%d alive", l.Alive())
	}
	if up := l.Get(RoundRobin, nil); up != nil {
		t.Fatalf("probe before its time: %s", up.Name())
	}
	clock.Advance(50) // probes come 60 to 78 seconds after failing, revivals at 60 to 84
	var probe *Upstream
	for range 40 {
		if probe = l.Get(RoundRobin, nil); probe != nil {
			break
		}
		clock.Advance(1)
	}
	if probe == nil && l.Alive() == 0 {
		t.Fatal("neither a probe nor a revival")
	}
	if probe != nil && l.Alive() == 0 {
		if again := l.Get(RoundRobin, nil); again == probe {
			t.Error("a second request went to the probed upstream")
		}
		probe.OK()
		if l.Alive() != 1 {
			t.Errorf("successful probe: %d alive", l.Alive())
		}
	}
}

func TestLastUpstreamStays(t *testing.T) {
	ctx, clock := testContext(nil)
	l := NewList(ctx)
	mustParse(t, l, "10.0.0.1")
	up := l.Upstreams()[0]
	for range 10 {
		up.Fail(false, "test")
	}
	clock.Advance(11)
	up.Fail(false, "test")
	if l.Alive() != 1 {
		t.Error("the only upstream went offline")
	}
}

func TestNoContextIgnoresFailures(t *testing.T) {
	l := NewList(nil)
	mustParse(t, l, "10.0.0.1,10.0.0.2")
	up := l.Upstreams()[0]
	for range 100 {
		up.Fail(false, "test")
	}
	if up.Errors() != 0 || l.Alive() != 2 {
		t.Errorf("errors %d, alive %d", up.Errors(), l.Alive())
	}
}

func TestSlowStart(t *testing.T) {
	ctx, clock := testContext(nil)
	l := NewList(ctx)
	mustParse(t, l, "10.0.0.1:1:20,10.0.0.2:1:10")
	l.SetSlowStart(10000)
	a := l.Upstreams()[0]
	for range 5 {
		a.Fail(false, "test")
	}
	clock.Advance(11)
	a.Fail(false, "test")
	advance(t, clock, l, 90, func() bool { return l.Alive() == 2 })
	// Just revived: its effective weight is 0, the other one is picked.
	if got := picks(l, MasterSlave, 3); got != "10.0.0.2:1 10.0.0.2:1 10.0.0.2:1" {
		t.Errorf("during slow start: %q", got)
	}
	clock.Advance(11)
	if got := picks(l, MasterSlave, 1); got != "10.0.0.1:1" {
		t.Errorf("after slow start: %q", got)
	}
}

func TestSequentialAndExcept(t *testing.T) {
	ctx, _ := testContext(nil)
	l := NewList(ctx)
	mustParse(t, l, "10.0.0.1,10.0.0.2,10.0.0.3")
	if got := picks(l, Sequential, 5); got != "10.0.0.1 10.0.0.2 10.0.0.3 nil 10.0.0.1" {
		t.Errorf("sequential: %q", got)
	}
	ups := l.Upstreams()
	for _, key := range []string{"a", "b", "c", "d", "e", "f"} {
		first := l.Get(Hashed, []byte(key))
		if other := l.GetExcept(first, Hashed, []byte(key)); other == first || other == nil {
			t.Errorf("hash except %s: %s", first.Name(), names(other))
		}
	}
	for range 6 {
		if up := l.GetExcept(ups[0], RoundRobin, nil); up == ups[0] {
			t.Error("round robin returned the excluded upstream")
		}
	}
	single := NewList(ctx)
	mustParse(t, single, "10.0.0.9")
	only := single.Upstreams()[0]
	if up := single.GetExcept(only, RoundRobin, nil); up != only {
		t.Error("the only upstream is returned even when excluded")
	}
}

func TestP2CPrefersIdle(t *testing.T) {
	ctx, _ := testContext(nil)
	l := NewList(ctx)
	mustParse(t, l, "random:10.0.0.1,10.0.0.2")
	busy := l.Upstreams()[0]
	for range 10 {
		busy.list.mu.Lock()
		busy.inflight++
		busy.list.mu.Unlock()
	}
	for range 20 {
		if up := l.Get(Undef, nil); up == busy {
			t.Fatal("picked the busy upstream")
		} else {
			up.Release()
		}
	}
}

func TestTokenBucket(t *testing.T) {
	ctx, _ := testContext(nil)
	l := NewList(ctx)
	l.SetRotation(TokenBucket)
	mustParse(t, l, "10.0.0.1,10.0.0.2")
	l.SetTokenBucket(100, 10, 0, 5)
	a, ta := l.GetTokenBucket(nil, 100)
	b, tb := l.GetTokenBucket(nil, 100)
	if ta != 15 || tb != 15 || a == b {
		t.Fatalf("tokens %d %d, upstreams %s %s", ta, tb, a.Name(), b.Name())
	}
	a.ReturnTokens(ta, true)
	if c, _ := l.GetTokenBucket(nil, 100); c != a {
		t.Errorf("the upstream with returned tokens should be picked, got %s", c.Name())
	}
}

func TestLatency(t *testing.T) {
	ctx, clock := testContext(nil)
	l := NewList(ctx)
	mustParse(t, l, "10.0.0.1")
	up := l.Upstreams()[0]
	up.RecordLatency(1)
	clock.Advance(60)
	up.RecordLatency(3)
	if got := up.Latency(); math.Abs(got-2) > 1e-9 {
		t.Errorf("after one half-life: %v, want 2", got)
	}
	up.RecordLatency(100) // no time passed: alpha is at least 0.01
	if got := up.Latency(); math.Abs(got-(0.01*100+0.99*2)) > 1e-9 {
		t.Errorf("immediately after: %v", got)
	}
}

func TestPendingResolution(t *testing.T) {
	dns := &fakeDNS{a: map[string][]netip.Addr{}, aaaa: map[string][]netip.Addr{}}
	ctx, clock := testContext(dns)
	l := NewList(ctx)
	mustParse(t, l, "redis.example:6380,10.0.0.1")
	var events []string
	l.AddWatcher(EventOnline, func(up *Upstream, ev Event, _ uint32) {
		events = append(events, ev.String()+":"+up.Name())
	})
	pending := l.Upstreams()[0]
	if pending.Flags()&FlagPendingResolve == 0 || l.Alive() != 1 || pending.Port() != 6380 {
		t.Fatalf("flags %v, alive %d, port %d", pending.Flags(), l.Alive(), pending.Port())
	}
	// The first attempt after about a second finds nothing.
	advance(t, clock, l, 2, func() bool { return dns.queries >= 2 })
	if l.Alive() != 1 {
		t.Fatal("promoted without addresses")
	}
	dns.set(func() {
		dns.a["redis.example"] = []netip.Addr{netip.MustParseAddr("192.0.2.7")}
		dns.aaaa["redis.example"] = []netip.Addr{netip.MustParseAddr("2001:db8::7")}
	})
	// Retries back off (1, 2, 4 ... up to 60-75 seconds), and none comes
	// within the minimum interval of 60 s between resolutions.
	advance(t, clock, l, 200, func() bool { return l.Alive() == 2 })
	if len(events) != 1 || events[0] != "online:redis.example" {
		t.Fatalf("events %v", events)
	}
	a, _ := pending.CurrentAddr()
	if a.Pretty() != "192.0.2.7:6380" {
		t.Errorf("address %s", a)
	}
	if next, _ := pending.NextAddr(); next.Pretty() != "192.0.2.7:6380" {
		t.Errorf("next address %s (IPv4 first, no switch without errors)", next)
	}
}

func TestSRVMembers(t *testing.T) {
	dns := &fakeDNS{
		a: map[string][]netip.Addr{
			"r1.example": {netip.MustParseAddr("192.0.2.1")},
			"r2.example": {netip.MustParseAddr("192.0.2.2")},
		},
		aaaa: map[string][]netip.Addr{},
		srv: map[string][]SRV{"_redis._tcp.example": {
			{Target: "r1.example", Port: 6379, Weight: 2, Priority: 1},
			{Target: "r2.example", Port: 6380, Weight: 0, Priority: 1},
		}},
	}
	ctx, clock := testContext(dns)
	l := NewList(ctx)
	mustParse(t, l, "service=redis+example:3")
	if l.Count() != 0 || l.CountTotal() != 1 {
		t.Fatalf("count %d, total %d", l.Count(), l.CountTotal())
	}
	advance(t, clock, l, 2, func() bool { return l.Alive() == 2 })
	ups := l.Upstreams()
	if names(ups...) != "r1.example r2.example" || l.Alive() != 2 {
		t.Fatalf("members %q, alive %d", names(ups...), l.Alive())
	}
	if ups[0].Weight() != 2 || ups[1].Weight() != 1 || ups[1].Port() != 6380 {
		t.Errorf("weights %d %d, port %d", ups[0].Weight(), ups[1].Weight(), ups[1].Port())
	}
	var offline []string
	l.AddWatcher(EventOffline, func(up *Upstream, _ Event, _ uint32) { offline = append(offline, up.Name()) })
	dns.set(func() { dns.srv["_redis._tcp.example"] = dns.srv["_redis._tcp.example"][:1] })
	// The SRV records are resolved again after the lazy resolve time (the
	// TTL counts from the next time on).
	advance(t, clock, l, 4000, func() bool { return l.Alive() == 1 })
	if names(l.Upstreams()...) != "r1.example" || l.Alive() != 1 || strings.Join(offline, " ") != "r2.example" {
		t.Errorf("after r2 vanished: %q, alive %d, offline %v", names(l.Upstreams()...), l.Alive(), offline)
	}
}

func TestDestroy(t *testing.T) {
	dns := &fakeDNS{a: map[string][]netip.Addr{}, aaaa: map[string][]netip.Addr{}}
	ctx, clock := testContext(dns)
	l := NewList(ctx)
	mustParse(t, l, "pending.example,10.0.0.1")
	if clock.Pending() == 0 {
		t.Fatal("no resolution timer")
	}
	l.Destroy()
	if clock.Pending() != 0 {
		t.Errorf("%d timers left", clock.Pending())
	}
	if l.Get(RoundRobin, nil) != nil {
		t.Error("a destroyed list returned an upstream")
	}
}

func FuzzParseLine(f *testing.F) {
	for _, s := range []string{
		"127.0.0.1:6379", "master-slave:10.0.0.1:1:2,[::1]:53:7", "/tmp/s,./x:1",
		"service=redis+example.com:5", "hash:1.2.3;4.5.6.7 8.8.8.8", "127.0.0.1:-1:99999999999",
		"[::ffff:1.2.3.4]", "round-robin:a:1,b:0:3", ":80", "*", "[", "service=", "1.2.3:80x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		ctx, clock := testContext(nil)
		l := NewList(ctx)
		ok := l.ParseLine(line, 11333, nil)
		ups := l.Upstreams()
		if ok != (l.CountTotal() > 0) {
			t.Fatalf("ParseLine(%q) = %v with %d upstreams", line, ok, l.CountTotal())
		}
		for _, up := range ups {
			if up.Name() == "" && up.Flags()&FlagSRVResolve == 0 {
				t.Fatalf("ParseLine(%q): empty name", line)
			}
			up.NextAddr()
			up.Fail(true, "fuzz")
			up.OK()
		}
		for _, rot := range []Rotation{Random, Hashed, RoundRobin, MasterSlave, Sequential} {
			if up := l.Get(rot, []byte(line)); up != nil && up.Flags()&FlagPendingResolve != 0 {
				t.Fatalf("ParseLine(%q): picked unresolved %s", line, up.Name())
			}
		}
		clock.Advance(4000)
		l.Destroy()
	})
}
