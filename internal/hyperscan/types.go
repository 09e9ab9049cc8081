// Package hyperscan is a cgo binding of the parts of Intel Hyperscan (or
// Vectorscan, pkg-config libhs) rspamd uses: block-mode multi-pattern
// databases, their scratch space, scanning and (de)serialization.
//
// Builds with the nohyperscan tag (for platforms without libhs) get a
// stub whose Available reports false, so callers fall back to PCRE2 as
// upstream rspamd built without Hyperscan does.
//
// A Database is immutable and safe for concurrent use. A Scratch serves
// one scan at a time; keep one per goroutine (or pool them).
package hyperscan

import "fmt"

// Flag is a per-expression compile flag (HS_FLAG_*, same values).
type Flag uint32

// Compile flags.
const (
	Caseless    Flag = 1
	DotAll      Flag = 2
	Multiline   Flag = 4
	SingleMatch Flag = 8
	AllowEmpty  Flag = 16
	UTF8        Flag = 32
	UCP         Flag = 64
	Prefilter   Flag = 128
	SomLeftmost Flag = 256
)

// OffsetPastHorizon is the start offset Hyperscan reports when a
// leftmost start lies beyond its SOM horizon.
const OffsetPastHorizon = ^uint64(0)

// Expression is one pattern of a database.
type Expression struct {
	Pattern string
	Flags   Flag
	ID      uint32
}

// CompileError is Hyperscan's refusal of an expression.
type CompileError struct {
	// Expression is the index of the offending expression, or -1 when
	// the error concerns the whole set.
	Expression int
	Message    string
}

func (e *CompileError) Error() string {
	if e.Expression < 0 {
		return "hyperscan: " + e.Message
	}
	return fmt.Sprintf("hyperscan: expression %d: %s", e.Expression, e.Message)
}
