package upstream

import (
	"sort"

	"github.com/gorspamd/rspamd/internal/inet"
)

// familyRank orders address families for an upstream's addresses: Unix
// sockets, then IPv4, then IPv6 (rspamd_upstream_af_to_weight).
func familyRank(a inet.Addr) int {
	switch a.Family() {
	case inet.FamilyUnix:
		return 2
	case inet.FamilyIPv4:
		return 1
	}
	return 0
}

// addrElt is one address of an upstream with its error count.
type addrElt struct {
	addr   inet.Addr
	errors uint
}

func sortAddrs(addrs []*addrElt) {
	sort.SliceStable(addrs, func(i, j int) bool {
		return familyRank(addrs[i].addr) > familyRank(addrs[j].addr)
	})
}

// nextAddr moves to the next address of the same family with no more
// errors than the current one; after a full circle it takes the address
// with the fewest errors (rspamd_upstream_addr_next).
func (up *Upstream) nextAddr() (inet.Addr, bool) {
	n := len(up.addrs)
	if n == 0 {
		return inet.Addr{}, false
	}
	idx := up.curAddr
	cur := up.addrs[idx]
	minErrors, minIdx := cur.errors, idx
	next := idx
	for {
		next = (next + 1) % n
		e := up.addrs[next]
		if e.errors < minErrors {
			minErrors, minIdx = e.errors, next
		}
		if next == idx {
			if e.errors != 0 {
				next = minIdx
			}
			break
		}
		if e.addr.Family() == cur.addr.Family() && e.errors <= cur.errors {
			up.curAddr = next
			return e.addr, true
		}
	}
	up.curAddr = next
	return up.addrs[next].addr, true
}
