// Package mempool is rspamd's memory pool as Go code sees it
// (libutil/mem_pool.c): not an allocator, since Go collects garbage, but the
// scope upstream ties to one: a task, a configuration, a Lua script. A Pool
// holds named variables and destructors that run when the scope ends, in
// upstream's order.
//
// Variables are any Go values. Lua reads them through rspamd_mempool's
// get_variable, which upstream implements by reading the raw memory of the
// value as a list of C types ("double,int64,string"); Layout gives the bytes
// such a reader sees for the Go values rspamd code stores (numbers, booleans,
// strings, number buckets), so Go code and Lua scripts share variables as C
// code and Lua scripts do upstream.
package mempool

import (
	"encoding/binary"
	"math"
	"strconv"
	"sync/atomic"
)

// Pool is a scope with variables and destructors. It is not safe for
// concurrent use, like the task or configuration that owns it.
type Pool struct {
	tag   string
	uid   string
	vars  map[string]variable
	dtors []destructor
}

type variable struct {
	value any
	dtor  func(any)
}

type destructor struct {
	fn       func()
	priority uint
}

var poolCounter atomic.Uint64

// New returns an empty pool tagged tag (the pool's name in logs, such as
// "lua" or "task").
func New(tag string) *Pool {
	n := poolCounter.Add(1)
	return &Pool{tag: tag, uid: strconv.FormatUint(n, 16)}
}

// Tag returns the pool's tag.
func (p *Pool) Tag() string { return p.tag }

// LogTag returns the pool's unique id, which log lines about the pool
// carry.
func (p *Pool) LogTag() string { return p.uid }

// SetVariable stores value under name, running the destructor of the value
// it replaces; dtor, when not nil, runs on value when it is replaced,
// removed or the pool is destroyed.
func (p *Pool) SetVariable(name string, value any, dtor func(any)) {
	if p.vars == nil {
		p.vars = make(map[string]variable)
	}
	if old, ok := p.vars[name]; ok && old.dtor != nil {
		old.dtor(old.value)
	}
	p.vars[name] = variable{value: value, dtor: dtor}
}

// Variable returns the value stored under name.
func (p *Pool) Variable(name string) (any, bool) {
	v, ok := p.vars[name]
	return v.value, ok
}

// StealVariable removes the variable name without running its destructor
// and returns its value.
func (p *Pool) StealVariable(name string) (any, bool) {
	v, ok := p.vars[name]
	if ok {
		delete(p.vars, name)
	}
	return v.value, ok
}

// RemoveVariable runs the destructor of the variable name and removes it.
func (p *Pool) RemoveVariable(name string) bool {
	v, ok := p.vars[name]
	if !ok {
		return false
	}
	if v.dtor != nil {
		v.dtor(v.value)
	}
	delete(p.vars, name)
	return true
}

// AddDestructor registers fn to run when the pool is destroyed. Lower
// priorities run first (upstream's rspamd_mempool_add_destructor_priority;
// 0 is the default).
func (p *Pool) AddDestructor(fn func(), priority uint) {
	p.dtors = append(p.dtors, destructor{fn: fn, priority: priority})
	p.swim(len(p.dtors) - 1)
}

// Destroy ends the pool's scope: the destructors run in upstream's heap
// order (by priority; among equal priorities the first added runs first,
// then the rest from the last added backwards), then the variables'
// destructors. The pool is empty afterwards and may be used again.
func (p *Pool) Destroy() {
	for len(p.dtors) > 0 {
		d := p.pop()
		d.fn()
	}
	vars := p.vars
	p.vars = nil
	for _, v := range vars {
		if v.dtor != nil {
			v.dtor(v.value)
		}
	}
}

// swim and pop keep the destructors in the binary min-heap upstream keeps
// them in, so that equal priorities come out in the same order.
func (p *Pool) swim(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if p.dtors[parent].priority <= p.dtors[i].priority {
			return
		}
		p.dtors[parent], p.dtors[i] = p.dtors[i], p.dtors[parent]
		i = parent
	}
}

func (p *Pool) pop() destructor {
	h := p.dtors
	last := len(h) - 1
	h[0], h[last] = h[last], h[0]
	top := h[last]
	h = h[:last]
	for i := 0; 2*i+1 < len(h); {
		child := 2*i + 1
		if r := child + 1; r < len(h) && h[r].priority < h[child].priority {
			child = r
		}
		if h[i].priority <= h[child].priority {
			break
		}
		h[i], h[child] = h[child], h[i]
		i = child
	}
	p.dtors = h
	return top
}

// SuggestSize is rspamd_mempool_suggest_size: upstream's pools no longer
// need a size hint and report 0.
func SuggestSize() int { return 0 }

// Sizes of the C types in a variable's layout.
const (
	sizeInt    = 4 // int and gboolean
	sizeDouble = 8 // double and int64_t
	sizeBucket = 8 // struct lua_numbers_bucket: unsigned count, padded
)

// Bucket is a list of numbers stored as rspamd_mempool's set_bucket and
// set_variable store Lua tables: a count followed by doubles.
type Bucket []float64

// Layout returns the bytes a C reader of a variable holding v sees, as
// upstream lays such values out in pool memory (little-endian): float64 and
// other floats as a double, int64 and uint64 as 8 bytes, int32, int and
// uint32 as 4 bytes, bool as a 4-byte gboolean, strings with their
// terminating NUL, a Bucket as its count and doubles, and []byte as it is
// (a layout built already). Other values have no layout (nil, false).
func Layout(v any) ([]byte, bool) {
	switch v := v.(type) {
	case []byte:
		return v, true
	case string:
		return append([]byte(v), 0), true
	case float64:
		return binary.LittleEndian.AppendUint64(nil, math.Float64bits(v)), true
	case float32:
		return binary.LittleEndian.AppendUint64(nil, math.Float64bits(float64(v))), true
	case int64:
		return binary.LittleEndian.AppendUint64(nil, uint64(v)), true
	case uint64:
		return binary.LittleEndian.AppendUint64(nil, v), true
	case int32:
		return binary.LittleEndian.AppendUint32(nil, uint32(v)), true
	case uint32:
		return binary.LittleEndian.AppendUint32(nil, v), true
	case int:
		return binary.LittleEndian.AppendUint32(nil, uint32(v)), true
	case bool:
		return AppendBool(nil, v), true
	case Bucket:
		return AppendBucket(nil, v), true
	}
	return nil, false
}

// AppendDouble appends a double to a layout.
func AppendDouble(b []byte, v float64) []byte {
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
}

// AppendBool appends a gboolean to a layout.
func AppendBool(b []byte, v bool) []byte {
	var n uint32
	if v {
		n = 1
	}
	return binary.LittleEndian.AppendUint32(b, n)
}

// AppendString appends a NUL-terminated string to a layout.
func AppendString(b []byte, s []byte) []byte {
	return append(append(b, s...), 0)
}

// AppendBucket appends a bucket of numbers to a layout.
func AppendBucket(b []byte, nums []float64) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(nums)))
	b = append(b, 0, 0, 0, 0)
	for _, n := range nums {
		b = AppendDouble(b, n)
	}
	return b
}

// Reader reads C values from a layout in sequence, as upstream's
// get_variable walks a variable's memory. Reading past the end gives
// zeros (upstream would read whatever follows in memory).
type Reader struct {
	b   []byte
	off int
}

// NewReader returns a reader at the start of layout b.
func NewReader(b []byte) *Reader { return &Reader{b: b} }

func (r *Reader) next(n int) []byte {
	var out [sizeDouble]byte
	if r.off < len(r.b) {
		copy(out[:n], r.b[r.off:])
	}
	r.off += n
	return out[:n]
}

// Double reads a double.
func (r *Reader) Double() float64 {
	return math.Float64frombits(binary.LittleEndian.Uint64(r.next(sizeDouble)))
}

// Int reads a C int.
func (r *Reader) Int() int32 { return int32(binary.LittleEndian.Uint32(r.next(sizeInt))) }

// Int64 reads an int64_t.
func (r *Reader) Int64() int64 { return int64(binary.LittleEndian.Uint64(r.next(sizeDouble))) }

// Bool reads a gboolean.
func (r *Reader) Bool() bool { return r.Int() != 0 }

// String reads a NUL-terminated string.
func (r *Reader) String() []byte {
	if r.off >= len(r.b) {
		r.off++
		return nil
	}
	rest := r.b[r.off:]
	n := len(rest)
	for i, c := range rest {
		if c == 0 {
			n = i
			break
		}
	}
	r.off += n + 1
	return rest[:n]
}

// Bucket reads a bucket of numbers.
func (r *Reader) Bucket() []float64 {
	n := binary.LittleEndian.Uint32(r.next(sizeBucket))
	if avail := (len(r.b) - r.off) / sizeDouble; int64(n) > int64(max(avail, 0)) {
		n = uint32(max(avail, 0))
	}
	out := make([]float64, n)
	for i := range out {
		out[i] = r.Double()
	}
	return out
}

// Skip advances past a pointer-sized value (the GString and GList pointers
// of the gstring and fstrings types).
func (r *Reader) Skip() { r.off += sizeDouble }
