package luaapi

import "testing"

// BenchmarkKannApply1 times one forward pass of a small network shaped
// like the neural plugin's (inputs, two hidden layers, one output).
func BenchmarkKannApply1(b *testing.B) {
	rng := newKadGlobal()
	in := newFeed(64)
	in.extFlag |= kannIn
	h := newOp(opRelu, nil, kadDense(rng, in, 32))
	h = newOp(opRelu, nil, kadDense(rng, h, 16))
	k := newKann(kadCostLayer(rng, h, 1, kannCostMSE))
	out := k.find(kannOut)
	x := make([]float32, 64)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := k.apply(x, out); err != nil {
			b.Fatal(err)
		}
	}
}
