// Package upstream implements rspamd's upstream lists (libutil/upstream.c):
// the servers a module talks to (Redis, fuzzy storages, DNS, HTTP
// services, the proxy's backends), parsed from definitions such as
// "master-slave:10.0.0.1:6379:2,[::1]:6379,/run/redis.sock", and chosen
// for each request by rotation: the consistent hash ring that decides
// which Redis server owns a key, weighted round robin, master-slave,
// power of two choices, sequential and token bucket. Upstreams that fail
// too often are taken out of rotation and revived later; names are
// resolved when parsed and again lazily, and SRV records expand into
// member upstreams.
//
// Everything a selection depends on follows rspamd 4.1.5 bit for bit: the
// names upstreams get, the ports and addresses parsed from odd input, the
// XXH64 ring with its seed and virtual nodes, the order round robin walks.
//
// Timers and DNS replies run through the Context's Clock, so that a worker
// can run them on its event loop and tests can drive time. A List and its
// upstreams are safe for concurrent use; watchers are called without any
// lock held.
package upstream

import (
	"context"
	"math/rand/v2"
	"net/netip"
	"sync"
	"time"
)

// Rotation is how a list picks an upstream, numbered as rspamd's enum
// rspamd_upstream_rotation.
type Rotation int

// Rotations.
const (
	// Random picks two alive upstreams at random and takes the less
	// loaded one (rspamd upgrades random to power of two choices).
	Random Rotation = iota
	// Hashed picks by a key on a consistent hash ring.
	Hashed
	// RoundRobin is weighted round robin.
	RoundRobin
	// MasterSlave always picks the heaviest alive upstream.
	MasterSlave
	// Sequential walks the alive upstreams once, then returns nil.
	Sequential
	// TokenBucket balances by message size (GetTokenBucket).
	TokenBucket
	// P2C is power of two choices.
	P2C
	// Undef leaves the choice to the caller's default.
	Undef
)

// Flags mark how an upstream is resolved.
type Flags int

// Upstream flags, as rspamd's enum rspamd_upstream_flag.
const (
	// FlagNoResolve: the address was numeric, never resolve it.
	FlagNoResolve Flags = 1 << iota
	// FlagSRVResolve: a placeholder resolved through SRV records into
	// member upstreams; never selected itself.
	FlagSRVResolve
	// FlagDNS: a nameserver of the DNS resolver, re-resolved with the
	// system resolver.
	FlagDNS
	// FlagPendingResolve: the name did not resolve when parsed; the
	// upstream joins the rotation once it does.
	FlagPendingResolve
	// FlagSRVMember: an upstream made from one SRV target.
	FlagSRVMember
)

// Event is what a watcher is told about.
type Event int

// Watch events, as rspamd's enum rspamd_upstreams_watch_event.
const (
	EventSuccess Event = 1 << iota
	EventFailure
	EventOffline
	EventOnline
	EventAll = EventSuccess | EventFailure | EventOffline | EventOnline
)

// String returns the name the Lua API gives a single event.
func (e Event) String() string {
	switch {
	case e&EventSuccess != 0:
		return "success"
	case e&EventFailure != 0:
		return "failure"
	case e&EventOnline != 0:
		return "online"
	case e&EventOffline != 0:
		return "offline"
	}
	return "unknown"
}

// Limits are the error and timing parameters of a list. Times are in
// seconds.
type Limits struct {
	// ReviveTime is how long a failed upstream stays out of rotation,
	// plus up to ReviveJitter times as much.
	ReviveTime   float64
	ReviveJitter float64
	// An upstream fails when it has more than MaxErrors errors per
	// ErrorTime over an interval of at least ErrorTime.
	ErrorTime float64
	MaxErrors uint
	// DNSTimeout and DNSRetransmits bound each re-resolution query.
	DNSTimeout     float64
	DNSRetransmits uint
	// LazyResolveTime is how often names are resolved again (plus up to
	// a tenth more); ResolveMinInterval is the least time between two
	// resolutions of one upstream.
	LazyResolveTime    float64
	ResolveMinInterval float64
	// Failed upstreams are probed when no upstream is alive, with a
	// back-off from ReviveTime up to ProbeMaxBackoff, plus up to
	// ProbeJitter times as much.
	ProbeMaxBackoff float64
	ProbeJitter     float64

	// Token bucket rotation: each upstream has TokenBucketMax tokens, a
	// request costs TokenBucketBaseCost plus one per TokenBucketScale
	// bytes, and tokens come back at TokenBucketRefillPerS.
	TokenBucketMax        uint64
	TokenBucketScale      uint64
	TokenBucketMin        uint64
	TokenBucketBaseCost   uint64
	TokenBucketRefillPerS uint64

	// SlowStartMS ramps a revived upstream's weight up over this many
	// milliseconds (0: off).
	SlowStartMS uint
	// LatencyHalfLife is the half-life in seconds of the latency average
	// power of two choices weighs upstreams by.
	LatencyHalfLife float64
}

// DefaultLimits returns rspamd's defaults: 4 errors in 10 seconds, revive
// after 60 seconds, re-resolve every hour.
func DefaultLimits() Limits {
	return Limits{
		ReviveTime:            60,
		ReviveJitter:          0.4,
		ErrorTime:             10,
		MaxErrors:             4,
		DNSTimeout:            1,
		DNSRetransmits:        2,
		LazyResolveTime:       3600,
		ResolveMinInterval:    60,
		ProbeMaxBackoff:       600,
		ProbeJitter:           0.3,
		TokenBucketMax:        10000,
		TokenBucketScale:      1024,
		TokenBucketMin:        1,
		TokenBucketBaseCost:   10,
		TokenBucketRefillPerS: 10000 / 60,
		LatencyHalfLife:       60,
	}
}

// Clock gives the time and runs timers. Timer functions and DNS replies
// are delivered through AfterFunc, so a Clock decides on which goroutine
// the list's callbacks (and its watchers) run.
type Clock interface {
	// Now returns the time in seconds, like libev's ev_now.
	Now() float64
	// AfterFunc calls f once, after d seconds; stop cancels the call and
	// reports whether it was still pending.
	AfterFunc(d float64, f func()) (stop func() bool)
}

type realClock struct{}

func (realClock) Now() float64 { return float64(time.Now().UnixNano()) / 1e9 }

func (realClock) AfterFunc(d float64, f func()) func() bool {
	return time.AfterFunc(secondsDuration(d), f).Stop
}

func secondsDuration(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// SRV is one target of an SRV record.
type SRV struct {
	Target                 string
	Port, Weight, Priority uint16
}

// Resolver resolves names again after they were parsed, as rspamd does
// through its asynchronous DNS resolver. A failed lookup (an error) keeps
// what the upstream had.
type Resolver interface {
	// LookupIP returns the A records of name, or its AAAA records when
	// ipv6 is set.
	LookupIP(ctx context.Context, name string, ipv6 bool) ([]netip.Addr, error)
	// LookupSRV returns the SRV records of name and their TTL in seconds.
	LookupSRV(ctx context.Context, name string) ([]SRV, uint32, error)
}

// HostResolver resolves names when definitions are parsed (rspamd calls
// getaddrinfo), and nameservers of the DNS resolver whenever they are
// resolved again.
type HostResolver interface {
	LookupHost(host string) ([]netip.Addr, error)
}

// Config is what Context.Configure takes from the configuration and the
// worker.
type Config struct {
	// Limits replaces the defaults where a field is not zero
	// (upstream { error_time, max_errors, revive_time, lazy_resolve_time,
	// resolve_min_interval, probe_max_backoff, probe_jitter }, dns {
	// timeout, retransmits }).
	Limits Limits
	// Clock runs timers and DNS replies; nil is the real clock.
	Clock Clock
	// Resolver re-resolves names; nil disables re-resolution.
	Resolver Resolver
}

// Context is shared by the lists of a configuration (rspamd's
// upstream_ctx): the limits lists start with, the clock, the resolvers and
// the registry of upstreams for re-resolution.
type Context struct {
	mu         sync.Mutex
	limits     Limits
	clock      Clock
	resolver   Resolver
	hosts      HostResolver
	configured bool
	upstreams  []*Upstream
}

// NewContext returns a context with the default limits, the real clock and
// the system's host resolver, not yet configured: until Configure, no
// timers run and nothing is resolved again.
func NewContext() *Context {
	return &Context{limits: DefaultLimits(), clock: realClock{}, hosts: SystemHosts{}}
}

// SetHostResolver replaces the resolver used while parsing definitions.
func (c *Context) SetHostResolver(h HostResolver) {
	c.mu.Lock()
	c.hosts = h
	c.mu.Unlock()
}

// Limits returns the limits new lists start with.
func (c *Context) Limits() Limits {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.limits
}

// Configure applies the configuration's limits, sets the clock and the
// resolver, and starts the lazy re-resolution of the upstreams made so far
// (rspamd_upstreams_library_config).
func (c *Context) Configure(cfg Config) {
	c.mu.Lock()
	l := &c.limits
	for _, f := range []struct {
		dst *float64
		src float64
	}{
		{&l.ErrorTime, cfg.Limits.ErrorTime},
		{&l.ReviveTime, cfg.Limits.ReviveTime},
		{&l.LazyResolveTime, cfg.Limits.LazyResolveTime},
		{&l.DNSTimeout, cfg.Limits.DNSTimeout},
		{&l.ResolveMinInterval, cfg.Limits.ResolveMinInterval},
		{&l.ProbeMaxBackoff, cfg.Limits.ProbeMaxBackoff},
		{&l.ProbeJitter, cfg.Limits.ProbeJitter},
	} {
		if f.src != 0 {
			*f.dst = f.src
		}
	}
	if cfg.Limits.MaxErrors != 0 {
		l.MaxErrors = cfg.Limits.MaxErrors
	}
	if cfg.Limits.DNSRetransmits != 0 {
		l.DNSRetransmits = cfg.Limits.DNSRetransmits
	}
	// A name must be resolvable again within the revive time.
	if l.ResolveMinInterval > l.ReviveTime {
		l.ResolveMinInterval = l.ReviveTime
	}
	if cfg.Clock != nil {
		c.clock = cfg.Clock
	}
	c.resolver = cfg.Resolver
	c.configured = true
	ups := append([]*Upstream(nil), c.upstreams...)
	c.mu.Unlock()

	if cfg.Resolver == nil {
		return
	}
	for _, up := range ups {
		ls := up.list
		ls.mu.Lock()
		if up.timerStop == nil && up.ls != nil && up.flags&(FlagNoResolve|FlagDNS) == 0 {
			var when float64
			switch {
			case up.flags&FlagSRVResolve != 0:
				when = 0
			case up.flags&FlagPendingResolve != 0:
				when = jitter(pendingInitialDelay, pendingInitialDelay*.25)
			default:
				lazy := ls.lim().LazyResolveTime
				when = jitter(lazy, lazy*.1)
			}
			ls.startLazyTimer(up, when)
		}
		ls.unlock()
	}
}

// Reresolve resolves every upstream again now (the HUP of rspamd's
// control socket).
func (c *Context) Reresolve() {
	c.mu.Lock()
	ups := append([]*Upstream(nil), c.upstreams...)
	c.mu.Unlock()
	for _, up := range ups {
		ls := up.list
		ls.mu.Lock()
		if up.ls != nil {
			ls.resolve(up)
		}
		ls.unlock()
	}
}

func (c *Context) register(up *Upstream) {
	c.mu.Lock()
	c.upstreams = append(c.upstreams, up)
	c.mu.Unlock()
}

func (c *Context) unregister(up *Upstream) {
	c.mu.Lock()
	for i, u := range c.upstreams {
		if u == up {
			c.upstreams = append(c.upstreams[:i], c.upstreams[i+1:]...)
			break
		}
	}
	c.mu.Unlock()
}

// Pending upstreams are resolved again after this delay, doubling up to
// the maximum while they stay unresolved.
const (
	pendingInitialDelay = 1.0
	pendingMaxDelay     = 60.0
)

// jitter is rspamd_time_jitter: in plus up to j more (up to in more when j
// is 0).
func jitter(in, j float64) float64 {
	if j == 0 {
		j = in
	}
	return in + j*rand.Float64()
}

// randRange is ottery_rand_range: uniform in [0, n].
func randRange(n int) int { return rand.IntN(n + 1) }
