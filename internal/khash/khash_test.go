package khash

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// modOps hashes a number to itself, so that tests can place keys.
type modOps struct{}

func (modOps) Hash(k int) uint32   { return uint32(k) }
func (modOps) Equal(a, b int) bool { return a == b }

func TestPutGet(t *testing.T) {
	var h Table[int, string, modOps]
	for i := range 1000 {
		x, added := h.Put(i * 7)
		if !added {
			t.Fatalf("key %d not new", i)
		}
		h.SetValue(x, fmt.Sprint(i))
	}
	if x, added := h.Put(7); added || h.Value(x) != "1" {
		t.Fatalf("put of a present key: %v %q", added, h.Value(x))
	}
	for i := range 1000 {
		x, ok := h.Get(i * 7)
		if !ok || h.Value(x) != fmt.Sprint(i) || h.Key(x) != i*7 {
			t.Fatalf("key %d: %v", i*7, ok)
		}
	}
	if _, ok := h.Get(3); ok {
		t.Fatal("missing key found")
	}
	if x, found := h.GetOrPut(3); found || h.Key(x) != 3 || h.Len() != 1001 {
		t.Fatalf("GetOrPut: %v %d", found, h.Len())
	}
	n := 0
	for k, v := range h.All() {
		if x, _ := h.Get(k); h.Value(x) != v {
			t.Fatalf("All: %d has %q", k, v)
		}
		n++
	}
	if n != 1001 || len(slices.Collect(h.Keys())) != 1001 {
		t.Fatalf("All: %d entries", n)
	}
	h.Resize(8)
	if h.Len() != 1001 {
		t.Fatal("Resize below the size dropped entries")
	}
}

// TestKickOut checks khash's in-place growth by hand. In 4 buckets, 2
// sits in bucket 2, 10 (home 2) in 3 and 3 (home 3) in 0. Adding 1 grows
// the table to 8: bucket 0's 3 goes home to 3 and kicks out 10, which goes
// home to 2 and kicks out 2, which probes 2, 3 and lands in 5; 1 then
// takes bucket 1. A rebuild in old bucket order would give 1, 2, 3, 10.
func TestKickOut(t *testing.T) {
	var h Table[int, struct{}, modOps]
	for _, k := range []int{2, 10, 3, 1} {
		h.Put(k)
	}
	var got []int
	for k := range h.All() {
		got = append(got, k)
	}
	if !slices.Equal(got, []int{1, 10, 3, 2}) {
		t.Errorf("order %v", got)
	}
}

// reference is khash's algorithm written plainly: insertions, and growth
// that re-places every old element in bucket order, an element landing
// on a not yet moved one taking its place and moving it next.
type reference struct {
	keys []int
	used []bool
	size int
}

func (r *reference) put(k int) {
	n := len(r.used)
	if r.size >= int(float64(n)*upperLoad+0.5) {
		newN := int(roundUp32(uint32(n + 1)))
		if n > r.size<<1 {
			newN = int(roundUp32(uint32(n - 1)))
		}
		newN = max(newN, 4)
		if r.size < int(float64(newN)*upperLoad+0.5) {
			keys := make([]int, max(n, newN))
			copy(keys, r.keys)
			moved := make([]bool, newN)
			pending := slices.Clone(r.used)
			for j := range n {
				if !pending[j] {
					continue
				}
				key := keys[j]
				pending[j] = false
				for {
					i, step := key&(newN-1), 0
					for moved[i] {
						step++
						i = (i + step) & (newN - 1)
					}
					moved[i] = true
					if i < n && pending[i] {
						key, keys[i] = keys[i], key
						pending[i] = false
						continue
					}
					keys[i] = key
					break
				}
			}
			r.keys, r.used = keys[:newN], moved
			n = newN
		}
	}
	i, step := k&(n-1), 0
	for r.used[i] {
		if r.keys[i] == k {
			return
		}
		step++
		i = (i + step) & (n - 1)
	}
	r.keys[i], r.used[i] = k, true
	r.size++
}

func TestOrderMatchesReference(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	for trial := range 500 {
		var h Table[int, struct{}, modOps]
		var r reference
		for range rnd.IntN(400) {
			k := rnd.IntN(2000)
			h.Put(k)
			r.put(k)
		}
		var got, want []int
		for k := range h.All() {
			got = append(got, k)
		}
		for i, u := range r.used {
			if u {
				want = append(want, r.keys[i])
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: order %v, want %v", trial, got, want)
		}
	}
}
