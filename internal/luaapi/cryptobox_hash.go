package luaapi

import (
	"bytes"
	"encoding/binary"
	"math"
	"slices"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd_cryptobox_hash and rspamd{cryptobox_hash} (the hash part of
// upstream's lua_cryptobox.c) over cryptobox.Hasher.

const hashClass = "rspamd{cryptobox_hash}"

// maxHashDepth is how deep hash:update follows nested tables.
const maxHashDepth = 16

func init() {
	defineClass(hashClass, hashMethods, nil)
	defineLib("rspamd_cryptobox_hash", hashFuncs)
}

// newHasher makes a hasher, then feeds it the optional string or text
// argument at dataArg.
func (rt *Runtime) newHasher(s *lua.State, alg string, key []byte, dataArg int) int {
	h, err := cryptobox.NewHasher(alg, key)
	if err != nil {
		if alg == "" {
			return s.ErrorOf(err)
		}
		return s.Errorf("invalid hash type: %s", alg)
	}
	switch s.Type(dataArg) {
	case lua.TypeString:
		b, _ := s.ToBytesView(dataArg)
		h.Write(b)
	case lua.TypeUserdata:
		h.Write(rt.textArg(s, dataArg).Data)
	}
	s.PushUserdata(rt.Class(hashClass), h)
	return 1
}

func hashFuncs(rt *Runtime) []lua.Reg {
	return []lua.Reg{
		{Name: "create", Func: func(s *lua.State) int {
			return rt.newHasher(s, "", nil, 1)
		}},
		{Name: "create_keyed", Func: func(s *lua.State) int {
			key := s.CheckBytes(1)
			return rt.newHasher(s, "", key, 2)
		}},
		{Name: "create_specific", Func: func(s *lua.State) int {
			alg := cconv.CString(s.CheckString(1))
			return rt.newHasher(s, alg, nil, 2)
		}},
		{Name: "create_specific_keyed", Func: func(s *lua.State) int {
			alg := cconv.CString(s.CheckString(2))
			key := s.CheckBytes(1)
			return rt.newHasher(s, alg, key, 3)
		}},
	}
}

// hashLimit reads the optional length limit of the output methods: the
// digest keeps its last limit bytes when limit is a number below its
// length (a negative number, as C converts it to unsigned, means none).
func hashLimit(s *lua.State, idx int) int {
	if !s.IsNumber(idx) {
		return math.MaxInt
	}
	n := s.ToNumber(idx)
	if n < 0 || n >= math.MaxInt32 {
		return math.MaxInt
	}
	return int(n)
}

func hashMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *cryptobox.Hasher {
		return cryptoArg[*cryptobox.Hasher](rt, s, 1, hashClass)
	}
	// again pushes another userdata of the same hash, as update and reset
	// return.
	again := func(s *lua.State, h *cryptobox.Hasher) int {
		s.PushUserdata(rt.Class(hashClass), h)
		return 1
	}
	return []lua.Reg{
		{Name: "update", Func: func(s *lua.State) int {
			h := check(s)
			if h.Finished() {
				return s.Errorf("invalid arguments or hash is already finalized")
			}
			rt.hashValue(s, h, 2, 0)
			return again(s, h)
		}},
		{Name: "reset", Func: func(s *lua.State) int {
			h := check(s)
			if err := h.Reset(); err != nil {
				return s.ErrorOf(err)
			}
			return again(s, h)
		}},
		{Name: "hex", Func: func(s *lua.State) int {
			h := check(s)
			s.PushString(encoding.EncodeHex(h.SumLimit(hashLimit(s, 2))))
			return 1
		}},
		{Name: "base32", Func: func(s *lua.State) int {
			h := check(s)
			alph, st := base32Arg(s, 2)
			if st != 0 {
				return st
			}
			s.PushString(encoding.EncodeBase32(h.SumLimit(hashLimit(s, 2)), alph))
			return 1
		}},
		{Name: "base64", Func: func(s *lua.State) int {
			h := check(s)
			s.PushString(encoding.EncodeBase64(h.SumLimit(hashLimit(s, 2))))
			return 1
		}},
		{Name: "bin", Func: func(s *lua.State) int {
			h := check(s)
			s.PushBytes(h.SumLimit(hashLimit(s, 2)))
			return 1
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// hashValue feeds the Lua value at idx to h as hash:update does: strings
// and texts as their bytes, integral numbers as 8-byte little-endian
// integers and other numbers as doubles, booleans as one byte, and tables
// as their sequence part followed by the sorted digests of their key/value
// pairs, each hashed from a copy of the state reached so far. Other values
// are skipped, and so is anything nested deeper than maxHashDepth.
func (rt *Runtime) hashValue(s *lua.State, h *cryptobox.Hasher, idx, depth int) {
	if depth > maxHashDepth {
		return
	}
	idx = s.AbsIndex(idx)
	var num [8]byte
	switch s.Type(idx) {
	case lua.TypeString:
		b, _ := s.ToBytesView(idx)
		h.Write(b)
	case lua.TypeNumber:
		n := s.ToNumber(idx)
		if i := int64(n); float64(i) == n {
			binary.LittleEndian.PutUint64(num[:], uint64(i))
		} else {
			binary.LittleEndian.PutUint64(num[:], math.Float64bits(n))
		}
		h.Write(num[:])
	case lua.TypeBoolean:
		if s.ToBool(idx) {
			h.Write([]byte{1})
		} else {
			h.Write([]byte{0})
		}
	case lua.TypeTable:
		rt.hashTable(s, h, idx, depth)
	case lua.TypeUserdata:
		// upstream reads the text from argument 2 at any depth
		h.Write(rt.textArg(s, 2).Data)
	}
}

func (rt *Runtime) hashTable(s *lua.State, h *cryptobox.Hasher, idx, depth int) {
	n := s.ObjLen(idx)
	for i := 1; i <= n; i++ {
		s.RawGetInt(idx, i)
		rt.hashValue(s, h, -1, depth+1)
		s.Pop(1)
	}
	type pair struct{ key, value [cryptobox.HashBytes]byte }
	var pairs []pair
	// digest hashes the value on top of the stack from a copy of h; the
	// digest is kept in a zero-padded 64-byte buffer as upstream does.
	digest := func(out *[cryptobox.HashBytes]byte) {
		c, err := h.Clone()
		if err != nil {
			s.Raisef("%s", err.Error())
		}
		rt.hashValue(s, c, -1, depth+1)
		copy(out[:], c.Sum())
	}
	s.PushNil()
	for s.Next(idx) {
		var p pair
		s.PushValue(-2)
		digest(&p.key)
		s.Pop(1)
		digest(&p.value)
		s.Pop(1)
		pairs = append(pairs, p)
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return bytes.Compare(a.key[:], b.key[:]) })
	for _, p := range pairs {
		h.Write(p.key[:])
		h.Write(p.value[:])
	}
}
