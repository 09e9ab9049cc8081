package symcache

// dense is an insertion-ordered map that removes by moving the last entry
// into the hole, as the ankerl::unordered_dense maps of upstream's symbol
// cache do: iterating it gives upstream's iteration order, which decides
// the order of validation, counters and timeouts.
type dense[K comparable, V any] struct {
	keys []K
	vals []V
	idx  map[K]int
}

func newDense[K comparable, V any]() *dense[K, V] {
	return &dense[K, V]{idx: map[K]int{}}
}

// insert adds k unless it is present and reports whether it did
// (emplace semantics).
func (d *dense[K, V]) insert(k K, v V) bool {
	if _, ok := d.idx[k]; ok {
		return false
	}
	d.idx[k] = len(d.keys)
	d.keys = append(d.keys, k)
	d.vals = append(d.vals, v)
	return true
}

func (d *dense[K, V]) get(k K) (V, bool) {
	i, ok := d.idx[k]
	if !ok {
		var zero V
		return zero, false
	}
	return d.vals[i], true
}

func (d *dense[K, V]) has(k K) bool {
	_, ok := d.idx[k]
	return ok
}

// erase removes k: the last entry takes its place.
func (d *dense[K, V]) erase(k K) bool {
	i, ok := d.idx[k]
	if !ok {
		return false
	}
	last := len(d.keys) - 1
	if i != last {
		d.keys[i], d.vals[i] = d.keys[last], d.vals[last]
		d.idx[d.keys[i]] = i
	}
	var zk K
	var zv V
	d.keys[last], d.vals[last] = zk, zv
	d.keys, d.vals = d.keys[:last], d.vals[:last]
	delete(d.idx, k)
	return true
}

func (d *dense[K, V]) len() int { return len(d.keys) }
