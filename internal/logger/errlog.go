package logger

import (
	"slices"
	"time"
)

// ErrorEntry is one recent error, as the controller's /errors endpoint
// lists them.
type ErrorEntry struct {
	// TS is the time in seconds since the epoch.
	TS      float64
	PID     int
	Type    string // process type
	ID      string // tag, at most 6 bytes
	Module  string // at most 8 bytes
	Message string
}

// errorRing keeps the last errors in a fixed number of slots.
type errorRing struct {
	elts   []ErrorEntry
	filled []bool
	cur    int
	maxLen int
}

func (r *errorRing) add(l *Logger, module, id string, msg []byte) {
	if r == nil {
		return
	}
	if r.filled == nil {
		r.filled = make([]bool, len(r.elts))
	}
	if r.cur == len(r.elts) {
		r.cur = 0
	}
	row := r.cur
	r.cur++
	e := &r.elts[row]
	e.TS = float64(l.now().UnixNano()) / float64(time.Second)
	e.PID, e.Type = l.pid, l.processType
	e.ID = cut(id, defaultTagLen)
	e.Module = cut(module, 8)
	e.Message = cut(string(msg), max(r.maxLen-1, 0))
	r.filled[row] = true
}

func cut(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// Errors returns the recent errors, newest first (empty without an error
// buffer).
func (l *Logger) Errors() []ErrorEntry {
	l.mu.Lock()
	defer l.mu.Unlock()
	r := l.errlog
	if r == nil {
		return nil
	}
	var out []ErrorEntry
	for i, e := range r.elts {
		if r.filled != nil && r.filled[i] {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b ErrorEntry) int {
		switch {
		case a.TS > b.TS:
			return -1
		case b.TS > a.TS:
			return 1
		}
		return 0
	})
	return out
}
