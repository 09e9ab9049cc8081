package upstream

import (
	"math"
	"sort"
	"strconv"

	"github.com/gorspamd/rspamd/internal/fasthash"
)

// Get picks an upstream by the list's rotation, or def when the list has
// none; key is for Hashed (without a key, Hashed picks at random). It
// returns nil when nothing can be picked.
func (l *List) Get(def Rotation, key []byte) *Upstream {
	return l.get(nil, def, key, false)
}

// GetForced picks an upstream by rot whatever the list's rotation (unless
// rot is Undef).
func (l *List) GetForced(rot Rotation, key []byte) *Upstream {
	return l.get(nil, rot, key, true)
}

// GetExcept is Get avoiding except, unless it is the only alive upstream.
func (l *List) GetExcept(except *Upstream, def Rotation, key []byte) *Upstream {
	return l.get(except, def, key, false)
}

func (l *List) get(except *Upstream, def Rotation, key []byte, forced bool) *Upstream {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.alive) == 0 {
		return l.probe(except)
	}
	var up *Upstream
	if len(l.alive) == 1 && def != Sequential {
		// The only alive upstream is returned even when it is except.
		up = l.alive[0]
	} else {
		rot := def
		switch {
		case !forced && l.rot != Undef:
			rot = l.rot
		case forced && def == Undef:
			rot = l.rot
		}
		if rot == Hashed && len(key) == 0 {
			rot = Random
		}
		switch rot {
		case Hashed:
			up = l.hashed(except, key)
		case RoundRobin:
			up = l.roundRobin(except, true)
		case MasterSlave:
			up = l.roundRobin(except, false)
		case Sequential:
			if l.curElt >= len(l.alive) {
				l.curElt = 0
				return nil
			}
			up = l.alive[l.curElt]
			l.curElt++
		default:
			// Random, P2C, token bucket without a message size.
			up = l.p2c(except)
		}
	}
	if up != nil {
		up.checked++
		up.inflight++
	}
	return up
}

// probe picks, when no upstream is alive, the first failed one whose probe
// time has come and lets one request through to it.
func (l *List) probe(except *Upstream) *Upstream {
	now := l.now()
	lim := l.lim()
	for _, up := range l.ups {
		if up.activeIdx >= 0 || up == except || up.flags&(FlagSRVResolve|FlagPendingResolve) != 0 {
			continue
		}
		if up.nextProbeAt == 0 {
			if up.probeBackoff <= 0 {
				up.probeBackoff = lim.ReviveTime
			}
			up.nextProbeAt = now + jitter(up.probeBackoff, up.probeBackoff*lim.ProbeJitter)
		}
		if up.nextProbeAt <= now && up.halfOpenInflight == 0 {
			up.halfOpenInflight = 1
			return up
		}
	}
	return nil
}

// slowStartFactor is how far a revived upstream is through its slow start
// (0 to 1; 1 when slow start is off or over).
func (l *List) slowStartFactor(up *Upstream, now float64, lim Limits) float64 {
	if up.ls == nil || up.revivedAt <= 0 || lim.SlowStartMS == 0 {
		return 1
	}
	elapsed := (now - up.revivedAt) * 1000
	switch {
	case elapsed <= 0:
		return 0
	case elapsed >= float64(lim.SlowStartMS):
		up.revivedAt = 0
		return 1
	}
	return elapsed / float64(lim.SlowStartMS)
}

// roundRobin picks the alive upstream with the highest current weight
// (useCur: weighted round robin, decrementing it) or the highest weight
// (master-slave); when all are zero, the least used one, errors counting
// double.
func (l *List) roundRobin(except *Upstream, useCur bool) *Upstream {
	var maxWeight uint32
	minChecked := uint32(math.MaxUint32)
	var selected, minSel *Upstream
	now := l.now()
	lim := l.lim()
	for _, up := range l.alive {
		if up == except {
			continue
		}
		eff := up.weight
		if useCur {
			eff = up.curWeight
		}
		if f := l.slowStartFactor(up, now, lim); f < 1 {
			eff = uint32(float64(eff) * f)
		}
		if eff > maxWeight {
			selected, maxWeight = up, eff
		}
		if up.checked+up.errors*2 < minChecked {
			minSel, minChecked = up, up.checked
		}
	}
	if maxWeight == 0 {
		anyWeight := false
		if useCur {
			for _, up := range l.alive {
				if up.weight > 0 {
					anyWeight = true
					break
				}
			}
		}
		if anyWeight {
			// Every current weight is used up: start a new cycle.
			for _, up := range l.alive {
				up.curWeight = up.weight
			}
			selected = nil
			for _, up := range l.alive {
				if up != except && up.curWeight > maxWeight {
					selected, maxWeight = up, up.curWeight
				}
			}
		} else {
			if minChecked > math.MaxUint32/2 {
				for _, up := range l.alive {
					up.checked = 0
				}
			}
			selected = minSel
		}
	}
	if useCur && selected != nil {
		if selected.curWeight > 0 {
			selected.curWeight--
		} else {
			selected.curWeight = selected.weight
		}
	}
	return selected
}

// loadScore is how loaded an upstream looks to power of two choices:
// latency times requests in flight plus an error penalty when latencies
// are known, else requests in flight plus twice the errors; raised during
// slow start.
func (l *List) loadScore(up *Upstream, now float64, lim Limits) float64 {
	var base float64
	if up.latencyN > 0 && up.latencyEWMA > 0 {
		base = up.latencyEWMA*float64(up.inflight+1) + float64(up.errors)*5*up.latencyEWMA
	} else {
		base = float64(up.inflight) + float64(up.errors)*2
	}
	if f := l.slowStartFactor(up, now, lim); f < 1 {
		f = max(f, 0.01)
		return base/f + (1-f)*100
	}
	return base
}

// p2c picks two different alive upstreams at random and returns the less
// loaded one.
func (l *List) p2c(except *Upstream) *Upstream {
	n := len(l.alive)
	switch {
	case n == 0:
		return nil
	case n == 1:
		if l.alive[0] == except {
			return nil
		}
		return l.alive[0]
	case n == 2 && except != nil:
		if l.alive[0] == except {
			return l.alive[1]
		}
		if l.alive[1] == except {
			return l.alive[0]
		}
	}
	i := randRange(n - 1)
	j := randRange(n - 1)
	for j == i {
		j = randRange(n - 1)
	}
	a, b := l.alive[i], l.alive[j]
	if except != nil {
		if a == except {
			return b
		}
		if b == except {
			return a
		}
	}
	now := l.now()
	lim := l.lim()
	if l.loadScore(a, now, lim) <= l.loadScore(b, now, lim) {
		return a
	}
	return b
}

// The consistent hash ring: every alive upstream has 100 points per unit
// of weight (weight 0 counts as 1), the XXH64 of "name:i" with the list's
// seed; a key goes to the first point at or after its own hash.
const (
	hashSeed   = 0xa574de7df64e9b9d
	ringVNodes = 100
	// maxRingPoints bounds the ring; rspamd would try to allocate
	// whatever absurd weights ask for.
	maxRingPoints = 1 << 20
	// maxVNodeKey is the size of rspamd's buffer for "name:i", NUL included.
	maxVNodeKey = 280
)

type ringPoint struct {
	hash uint64
	up   *Upstream
}

func (l *List) buildRing() {
	l.ring = l.ring[:0]
	l.ringDirty = false
	if len(l.alive) == 0 {
		return
	}
	vnodes := make([]uint32, len(l.alive))
	var total uint64
	for i, up := range l.alive {
		// unsigned int arithmetic, as upstream
		vnodes[i] = max(up.weight, 1) * ringVNodes
		total += uint64(vnodes[i])
	}
	if total > maxRingPoints {
		for i := range vnodes {
			vnodes[i] = uint32(uint64(vnodes[i]) * maxRingPoints / total)
		}
	}
	var key []byte
	for i, up := range l.alive {
		for j := range vnodes[i] {
			key = append(append(key[:0], up.name...), ':')
			key = strconv.AppendUint(key, uint64(j), 10)
			if len(key) > maxVNodeKey-1 {
				key = key[:maxVNodeKey-1]
			}
			l.ring = append(l.ring, ringPoint{fasthash.XXHash64(key, hashSeed), up})
		}
	}
	sort.SliceStable(l.ring, func(a, b int) bool { return l.ring[a].hash < l.ring[b].hash })
}

func (l *List) hashed(except *Upstream, key []byte) *Upstream {
	if l.ringDirty || len(l.ring) == 0 {
		l.buildRing()
	}
	n := len(l.ring)
	if n == 0 {
		return nil
	}
	k := fasthash.XXHash64(key, hashSeed)
	lo := sort.Search(n, func(i int) bool { return l.ring[i].hash >= k })
	if lo >= n {
		lo = 0
	}
	up := l.ring[lo].up
	if except != nil && up == except {
		for i := 1; i < n; i++ {
			if cand := l.ring[(lo+i)%n].up; cand != except {
				return cand
			}
		}
		return nil
	}
	return up
}

// GetTokenBucket picks, for a message of size bytes, the alive upstream
// with the fewest reserved tokens among those with enough tokens left (or
// the least loaded one), and reserves the message's tokens on it. The
// tokens go back with ReturnTokens.
func (l *List) GetTokenBucket(except *Upstream, size uint64) (*Upstream, uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.alive) == 0 {
		return nil, 0
	}
	lim := l.lim()
	cost := lim.TokenBucketBaseCost + size/lim.TokenBucketScale
	now := l.now()
	var selected, fallback *Upstream
	bestInflight, leastInflight := uint64(math.MaxUint64), uint64(math.MaxUint64)
	for _, up := range l.alive {
		if up == except {
			continue
		}
		if up.maxTokens == 0 {
			up.initTokens(lim)
			up.lastRefillAt = 0
		}
		up.refillTokens(lim, now)
		if up.inflightTokens < leastInflight {
			leastInflight, fallback = up.inflightTokens, up
		}
		if up.availableTokens >= cost && up.inflightTokens < bestInflight {
			bestInflight, selected = up.inflightTokens, up
		}
	}
	if selected == nil {
		selected = fallback
	}
	if selected == nil {
		return nil, 0
	}
	if selected.availableTokens >= cost {
		selected.availableTokens -= cost
	} else {
		selected.availableTokens = 0
	}
	selected.inflightTokens += cost
	selected.checked++
	selected.inflight++
	return selected, cost
}

// refillTokens adds the tokens earned since the last refill.
func (up *Upstream) refillTokens(lim Limits, now float64) {
	if lim.TokenBucketRefillPerS == 0 || up.maxTokens == 0 || up.lastRefillAt <= 0 {
		up.lastRefillAt = now
		return
	}
	dt := now - up.lastRefillAt
	if dt <= 0 {
		return
	}
	add := uint64(dt * float64(lim.TokenBucketRefillPerS))
	if add == 0 {
		// Let small increments accumulate.
		return
	}
	if up.availableTokens+add < up.availableTokens {
		up.availableTokens = up.maxTokens
	} else {
		up.availableTokens = min(up.availableTokens+add, up.maxTokens)
	}
	up.lastRefillAt = now
}

// ReturnTokens gives back tokens reserved by GetTokenBucket; only a
// success makes them available again at once, a failure waits for the
// refill.
func (up *Upstream) ReturnTokens(tokens uint64, success bool) {
	if tokens == 0 {
		return
	}
	l := up.list
	l.mu.Lock()
	defer l.mu.Unlock()
	if up.inflightTokens >= tokens {
		up.inflightTokens -= tokens
	} else {
		logf(levelWarn, nil, "rspamd_upstream_return_tokens",
			"upstream %s: returning %d tokens but only %d inflight (possible double-return)",
			up.name, tokens, up.inflightTokens)
		up.inflightTokens = 0
	}
	if success {
		up.availableTokens = min(up.availableTokens+tokens, up.maxTokens)
	}
	if up.ls != nil {
		up.refillTokens(l.lim(), l.now())
	}
}
