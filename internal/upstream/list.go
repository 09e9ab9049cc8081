package upstream

import (
	"encoding/binary"
	"math"
	"strings"
	"sync"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/inet"
)

// Upstream is one server of a list.
type Upstream struct {
	list *List // the list it was made for (for locking)
	ls   *List // the list while attached: nil once removed or destroyed
	ctx  *Context

	name  string
	uid   string
	flags Flags
	data  any

	weight, curWeight uint32
	errors            uint32
	checked           uint32
	inflight          uint32
	activeIdx         int
	dnsRequests       int
	ttl               uint32
	lastFail          float64
	lastResolve       float64

	nextProbeAt      float64
	probeBackoff     float64
	halfOpenInflight uint
	revivedAt        float64

	latencyEWMA   float64
	latencyLastAt float64
	latencyN      uint

	addrs        []*addrElt
	curAddr      int
	newAddrs     []inet.Addr
	deferredPort uint16

	maxTokens, availableTokens, inflightTokens uint64
	lastRefillAt                               float64

	srvParent              *Upstream
	srvPriority, srvWeight uint16
	srvMembers             map[string]*Upstream
	draining               bool

	// The upstream's one timer: lazy resolution or revival.
	timerStop   func() bool
	timerRepeat float64
	timerGen    uint64
}

// watcher is a function called on events of a list.
type watcher struct {
	events Event
	fn     func(up *Upstream, ev Event, errors uint32)
}

// event is a watcher call waiting for the list's lock to be released.
type event struct {
	up     *Upstream
	ev     Event
	errors uint32
}

// List is a list of upstreams with its rotation.
type List struct {
	mu       sync.Mutex
	ctx      *Context
	line     string
	ups      []*Upstream
	alive    []*Upstream
	watchers []watcher
	pending  []event
	own      *Limits
	flags    Flags
	curElt   int
	rot      Rotation

	ring      []ringPoint
	ringDirty bool
}

// NewList returns an empty list of ctx. With a nil ctx the list uses the
// default limits, never resolves names again and ignores failures, like a
// list created from Lua without a configuration.
func NewList(ctx *Context) *List {
	return &List{ctx: ctx, rot: Undef}
}

// unlock releases the list and calls the watchers of what happened.
func (l *List) unlock() {
	evs := l.pending
	l.pending = nil
	ws := l.watchers
	l.mu.Unlock()
	for _, e := range evs {
		for _, w := range ws {
			if w.events&e.ev != 0 {
				w.fn(e.up, e.ev, e.errors)
			}
		}
	}
}

func (l *List) notify(up *Upstream, ev Event, errors uint32) {
	l.pending = append(l.pending, event{up, ev, errors})
}

// lim returns the list's limits.
func (l *List) lim() Limits {
	switch {
	case l.own != nil:
		return *l.own
	case l.ctx != nil:
		return l.ctx.Limits()
	}
	return DefaultLimits()
}

func (l *List) clock() Clock {
	if l.ctx == nil {
		return realClock{}
	}
	l.ctx.mu.Lock()
	defer l.ctx.mu.Unlock()
	return l.ctx.clock
}

func (l *List) now() float64 { return l.clock().Now() }

// configured reports whether the context runs timers (rspamd: has an event
// loop and was configured).
func (l *List) configured() bool {
	if l.ctx == nil {
		return false
	}
	l.ctx.mu.Lock()
	defer l.ctx.mu.Unlock()
	return l.ctx.configured
}

// SetFlags sets flags every upstream added later gets (FlagDNS for the
// nameservers of the DNS resolver).
func (l *List) SetFlags(f Flags) {
	l.mu.Lock()
	l.flags = f
	l.mu.Unlock()
}

// SetRotation sets the list's rotation, which overrides what callers ask
// for unless they force theirs.
func (l *List) SetRotation(r Rotation) {
	l.mu.Lock()
	l.rot = r
	l.mu.Unlock()
}

// Rotation returns the list's rotation (Undef unless set).
func (l *List) Rotation() Rotation {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.rot
}

// SetLimits gives the list its own limits: the current ones with every
// field that is not NaN (times) or zero (counts) replaced
// (rspamd_upstreams_set_limits).
func (l *List) SetLimits(reviveTime, reviveJitter, errorTime, dnsTimeout float64, maxErrors, dnsRetransmits uint) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := l.lim()
	for _, f := range []struct {
		dst *float64
		src float64
	}{{&n.ReviveTime, reviveTime}, {&n.ReviveJitter, reviveJitter}, {&n.ErrorTime, errorTime}, {&n.DNSTimeout, dnsTimeout}} {
		if !math.IsNaN(f.src) {
			*f.dst = f.src
		}
	}
	if maxErrors > 0 {
		n.MaxErrors = maxErrors
	}
	if dnsRetransmits > 0 {
		n.DNSRetransmits = dnsRetransmits
	}
	l.own = &n
}

// SetTokenBucket sets the token bucket parameters; zero keeps a value.
// The refill rate follows the maximum: a full bucket in 60 seconds.
func (l *List) SetTokenBucket(maxTokens, scale, minTokens, baseCost uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := l.lim()
	if maxTokens > 0 {
		n.TokenBucketMax = maxTokens
		n.TokenBucketRefillPerS = max(maxTokens/60, 1)
	}
	if scale > 0 {
		n.TokenBucketScale = scale
	}
	if minTokens > 0 {
		n.TokenBucketMin = minTokens
	}
	if baseCost > 0 {
		n.TokenBucketBaseCost = baseCost
	}
	l.own = &n
}

// SetSlowStart sets the slow start window in milliseconds.
func (l *List) SetSlowStart(ms uint) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := l.lim()
	n.SlowStartMS = ms
	l.own = &n
}

// SetLatencyHalfLife sets the half-life of the latency average (negative
// is 0: a plain average).
func (l *List) SetLatencyHalfLife(seconds float64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := l.lim()
	n.LatencyHalfLife = max(seconds, 0)
	l.own = &n
}

// AddWatcher calls fn on the events of the mask (after the list's lock is
// released, on the goroutine that caused them).
func (l *List) AddWatcher(events Event, fn func(up *Upstream, ev Event, errors uint32)) {
	l.mu.Lock()
	l.watchers = append(l.watchers, watcher{events, fn})
	l.mu.Unlock()
}

// Line returns the first definition line parsed into the list.
func (l *List) Line() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.line
}

// Count returns the number of upstreams, SRV placeholders excluded.
func (l *List) Count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, up := range l.ups {
		if up.flags&FlagSRVResolve == 0 {
			n++
		}
	}
	return n
}

// CountTotal returns the number of upstreams, SRV placeholders included.
func (l *List) CountTotal() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.ups)
}

// Alive returns the number of upstreams in rotation.
func (l *List) Alive() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.alive)
}

// Upstreams returns the upstreams in the order they were added, SRV
// placeholders excluded (rspamd_upstreams_foreach).
func (l *List) Upstreams() []*Upstream {
	l.mu.Lock()
	defer l.mu.Unlock()
	res := make([]*Upstream, 0, len(l.ups))
	for _, up := range l.ups {
		if up.flags&FlagSRVResolve == 0 {
			res = append(res, up)
		}
	}
	return res
}

// rotationPrefixes are the prefixes of a definition line that set the
// list's rotation.
var rotationPrefixes = []struct {
	prefix string
	rot    Rotation
}{
	{"random:", Random},
	{"master-slave:", MasterSlave},
	{"round-robin:", RoundRobin},
	{"hash:", Hashed},
}

const separators = ";, \n\r\t"

// ParseLine adds the upstreams of a definition line: an optional rotation
// prefix (random:, master-slave:, round-robin:, hash:) then definitions
// separated by ';', ',' or white space. Each upstream is data's. It
// reports whether any upstream was added.
func (l *List) ParseLine(line string, defPort uint16, data any) bool {
	p := line
	for _, rp := range rotationPrefixes {
		if len(p) >= len(rp.prefix) && strings.EqualFold(p[:len(rp.prefix)], rp.prefix) {
			l.SetRotation(rp.rot)
			p = p[len(rp.prefix):]
			break
		}
	}
	ok := false
	for p != "" {
		span := strings.IndexAny(p, separators)
		if span < 0 {
			span = len(p)
		}
		if span > 0 && l.AddUpstream(p[:span], defPort, ParseDefault, data) {
			ok = true
		}
		p = strings.TrimLeft(p[span:], separators)
	}
	l.mu.Lock()
	if l.line == "" {
		l.line = cconv.CString(line)
	}
	l.mu.Unlock()
	return ok
}

// ParseLines parses every line of a configuration value (a string or the
// strings of an array) like ParseLine. As rspamd_upstreams_from_ucl, it
// reports the result of the last line only.
func (l *List) ParseLines(lines []string, defPort uint16, data any) bool {
	ok := false
	for _, line := range lines {
		ok = l.ParseLine(line, defPort, data)
	}
	return ok
}

// AddUpstream adds one upstream definition and reports whether it was
// valid. A name that does not resolve yet is kept, out of rotation, to be
// resolved later.
func (l *List) AddUpstream(def string, defPort uint16, kind ParseKind, data any) bool {
	def = cconv.CString(def)
	up := &Upstream{list: l, ctx: l.ctx, activeIdx: -1}
	var addrs []inet.Addr
	res := parseFail
	l.mu.Lock()
	listFlags := l.flags
	l.mu.Unlock()
	switch kind {
	case ParseNameserver:
		addrs, res = l.ctx.parseNameserver(def, defPort)
		if res != parseFail {
			up.name = def
		}
	default:
		// Like upstream, the prefix needs two more bytes after it.
		if len(def) > len("service=")+1 && strings.EqualFold(def[:len("service=")], "service=") {
			var ok bool
			if up.name, up.weight, ok = srvName(def); ok {
				up.flags |= FlagSRVResolve
				up.srvMembers = map[string]*Upstream{}
				res = parseResolved
			}
			break
		}
		addrs, up.weight, up.name, res = l.ctx.parseHostPortPriority(def, uint32(defPort))
		if res == parseFail && listFlags&FlagDNS == 0 {
			if host, port, ok := pendingHost(def, defPort); ok {
				up.name, up.deferredPort = host, port
				up.flags |= FlagPendingResolve
				addrs, res = nil, parseResolved
				logf(levelWarn, nil, "rspamd_upstreams_add_upstream",
					"address resolution for %s failed at config time; deferring (will retry asynchronously)", host)
			}
		}
	}
	if res == parseFail {
		return false
	}
	up.flags |= listFlags
	if res == parseNumeric {
		up.flags |= FlagNoResolve
	}
	for _, a := range addrs {
		up.addrs = append(up.addrs, &addrElt{addr: a})
	}
	sortAddrs(up.addrs)
	up.uid = makeUID(up.name)
	up.data = data
	kindText := "DNS name"
	switch {
	case up.flags&FlagNoResolve != 0:
		kindText = "numeric ip"
	case up.flags&FlagPendingResolve != 0:
		kindText = "DNS name (deferred)"
	}
	logf(levelDebug, up, "rspamd_upstreams_add_upstream", "added upstream %s (%s)", up.name, kindText)

	l.mu.Lock()
	if up.weight == 0 && l.rot == MasterSlave && len(l.ups) == 0 {
		// The first upstream of a master-slave list is the master.
		up.weight = 1
	}
	up.curWeight = up.weight
	up.ls = l
	l.ups = append(l.ups, up)
	if l.ctx != nil {
		l.ctx.register(up)
	}
	l.setActive(up)
	l.unlock()
	return true
}

// makeUID is the log tag of an upstream: rspamd's base32 of the low 32
// bits of the name's XXH3.
func makeUID(name string) string {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], uint32(fasthash.Default([]byte(name), 0)))
	return encoding.EncodeBase32(b[:], encoding.Base32Default)
}

// Destroy detaches every upstream and stops their timers.
func (l *List) Destroy() {
	l.mu.Lock()
	ups := l.ups
	l.ring, l.alive, l.ups, l.watchers = nil, nil, nil, nil
	for _, up := range ups {
		up.ls = nil
		up.stopTimer()
	}
	l.mu.Unlock()
	if l.ctx != nil {
		for _, up := range ups {
			l.ctx.unregister(up)
		}
	}
}

// Release ends a request that neither failed nor succeeded.
func (up *Upstream) Release() {
	l := up.list
	l.mu.Lock()
	if up.inflight > 0 {
		up.inflight--
	}
	l.mu.Unlock()
}

// SetWeight changes the upstream's weight.
func (up *Upstream) SetWeight(w uint32) {
	l := up.list
	l.mu.Lock()
	up.weight = w
	l.mu.Unlock()
}

// Name returns the upstream's name: the definition up to its weight
// ("10.0.0.1:6379"), the address inside brackets ("::1"), the Unix path,
// the host of an unresolved name, or _service._tcp.domain.
func (up *Upstream) Name() string { return up.name }

// UID returns the upstream's log tag.
func (up *Upstream) UID() string { return up.uid }

// Flags returns the upstream's flags.
func (up *Upstream) Flags() Flags {
	l := up.list
	l.mu.Lock()
	defer l.mu.Unlock()
	return up.flags
}

// Weight returns the upstream's weight.
func (up *Upstream) Weight() uint32 {
	l := up.list
	l.mu.Lock()
	defer l.mu.Unlock()
	return up.weight
}

// Errors returns the upstream's current error count.
func (up *Upstream) Errors() uint32 {
	l := up.list
	l.mu.Lock()
	defer l.mu.Unlock()
	return up.errors
}

// Data returns the value passed when the upstream was parsed.
func (up *Upstream) Data() any { return up.data }

// Port returns the port of the address in use, or, before the name is
// resolved, the port it will use (0 for SRV placeholders).
func (up *Upstream) Port() int {
	l := up.list
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(up.addrs) == 0 {
		return int(up.deferredPort)
	}
	return int(up.addrs[up.curAddr].addr.Port())
}

// NextAddr moves to the next address to try and returns it; false while
// the name is unresolved.
func (up *Upstream) NextAddr() (inet.Addr, bool) {
	l := up.list
	l.mu.Lock()
	defer l.mu.Unlock()
	return up.nextAddr()
}

// CurrentAddr returns the address in use.
func (up *Upstream) CurrentAddr() (inet.Addr, bool) {
	l := up.list
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(up.addrs) == 0 {
		return inet.Addr{}, false
	}
	return up.addrs[up.curAddr].addr, true
}

// AddAddr adds an address to the upstream.
func (up *Upstream) AddAddr(a inet.Addr) {
	l := up.list
	l.mu.Lock()
	up.addrs = append(up.addrs, &addrElt{addr: a})
	sortAddrs(up.addrs)
	l.mu.Unlock()
}

// RecordLatency adds a request's duration in seconds to the latency
// average: time-weighted with the list's half-life (alpha between 0.01 and
// 0.5), or a plain average when the half-life is 0.
func (up *Upstream) RecordLatency(seconds float64) {
	if seconds < 0 {
		return
	}
	l := up.list
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if up.latencyN == 0 || up.latencyLastAt <= 0 {
		up.latencyEWMA = seconds
	} else {
		halfLife := DefaultLimits().LatencyHalfLife
		if up.ls != nil {
			halfLife = l.lim().LatencyHalfLife
		}
		var alpha float64
		if halfLife <= 0 {
			alpha = 1 / float64(up.latencyN+1)
		} else {
			dt := max(now-up.latencyLastAt, 0)
			tau := halfLife / math.Ln2
			alpha = min(max(1-math.Exp(-dt/tau), 0.01), 0.5)
		}
		up.latencyEWMA = alpha*seconds + (1-alpha)*up.latencyEWMA
	}
	up.latencyLastAt = now
	if up.latencyN < math.MaxUint32 {
		up.latencyN++
	}
}

// Latency returns the latency average in seconds (0 before any sample).
func (up *Upstream) Latency() float64 {
	l := up.list
	l.mu.Lock()
	defer l.mu.Unlock()
	return up.latencyEWMA
}
