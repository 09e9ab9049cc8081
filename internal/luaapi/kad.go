package luaapi

/*
#cgo LDFLAGS: -lm
#include <math.h>
#include <xmmintrin.h>

// gol_rmsprop is one RMSprop step over n parameters: r is the running
// mean of squared gradients, t the parameters, h0 the learning rate. It
// computes as kann's SSE build does (rspamd's packages are built so),
// four parameters at a time with the processor's approximate reciprocal
// square root, the rest in double precision, so that training gives the
// weights the real one gives on the same machine.
static void gol_rmsprop(int n, float h0, float decay, const float *g, float *t, float *r) {
	int i, n4 = n >> 2 << 2;
	__m128 lr = _mm_set1_ps(h0), dec = _mm_set1_ps(decay), keep = _mm_set1_ps(1.0f - decay);
	__m128 eps = _mm_set1_ps(1e-6f);
	for (i = 0; i < n4; i += 4) {
		__m128 gv = _mm_loadu_ps(&g[i]);
		__m128 rv = _mm_add_ps(_mm_mul_ps(keep, _mm_mul_ps(gv, gv)), _mm_mul_ps(dec, _mm_loadu_ps(&r[i])));
		_mm_storeu_ps(&r[i], rv);
		__m128 step = _mm_mul_ps(_mm_mul_ps(lr, _mm_rsqrt_ps(_mm_add_ps(eps, rv))), gv);
		_mm_storeu_ps(&t[i], _mm_sub_ps(_mm_loadu_ps(&t[i]), step));
	}
	for (; i < n; ++i) {
		r[i] = (1. - decay) * g[i] * g[i] + decay * r[i];
		t[i] -= h0 / sqrtf(1e-6f + r[i]) * g[i];
	}
}

// The single precision functions of the C library, which kann computes
// with (Go's double precision ones rounded to single differ from them in
// the last bit at times, which training accumulates).
static float gol_expf(float x) { return expf(x); }
static float gol_logf(float x) { return logf(x); }
static float gol_erff(float x) { return erff(x); }
static float gol_sinf(float x) { return sinf(x); }
static float gol_cosf(float x) { return cosf(x); }
*/
import "C"

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"unsafe"
)

// A small automatic differentiation engine compatible with kann's
// (rspamd's contrib/kann, which its rspamd_kann module wraps): the same
// node graph, operator numbers, random number generator and file format,
// so that networks trained by rspamd load here and the other way round.
// It implements the operators rspamd's Lua code builds networks from
// (dense and layer-normalized layers, dropout, the four cost layers and
// the element-wise transforms); recurrent, convolutional and pooling
// operators are not implemented, and a file using them does not load.

// Node flags of kann.
const (
	kadVar   = 0x1 // gradients are computed
	kadConst = 0x2
	kadPool  = 0x4
)

// External flags of kann's layers.
const (
	kannIn    = 0x1
	kannOut   = 0x2
	kannTruth = 0x4
	kannCost  = 0x8
)

// Cost layer types.
const (
	kannCostCEB    = 1
	kannCostCEM    = 2
	kannCostCEBNeg = 3
	kannCostMSE    = 4
)

// Operator numbers, as kann numbers them (the file format names them so).
const (
	opAdd      = 1
	opMul      = 2
	opCmul     = 3
	opCEBinNeg = 4
	opSquare   = 5
	opSigm     = 6
	opTanh     = 7
	opRelu     = 8
	opMatmul   = 9
	opAvg      = 10
	op1Minus   = 11
	opSelect   = 12
	opCEMulti  = 13
	opSoftmax  = 14
	opDropout  = 15
	opMax      = 21
	opCEBin    = 22
	opSub      = 23
	opLog      = 27
	opMSE      = 29
	opStdnorm  = 32
	opExp      = 33
	opSin      = 34
	opGelu     = 37
)

// kadMaxDim is the most dimensions a node has.
const kadMaxDim = 4

// kadNode is a node of a computation graph: a variable, a constant or a
// feed (no children), or an operator over its children.
type kadNode struct {
	nd       int
	d        [kadMaxDim]int32
	flag     uint8
	op       uint16
	extLabel int32
	extFlag  uint32
	child    []*kadNode
	pre      *kadNode
	ptr      []byte    // the operator's parameters, as the file holds them
	x, g     []float32 // value and gradient
	rng      *kadRNG   // dropout's generator (ptr holds its state)
	keep     []bool    // dropout: which values the forward pass kept
	stdInv   []float32 // stdnorm: 1/standard deviation of each row
	maxFrom  []int     // max: which child gave each value
}

func (p *kadNode) isBack() bool  { return p.flag&kadVar != 0 }
func (p *kadNode) isExt() bool   { return len(p.child) == 0 }
func (p *kadNode) isVar() bool   { return p.isExt() && p.isBack() }
func (p *kadNode) isConst() bool { return p.isExt() && p.flag&kadConst != 0 }
func (p *kadNode) isFeed() bool  { return p.isExt() && !p.isBack() && p.flag&kadConst == 0 }

// isSwitch is a select node without pooling: the train/eval switch of
// dropout.
func (p *kadNode) isSwitch() bool { return p.op == opSelect && p.flag&kadPool == 0 }

// length is the number of values.
func (p *kadNode) length() int {
	n := 1
	for i := 0; i < p.nd; i++ {
		n *= int(p.d[i])
	}
	return n
}

// kadMaxLen bounds the values of a node read from a file.
const kadMaxLen = 1 << 26

// sane reports whether the shape has no empty dimension and is within
// kadMaxLen values.
func (p *kadNode) sane() bool {
	n := int64(1)
	for i := 0; i < p.nd; i++ {
		if p.d[i] <= 0 {
			return false
		}
		if n *= int64(p.d[i]); n > kadMaxLen {
			return false
		}
	}
	return true
}

// copyDim gives p the shape of q.
func (p *kadNode) copyDim(q *kadNode) { p.nd, p.d = q.nd, q.d }

// selected is the child a select node passes on.
func (p *kadNode) selected() int {
	which := int(int32(binary.LittleEndian.Uint32(p.ptr)))
	if which < 0 {
		which += len(p.child)
	}
	return which
}

// kadRNG is kann's xoroshiro128+ generator with the spare value of its
// Box-Muller transform.
type kadRNG struct {
	s     [2]uint64
	gset  float64
	hasG  bool
	jumps int
}

// newKadGlobal is kann's process-wide generator as kann seeds it (each
// Lua state has one, see Runtime.kadRNG).
func newKadGlobal() *kadRNG {
	return &kadRNG{s: [2]uint64{0x50f5647d2380309d, 0x91ffa96fc4c62cce}}
}

func rotl(x uint64, k uint) uint64 { return x<<k | x>>(64-k) }

func (r *kadRNG) next() uint64 {
	s0, s1 := r.s[0], r.s[1]
	res := s0 + s1
	s1 ^= s0
	r.s[0] = rotl(s0, 55) ^ s1 ^ s1<<14
	r.s[1] = rotl(s0, 36)
	return res
}

// jump advances the generator by 2^64 steps (xoroshiro128+'s jump).
func (r *kadRNG) jump() {
	var s0, s1 uint64
	for _, j := range [2]uint64{0xbeac0467eba5facb, 0xd86b048b86aa9922} {
		for b := uint(0); b < 64; b++ {
			if j&(1<<b) != 0 {
				s0 ^= r.s[0]
				s1 ^= r.s[1]
			}
			r.next()
		}
	}
	r.s = [2]uint64{s0, s1}
}

// drand is a uniform double in [0, 1).
func (r *kadRNG) drand() float64 {
	return math.Float64frombits(0x3ff<<52|r.next()>>12) - 1.0
}

// normal is a standard normal double (polar Box-Muller, the second value
// of a pair kept for the next call).
func (r *kadRNG) normal() float64 {
	if r.hasG {
		r.hasG = false
		return r.gset
	}
	var v1, v2, rsq float64
	for {
		v1 = 2.0*r.drand() - 1.0
		v2 = 2.0*r.drand() - 1.0
		rsq = v1*v1 + v2*v2
		if rsq < 1.0 && rsq != 0.0 {
			break
		}
	}
	fac := math.Sqrt(-2.0 * math.Log(rsq) / rsq)
	r.gset, r.hasG = v1*fac, true
	return v2 * fac
}

// kadRNGSize is the size of kann's generator state in a file.
const kadRNGSize = 32

// fork is a generator for a dropout node: this one jumped, and a copy
// of its state.
func (r *kadRNG) fork() *kadRNG {
	r.jump()
	return &kadRNG{s: r.s}
}

// encode writes the state as kann's struct holds it.
func (r *kadRNG) encode(b []byte) {
	binary.LittleEndian.PutUint64(b[0:], r.s[0])
	binary.LittleEndian.PutUint64(b[8:], r.s[1])
	binary.LittleEndian.PutUint64(b[16:], math.Float64bits(r.gset))
	n := uint32(0)
	if r.hasG {
		n = 1
	}
	binary.LittleEndian.PutUint32(b[24:], n)
	binary.LittleEndian.PutUint32(b[28:], 0)
}

func decodeKadRNG(b []byte) *kadRNG {
	return &kadRNG{
		s:    [2]uint64{binary.LittleEndian.Uint64(b[0:]), binary.LittleEndian.Uint64(b[8:])},
		gset: math.Float64frombits(binary.LittleEndian.Uint64(b[16:])),
		hasG: binary.LittleEndian.Uint32(b[24:]) != 0,
	}
}

// Vector kernels, summing in the order of kann's SSE build.

// sdot is the dot product: two four-lane sums over blocks of eight, the
// rest added one by one, then the lanes.
func sdot(x, y []float32) float32 {
	n := len(x)
	n8 := n &^ 7
	var a, b [4]float32
	for i := 0; i < n8; i += 8 {
		for l := 0; l < 4; l++ {
			a[l] += float32(x[i+l] * y[i+l])
			b[l] += float32(x[i+4+l] * y[i+4+l])
		}
	}
	var s float32
	for i := n8; i < n; i++ {
		s += float32(x[i] * y[i])
	}
	s += a[0] + a[1] + a[2] + a[3]
	s += b[0] + b[1] + b[2] + b[3]
	return s
}

// saxpy is y += a*x.
func saxpy(a float32, x, y []float32) {
	for i := range x {
		y[i] += float32(a * x[i])
	}
}

// sgemm is C += op(A) * op(B) for the cases kann uses (op transposes
// when asked; M x K times K x N).
func sgemm(transA, transB bool, m, n, k int, a, b, c []float32) {
	switch {
	case !transA && transB:
		for i := 0; i < m; i++ {
			ai := a[i*k : i*k+k]
			for j := 0; j < n; j++ {
				c[i*n+j] += sdot(ai, b[j*k:j*k+k])
			}
		}
	case !transA && !transB:
		for i := 0; i < m; i++ {
			for kk := 0; kk < k; kk++ {
				saxpy(a[i*k+kk], b[kk*n:kk*n+n], c[i*n:i*n+n])
			}
		}
	case transA && !transB:
		for kk := 0; kk < k; kk++ {
			for i := 0; i < m; i++ {
				saxpy(a[kk*m+i], b[kk*n:kk*n+n], c[i*n:i*n+n])
			}
		}
	}
}

func expf(x float32) float32 { return float32(C.gol_expf(C.float(x))) }
func logf(x float32) float32 { return float32(C.gol_logf(C.float(x))) }
func erff(x float32) float32 { return float32(C.gol_erff(C.float(x))) }

// errKadDim is an operator given operands of shapes it cannot combine.
var errKadDim = errors.New("kann: operand dimensions do not match")

// syncDim computes the shape of an operator node from its children.
func (p *kadNode) syncDim() error {
	q := p.child
	switch p.op {
	case opAdd, opSub, opMul:
		if n1 := q[1].length(); n1 == 0 || q[0].length()%n1 != 0 {
			return errKadDim
		}
		p.copyDim(q[0])
	case opCmul:
		rows0, rows1, cols0, cols1, nCol := cmulShape(q[0], q[1])
		if cols0 != cols1 {
			return errKadDim
		}
		_ = nCol
		p.nd, p.d[0], p.d[1] = 2, int32(rows0), int32(rows1)
	case opMatmul:
		r0, r1, c0, c1 := matmulShape(q[0], q[1])
		if c0 != r1 {
			return errKadDim
		}
		p.nd, p.d[0], p.d[1] = 2, int32(r0), int32(c1)
	case opSquare, opSigm, opTanh, opRelu, opGelu, op1Minus, opExp, opLog, opSin, opDropout:
		p.copyDim(q[0])
	case opSoftmax, opStdnorm:
		if q[0].nd == 0 {
			return errKadDim
		}
		p.copyDim(q[0])
	case opMSE, opCEBin, opCEBinNeg:
		if q[0].length() != q[1].length() {
			return errKadDim
		}
		p.nd = 0
	case opCEMulti:
		if q[0].length() != q[1].length() || q[1].nd == 0 || q[0].nd == 0 || q[0].d[q[0].nd-1] != q[1].d[q[1].nd-1] {
			return errKadDim
		}
		p.nd = 0
	case opAvg, opMax:
		for _, c := range q[1:] {
			if c.length() != q[0].length() {
				return errKadDim
			}
		}
		p.copyDim(q[0])
	case opSelect:
		which := p.selected()
		if which < 0 || which >= len(q) {
			return errKadDim
		}
		for _, c := range q {
			if c.nd != q[which].nd || c.length() != q[which].length() {
				return errKadDim
			}
		}
		p.copyDim(q[which])
	default:
		return fmt.Errorf("kann: operator %d is not implemented", p.op)
	}
	return nil
}

// cmulShape is the geometry of X * W^T: the rows of both and their
// columns (the last dimensions folded to the wider last dimension).
func cmulShape(x, w *kadNode) (rows0, rows1, cols0, cols1, nCol int) {
	last := func(p *kadNode) int {
		if p.nd == 0 {
			return 1
		}
		return int(p.d[p.nd-1])
	}
	nCol = max(last(x), last(w))
	cols := func(p *kadNode) int {
		c := 1
		for i := p.nd - 1; i >= 0; i-- {
			if c < nCol {
				c *= int(p.d[i])
			}
		}
		return c
	}
	cols0, cols1 = cols(x), cols(w)
	if cols0 == 0 || cols1 == 0 {
		return 0, 0, -1, -2, nCol
	}
	return x.length() / cols0, w.length() / cols1, cols0, cols1, nCol
}

// matmulShape is the geometry of X * W.
func matmulShape(x, w *kadNode) (r0, r1, c0, c1 int) {
	rows := func(p *kadNode) int {
		if p.nd <= 1 {
			return 1
		}
		return int(p.d[0])
	}
	r0, r1 = rows(x), rows(w)
	if r0 == 0 || r1 == 0 {
		return 0, 0, -1, -2
	}
	return r0, r1, x.length() / r0, w.length() / r1
}

// forward computes the value of an operator node.
func (p *kadNode) forward() {
	q := p.child
	n := p.length()
	switch p.op {
	case opAdd, opSub:
		sign := float32(1)
		if p.op == opSub {
			sign = -1
		}
		copy(p.x, q[0].x[:n])
		n1 := q[1].length()
		for i := 0; i < n; i += n1 {
			saxpy(sign, q[1].x[:n1], p.x[i:i+n1])
		}
	case opMul:
		clear(p.x)
		n1 := q[1].length()
		if q[0].x != nil && q[1].x != nil {
			for i := 0; i < n; i += n1 {
				for j := 0; j < n1; j++ {
					p.x[i+j] += float32(q[0].x[i+j] * q[1].x[j])
				}
			}
		}
	case opCmul:
		rows0, rows1, _, _, nCol := cmulShape(q[0], q[1])
		clear(p.x)
		if q[0].x != nil && q[1].x != nil {
			sgemm(false, true, rows0, rows1, nCol, q[0].x, q[1].x, p.x)
		}
	case opMatmul:
		r0, _, c0, c1 := matmulShape(q[0], q[1])
		clear(p.x)
		if q[0].x != nil && q[1].x != nil {
			sgemm(false, false, r0, c1, c0, q[0].x, q[1].x, p.x)
		}
	case opSquare:
		for i := range n {
			p.x[i] = float32(q[0].x[i] * q[0].x[i])
		}
	case op1Minus:
		for i := range n {
			p.x[i] = 1 - q[0].x[i]
		}
	case opExp:
		for i := range n {
			p.x[i] = expf(q[0].x[i])
		}
	case opLog:
		for i := range n {
			p.x[i] = logf(q[0].x[i])
		}
	case opSin:
		for i := range n {
			p.x[i] = float32(C.gol_sinf(C.float(q[0].x[i])))
		}
	case opSigm:
		for i := range n {
			p.x[i] = 1 / (1 + expf(-q[0].x[i]))
		}
	case opTanh:
		for i := range n {
			if x := q[0].x[i]; x < -20 {
				p.x[i] = -1
			} else {
				y := expf(-2 * x)
				p.x[i] = (1 - y) / (1 + y)
			}
		}
	case opRelu:
		for i := range n {
			p.x[i] = 0
			if q[0].x[i] > 0 {
				p.x[i] = q[0].x[i]
			}
		}
	case opGelu:
		for i := range n {
			x := q[0].x[i]
			p.x[i] = 0.5 * x * (1 + erff(x*float32(math.Sqrt2/2)))
		}
	case opSoftmax:
		n1 := int(q[0].d[q[0].nd-1])
		for j := 0; j < n; j += n1 {
			x, y := q[0].x[j:j+n1], p.x[j:j+n1]
			m := float32(-math.MaxFloat32)
			for _, v := range x {
				m = max(m, v)
			}
			var s float32
			for i, v := range x {
				y[i] = expf(v - m)
				s += y[i]
			}
			s = 1 / s
			for i := range y {
				y[i] *= s
			}
		}
	case opStdnorm:
		p.stdnormForward()
	case opDropout:
		r := float32(0)
		if !q[0].isConst() && !q[0].isVar() {
			r = q[1].x[0]
		}
		z := 1 / (1 - r)
		if len(p.keep) < n {
			p.keep = make([]bool, n)
		}
		for i := range n {
			kept := p.rng.drand() >= float64(r)
			p.keep[i] = kept
			p.x[i] = 0
			if kept {
				p.x[i] = q[0].x[i] * z
			}
		}
	case opSelect:
		copy(p.x, q[p.selected()].x[:n])
	case opAvg:
		copy(p.x, q[0].x[:n])
		for _, c := range q[1:] {
			saxpy(1, c.x[:n], p.x)
		}
		t := 1 / float32(len(q))
		for i := range n {
			p.x[i] *= t
		}
	case opMax:
		if len(p.maxFrom) < n {
			p.maxFrom = make([]int, n)
		}
		copy(p.x, q[0].x[:n])
		clear(p.maxFrom)
		for j, c := range q[1:] {
			for i := range n {
				if c.x[i] > p.x[i] {
					p.x[i], p.maxFrom[i] = c.x[i], j+1
				}
			}
		}
	case opMSE:
		y1, y0 := q[0], q[1]
		m := y0.length()
		var cost float64
		for i := range m {
			d := y1.x[i] - y0.x[i]
			cost += float64(d * d)
		}
		p.x[0] = float32(cost / float64(m))
	case opCEBin, opCEBinNeg:
		p.x[0] = ceBinary(q[0], q[1], p.op == opCEBinNeg)
	case opCEMulti:
		y1, y0 := q[0], q[1]
		n1 := int(y0.d[y0.nd-1])
		d0 := y0.length() / n1
		var cost float32
		for i := range d0 * n1 {
			if x0 := y0.x[i]; x0 > 0 {
				cost += x0 * logf(x0/max(y1.x[i], ceTiny))
			}
		}
		p.x[0] = cost / float32(d0)
	}
}

// ceTiny keeps the cross-entropy costs finite.
const ceTiny = float32(1e-9)

// tiny is v when above ceTiny, ceTiny otherwise.
func tiny(v float32) float32 {
	if v > ceTiny {
		return v
	}
	return ceTiny
}

// ceBinary is the binary cross-entropy of y1 against the truth y0, for
// (0, 1) values or (neg) for (-1, 1) values.
func ceBinary(y1, y0 *kadNode, neg bool) float32 {
	n := y0.length()
	var cost float32
	for i := range n {
		t, x := y0.x[i], y1.x[i]
		if neg {
			if 1+t > 0 {
				cost += .5 * (1 + t) * logf((1+t)/tiny(1+x))
			}
			if 1-t > 0 {
				cost += .5 * (1 - t) * logf((1-t)/tiny(1-x))
			}
			continue
		}
		if t > 0 {
			cost += t * logf(t/tiny(x))
		}
		if 1-t > 0 {
			cost += (1 - t) * logf((1-t)/tiny(1-x))
		}
	}
	return cost / float32(n)
}

func (p *kadNode) stdnormForward() {
	q := p.child[0]
	n := int(q.d[q.nd-1])
	m := q.length() / n
	if len(p.stdInv) < m {
		p.stdInv = make([]float32, m)
	}
	for j := range m {
		px, qx := p.x[j*n:j*n+n], q.x[j*n:j*n+n]
		var s float64
		for _, v := range qx {
			s += float64(v)
		}
		avg := float32(s / float64(n))
		for i := range qx {
			px[i] = qx[i] - avg
		}
		s = 0
		for _, v := range px {
			s += float64(v * v)
		}
		inv := float32(1)
		if s != 0 {
			inv = float32(1 / math.Sqrt(s/float64(n)))
		}
		for i := range px {
			px[i] *= inv
		}
		p.stdInv[j] = inv
	}
}

// backward adds the gradient of an operator node to its children's.
func (p *kadNode) backward() {
	q := p.child
	n := p.length()
	back := func(i int) bool { return q[i].isBack() }
	switch p.op {
	case opAdd, opSub:
		sign := float32(1)
		if p.op == opSub {
			sign = -1
		}
		n0, n1 := q[0].length(), q[1].length()
		if back(0) {
			saxpy(1, p.g[:n0], q[0].g)
		}
		if back(1) {
			for i := 0; i < n0; i += n1 {
				saxpy(sign, p.g[i:i+n1], q[1].g)
			}
		}
	case opMul:
		n0, n1 := q[0].length(), q[1].length()
		if back(0) && q[1].x != nil {
			for i := 0; i < n0; i += n1 {
				for j := 0; j < n1; j++ {
					q[0].g[i+j] += float32(p.g[i+j] * q[1].x[j])
				}
			}
		}
		if back(1) && q[0].x != nil {
			for i := 0; i < n0; i += n1 {
				for j := 0; j < n1; j++ {
					q[1].g[j] += float32(p.g[i+j] * q[0].x[i+j])
				}
			}
		}
	case opCmul:
		rows0, rows1, _, _, nCol := cmulShape(q[0], q[1])
		if back(0) && q[1].x != nil {
			sgemm(false, false, rows0, nCol, rows1, p.g, q[1].x, q[0].g)
		}
		if back(1) && q[0].x != nil {
			sgemm(true, false, rows1, nCol, rows0, p.g, q[0].x, q[1].g)
		}
	case opMatmul:
		r0, r1, c0, c1 := matmulShape(q[0], q[1])
		if back(0) && q[1].x != nil {
			sgemm(false, true, r0, c0, c1, p.g, q[1].x, q[0].g)
		}
		if back(1) && q[0].x != nil {
			sgemm(true, false, r1, c1, r0, q[0].x, p.g, q[1].g)
		}
	case opSquare:
		if back(0) {
			for i := range n {
				q[0].g[i] += float32(p.g[i] * (q[0].x[i] + q[0].x[i]))
			}
		}
	case op1Minus:
		if back(0) {
			saxpy(-1, p.g[:n], q[0].g)
		}
	case opExp:
		if back(0) {
			for i := range n {
				q[0].g[i] += float32(p.g[i] * p.x[i])
			}
		}
	case opLog:
		if back(0) {
			for i := range n {
				q[0].g[i] += p.g[i] / q[0].x[i]
			}
		}
	case opSin:
		if back(0) {
			for i := range n {
				q[0].g[i] += float32(p.g[i] * float32(C.gol_cosf(C.float(q[0].x[i]))))
			}
		}
	case opSigm:
		if back(0) {
			for i := range n {
				q[0].g[i] += float32(p.g[i] * float32(p.x[i]*(1-p.x[i])))
			}
		}
	case opTanh:
		if back(0) {
			for i := range n {
				q[0].g[i] += float32(p.g[i] * (1 - float32(p.x[i]*p.x[i])))
			}
		}
	case opRelu:
		if back(0) {
			for i := range n {
				if q[0].x[i] > 0 {
					q[0].g[i] += p.g[i]
				}
			}
		}
	case opGelu:
		if back(0) {
			for i := range n {
				x := q[0].x[i]
				cdf := 0.5 * (1 + erff(x*float32(math.Sqrt2/2)))
				pdf := float32(0.5*(2/math.SqrtPi)) * float32(math.Sqrt2/2) * expf(-0.5*x*x)
				q[0].g[i] += p.g[i] * (cdf + x*pdf)
			}
		}
	case opSoftmax:
		if back(0) {
			n1 := int(q[0].d[q[0].nd-1])
			for j := 0; j < n; j += n1 {
				g, y, h := p.g[j:j+n1], p.x[j:j+n1], q[0].g[j:j+n1]
				var s float32
				for i := range g {
					s += float32(g[i] * y[i])
				}
				for i := range g {
					h[i] += float32(y[i] * (g[i] - s))
				}
			}
		}
	case opStdnorm:
		if back(0) {
			n1 := int(q[0].d[q[0].nd-1])
			for j := 0; j < n/n1; j++ {
				pg, qg, px := p.g[j*n1:j*n1+n1], q[0].g[j*n1:j*n1+n1], p.x[j*n1:j*n1+n1]
				var s, t float32
				for i := range pg {
					s += pg[i]
					t += float32(px[i] * pg[i])
				}
				s /= float32(n1)
				t /= float32(n1)
				for i := range pg {
					qg[i] += float32(p.stdInv[j] * (pg[i] - s - float32(px[i]*t)))
				}
			}
		}
	case opDropout:
		if back(0) {
			r := float32(0)
			if !q[0].isConst() && !q[0].isVar() {
				r = q[1].x[0]
			}
			z := 1 / (1 - r)
			for i := range n {
				if p.keep[i] {
					q[0].g[i] += float32(z * p.g[i])
				}
			}
		}
	case opSelect:
		if w := p.selected(); q[w].isBack() {
			saxpy(1, p.g[:n], q[w].g)
		}
	case opAvg:
		t := 1 / float32(len(q))
		for _, c := range q {
			if c.isBack() {
				saxpy(t, p.g[:n], c.g)
			}
		}
	case opMax:
		for i := range n {
			if c := q[p.maxFrom[i]]; c.g != nil {
				c.g[i] += p.g[i]
			}
		}
	case opMSE:
		y1, y0 := q[0], q[1]
		if y1.isBack() {
			m := y0.length()
			t := 2 * p.g[0] / float32(m)
			for i := range m {
				y1.g[i] += float32(t * (y1.x[i] - y0.x[i]))
			}
		}
	case opCEBin, opCEBinNeg:
		y1, y0 := q[0], q[1]
		if y1.isBack() {
			m := y0.length()
			t := p.g[0] / float32(m)
			for i := range m {
				tr, x := y0.x[i], y1.x[i]
				if p.op == opCEBinNeg {
					if 1+tr > 0 {
						y1.g[i] -= .5 * t * (1 + tr) / tiny(1+x)
					}
					if 1-tr > 0 {
						y1.g[i] += .5 * t * (1 - tr) / tiny(1-x)
					}
					continue
				}
				if tr > 0 {
					y1.g[i] -= t * tr / tiny(x)
				}
				if 1-tr > 0 {
					y1.g[i] += t * (1 - tr) / tiny(1-x)
				}
			}
		}
	case opCEMulti:
		y1, y0 := q[0], q[1]
		if y1.isBack() {
			n1 := int(y0.d[y0.nd-1])
			d0 := y0.length() / n1
			t := p.g[0] / float32(d0)
			for i := range d0 * n1 {
				y1.g[i] -= t * y0.x[i] / tiny(y1.x[i])
			}
		}
	}
}

// newOp makes an operator node over children, nil when their shapes do
// not fit it.
func newOp(op uint16, ptr []byte, child ...*kadNode) *kadNode {
	for _, c := range child {
		if c == nil {
			return nil
		}
	}
	p := &kadNode{op: op, child: child, ptr: ptr}
	if p.syncDim() != nil {
		return nil
	}
	for _, c := range child {
		if c.isBack() {
			p.flag |= kadVar
			break
		}
	}
	return p
}

// newLeaf makes a variable or constant: scalars and vectors filled with
// x0, matrices drawn from a normal law scaled by the fan-in, from the
// global generator as kann draws them.
func newLeaf(rng *kadRNG, flag uint8, x0 float32, d ...int32) *kadNode {
	p := &kadNode{nd: len(d), flag: flag}
	copy(p.d[:], d)
	n := p.length()
	p.x = make([]float32, n)
	if p.nd <= 1 {
		for i := range p.x {
			p.x[i] = x0
		}
		return p
	}
	inv := 1.0 / math.Sqrt(float64(n)/float64(p.d[0]))
	for i := range p.x {
		p.x[i] = float32(rng.normal() * inv)
	}
	return p
}

// newFeed makes an input or a truth: 1 x n.
func newFeed(n int32) *kadNode { return &kadNode{nd: 2, d: [kadMaxDim]int32{1, n}} }

// int32Bytes encodes v as a 4-byte parameter.
func int32Bytes(v int32) []byte { return binary.LittleEndian.AppendUint32(nil, uint32(v)) }

// kadDense is a dense layer: in * W^T + b.
func kadDense(rng *kadRNG, in *kadNode, n1 int32) *kadNode {
	n0 := int32(in.length())
	if in.nd >= 2 {
		n0 /= in.d[0]
	}
	w := newLeaf(rng, kadVar, 0, n1, n0)
	b := newLeaf(rng, kadVar, 0, n1)
	return newOp(opAdd, nil, newOp(opCmul, nil, in, w), b)
}

// kadLayernorm is a layer normalization with a gain and a bias.
func kadLayernorm(rng *kadRNG, in *kadNode) *kadNode {
	n0 := int32(in.length())
	if in.nd >= 2 {
		n0 /= in.d[0]
	}
	alpha := newLeaf(rng, kadVar, 1, n0)
	beta := newLeaf(rng, kadVar, 0, n0)
	return newOp(opAdd, nil, newOp(opMul, nil, newOp(opStdnorm, nil, in), alpha), beta)
}

// kadDropoutLayer switches between its input (evaluation) and its input
// with values dropped at rate r (training).
func kadDropoutLayer(global *kadRNG, in *kadNode, r float32) *kadNode {
	rate := newLeaf(global, kadConst, r)
	rng := global.fork()
	ptr := make([]byte, kadRNGSize)
	rng.encode(ptr)
	d := newOp(opDropout, ptr, in, rate)
	if d == nil {
		return nil
	}
	d.rng = rng
	return newOp(opSelect, int32Bytes(0), in, d)
}

// kadCostLayer is a dense output of nOut values, its activation and cost
// against a truth feed.
func kadCostLayer(rng *kadRNG, in *kadNode, nOut int32, costType int) *kadNode {
	t := kadDense(rng, in, nOut)
	truth := newFeed(nOut)
	truth.extFlag |= kannTruth
	var cost *kadNode
	switch costType {
	case kannCostMSE:
		cost = newOp(opMSE, nil, t, truth)
	case kannCostCEB:
		t = newOp(opSigm, nil, t)
		cost = newOp(opCEBin, nil, t, truth)
	case kannCostCEBNeg:
		t = newOp(opTanh, nil, t)
		cost = newOp(opCEBinNeg, nil, t, truth)
	case kannCostCEM:
		t = newOp(opSoftmax, nil, t)
		cost = newOp(opCEMulti, nil, t, truth)
	default:
		return nil
	}
	if t == nil || cost == nil {
		return nil
	}
	t.extFlag |= kannOut
	cost.extFlag |= kannCost
	return cost
}

// kannNet is a compiled network: its nodes in evaluation order, and the
// values of its variables (x, gradients g) and constants (c) in that
// order.
type kannNet struct {
	v       []*kadNode
	x, g, c []float32
	// pos is the position of each node in v (see positions); need is
	// the scratch of marks.
	pos  map[*kadNode]int
	need []bool
}

// positions returns the position of each node in v, made by its first
// call (v is complete by then).
func (k *kannNet) positions() map[*kadNode]int {
	if k.pos == nil {
		k.pos = make(map[*kadNode]int, len(k.v))
		for i, p := range k.v {
			k.pos[p] = i
		}
	}
	return k.pos
}

// compileGraph orders the nodes reachable from the roots so that children
// come first (Kahn's algorithm over a stack, as kann orders them, which
// fixes the order of the values in files).
func compileGraph(roots []*kadNode) []*kadNode {
	parents := make(map[*kadNode]int)
	stack := append([]*kadNode(nil), roots...)
	for _, r := range roots {
		parents[r] += 0
	}
	seen := make(map[*kadNode]bool, len(roots))
	for _, r := range roots {
		seen[r] = true
	}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, c := range p.child {
			if !seen[c] {
				seen[c] = true
				stack = append(stack, c)
			}
			parents[c]++
		}
	}
	var order []*kadNode
	for _, r := range roots {
		if parents[r] == 0 {
			stack = append(stack, r)
		}
	}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		order = append(order, p)
		for _, c := range p.child {
			if parents[c]--; parents[c] == 0 {
				stack = append(stack, c)
			}
		}
	}
	for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
		order[i], order[j] = order[j], order[i]
	}
	return order
}

// newKann compiles a network from its cost node (a scalar).
func newKann(cost *kadNode) *kannNet {
	if cost == nil || cost.nd != 0 {
		return nil
	}
	cost.extFlag |= kannCost
	k := &kannNet{v: compileGraph([]*kadNode{cost})}
	k.markBack()
	nVar, nConst := k.sizes()
	k.x, k.g, k.c = make([]float32, 0, nVar), make([]float32, nVar), make([]float32, 0, nConst)
	for _, p := range k.v {
		switch {
		case p.isVar():
			k.x = append(k.x, p.x...)
		case p.isConst():
			k.c = append(k.c, p.x...)
		}
	}
	k.bind()
	k.allocate()
	return k
}

// sizes counts the values of the variables and of the constants.
func (k *kannNet) sizes() (nVar, nConst int) {
	for _, p := range k.v {
		switch {
		case p.isVar():
			nVar += p.length()
		case p.isConst():
			nConst += p.length()
		}
	}
	return nVar, nConst
}

// bind points the variables and constants at the network's arrays.
func (k *kannNet) bind() {
	var j, c int
	for _, p := range k.v {
		switch n := p.length(); {
		case p.isVar():
			p.x, p.g = k.x[j:j+n:j+n], k.g[j:j+n:j+n]
			j += n
		case p.isConst():
			p.x = k.c[c : c+n : c+n]
			c += n
		}
	}
}

// markBack sets the gradient flag of the operators over a variable.
func (k *kannNet) markBack() {
	for _, p := range k.v {
		if len(p.child) == 0 {
			continue
		}
		p.flag &^= kadVar
		for _, c := range p.child {
			if c.isBack() {
				p.flag |= kadVar
				break
			}
		}
	}
}

// allocate sizes the values (and gradients) of the operators; a feed
// nothing was given reads as zeros.
func (k *kannNet) allocate() {
	for _, p := range k.v {
		if len(p.child) == 0 {
			if p.isFeed() && len(p.x) < p.length() {
				p.x = make([]float32, p.length())
			}
			continue
		}
		n := p.length()
		if cap(p.x) < n {
			p.x = make([]float32, n)
		}
		p.x = p.x[:n]
		if p.isBack() {
			if cap(p.g) < n {
				p.g = make([]float32, n)
			}
			p.g = p.g[:n]
		}
	}
}

// setBatch sets the first dimension of the feeds and reshapes what
// depends on them; an error leaves a network whose shapes do not fit
// together at this batch size (a file may hold one), which must not be
// evaluated.
func (k *kannNet) setBatch(b int32) error {
	changed := false
	var err error
	for _, p := range k.v {
		if p.isFeed() {
			if b > 0 && p.nd > 0 && p.d[0] != b {
				p.d[0], changed = b, true
			}
		} else if len(p.child) > 0 && changed {
			if e := p.syncDim(); e != nil && err == nil {
				err = e
			}
		}
	}
	k.allocate()
	return err
}

// find is the index of the one node with the external flag, -1 for none
// and -2 for several.
func (k *kannNet) find(flag uint32) int {
	r, n := -1, 0
	for i, p := range k.v {
		if flag == 0 || p.extFlag&flag != 0 {
			r, n = i, n+1
		}
	}
	switch n {
	case 1:
		return r
	case 0:
		return -1
	}
	return -2
}

// feedDim is the number of values per row of the one feed with the
// flag (-1: none, -2: several).
func (k *kannNet) feedDim(flag uint32) int {
	n, cnt := 0, 0
	for _, p := range k.v {
		if p.isFeed() && p.extFlag&flag != 0 {
			cnt++
			switch {
			case p.nd > 1:
				n = p.length() / int(p.d[0])
			case p.nd == 1:
				n = int(p.d[0])
			default:
				n = 1
			}
		}
	}
	switch cnt {
	case 1:
		return n
	case 0:
		return -1
	}
	return -2
}

// bindFeed gives the feeds with the flag their values.
func (k *kannNet) bindFeed(flag uint32, x []float32) {
	for _, p := range k.v {
		if p.isFeed() && p.extFlag&flag != 0 {
			p.x = x
		}
	}
}

// marks returns which nodes the value at from needs (a switch passes on
// only to the child it selects), valid until its next call.
func (k *kannNet) marks(from int) []bool {
	pos := k.positions()
	if k.need == nil {
		k.need = make([]bool, len(k.v))
	}
	need := k.need
	clear(need)
	need[from] = true
	for i := len(k.v) - 1; i >= 0; i-- {
		p := k.v[i]
		if !need[i] {
			continue
		}
		if p.isSwitch() {
			need[pos[p.child[p.selected()]]] = true
			continue
		}
		for _, c := range p.child {
			need[pos[c]] = true
		}
	}
	return need
}

// evalAt computes the value of node from.
func (k *kannNet) evalAt(from int) []float32 {
	need := k.marks(from)
	for i, p := range k.v {
		if need[i] && len(p.child) > 0 {
			p.forward()
		}
	}
	return k.v[from].x
}

// grad computes the gradients of the scalar at from.
func (k *kannNet) grad(from int) {
	need := k.marks(from)
	for i := 0; i <= from; i++ {
		if p := k.v[i]; need[i] && p.g != nil {
			clear(p.g)
		}
	}
	if k.v[from].g == nil {
		return
	}
	k.v[from].g[0] = 1
	for i := from; i >= 0; i-- {
		if p := k.v[i]; need[i] && len(p.child) > 0 {
			p.backward()
		}
	}
}

// switchTrain turns the dropout switches to training or evaluation.
func (k *kannNet) switchTrain(train bool) {
	v := int32(0)
	if train {
		v = 1
	}
	for _, p := range k.v {
		if p.op == opSelect && len(p.child) == 2 {
			binary.LittleEndian.PutUint32(p.ptr, uint32(v))
		}
	}
}

// apply computes the output for one input row.
func (k *kannNet) apply(in []float32, out int) ([]float32, error) {
	if err := k.setBatch(1); err != nil {
		return nil, err
	}
	k.bindFeed(kannIn, in)
	return k.evalAt(out), nil
}

// shuffle is kann's Fisher-Yates shuffle over the global generator.
func shuffle(rng *kadRNG, s []int) {
	for i := range s {
		s[i] = i
	}
	for i := len(s); i > 0; i-- {
		j := int(float64(i) * rng.drand())
		s[j], s[i-1] = s[i-1], s[j]
	}
}

// trainParams are the parameters of train1.
type trainParams struct {
	lr            float32
	miniSize      int
	maxEpoch      int
	maxDropStreak int
	fracVal       float32
	cb            func(epoch int, trainCost, valCost float32)
}

// train fits the network to the rows x -> y as kann_train_fnn1 does
// (RMSprop over shuffled minibatches, the best weights of the validation
// fraction kept) and returns the number of epochs run.
func (k *kannNet) train(rng *kadRNG, p trainParams, xs, ys [][]float32) int {
	nIn, nOut := k.feedDim(kannIn), k.feedDim(kannTruth)
	n := len(xs)
	shuf := make([]int, n)
	r := make([]float32, len(k.x))
	shuffle(rng, shuf)
	x, y := make([][]float32, n), make([][]float32, n)
	for j := range n {
		x[j], y[j] = xs[shuf[j]], ys[shuf[j]]
	}
	nVal := int(float32(n) * p.fracVal)
	nTrain := n - nVal
	x1 := make([]float32, nIn*p.miniSize)
	y1 := make([]float32, nOut*p.miniSize)
	k.bindFeed(kannIn, x1)
	k.bindFeed(kannTruth, y1)
	costAt := k.find(kannCost)
	var minX, minC []float32
	minVal := float32(math.MaxFloat32)
	dropStreak := 0
	batch := func(rows []int, from int, train bool) float64 {
		ms := len(rows)
		for b, row := range rows {
			copy(x1[b*nIn:], x[from+row][:nIn])
			copy(y1[b*nOut:], y[from+row][:nOut])
		}
		if k.setBatch(int32(ms)) != nil {
			return math.NaN()
		}
		k.bindFeed(kannIn, x1[:nIn*ms])
		k.bindFeed(kannTruth, y1[:nOut*ms])
		cost := k.evalAt(costAt)[0]
		if train {
			k.grad(costAt)
		}
		return float64(cost) * float64(ms)
	}
	epoch := 0
	for ; epoch < p.maxEpoch; epoch++ {
		var trainCost, valCost float64
		shuffle(rng, shuf[:nTrain])
		k.switchTrain(true)
		for done := 0; done < nTrain; {
			ms := min(nTrain-done, p.miniSize)
			trainCost += batch(shuf[done:done+ms], 0, true)
			rmsprop(p.lr, 0.9, k.g, k.x, r)
			done += ms
		}
		trainCost /= float64(nTrain)
		k.switchTrain(false)
		for done := 0; done < nVal; {
			ms := min(nVal-done, p.miniSize)
			rows := make([]int, ms)
			for b := range rows {
				rows[b] = done + b
			}
			valCost += batch(rows, nTrain, false)
			done += ms
		}
		if nVal > 0 {
			valCost /= float64(nVal)
		}
		if p.cb != nil {
			p.cb(epoch+1, float32(trainCost), float32(valCost))
		}
		if epoch >= p.maxDropStreak && nVal > 0 {
			if valCost < float64(minVal) {
				minX, minC = append(minX[:0], k.x...), append(minC[:0], k.c...)
				dropStreak = 0
				minVal = float32(valCost)
			} else if dropStreak++; dropStreak >= p.maxDropStreak {
				break
			}
		}
	}
	if minX != nil {
		copy(k.x, minX)
		copy(k.c, minC)
	}
	return epoch
}

// rmsprop is one RMSprop step (gol_rmsprop).
func rmsprop(lr, decay float32, g, t, r []float32) {
	if len(t) == 0 {
		return
	}
	C.gol_rmsprop(C.int(len(t)), C.float(lr), C.float(decay), (*C.float)(unsafe.Pointer(&g[0])),
		(*C.float)(unsafe.Pointer(&t[0])), (*C.float)(unsafe.Pointer(&r[0])))
}

// kannMagic starts kann's files.
const kannMagic = "KAN\x01"

// save writes the network in kann's format: the nodes, then the values
// of the variables and of the constants.
func (k *kannNet) save(w io.Writer) error {
	k.setBatch(1)
	index := k.positions()
	b := []byte(kannMagic)
	le := binary.LittleEndian
	b = le.AppendUint32(b, uint32(len(k.v)))
	for _, p := range k.v {
		b = le.AppendUint32(b, uint32(p.extLabel))
		b = le.AppendUint32(b, p.extFlag)
		b = append(b, p.flag)
		b = le.AppendUint32(b, uint32(len(p.child)))
		if len(p.child) == 0 {
			b = append(b, byte(p.nd))
			for i := 0; i < p.nd; i++ {
				b = le.AppendUint32(b, uint32(p.d[i]))
			}
			continue
		}
		b = le.AppendUint16(b, p.op)
		for _, c := range p.child {
			b = le.AppendUint32(b, uint32(index[c]))
		}
		pre := -1
		if p.pre != nil {
			pre = index[p.pre]
		}
		b = le.AppendUint32(b, uint32(pre))
		if p.rng != nil {
			p.rng.encode(p.ptr)
		}
		b = le.AppendUint32(b, uint32(len(p.ptr)))
		b = append(b, p.ptr...)
	}
	for _, v := range [][]float32{k.x, k.c} {
		for _, f := range v {
			b = le.AppendUint32(b, math.Float32bits(f))
		}
	}
	_, err := w.Write(b)
	return err
}

// errKannFormat is a file that is not a network kann wrote, or one using
// operators this implementation lacks.
var errKannFormat = errors.New("kann: bad network data")

// loadKann reads a network in kann's format; data missing at the end
// reads as zeros, as kann reads a short file.
func loadKann(data []byte) (*kannNet, error) {
	if len(data) < 4 || string(data[:4]) != kannMagic {
		return nil, errKannFormat
	}
	r := kannReader{b: data[4:]}
	n := int(int32(r.u32()))
	if n <= 0 || n > len(data) {
		return nil, errKannFormat
	}
	k := &kannNet{v: make([]*kadNode, 0, n)}
	for range n {
		p := &kadNode{extLabel: int32(r.u32()), extFlag: r.u32(), flag: r.u8()}
		nChild := int(int32(r.u32()))
		if nChild < 0 || nChild > len(k.v) {
			return nil, errKannFormat
		}
		if nChild == 0 {
			p.nd = int(r.u8())
			if p.nd > kadMaxDim {
				return nil, errKannFormat
			}
			for i := 0; i < p.nd; i++ {
				p.d[i] = int32(r.u32())
			}
			if !p.sane() {
				return nil, errKannFormat
			}
			k.v = append(k.v, p)
			continue
		}
		p.op = r.u16()
		p.child = make([]*kadNode, nChild)
		for j := range p.child {
			c := int(int32(r.u32()))
			if c < 0 || c >= len(k.v) {
				return nil, errKannFormat
			}
			p.child[j] = k.v[c]
		}
		if pre := int(int32(r.u32())); pre >= 0 {
			if pre >= len(k.v) {
				return nil, errKannFormat
			}
			p.pre = k.v[pre]
		}
		size := int(int32(r.u32()))
		if size < 0 || size > len(r.b) {
			return nil, errKannFormat
		}
		p.ptr = append([]byte(nil), r.bytes(size)...)
		if err := p.checkLoaded(); err != nil {
			return nil, err
		}
		if err := p.syncDim(); err != nil {
			return nil, err
		}
		if !p.sane() {
			return nil, errKannFormat
		}
		k.v = append(k.v, p)
	}
	k.markBack()
	nVar, nConst := k.sizes()
	if nVar+nConst > len(data) {
		return nil, errKannFormat
	}
	k.x, k.g, k.c = r.floats(nVar), make([]float32, nVar), r.floats(nConst)
	k.bind()
	k.allocate()
	return k, nil
}

// checkLoaded checks the parameters of a loaded operator.
func (p *kadNode) checkLoaded() error {
	switch p.op {
	case opSelect:
		if len(p.ptr) != 4 {
			return errKannFormat
		}
	case opDropout:
		if len(p.ptr) != kadRNGSize || len(p.child) != 2 {
			return errKannFormat
		}
		p.rng = decodeKadRNG(p.ptr)
	}
	switch p.op {
	case opAdd, opSub, opMul, opCmul, opMatmul, opMSE, opCEBin, opCEBinNeg, opCEMulti:
		if len(p.child) != 2 {
			return errKannFormat
		}
	case opSquare, opSigm, opTanh, opRelu, opGelu, op1Minus, opExp, opLog, opSin, opSoftmax, opStdnorm:
		if len(p.child) != 1 {
			return errKannFormat
		}
	}
	return nil
}

// kannReader reads little-endian values, zeros past the end.
type kannReader struct{ b []byte }

func (r *kannReader) bytes(n int) []byte {
	out := make([]byte, n)
	copy(out, r.b)
	r.b = r.b[min(n, len(r.b)):]
	return out
}

func (r *kannReader) u8() uint8   { return r.bytes(1)[0] }
func (r *kannReader) u16() uint16 { return binary.LittleEndian.Uint16(r.bytes(2)) }
func (r *kannReader) u32() uint32 { return binary.LittleEndian.Uint32(r.bytes(4)) }

func (r *kannReader) floats(n int) []float32 {
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(r.u32())
	}
	return out
}

// mergeWeights sets the variables to (1-alpha)*own + alpha*other's.
func (k *kannNet) mergeWeights(other *kannNet, alpha float32) bool {
	if len(k.x) != len(other.x) {
		return false
	}
	for i := range k.x {
		k.x[i] = (1-alpha)*k.x[i] + alpha*other.x[i]
	}
	return true
}

// compatible reports whether two networks have as many variables and the
// same input and output sizes.
func (k *kannNet) compatible(other *kannNet) bool {
	return len(k.x) == len(other.x) && k.feedDim(kannIn) == other.feedDim(kannIn) &&
		k.feedDim(kannTruth) == other.feedDim(kannTruth)
}
