// Package upstreamcompat compares internal/upstream with goldens captured
// from the oracle (real rspamd 4.1.5) by gen.sh through the Lua API
// (rspamd_upstream_list): parsed definitions, the consistent hash, round
// robin and master-slave sequences, failures and watcher events.
package upstreamcompat

import (
	"errors"
	"net/netip"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/taskdump"
	"github.com/gorspamd/rspamd/internal/upstream"
)

const goldenDir = "../golden/4.1.5/upstream"

// chrootHosts resolves names as the oracle's chroot does: /etc/hosts knows
// localhost only, and no DNS server answers.
type chrootHosts struct{}

func (chrootHosts) LookupHost(host string) ([]netip.Addr, error) {
	if host == "localhost" {
		return []netip.Addr{netip.IPv6Loopback(), netip.MustParseAddr("127.0.0.1")}, nil
	}
	if strings.ContainsAny(host, "0123456789*:") || host == "" {
		// Numeric forms and the empty name: what getaddrinfo does without DNS.
		return upstream.SystemHosts{}.LookupHost(host)
	}
	return nil, errors.New("Temporary failure in name resolution")
}

func newContext() (*upstream.Context, *upstream.ManualClock) {
	ctx := upstream.NewContext()
	ctx.SetHostResolver(chrootHosts{})
	clock := upstream.NewManualClock(1700000000)
	ctx.Configure(upstream.Config{Clock: clock})
	return ctx, clock
}

func readDump(t *testing.T, name string) (*taskdump.Dump, []string) {
	t.Helper()
	d, err := taskdump.ReadFile(filepath.Join(goldenDir, name))
	if err != nil {
		t.Fatal(err)
	}
	var cases []string
	for _, k := range d.Keys {
		if strings.HasSuffix(k, ".input") {
			cases = append(cases, strings.TrimSuffix(k, ".input"))
		}
	}
	return d, cases
}

// index is the position of an upstream in the list as gen.lua finds it:
// the first with the same name and port, 0 for none.
func index(l *upstream.List, up *upstream.Upstream) string {
	if up == nil {
		return "0"
	}
	for i, x := range l.Upstreams() {
		if x.Name() == up.Name() && x.Port() == up.Port() {
			return strconv.Itoa(i + 1)
		}
	}
	return "-1"
}

func str(d *taskdump.Dump, key string) string {
	v, ok := d.Get(key)
	if !ok {
		return "<missing>"
	}
	if v.Kind == taskdump.Nil {
		return "nil"
	}
	return v.Text
}

// report fails the test for the cases with differences and logs the match
// rate.
func report(t *testing.T, name string, cases []string, check func(k string) []string) {
	t.Helper()
	matched := 0
	for _, k := range cases {
		diffs := check(k)
		if len(diffs) == 0 {
			matched++
			continue
		}
		if len(diffs) > 6 {
			diffs = append(diffs[:6], "...")
		}
		t.Errorf("%s %s:\n  %s", name, k, strings.Join(diffs, "\n  "))
	}
	t.Logf("%s: %d/%d cases match the oracle", name, matched, len(cases))
}

func TestParse(t *testing.T) {
	d, cases := readDump(t, "parse.dump")
	report(t, "parse", cases, func(k string) []string {
		input := str(d, k+".input")
		portStr, def, _ := strings.Cut(input, " ")
		port, _ := strconv.Atoi(portStr)
		ctx, _ := newContext()
		l := upstream.NewList(ctx)
		if rest, ok := strings.CutPrefix(def, "table "); ok {
			for _, one := range strings.Fields(rest) {
				l.ParseLine(one, uint16(port), nil)
			}
		} else if !l.ParseLine(def, uint16(port), nil) {
			if str(d, k+".list") != "nil" {
				return []string{"list not created"}
			}
			return nil
		}
		var diffs []string
		check := func(key, got string) {
			if want := str(d, key); got != want {
				diffs = append(diffs, key+": "+got+", want "+want)
			}
		}
		ups := l.Upstreams()
		check(k+".count", strconv.Itoa(len(ups)))
		for i, up := range ups {
			p := k + ".up." + strconv.Itoa(i+1)
			check(p+".name", up.Name())
			check(p+".port", strconv.Itoa(up.Port()))
			if a, ok := up.NextAddr(); ok {
				check(p+".addr", a.Pretty())
			} else {
				check(p+".addr", "nil")
			}
		}
		picks := make([]string, 8)
		for i := range picks {
			picks[i] = index(l, l.Get(upstream.RoundRobin, nil))
		}
		if rot := l.Rotation(); rot == upstream.Random || rot == upstream.Hashed {
			// Random picks: only check that they are upstreams of the list.
			for _, p := range picks {
				if n, _ := strconv.Atoi(p); n < 1 || n > len(ups) {
					diffs = append(diffs, "random pick "+p+" out of the list")
				}
			}
		} else {
			check(k+".rr", strings.Join(picks, " "))
		}
		return diffs
	})
}

// hashKeys are gen.lua's KEYS.
func hashKeys() [][]byte {
	var keys [][]byte
	for i := 1; i <= 1000; i++ {
		keys = append(keys, []byte("k"+strconv.Itoa(i)))
	}
	for i := range 256 {
		keys = append(keys, []byte{byte(i)})
	}
	for i := 1; i <= 40; i++ {
		keys = append(keys, []byte(strings.Repeat("x", i*7)+strconv.Itoa(i)))
	}
	return keys
}

func TestHash(t *testing.T) {
	d, cases := readDump(t, "hash.dump")
	keys := hashKeys()
	total, same := 0, 0
	report(t, "hash", cases, func(k string) []string {
		ctx, _ := newContext()
		l := upstream.NewList(ctx)
		if !l.ParseLine(str(d, k+".input"), 11333, nil) {
			return []string{"not parsed"}
		}
		var diffs []string
		for g := 0; g*100 < len(keys); g++ {
			var picks []string
			for _, key := range keys[g*100 : min(g*100+100, len(keys))] {
				picks = append(picks, index(l, l.Get(upstream.Hashed, key)))
			}
			want := strings.Fields(str(d, k+".hash."+strconv.Itoa(g+1)))
			for i, p := range picks {
				total++
				if i < len(want) && want[i] == p {
					same++
				} else {
					diffs = append(diffs, "key "+strconv.Quote(string(keys[g*100+i]))+": "+p)
				}
			}
		}
		return diffs
	})
	t.Logf("hash: %d/%d keys go to the same upstream as in the oracle", same, total)
}

func TestOps(t *testing.T) {
	d, cases := readDump(t, "ops.dump")
	report(t, "ops", cases, func(k string) []string {
		input := str(d, k+".input")
		def, ops, _ := strings.Cut(input, " | ")
		ctx, clock := newContext()
		l := upstream.NewList(ctx)
		if !l.ParseLine(def, 11333, nil) {
			return []string{"not parsed"}
		}
		var events []string
		l.AddWatcher(upstream.EventAll, func(up *upstream.Upstream, ev upstream.Event, errors uint32) {
			events = append(events, ev.String()+":"+index(l, up)+":"+strconv.Itoa(int(errors)))
		})
		all := l.Upstreams()
		nth := func(arg string) *upstream.Upstream {
			n, _ := strconv.Atoi(arg)
			return all[n-1]
		}
		var diffs []string
		for j, op := range strings.Fields(ops) {
			verb, arg, _ := strings.Cut(op, ":")
			events = nil
			res := ""
			switch verb {
			case "rr":
				res = index(l, l.Get(upstream.RoundRobin, nil))
			case "ms":
				res = index(l, l.Get(upstream.MasterSlave, nil))
			case "hash":
				res = index(l, l.Get(upstream.Hashed, []byte(arg)))
			case "fail":
				nth(arg).Fail(false, "unknown")
			case "failaddr":
				nth(arg).Fail(true, "test")
			case "ok":
				nth(arg).OK()
			case "addr":
				res = "nil"
				if a, ok := nth(arg).NextAddr(); ok {
					res = a.Pretty()
				}
			case "sleep":
				s, _ := strconv.ParseFloat(arg, 64)
				clock.Advance(s)
			}
			p := k + ".op." + strconv.Itoa(j+1)
			want := str(d, p+".res")
			if want == "<missing>" {
				want = ""
			}
			if res != want {
				diffs = append(diffs, op+": "+res+", want "+want)
			}
			wantEv := str(d, p+".events")
			if wantEv == "<missing>" {
				wantEv = ""
			}
			if got := strings.Join(events, " "); got != wantEv {
				diffs = append(diffs, op+": events "+got+", want "+wantEv)
			}
		}
		return diffs
	})
}
