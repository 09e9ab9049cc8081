package admin

import "strings"

// Suggest returns the command names and aliases "Invalid command name"
// suggests for input, in listing order: a command's name when it is
// close to input, otherwise each of its aliases that is.
func (s *Session) Suggest(input string) []string {
	var out []string
	for _, c := range s.Commands {
		if closeName(c.Name, input) {
			out = append(out, c.Name)
			continue
		}
		for _, a := range c.Aliases {
			if closeName(a, input) {
				out = append(out, a)
			}
		}
	}
	return out
}

// closeName reports whether name is one edit (insertion, deletion,
// substitution or transposition of adjacent bytes) away from input, or
// one of them strictly contains the other.
func closeName(name, input string) bool {
	switch {
	case distance(name, input) == 1:
		return true
	case len(name) > len(input):
		return strings.Contains(name, input)
	case len(input) > len(name):
		return strings.Contains(input, name)
	}
	return false
}

// distance is the edit distance upstream uses (optimal string alignment
// over bytes: insertions, deletions, substitutions and transpositions of
// adjacent bytes cost 1).
func distance(a, b string) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	// rows[0] is the row two steps back, rows[1] the previous one and
	// rows[2] the current one; all are indexed by position in a.
	rows := [3][]int{make([]int, len(a)+1), make([]int, len(a)+1), make([]int, len(a)+1)}
	for j := range rows[1] {
		rows[1][j] = j
	}
	var lastB byte
	for i := 1; i <= len(b); i++ {
		cb := b[i-1]
		cur, prev, back := rows[2], rows[1], rows[0]
		cur[0] = i
		var lastA byte
		for j := 1; j <= len(a); j++ {
			ca := a[j-1]
			cost := 1
			if ca == cb {
				cost = 0
			}
			d := min(cur[j-1]+1, prev[j]+1, prev[j-1]+cost)
			if j >= 2 && ca == lastB && cb == lastA {
				d = min(d, back[j-2]+cost)
			}
			cur[j] = d
			lastA = ca
		}
		lastB = cb
		rows[0], rows[1], rows[2] = prev, cur, back
	}
	return rows[1][len(a)]
}
