package trie

import "sort"

// acTrie is an Aho-Corasick automaton over bytes with the reporting order
// of rspamd's ACISM: at each text position every pattern ending there is
// reported, longest first; of identical patterns only the last added one
// is reported; with caseless lookups the text (not the patterns) is
// lowercased in ASCII.
type acTrie struct {
	nodes []acNode
	// dense holds full transition tables (-1 for none) of the root and of
	// the nodes with at least denseEdges edges (the dot of a TLD set has
	// hundreds), indexed by acNode.dense.
	dense [][256]int32
}

// denseEdges is the number of edges from which a node gets a full table.
const denseEdges = 12

type acNode struct {
	edges []acEdge // sorted by byte
	fail  int32    // longest proper suffix that is a node
	out   int32    // nearest node on the fail chain that ends a pattern, or -1
	match int32    // pattern ending here, or -1
	dense int32    // index of the node's full table, or -1
}

type acEdge struct {
	b    byte
	next int32
}

func (n *acNode) next(b byte) int32 {
	e := n.edges
	if len(e) <= 8 {
		for i := range e {
			if e[i].b == b {
				return e[i].next
			}
		}
		return -1
	}
	lo, hi := 0, len(e)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if e[m].b < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(e) && e[lo].b == b {
		return e[lo].next
	}
	return -1
}

// next is the goto transition of node n on b, or -1.
func (t *acTrie) next(n int32, b byte) int32 {
	if d := t.nodes[n].dense; d >= 0 {
		return t.dense[d][b]
	}
	return t.nodes[n].next(b)
}

func newACTrie(pats []string) *acTrie {
	t := &acTrie{nodes: []acNode{{match: -1, out: -1, dense: -1}}}
	for i, p := range pats {
		if p == "" {
			continue
		}
		cur := int32(0)
		for j := 0; j < len(p); j++ {
			nx := t.nodes[cur].next(p[j])
			if nx < 0 {
				nx = int32(len(t.nodes))
				t.nodes = append(t.nodes, acNode{match: -1, out: -1, dense: -1})
				e := t.nodes[cur].edges
				k := sort.Search(len(e), func(k int) bool { return e[k].b >= p[j] })
				e = append(e, acEdge{})
				copy(e[k+1:], e[k:])
				e[k] = acEdge{b: p[j], next: nx}
				t.nodes[cur].edges = e
			}
			cur = nx
		}
		t.nodes[cur].match = int32(i)
	}
	for i := range t.nodes {
		n := &t.nodes[i]
		if i != 0 && len(n.edges) < denseEdges {
			continue
		}
		var tab [256]int32
		for b := range tab {
			tab[b] = -1
		}
		for _, e := range n.edges {
			tab[e.b] = e.next
		}
		n.dense = int32(len(t.dense))
		t.dense = append(t.dense, tab)
	}
	// Breadth-first: fail and output links.
	queue := make([]int32, 0, len(t.nodes))
	for _, e := range t.nodes[0].edges {
		queue = append(queue, e.next)
	}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, e := range t.nodes[u].edges {
			v := e.next
			f := t.nodes[u].fail
			for {
				if nx := t.next(f, e.b); nx >= 0 {
					t.nodes[v].fail = nx
					break
				}
				if f == 0 {
					t.nodes[v].fail = 0
					break
				}
				f = t.nodes[f].fail
			}
			fl := t.nodes[v].fail
			if t.nodes[fl].match >= 0 {
				t.nodes[v].out = fl
			} else {
				t.nodes[v].out = t.nodes[fl].out
			}
			queue = append(queue, v)
		}
	}
	return t
}

// lookup calls cb(pattern, end) for every match; a nonzero return stops
// the lookup and is returned.
func (t *acTrie) lookup(text []byte, caseless bool, cb func(pat, end int) int) int {
	nodes, dense := t.nodes, t.dense
	cur := int32(0)
	for i := 0; i < len(text); i++ {
		b := text[i]
		if caseless && b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		for {
			n := &nodes[cur]
			nx := int32(-1)
			if n.dense >= 0 {
				nx = dense[n.dense][b]
			} else {
				nx = n.next(b)
			}
			if nx >= 0 {
				cur = nx
				break
			}
			if cur == 0 {
				break
			}
			cur = n.fail
		}
		for n := cur; n > 0; n = nodes[n].out {
			if m := nodes[n].match; m >= 0 {
				if ret := cb(int(m), i+1); ret != 0 {
					return ret
				}
			}
		}
	}
	return 0
}
