package upstream

import ()

// setActive puts an upstream into rotation (unless it is an SRV
// placeholder or still unresolved) and starts its lazy re-resolution.
func (l *List) setActive(up *Upstream) {
	pending := false
	if up.flags&FlagSRVResolve != 0 {
		up.activeIdx = -1
	} else {
		pending = up.flags&FlagPendingResolve != 0
		if !pending {
			l.alive = append(l.alive, up)
			up.activeIdx = len(l.alive) - 1
			l.ringDirty = true
			if l.rot == TokenBucket {
				up.initTokens(l.lim())
			}
		} else {
			up.activeIdx = -1
		}
	}
	if !l.configured() || up.flags&(FlagNoResolve|FlagDNS) != 0 {
		return
	}
	prevRepeat := 0.0
	if up.timerStop != nil {
		prevRepeat = up.timerRepeat
	}
	up.stopTimer()
	var when float64
	switch {
	case up.flags&FlagSRVResolve != 0:
		when = 0
	case pending && prevRepeat >= pendingInitialDelay:
		// Keep the back-off of repeated failures.
		when = prevRepeat
	case pending:
		when = jitter(pendingInitialDelay, pendingInitialDelay*.25)
	default:
		lazy := l.lim().LazyResolveTime
		when = jitter(lazy, lazy*.1)
	}
	l.startLazyTimer(up, when)
}

func (up *Upstream) initTokens(lim Limits) {
	up.maxTokens = lim.TokenBucketMax
	up.availableTokens = up.maxTokens
	up.inflightTokens = 0
}

func (up *Upstream) stopTimer() {
	if up.timerStop != nil {
		up.timerStop()
		up.timerStop = nil
	}
	up.timerGen++
}

// startTimer arms the upstream's only timer (rspamd reuses one ev_timer
// for lazy resolution and revival); a fired timer that was replaced in the
// meantime does nothing.
func (l *List) startTimer(up *Upstream, when float64, fire func(*Upstream)) {
	up.stopTimer()
	gen := up.timerGen
	up.timerRepeat = 0
	up.timerStop = l.clock().AfterFunc(when, func() {
		l.mu.Lock()
		if up.timerGen != gen {
			l.mu.Unlock()
			return
		}
		up.timerStop = nil
		fire(up)
		l.unlock()
	})
}

func (l *List) startLazyTimer(up *Upstream, when float64) {
	l.startTimer(up, when, l.lazyResolve)
}

// lazyResolve resolves the name again and schedules the next time: a
// doubling back-off while it stays unresolved, else the TTL of SRV
// records or the lazy resolve time.
func (l *List) lazyResolve(up *Upstream) {
	if up.ls == nil {
		return
	}
	prev := up.timerRepeat
	l.resolve(up)
	lim := l.lim()
	var repeat float64
	switch {
	case up.flags&FlagPendingResolve != 0:
		next := min(max(prev*2, pendingInitialDelay), pendingMaxDelay)
		repeat = jitter(next, next*.25)
	case up.ttl == 0 || float64(up.ttl) > lim.LazyResolveTime:
		repeat = jitter(lim.LazyResolveTime, lim.LazyResolveTime*.1)
	default:
		repeat = float64(up.ttl)
	}
	l.startLazyTimer(up, repeat)
	up.timerRepeat = repeat
}

// setInactive takes an upstream out of rotation until its revive timer.
func (l *List) setInactive(up *Upstream) {
	l.removeAlive(up)
	if up.ctx != nil {
		l.resolve(up)
		lim := l.lim()
		ntim := jitter(lim.ReviveTime, lim.ReviveTime*lim.ReviveJitter)
		up.stopTimer()
		logf(levelDebug, up, "rspamd_upstream_set_inactive",
			"mark upstream %s inactive; revive in %.0f seconds", up.name, ntim)
		if up.probeBackoff <= 0 {
			up.probeBackoff = lim.ReviveTime
		}
		up.nextProbeAt = l.now() + jitter(up.probeBackoff, up.probeBackoff*lim.ProbeJitter)
		if l.configured() {
			l.startTimer(up, ntim, l.revive)
		}
	}
	l.notify(up, EventOffline, up.errors)
}

// removeAlive takes an upstream out of the alive list, giving back its
// reserved tokens.
func (l *List) removeAlive(up *Upstream) {
	l.alive = append(l.alive[:up.activeIdx], l.alive[up.activeIdx+1:]...)
	up.activeIdx = -1
	l.ringDirty = true
	if l.rot == TokenBucket && up.inflightTokens > 0 {
		up.availableTokens = min(up.availableTokens+up.inflightTokens, up.maxTokens)
		up.inflightTokens = 0
	}
	for i, u := range l.alive {
		u.activeIdx = i
	}
}

// revive puts an upstream back into rotation when its time is up.
func (l *List) revive(up *Upstream) {
	if up.draining || up.ls == nil {
		return
	}
	up.revivedAt = l.now()
	l.setActive(up)
}

// Fail records a failed request; addrFailure also counts it against the
// address in use. Enough failures within the error time take the
// upstream out of rotation (never the last one of a list with a single
// upstream).
func (up *Upstream) Fail(addrFailure bool, reason string) {
	l := up.list
	l.mu.Lock()
	defer l.unlock()
	logf(levelDebug, up, "rspamd_upstream_fail", "upstream %s failed; reason: %s", up.name, reason)
	if up.inflight > 0 {
		up.inflight--
	}
	if up.ctx == nil || up.activeIdx == -1 || up.ls == nil {
		return
	}
	lim := l.lim()
	now := l.now()
	if up.errors == 0 {
		up.lastFail = now
		up.errors = 1
		if up.dnsRequests == 0 {
			l.resolve(up)
		}
		l.notify(up, EventFailure, 1)
	} else if last := up.lastFail; now >= last {
		up.errors++
		l.notify(up, EventFailure, up.errors)
		var rate, maxRate float64
		if now-last >= lim.ErrorTime {
			rate = float64(up.errors) / (now - last)
			maxRate = float64(lim.MaxErrors) / lim.ErrorTime
		}
		switch {
		case rate > maxRate && len(l.ups) > 1:
			logf(levelDebug, up, "rspamd_upstream_fail",
				"mark upstream %s inactive; reason: %s; %.2f error rate (%d errors), %.2f max error rate, %.1f first error time, %.1f current ts, %d upstreams left",
				up.name, reason, rate, up.errors, maxRate, last, now, len(l.alive)-1)
			l.setInactive(up)
			up.errors = 0
		case rate > maxRate:
			// The last upstream stays; resolve it again now and then.
			if now-last > lim.ReviveTime {
				up.errors = 0
				l.resolve(up)
			}
		case now-last >= lim.ErrorTime:
			// Forget the whole interval.
			up.lastFail = now
			up.errors = 1
		}
	}
	if addrFailure && len(up.addrs) > 0 {
		up.addrs[up.curAddr].errors++
	}
	if up.halfOpenInflight > 0 {
		if up.probeBackoff <= 0 {
			up.probeBackoff = lim.ReviveTime
		}
		up.probeBackoff = min(up.probeBackoff*2, lim.ProbeMaxBackoff)
		up.nextProbeAt = now + jitter(up.probeBackoff, up.probeBackoff*lim.ProbeJitter)
		up.halfOpenInflight = 0
	}
}

// OK records a successful request: it clears the errors and brings back
// an upstream whose probe succeeded.
func (up *Upstream) OK() {
	l := up.list
	l.mu.Lock()
	defer l.unlock()
	if up.inflight > 0 {
		up.inflight--
	}
	if up.halfOpenInflight > 0 && !up.draining {
		up.halfOpenInflight = 0
		up.probeBackoff = l.lim().ReviveTime
		up.nextProbeAt = 0
		if up.ls != nil && up.activeIdx == -1 {
			up.revivedAt = l.now()
			l.setActive(up)
		}
	}
	if up.errors > 0 && up.activeIdx != -1 && up.ls != nil {
		up.errors = 0
		if len(up.addrs) > 0 {
			up.addrs[up.curAddr].errors = 0
		}
		l.notify(up, EventSuccess, 0)
	}
}
