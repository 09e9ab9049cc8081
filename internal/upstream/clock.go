package upstream

import (
	"sort"
	"sync"
)

// ManualClock is a Clock whose time only moves when Advance is called,
// for tests and simulations. Timers run inside Advance, on its goroutine.
type ManualClock struct {
	mu     sync.Mutex
	now    float64
	seq    int
	timers []*manualTimer
}

type manualTimer struct {
	at  float64
	seq int
	f   func()
}

// NewManualClock returns a clock reading start seconds.
func NewManualClock(start float64) *ManualClock { return &ManualClock{now: start} }

// Now implements Clock.
func (c *ManualClock) Now() float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// AfterFunc implements Clock.
func (c *ManualClock) AfterFunc(d float64, f func()) func() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	t := &manualTimer{at: c.now + d, seq: c.seq, f: f}
	c.timers = append(c.timers, t)
	return func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		for i, x := range c.timers {
			if x == t {
				c.timers = append(c.timers[:i], c.timers[i+1:]...)
				return true
			}
		}
		return false
	}
}

// Advance moves the time d seconds forward, running the timers that come
// due in the order of their times (and of their creation for equal
// times), each at its own time.
func (c *ManualClock) Advance(d float64) {
	c.mu.Lock()
	end := c.now + d
	c.mu.Unlock()
	for c.runNext(end) {
	}
	c.mu.Lock()
	c.now = end
	c.mu.Unlock()
}

// Pending returns the number of timers not run yet.
func (c *ManualClock) Pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.timers)
}

func (c *ManualClock) runNext(end float64) bool {
	c.mu.Lock()
	sort.Slice(c.timers, func(i, j int) bool {
		a, b := c.timers[i], c.timers[j]
		return a.at < b.at || (a.at == b.at && a.seq < b.seq)
	})
	if len(c.timers) == 0 || c.timers[0].at > end {
		c.mu.Unlock()
		return false
	}
	t := c.timers[0]
	c.timers = c.timers[1:]
	c.now = max(c.now, t.at)
	c.mu.Unlock()
	t.f()
	return true
}
