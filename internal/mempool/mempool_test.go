package mempool

import (
	"math"
	"slices"
	"testing"
)

func TestVariables(t *testing.T) {
	p := New("test")
	var freed []string
	dtor := func(v any) { freed = append(freed, v.(string)) }
	p.SetVariable("a", "one", dtor)
	p.SetVariable("a", "two", dtor)
	if v, ok := p.Variable("a"); !ok || v != "two" || !slices.Equal(freed, []string{"one"}) {
		t.Fatalf("replace: %v %v %v", v, ok, freed)
	}
	if v, ok := p.StealVariable("a"); !ok || v != "two" || len(freed) != 1 {
		t.Fatalf("steal: %v %v %v", v, ok, freed)
	}
	if _, ok := p.Variable("a"); ok {
		t.Fatal("stolen variable still there")
	}
	p.SetVariable("b", "three", dtor)
	if !p.RemoveVariable("b") || p.RemoveVariable("b") || !slices.Equal(freed, []string{"one", "three"}) {
		t.Fatalf("remove: %v", freed)
	}
	p.SetVariable("c", "four", dtor)
	p.Destroy()
	if !slices.Equal(freed, []string{"one", "three", "four"}) {
		t.Fatalf("destroy: %v", freed)
	}
	if _, ok := p.Variable("c"); ok {
		t.Fatal("variable survived Destroy")
	}
	if New("x").LogTag() == New("x").LogTag() {
		t.Error("pools share a log tag")
	}
}

// TestDestructorOrder checks upstream's heap order: by priority, and among
// equal priorities the first added, then the others from the last added
// backwards (what rspamd 4.1.5 shows in compat-tests/golden/4.1.5/luaapi/
// mempool.out: "1 after 5 4 3 2").
func TestDestructorOrder(t *testing.T) {
	p := New("test")
	var order []int
	for i := 1; i <= 6; i++ {
		p.AddDestructor(func() { order = append(order, i) }, 0)
	}
	p.Destroy()
	if want := []int{1, 6, 5, 4, 3, 2}; !slices.Equal(order, want) {
		t.Errorf("order %v, want %v", order, want)
	}
	order = nil
	for i, prio := range []uint{5, 1, 3, 1} {
		p.AddDestructor(func() { order = append(order, i) }, prio)
	}
	p.Destroy()
	if want := []int{1, 3, 2, 0}; !slices.Equal(order, want) {
		t.Errorf("priorities: order %v, want %v", order, want)
	}
}

func TestLayout(t *testing.T) {
	var b []byte
	b = AppendString(b, []byte("bcd"))
	b = AppendDouble(b, 1.01)
	b = AppendBool(b, true)
	b = AppendBucket(b, []float64{1, 2.5})
	r := NewReader(b)
	if s := r.String(); string(s) != "bcd" {
		t.Errorf("string %q", s)
	}
	if d := r.Double(); d != 1.01 {
		t.Errorf("double %v", d)
	}
	if !r.Bool() {
		t.Error("bool")
	}
	if bk := r.Bucket(); !slices.Equal(bk, []float64{1, 2.5}) {
		t.Errorf("bucket %v", bk)
	}
	if d := r.Double(); d != 0 {
		t.Errorf("past the end: %v", d)
	}
	if s := r.String(); s != nil {
		t.Errorf("string past the end: %q", s)
	}
	for _, c := range []struct {
		v    any
		size int
	}{{1.5, 8}, {int64(-1), 8}, {int32(7), 4}, {7, 4}, {true, 4}, {"ab", 3}, {Bucket{1}, 16}} {
		l, ok := Layout(c.v)
		if !ok || len(l) != c.size {
			t.Errorf("Layout(%#v) = %v %v", c.v, l, ok)
		}
	}
	if _, ok := Layout(struct{}{}); ok {
		t.Error("a struct has a layout")
	}
	l, _ := Layout(int64(math.MinInt64))
	if NewReader(l).Int64() != math.MinInt64 {
		t.Error("int64 round trip")
	}
	// a count larger than the data is cut to the data
	huge := AppendBucket(nil, []float64{3})
	huge[0], huge[1] = 0xff, 0xff
	if bk := NewReader(huge).Bucket(); !slices.Equal(bk, []float64{3}) {
		t.Errorf("oversized bucket %v", bk)
	}
}
