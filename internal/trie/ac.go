package trie

import "sort"

// acTrie is an Aho-Corasick automaton over bytes with the reporting order
// of rspamd's ACISM: at each text position every pattern ending there is
// reported, longest first; of identical patterns only the last added one
// is reported; with caseless lookups the text (not the patterns) is
// lowercased in ASCII.
type acTrie struct {
	nodes []acNode
	root  [256]int32 // transitions from the root, -1 for none
}

type acNode struct {
	edges []acEdge // sorted by byte
	fail  int32    // longest proper suffix that is a node
	out   int32    // nearest node on the fail chain that ends a pattern, or -1
	match int32    // pattern ending here, or -1
	depth int32
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

func newACTrie(pats []string) *acTrie {
	t := &acTrie{nodes: []acNode{{match: -1, out: -1}}}
	for i, p := range pats {
		if p == "" {
			continue
		}
		cur := int32(0)
		for j := 0; j < len(p); j++ {
			nx := t.nodes[cur].next(p[j])
			if nx < 0 {
				nx = int32(len(t.nodes))
				t.nodes = append(t.nodes, acNode{match: -1, out: -1, depth: t.nodes[cur].depth + 1})
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
	for i := range t.root {
		t.root[i] = t.nodes[0].next(byte(i))
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
				if nx := t.nodes[f].next(e.b); nx >= 0 {
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
	cur := int32(0)
	for i := 0; i < len(text); i++ {
		b := text[i]
		if caseless && b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		for cur != 0 {
			if nx := t.nodes[cur].next(b); nx >= 0 {
				cur = nx
				break
			}
			cur = t.nodes[cur].fail
		}
		if cur == 0 {
			if nx := t.root[b]; nx >= 0 {
				cur = nx
			}
		}
		for n := cur; n > 0; n = t.nodes[n].out {
			if m := t.nodes[n].match; m >= 0 {
				if ret := cb(int(m), i+1); ret != 0 {
					return ret
				}
			}
		}
	}
	return 0
}
