package lua

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// loop is the queue of callbacks other goroutines post to a state's owner.
type loop struct {
	mu     sync.Mutex
	queue  []func(*State)
	spare  []func(*State)
	wake   chan struct{}
	closed bool
}

func (l *loop) init() { l.wake = make(chan struct{}, 1) }

func (l *loop) post(fn func(*State)) bool {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return false
	}
	l.queue = append(l.queue, fn)
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
	return true
}

// take returns the queued callbacks; the previous batch's slice is reused.
func (l *loop) take(prev []func(*State)) []func(*State) {
	clear(prev)
	l.mu.Lock()
	q := l.queue
	l.queue = prev[:0]
	l.mu.Unlock()
	return q
}

func (l *loop) close() {
	l.mu.Lock()
	l.closed = true
	l.queue = nil
	l.mu.Unlock()
}

// Post queues fn to run on the goroutine that owns the state, with the main
// State, at its next loop iteration; it never runs fn inline. It is safe
// from any goroutine and never blocks. It reports false once the state is
// closed (fn is dropped).
func (s *State) Post(fn func(s *State)) bool { return s.g.loop.post(fn) }

// AfterFunc posts fn to the loop once d has elapsed.
func (s *State) AfterFunc(d time.Duration, fn func(s *State)) *time.Timer {
	return time.AfterFunc(d, func() { s.Post(fn) })
}

// Wake returns a channel that receives when callbacks are waiting: an owner
// with its own event loop selects on it and then calls RunPending.
func (s *State) Wake() <-chan struct{} { return s.g.loop.wake }

// RunPending runs, on the owning goroutine, the callbacks posted so far and
// returns how many ran. Callbacks posted meanwhile wait for the next call.
func (s *State) RunPending() int {
	g := s.g
	q := g.loop.take(g.loop.spare)
	g.loop.spare = nil
	for _, fn := range q {
		g.runPosted(fn)
	}
	g.loop.spare = q
	if !g.closed {
		g.drain()
	}
	return len(q)
}

func (g *global) runPosted(fn func(*State)) {
	if g.closed {
		return
	}
	outer := g.main.frame
	g.main.frame = nil
	defer func() {
		g.main.frame = outer
		if r := recover(); r != nil {
			g.reportError(fmt.Errorf("lua: posted callback panicked: %v", r))
		}
	}()
	fn(g.main)
}

// Run runs posted callbacks until ctx is done.
func (s *State) Run(ctx context.Context) error {
	for {
		s.RunPending()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.g.loop.wake:
		}
	}
}
