package fasthash

import (
	"github.com/cespare/xxhash/v2"
	"github.com/zeebo/xxh3"
)

// State is an incremental fast hash, like rspamd_cryptobox_fast_hash_state_t
// initialised with rspamd_cryptobox_fast_hash_init_specific. Its results
// equal Sum's for XXH64, XXH32 and XXH3; Mum, T1ha, Fast and
// FastIndependent stream with rspamd's incremental constructions (its own
// mum-hash word stepping and t1ha2's streaming mode), whose values differ
// from the one-shot ones.
type State struct {
	typ  Type
	seed uint64
	x64  *xxhash.Digest
	x3   *xxh3.Hasher
	x32  xxh32State
	mum  mumStream
	t1ha t1ha2Stream
}

// New returns a State for the algorithm t and seed. Fast and
// FastIndependent stream as T1ha, like upstream; an unknown type streams as
// XXH3 (upstream's rspamd_cryptobox_fast_hash_init).
func New(t Type, seed uint64) *State {
	s := &State{typ: t, seed: seed}
	switch t {
	case Fast, FastIndependent:
		s.typ = T1ha
	case XXH64, XXH32, Mum, T1ha:
	default:
		s.typ = XXH3
	}
	s.Reset()
	return s
}

// NewDefault returns the streaming form of Default, XXH3 with a seed
// (rspamd_cryptobox_fast_hash_init).
func NewDefault(seed uint64) *State {
	return New(XXH3, seed)
}

// Type returns the algorithm the state computes (Fast and FastIndependent
// report T1ha).
func (s *State) Type() Type { return s.typ }

// Reset restarts the hash with the original seed.
func (s *State) Reset() {
	switch s.typ {
	case XXH64:
		s.x64 = xxhash.NewWithSeed(s.seed)
	case XXH32:
		s.x32.reset(uint32(s.seed))
	case Mum:
		s.mum.reset(s.seed)
	case T1ha:
		s.t1ha.reset(s.seed, 0)
	default:
		s.x3 = xxh3.NewSeed(s.seed)
	}
}

// Write adds p to the hash. It never fails.
func (s *State) Write(p []byte) (int, error) {
	switch s.typ {
	case XXH64:
		s.x64.Write(p)
	case XXH32:
		s.x32.write(p)
	case Mum:
		s.mum.write(p)
	case T1ha:
		s.t1ha.write(p)
	default:
		s.x3.Write(p)
	}
	return len(p), nil
}

// Sum64 returns the hash of the data written so far (XXH32 results are
// zero-extended). It does not change the state.
func (s *State) Sum64() uint64 {
	switch s.typ {
	case XXH64:
		return s.x64.Sum64()
	case XXH32:
		return uint64(s.x32.sum())
	case Mum:
		return s.mum.sum64()
	case T1ha:
		return s.t1ha.sum64()
	default:
		return s.x3.Sum64()
	}
}

// Clone returns an independent copy of the state.
func (s *State) Clone() *State {
	c := *s
	if s.x64 != nil {
		d := *s.x64
		c.x64 = &d
	}
	if s.x3 != nil {
		h := *s.x3
		c.x3 = &h
	}
	return &c
}
