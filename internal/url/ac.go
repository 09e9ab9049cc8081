package url

import "sort"

// acAutomaton is an Aho-Corasick automaton over bytes with ASCII case
// folding. It reports, for every end position, the patterns ending there
// from the longest to the shortest, like upstream's ACISM matcher; of
// identical patterns the last one added wins.
type acAutomaton struct {
	nodes []acNode
	// lens holds the length of every pattern id.
	lens []int
	// dense holds the transitions of the nodes with many edges (the root
	// and the TLD dot) as full tables, indexed by acNode.dense.
	dense [][256]int32
}

type acNode struct {
	// edges are the goto transitions sorted by byte.
	edges []acEdge
	fail  int32
	// out is the pattern id ending at this node, -1 for none.
	out int32
	// dict is the nearest node on the failure chain with an output, -1.
	dict int32
	// dense is the index of the node's full transition table, -1 if none.
	dense int32
}

// denseEdges is the number of edges from which a node gets a full table.
const denseEdges = 12

type acEdge struct {
	b    byte
	next int32
}

func (a *acAutomaton) child(n *acNode, b byte) int32 {
	if n.dense >= 0 {
		return a.dense[n.dense][b]
	}
	return n.child(b)
}

func (n *acNode) child(b byte) int32 {
	e := n.edges
	// Nodes have few edges: a linear scan beats binary search here.
	if len(e) <= 8 {
		for i := range e {
			if e[i].b == b {
				return e[i].next
			}
		}
		return -1
	}
	i := sort.Search(len(e), func(i int) bool { return e[i].b >= b })
	if i < len(e) && e[i].b == b {
		return e[i].next
	}
	return -1
}

// newAutomaton builds the automaton of patterns; ids are slice indexes.
func newAutomaton(patterns [][]byte) *acAutomaton {
	a := &acAutomaton{lens: make([]int, len(patterns))}
	a.nodes = append(a.nodes, acNode{out: -1, dict: -1, dense: -1})
	for id, p := range patterns {
		a.lens[id] = len(p)
		cur := int32(0)
		for _, b := range p {
			b = asciiLower(b)
			next := a.nodes[cur].child(b)
			if next < 0 {
				next = int32(len(a.nodes))
				a.nodes = append(a.nodes, acNode{out: -1, dict: -1, dense: -1})
				n := &a.nodes[cur]
				i := sort.Search(len(n.edges), func(i int) bool { return n.edges[i].b >= b })
				n.edges = append(n.edges, acEdge{})
				copy(n.edges[i+1:], n.edges[i:])
				n.edges[i] = acEdge{b: b, next: next}
			}
			cur = next
		}
		if len(p) > 0 {
			a.nodes[cur].out = int32(id)
		}
	}
	for i := range a.nodes {
		n := &a.nodes[i]
		if i != 0 && len(n.edges) < denseEdges {
			continue
		}
		var t [256]int32
		for j := range t {
			t[j] = -1
		}
		for _, e := range n.edges {
			t[e.b] = e.next
		}
		n.dense = int32(len(a.dense))
		a.dense = append(a.dense, t)
	}
	// Breadth first failure links.
	queue := make([]int32, 0, len(a.nodes))
	for _, e := range a.nodes[0].edges {
		a.nodes[e.next].fail = 0
		queue = append(queue, e.next)
	}
	for qi := 0; qi < len(queue); qi++ {
		cur := queue[qi]
		for _, e := range a.nodes[cur].edges {
			f := a.nodes[cur].fail
			for {
				if nx := a.nodes[f].child(e.b); nx >= 0 && nx != e.next {
					a.nodes[e.next].fail = nx
					break
				}
				if f == 0 {
					a.nodes[e.next].fail = 0
					break
				}
				f = a.nodes[f].fail
			}
			fl := a.nodes[e.next].fail
			if a.nodes[fl].out >= 0 {
				a.nodes[e.next].dict = fl
			} else {
				a.nodes[e.next].dict = a.nodes[fl].dict
			}
			queue = append(queue, e.next)
		}
	}
	return a
}

// scan calls cb(id, start, end) for every match in text, end-ordered and
// longest first for a given end; a non-zero return stops the scan and is
// returned.
func (a *acAutomaton) scan(text []byte, cb func(id, start, end int) int) int {
	cur := int32(0)
	for i := 0; i < len(text); i++ {
		b := asciiLower(text[i])
		for {
			if nx := a.child(&a.nodes[cur], b); nx >= 0 {
				cur = nx
				break
			}
			if cur == 0 {
				break
			}
			cur = a.nodes[cur].fail
		}
		n := cur
		if a.nodes[n].out < 0 {
			n = a.nodes[n].dict
		}
		for n > 0 {
			id := int(a.nodes[n].out)
			if r := cb(id, i+1-a.lens[id], i+1); r != 0 {
				return r
			}
			n = a.nodes[n].dict
		}
	}
	return 0
}
