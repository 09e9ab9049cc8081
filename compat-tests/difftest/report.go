package difftest

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// report collects the differences of a run and prints them.
type report struct {
	la, lb string // the labels of sources A and B
	result Result
	// lines holds the printed differences, message by message.
	lines []string
	// symbols counts, per symbol and per column of the symbol table, the
	// messages with such a difference.
	symbols map[string]*[numColumns]int
	// others counts the messages with each non-symbol difference
	// ("action", "score", "field milter", "error").
	others map[string]int
}

// The columns of the per-symbol table.
const (
	colOnlyA = iota
	colOnlyB
	colScore
	colOptions
	colOther
	numColumns
)

var symbolColumn = map[Kind]int{
	KindOnlyA: colOnlyA, KindOnlyB: colOnlyB, KindSymScore: colScore, KindSymOptions: colOptions, KindSymField: colOther,
}

func newReport(la, lb string) *report {
	return &report{la: la, lb: lb, symbols: map[string]*[numColumns]int{}, others: map[string]int{}}
}

// add records the differences of one message.
func (r *report) add(name string, diffs []Diff) {
	r.result.Messages++
	if len(diffs) == 0 {
		r.result.Identical++
		return
	}
	r.result.Differ++
	r.lines = append(r.lines, "--- "+name)
	seenSym := map[string]bool{}
	seenOther := map[string]bool{}
	for _, d := range diffs {
		r.lines = append(r.lines, "  "+r.describe(d))
		if col, ok := symbolColumn[d.Kind]; ok {
			key := fmt.Sprint(d.Symbol, "\x00", col)
			if !seenSym[key] {
				seenSym[key] = true
				if r.symbols[d.Symbol] == nil {
					r.symbols[d.Symbol] = new([numColumns]int)
				}
				r.symbols[d.Symbol][col]++
			}
			continue
		}
		key := string(d.Kind)
		if d.Kind == KindField {
			key += " " + d.Field
		}
		if !seenOther[key] {
			seenOther[key] = true
			r.others[key]++
		}
	}
}

// describe renders one difference as a line.
func (r *report) describe(d Diff) string {
	switch d.Kind {
	case KindAction, KindScore:
		return fmt.Sprintf("%s: %s %s, %s %s", d.Kind, r.la, d.A, r.lb, d.B)
	case KindField:
		return fmt.Sprintf("field %s: %s %s, %s %s", d.Field, r.la, d.A, r.lb, d.B)
	case KindOnlyA:
		return fmt.Sprintf("symbol %s: only in %s (%s)", d.Symbol, r.la, d.A)
	case KindOnlyB:
		return fmt.Sprintf("symbol %s: only in %s (%s)", d.Symbol, r.lb, d.B)
	case KindSymScore:
		return fmt.Sprintf("symbol %s: score %s %s, %s %s", d.Symbol, r.la, d.A, r.lb, d.B)
	case KindSymOptions:
		return fmt.Sprintf("symbol %s: options %s %s, %s %s", d.Symbol, r.la, d.A, r.lb, d.B)
	case KindSymField:
		return fmt.Sprintf("symbol %s: %s %s %s, %s %s", d.Symbol, d.Field, r.la, d.A, r.lb, d.B)
	default:
		return fmt.Sprintf("error: %s", d.A)
	}
}

// write prints the differences, the tables and the summary line.
func (r *report) write(w io.Writer) {
	for _, l := range r.lines {
		fmt.Fprintln(w, l)
	}
	if len(r.symbols) > 0 {
		names := make([]string, 0, len(r.symbols))
		width := len("symbol")
		for n := range r.symbols {
			names = append(names, n)
			width = max(width, len(n))
		}
		sort.Strings(names)
		heads := [numColumns]string{"only-" + r.la, "only-" + r.lb, "score", "options", "other"}
		fmt.Fprintf(w, "\nmismatches per symbol (messages):\n  %-*s", width, "symbol")
		for _, h := range heads {
			fmt.Fprintf(w, " %*s", max(len(h), 5), h)
		}
		fmt.Fprintln(w)
		for _, n := range names {
			fmt.Fprintf(w, "  %-*s", width, n)
			for c, h := range heads {
				fmt.Fprintf(w, " %*d", max(len(h), 5), r.symbols[n][c])
			}
			fmt.Fprintln(w)
		}
	}
	if len(r.others) > 0 {
		keys := make([]string, 0, len(r.others))
		for k := range r.others {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s %d", k, r.others[k])
		}
		fmt.Fprintf(w, "\nother mismatches (messages): %s\n", strings.Join(parts, ", "))
	}
	fmt.Fprintf(w, "%d messages: %d identical, %d differ\n", r.result.Messages, r.result.Identical, r.result.Differ)
}
