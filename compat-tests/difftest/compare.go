package difftest

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
)

// ScoreTolerance is how far two scores (the message's or a symbol's) may be
// apart and still count as equal.
const ScoreTolerance = 0.01

// timeFields are the reply fields that measure time and differ from run to
// run; they are never compared.
var timeFields = map[string]bool{"time_real": true, "time_virtual": true, "scan_time": true}

// timeOptionSymbols are the symbols whose options measure time: the hours
// between the message's Date and the scan. Their options are not compared
// (their presence and score are).
var timeOptionSymbols = map[string]bool{"DATE_IN_PAST": true, "DATE_IN_FUTURE": true}

// Reply is a parsed /checkv2 reply, reduced to what is compared.
type Reply struct {
	Action  string
	Score   float64
	Symbols map[string]Symbol
	// Fields holds every other top-level field (except timeFields) as
	// canonical JSON (objects with sorted keys).
	Fields map[string]string
}

// Symbol is one symbol of a reply.
type Symbol struct {
	Score   float64
	Options []string
	// Fields holds the symbol's other fields (metric_score, description,
	// ...) as canonical JSON; "name" is left out, being the key already.
	Fields map[string]string
}

// rawReply and rawSymbol are the JSON forms; fields that are absent stay nil
// so that "missing" and "zero" can be told apart.
type rawReply struct {
	Action  *string              `json:"action"`
	Score   *float64             `json:"score"`
	Symbols map[string]rawSymbol `json:"symbols"`
}

type rawSymbol struct {
	Score   *float64 `json:"score"`
	Options []string `json:"options"`
}

// ParseReply parses a /checkv2 reply. A reply without action or score (an
// error reply, say) parses, with the missing field in Fields as "null" so
// that it is compared.
func ParseReply(data []byte) (*Reply, error) {
	var raw rawReply
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("reply: %w", err)
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, fmt.Errorf("reply: %w", err)
	}
	r := &Reply{Symbols: map[string]Symbol{}, Fields: map[string]string{}}
	for k, v := range all {
		switch {
		case timeFields[k]:
		case k == "action" && raw.Action != nil:
			r.Action = *raw.Action
		case k == "score" && raw.Score != nil:
			r.Score = *raw.Score
		case k == "symbols":
			if err := r.parseSymbols(raw.Symbols, v); err != nil {
				return nil, err
			}
		default:
			c, err := canonical(v)
			if err != nil {
				return nil, fmt.Errorf("reply: field %s: %w", k, err)
			}
			r.Fields[k] = c
		}
	}
	for _, k := range []string{"action", "score"} {
		if _, ok := all[k]; !ok {
			r.Fields[k] = "null"
		}
	}
	return r, nil
}

func (r *Reply) parseSymbols(syms map[string]rawSymbol, data json.RawMessage) error {
	var all map[string]map[string]json.RawMessage
	if err := json.Unmarshal(data, &all); err != nil {
		return fmt.Errorf("reply: symbols: %w", err)
	}
	for name, fields := range all {
		s := Symbol{Options: syms[name].Options, Fields: map[string]string{}}
		if timeOptionSymbols[name] {
			s.Options = nil
		}
		if sc := syms[name].Score; sc != nil {
			s.Score = *sc
		} else {
			s.Fields["score"] = "null"
		}
		for k, v := range fields {
			if k == "name" || k == "score" || k == "options" {
				continue
			}
			c, err := canonical(v)
			if err != nil {
				return fmt.Errorf("reply: symbol %s: %s: %w", name, k, err)
			}
			s.Fields[k] = c
		}
		r.Symbols[name] = s
	}
	return nil
}

// canonical re-encodes JSON with object keys sorted and no spaces; numbers
// are compared by value (15 and 15.0 are the same).
func canonical(v json.RawMessage) (string, error) {
	var x any
	if err := json.Unmarshal(v, &x); err != nil {
		return "", err
	}
	out, err := json.Marshal(x)
	return string(out), err
}

// Kind classifies a difference.
type Kind string

// The kinds of difference.
const (
	KindAction     Kind = "action"      // the actions differ
	KindScore      Kind = "score"       // the scores differ by more than ScoreTolerance
	KindField      Kind = "field"       // another top-level field differs
	KindOnlyA      Kind = "only-a"      // a symbol only the first source has
	KindOnlyB      Kind = "only-b"      // a symbol only the second source has
	KindSymScore   Kind = "sym-score"   // a symbol's scores differ by more than ScoreTolerance
	KindSymOptions Kind = "sym-options" // a symbol's options differ (as multisets: order does not count)
	KindSymField   Kind = "sym-field"   // another field of a symbol differs
	KindError      Kind = "error"       // a source gave no usable reply
)

// Diff is one difference between two replies for the same message.
type Diff struct {
	Kind   Kind
	Symbol string // the symbol, for the sym-* and only-* kinds
	Field  string // the field, for KindField and KindSymField
	A, B   string // the two values as printed (A alone for KindOnlyA, B for KindOnlyB, A for KindError)
}

// Compare returns the differences between the replies a and b, sorted:
// action, score, fields, then symbols by name.
func Compare(a, b *Reply) []Diff {
	var diffs []Diff
	if a.Action != b.Action {
		diffs = append(diffs, Diff{Kind: KindAction, A: strconv.Quote(a.Action), B: strconv.Quote(b.Action)})
	}
	if !scoresEqual(a.Score, b.Score) {
		diffs = append(diffs, Diff{Kind: KindScore, A: formatScore(a.Score), B: formatScore(b.Score)})
	}
	diffs = append(diffs, compareFields(a.Fields, b.Fields, func(k, va, vb string) Diff {
		return Diff{Kind: KindField, Field: k, A: va, B: vb}
	})...)
	for _, name := range unionKeys(a.Symbols, b.Symbols) {
		sa, inA := a.Symbols[name]
		sb, inB := b.Symbols[name]
		switch {
		case !inB:
			diffs = append(diffs, Diff{Kind: KindOnlyA, Symbol: name, A: sa.summary()})
		case !inA:
			diffs = append(diffs, Diff{Kind: KindOnlyB, Symbol: name, B: sb.summary()})
		default:
			if !scoresEqual(sa.Score, sb.Score) {
				diffs = append(diffs, Diff{Kind: KindSymScore, Symbol: name, A: formatScore(sa.Score), B: formatScore(sb.Score)})
			}
			if !sameOptions(sa.Options, sb.Options) {
				diffs = append(diffs, Diff{Kind: KindSymOptions, Symbol: name, A: formatOptions(sa.Options), B: formatOptions(sb.Options)})
			}
			diffs = append(diffs, compareFields(sa.Fields, sb.Fields, func(k, va, vb string) Diff {
				return Diff{Kind: KindSymField, Symbol: name, Field: k, A: va, B: vb}
			})...)
		}
	}
	return diffs
}

// compareFields compares two maps of canonical JSON values; a missing value
// shows as "(absent)".
func compareFields(a, b map[string]string, mk func(k, va, vb string) Diff) []Diff {
	var diffs []Diff
	for _, k := range unionKeys(a, b) {
		va, inA := a[k]
		vb, inB := b[k]
		if inA && inB && va == vb {
			continue
		}
		if !inA {
			va = "(absent)"
		}
		if !inB {
			vb = "(absent)"
		}
		diffs = append(diffs, mk(k, va, vb))
	}
	return diffs
}

func unionKeys[V any](a, b map[string]V) []string {
	keys := make([]string, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func scoresEqual(a, b float64) bool {
	// The slack absorbs binary rounding of values such as 0.01 itself.
	return math.Abs(a-b) <= ScoreTolerance+1e-9
}

func formatScore(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// sameOptions reports whether two option lists hold the same options,
// counting repeats but not order: rspamd's order is not stable for every
// symbol (options gathered by iterating a Lua table, such as a SURBL hit
// found both in the MIME From and the SMTP From, come in either order from
// one rspamd process to the next).
func sameOptions(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	sa, sb := slices.Clone(a), slices.Clone(b)
	slices.Sort(sa)
	slices.Sort(sb)
	return slices.Equal(sa, sb)
}

func formatOptions(opts []string) string {
	if opts == nil {
		opts = []string{}
	}
	out, _ := json.Marshal(opts) // a []string always encodes
	return string(out)
}

func (s Symbol) summary() string {
	out := "score " + formatScore(s.Score)
	if len(s.Options) > 0 {
		out += ", options " + formatOptions(s.Options)
	}
	return out
}
