package upstream

import (
	"slices"
	"strconv"
)

// srvReply takes the SRV records of a service=... placeholder: a failed
// lookup keeps the members, an answer replaces them.
func (l *List) srvReply(parent *Upstream, srvs []SRV, ttl uint32, err error) {
	parent.dnsRequests--
	if parent.ls == nil || parent.draining {
		return
	}
	if err != nil {
		logf(levelInfo, parent, "rspamd_upstream_dns_srv_cb",
			"SRV resolution for %s returned %s; keeping existing %d member(s)",
			parent.name, err.Error(), len(parent.srvMembers))
		return
	}
	if len(srvs) > 0 {
		parent.ttl = ttl
	}
	l.applySRV(parent, srvs)
}

func srvKey(target string, port uint16) string {
	return target + ":" + strconv.Itoa(int(port))
}

// applySRV makes the placeholder's members match the targets: new targets
// become members (resolved at once, in rotation once they resolve),
// changed weights and priorities are updated, vanished targets drained.
func (l *List) applySRV(parent *Upstream, srvs []SRV) {
	if parent.srvMembers == nil {
		return
	}
	seen := map[string]bool{}
	for _, e := range srvs {
		logf(levelDebug, parent, "rspamd_upstream_srv_apply",
			"apply SRV target for %s: %s (weight=%d priority=%d port=%d)",
			parent.name, e.Target, e.Weight, e.Priority, e.Port)
		key := srvKey(e.Target, e.Port)
		seen[key] = true
		m := parent.srvMembers[key]
		if m == nil {
			l.createMember(parent, e)
			continue
		}
		changed := false
		if m.srvWeight != e.Weight {
			m.srvWeight = e.Weight
			m.weight = max(uint32(e.Weight), 1)
			if m.curWeight == 0 {
				m.curWeight = m.weight
			}
			changed = true
		}
		if m.srvPriority != e.Priority {
			m.srvPriority = e.Priority
			changed = true
		}
		if changed && parent.ls != nil {
			l.ringDirty = true
		}
		if parent.ls != nil {
			l.resolve(m)
		}
	}
	var gone []string
	for key := range parent.srvMembers {
		if !seen[key] {
			gone = append(gone, key)
		}
	}
	slices.Sort(gone)
	for _, key := range gone {
		l.drainMember(parent.srvMembers[key])
	}
}

// createMember adds an upstream for one SRV target.
func (l *List) createMember(parent *Upstream, e SRV) {
	m := &Upstream{
		list:         l,
		ls:           l,
		ctx:          parent.ctx,
		name:         e.Target,
		uid:          makeUID(e.Target),
		data:         parent.data,
		srvParent:    parent,
		srvPriority:  e.Priority,
		srvWeight:    e.Weight,
		weight:       max(uint32(e.Weight), 1),
		deferredPort: e.Port,
		activeIdx:    -1,
		flags:        parent.flags&^FlagSRVResolve | FlagSRVMember | FlagPendingResolve,
	}
	m.curWeight = m.weight
	l.ups = append(l.ups, m)
	if m.ctx != nil {
		m.ctx.register(m)
	}
	parent.srvMembers[srvKey(e.Target, e.Port)] = m
	logf(levelInfo, m, "rspamd_upstream_srv_create_member",
		"created SRV member %s for %s (target=%s port=%d weight=%d priority=%d)",
		m.uid, parent.name, e.Target, e.Port, e.Weight, e.Priority)
	l.setActive(m)
	l.resolve(m)
}

// drainMember removes a member whose target disappeared: out of rotation
// and out of the list for good.
func (l *List) drainMember(m *Upstream) {
	if m.flags&FlagSRVMember == 0 {
		return
	}
	logf(levelInfo, m, "rspamd_upstream_srv_drain_member", "drain SRV member %s (%s)", m.uid, m.name)
	m.draining = true
	m.halfOpenInflight = 0
	m.nextProbeAt = 0
	m.stopTimer()
	if p := m.srvParent; p != nil {
		for k, v := range p.srvMembers {
			if v == m {
				delete(p.srvMembers, k)
				break
			}
		}
	}
	if m.ls != nil && m.activeIdx != -1 {
		l.removeAlive(m)
		l.notify(m, EventOffline, m.errors)
	}
	if i := slices.Index(l.ups, m); i >= 0 {
		l.ups = slices.Delete(l.ups, i, i+1)
	}
	m.srvParent = nil
	m.ls = nil
	if m.ctx != nil {
		m.ctx.unregister(m)
	}
}
