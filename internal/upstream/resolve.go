package upstream

import (
	"context"
	"math"
	"math/rand/v2"
	"net/netip"
	"strings"

	"github.com/gorspamd/rspamd/internal/inet"
)

// hostPart is the name to resolve: the upstream's name up to its port, at
// most 253 bytes.
func hostPart(name string) string {
	if i := strings.IndexByte(name, ':'); i > 0 {
		name = name[:i]
	}
	if len(name) > 253 {
		name = name[:253]
	}
	return name
}

// resolve starts resolving the upstream's name again (rspamd's
// rspamd_upstream_resolve_addrs): nameservers with the host resolver now,
// others with the asynchronous resolver, at most once per
// ResolveMinInterval.
func (l *List) resolve(up *Upstream) {
	if up.draining {
		return
	}
	if up.flags&FlagDNS != 0 {
		if up.name == "" || up.name[0] == '/' || up.flags&FlagNoResolve != 0 {
			return
		}
		var port uint16
		if len(up.addrs) > 0 {
			port = up.addrs[0].addr.Port()
		}
		ips, err := l.ctx.hostResolver().LookupHost(hostPart(up.name))
		if err != nil || len(ips) == 0 {
			return
		}
		for _, ip := range ips {
			up.newAddrs = append([]inet.Addr{inet.AddrFrom(ip.Unmap(), port)}, up.newAddrs...)
		}
		l.updateAddrs(up)
		return
	}
	if l.ctx == nil {
		return
	}
	l.ctx.mu.Lock()
	res, configured := l.ctx.resolver, l.ctx.configured
	l.ctx.mu.Unlock()
	if res == nil || !configured || up.flags&FlagNoResolve != 0 {
		return
	}
	if up.dnsRequests != 0 {
		logf(levelInfo, up, "rspamd_upstream_resolve_addrs",
			"do not resolve upstream %s as another request for resolving has been already issued", up.name)
		return
	}
	now := l.now()
	lim := l.lim()
	if remaining := lim.ResolveMinInterval - (now - up.lastResolve); remaining > 0 {
		logf(levelInfo, up, "rspamd_upstream_resolve_addrs",
			"do not resolve upstream %s: cooldown remains %.0f seconds", up.name, math.Ceil(remaining))
		return
	}
	if up.name == "" || up.name[0] == '/' {
		return
	}
	up.lastResolve = now
	host := hostPart(up.name)
	timeout := lim.DNSTimeout * float64(lim.DNSRetransmits+1)
	if up.flags&FlagSRVResolve != 0 {
		up.dnsRequests++
		l.query(timeout, func(ctx context.Context) func() {
			srvs, ttl, err := res.LookupSRV(ctx, host)
			return func() { l.srvReply(up, srvs, ttl, err) }
		})
		return
	}
	for _, v6 := range []bool{false, true} {
		up.dnsRequests++
		l.query(timeout, func(ctx context.Context) func() {
			ips, err := res.LookupIP(ctx, host, v6)
			return func() { l.addrReply(up, ips, err) }
		})
	}
}

// query runs a lookup on its own goroutine and applies its result through
// the clock, with the list locked.
func (l *List) query(timeout float64, lookup func(context.Context) func()) {
	clock := l.clock()
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), secondsDuration(timeout))
		apply := lookup(ctx)
		cancel()
		clock.AfterFunc(0, func() {
			l.mu.Lock()
			apply()
			l.unlock()
		})
	}()
}

// addrReply takes one A or AAAA reply (rspamd_upstream_dns_cb): new
// addresses accumulate until the last reply, then replace the old ones.
func (l *List) addrReply(up *Upstream, ips []netip.Addr, err error) {
	up.dnsRequests--
	if up.draining {
		return
	}
	if err == nil {
		for _, ip := range ips {
			up.newAddrs = append([]inet.Addr{inet.AddrFrom(ip.Unmap(), 0)}, up.newAddrs...)
		}
	}
	if up.dnsRequests == 0 {
		l.updateAddrs(up)
	}
}

// updateAddrs replaces the addresses with the resolved ones, keeping the
// port and the error counts of addresses seen before (reset one time in
// ten), and brings a pending upstream into rotation.
func (l *List) updateAddrs(up *Upstream) {
	if up.draining {
		up.newAddrs = nil
		return
	}
	wasPending := false
	var port uint16
	switch {
	case len(up.newAddrs) > 0 && len(up.addrs) == 0:
		wasPending = up.flags&FlagPendingResolve != 0
		port = up.deferredPort
	case len(up.addrs) > 0 && len(up.newAddrs) > 0:
		port = up.addrs[0].addr.Port()
	}
	if len(up.newAddrs) > 0 {
		reset := rand.Float64() > 0.9
		fresh := make([]*addrElt, 0, len(up.newAddrs))
		for _, a := range up.newAddrs {
			a = a.WithPort(port)
			e := &addrElt{addr: a}
			for _, old := range up.addrs {
				if old.addr.Compare(a, false) == 0 {
					if !reset {
						e.errors = old.errors
					}
					break
				}
			}
			fresh = append(fresh, e)
		}
		up.addrs = fresh
		up.curAddr = 0
		sortAddrs(up.addrs)
	}
	up.newAddrs = nil
	if wasPending && len(up.addrs) > 0 {
		l.promotePending(up)
	}
}

// promotePending brings a resolved pending upstream into rotation.
func (l *List) promotePending(up *Upstream) {
	if up.ls == nil || up.draining || up.flags&FlagPendingResolve == 0 {
		return
	}
	up.flags &^= FlagPendingResolve
	l.alive = append(l.alive, up)
	up.activeIdx = len(l.alive) - 1
	l.ringDirty = true
	if l.rot == TokenBucket {
		up.initTokens(l.lim())
	}
	logf(levelInfo, up, "rspamd_upstream_promote_pending",
		"resolved deferred upstream %s; promoted to alive", up.name)
	l.notify(up, EventOnline, up.errors)
}
