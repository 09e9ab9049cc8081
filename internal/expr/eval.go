package expr

import (
	"math"
	"strconv"
	"strings"
)

// Flags change how an expression is evaluated.
type Flags int

// NoOpt evaluates every operand: no short-circuit of `&`, `|` and of sums
// compared with a number. Composites evaluate with it.
const NoOpt Flags = 1

// epsilon is DBL_EPSILON: values within it of zero are false.
const epsilon = 2.220446049250313e-16

// setPriorities computes the priority of every node below n: atoms
// MaxPriority minus their Config.Priority, numbers 0, operators the sum of
// their operands'.
func (e *Expr) setPriorities(n *Node) {
	switch n.kind {
	case nodeLimit:
		n.priority = 0
	case nodeAtom:
		n.priority = MaxPriority
		if e.priority != nil {
			n.priority -= e.priority(n.atom)
		}
	default:
		sum := 0
		for _, c := range n.children {
			e.setPriorities(c)
			sum += c.priority
		}
		n.priority = sum
	}
}

// compareOperands orders the operands of a logical operator: lower
// priority first, numbers last. rspamd also weighs atoms by their hit rate
// and run time, but it clears the hit counts before every sort, so atoms
// of equal priority always compare equal.
func compareOperands(a, b *Node) int {
	if a.kind == nodeLimit {
		return 1
	}
	if b.kind == nodeLimit {
		return -1
	}
	if a.kind == nodeAtom && b.kind == nodeAtom && a.priority == b.priority {
		return 0
	}
	return a.priority - b.priority
}

// mergeSort sorts nodes as utlist's DL_SORT does (bottom-up merge sort,
// the left run winning ties); compareOperands is not a consistent order
// for two numbers, so the exact algorithm matters.
func mergeSort(nodes []*Node) {
	n := len(nodes)
	if n < 2 {
		return
	}
	buf := make([]*Node, n)
	for size := 1; size < n; size *= 2 {
		out := buf[:0]
		for lo := 0; lo < n; lo += 2 * size {
			mid := min(lo+size, n)
			hi := min(lo+2*size, n)
			i, j := lo, mid
			for i < mid || j < hi {
				if j == hi || (i < mid && compareOperands(nodes[i], nodes[j]) <= 0) {
					out = append(out, nodes[i])
					i++
				} else {
					out = append(out, nodes[j])
					j++
				}
			}
		}
		copy(nodes, out)
	}
}

func resortNode(n *Node) {
	for _, c := range n.children {
		resortNode(c)
	}
	if n.kind == nodeOp && n.op.logical() {
		mergeSort(n.children)
	}
}

// reorder sets the priorities and puts cheaper operands of logical
// operators first.
func (e *Expr) reorder() {
	e.setPriorities(e.root)
	resortNode(e.root)
}

// threshold is what a sum is compared with, for stopping it early.
type threshold struct {
	set   bool
	op    Op
	value float64
}

type evalState struct {
	value func(*Atom) float64
	flags Flags
	trace *[]*Atom
	th    threshold
}

// done reports whether the rest of an n-ary operator's operands cannot
// change its result.
func (st *evalState) done(op Op, acc float64) bool {
	switch op {
	case OpAnd:
		return acc == 0
	case OpOr:
		return acc != 0
	case OpPlus, OpMult:
		if !st.th.set {
			return false
		}
		switch st.th.op {
		case OpGE, OpLT:
			return acc >= st.th.value
		case OpGT, OpLE, OpEQ, OpNE:
			return acc > st.th.value
		}
	}
	return false
}

func naryOp(op Op, val, acc float64) float64 {
	if math.IsNaN(acc) {
		return val
	}
	switch op {
	case OpPlus:
		return acc + val
	case OpMult:
		return acc * val
	case OpAnd:
		return boolValue(math.Abs(acc) > epsilon && math.Abs(val) > epsilon)
	default: // OpOr
		return boolValue(math.Abs(acc) > epsilon || math.Abs(val) > epsilon)
	}
}

func binaryOp(op Op, a, b float64) float64 {
	switch op {
	case OpMinus:
		return a - b
	case OpDivide:
		return a / b
	case OpGE:
		return boolValue(a >= b)
	case OpGT:
		return boolValue(a > b)
	case OpLE:
		return boolValue(a <= b)
	case OpLT:
		return boolValue(a < b)
	case OpEQ:
		return boolValue(a == b)
	default: // OpNE
		return boolValue(a != b)
	}
}

func boolValue(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (st *evalState) eval(n *Node) float64 {
	switch n.kind {
	case nodeAtom:
		v := st.value(n.atom)
		if math.Abs(v) > epsilon && st.trace != nil {
			*st.trace = append(*st.trace, n.atom)
		}
		return v
	case nodeLimit:
		return n.limit
	}

	switch {
	case n.op.nary():
		acc := math.NaN()
		for _, c := range n.children {
			acc = naryOp(n.op, st.eval(c), acc)
			if st.flags&NoOpt == 0 && st.done(n.op, acc) {
				return acc
			}
		}
		return acc
	case n.op.unary():
		if math.Abs(st.eval(n.children[0])) > epsilon {
			return 0
		}
		return 1
	case n.op.comparison():
		// A sum compared with a number may stop as soon as its result is
		// decided; the threshold holds for every sum below this node.
		saved := st.th
		st.th = threshold{}
		if l, r := n.children[0], n.children[1]; l.kind == nodeOp && l.op.arithmetic() && l.op.nary() && r.kind == nodeLimit {
			st.th = threshold{set: true, op: n.op, value: r.limit}
		}
		a := st.eval(n.children[0])
		b := st.eval(n.children[1])
		st.th = saved
		return binaryOp(n.op, a, b)
	default:
		a := st.eval(n.children[0])
		b := st.eval(n.children[1])
		return binaryOp(n.op, a, b)
	}
}

// Process evaluates the expression, taking the value of each atom from
// value; an atom is true when its value is not within DBL_EPSILON of 0.
func (e *Expr) Process(value func(*Atom) float64, flags Flags) float64 {
	return e.process(value, flags, nil)
}

// ProcessTraced evaluates the expression like Process and also returns the
// atoms that were true, in the order they were evaluated.
func (e *Expr) ProcessTraced(value func(*Atom) float64, flags Flags) (float64, []*Atom) {
	trace := []*Atom{}
	res := e.process(value, flags, &trace)
	return res, trace
}

func (e *Expr) process(value func(*Atom) float64, flags Flags, trace *[]*Atom) float64 {
	e.evals++
	st := evalState{value: value, flags: flags, trace: trace}
	res := st.eval(e.root)
	if e.evals%e.nextResort == 0 {
		e.nextResort = resortInterval()
		e.reorder()
	}
	return res
}

// String returns the expression in postfix form as rspamd_expression's
// to_string shows it: atoms in parentheses, operators with their operand
// count when it is more than two, e.g. `(A) (B) (C) &(3) 1 >`.
func (e *Expr) String() string {
	var b strings.Builder
	walk(e.root, func(n *Node) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		switch n.kind {
		case nodeAtom:
			b.WriteByte('(')
			b.WriteString(n.atom.Text)
			b.WriteByte(')')
		case nodeLimit:
			b.WriteString(formatLimit(n.limit))
		default:
			b.WriteString(n.op.String())
			if len(n.children) > 2 {
				b.WriteByte('(')
				b.WriteString(strconv.Itoa(len(n.children)))
				b.WriteByte(')')
			}
		}
	})
	return b.String()
}

// walk visits the nodes below n in post order.
func walk(n *Node, visit func(*Node)) {
	for _, c := range n.children {
		walk(c, visit)
	}
	visit(n)
}

// AtomNodes returns the nodes of the atoms in post order: the order of
// Atoms, with access to the tree around each atom.
func (e *Expr) AtomNodes() []*Node {
	var res []*Node
	walk(e.root, func(n *Node) {
		if n.kind == nodeAtom {
			res = append(res, n)
		}
	})
	return res
}

// Atoms returns the atoms in post order, as rspamd_expression's atoms()
// lists them (after reordering, so not always in the order of the line).
func (e *Expr) Atoms() []*Atom {
	nodes := e.AtomNodes()
	res := make([]*Atom, len(nodes))
	for i, n := range nodes {
		res[i] = n.atom
	}
	return res
}
