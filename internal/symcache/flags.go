package symcache

import (
	"fmt"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/encoding"
)

// Flags are rspamd's symbol type bits (SYMBOL_TYPE_*): the stage a symbol
// is registered for mixed with the flags that modify how it runs.
type Flags uint32

// The symbol type bits, with upstream's values.
const (
	FlagNormal            Flags = 1 << 0
	FlagVirtual           Flags = 1 << 1
	FlagCallback          Flags = 1 << 2
	FlagGhost             Flags = 1 << 3
	FlagSkipped           Flags = 1 << 4
	FlagComposite         Flags = 1 << 5
	FlagClassifier        Flags = 1 << 6
	FlagFine              Flags = 1 << 7
	FlagEmpty             Flags = 1 << 8
	FlagConnfilter        Flags = 1 << 9
	FlagPrefilter         Flags = 1 << 10
	FlagPostfilter        Flags = 1 << 11
	FlagNostat            Flags = 1 << 12
	FlagIdempotent        Flags = 1 << 13
	FlagTrivial           Flags = 1 << 14
	FlagMimeOnly          Flags = 1 << 15
	FlagExplicitDisable   Flags = 1 << 16
	FlagIgnorePassthrough Flags = 1 << 17
	FlagExplicitEnable    Flags = 1 << 18
	FlagUseCoro           Flags = 1 << 19
)

// Type is the stage of an item.
type Type int

// Item types. Earlier stages run first; classifiers, composites and
// virtual symbols have no stage of their own.
const (
	TypeConnfilter Type = iota
	TypePrefilter
	TypeFilter
	TypePostfilter
	TypeIdempotent
	TypeClassifier
	TypeComposite
	TypeVirtual
)

var typeNames = [...]string{"connfilter", "prefilter", "filter", "postfilter", "idempotent", "classifier", "composite", "virtual"}

// String returns the type's name as configdump -d prints it.
func (t Type) String() string {
	if t < 0 || int(t) >= len(typeNames) {
		return "unknown"
	}
	return typeNames[t]
}

// before reports whether items of type t may depend on items of type u
// of another stage: a stage depends only on earlier ones.
func (t Type) before(u Type) bool {
	switch t {
	case TypePrefilter:
		return u == TypeConnfilter
	case TypeFilter:
		return u == TypeConnfilter || u == TypePrefilter
	case TypePostfilter:
		return u != TypeIdempotent
	}
	return false
}

// stageBits are the bits that choose an item's type.
const stageBits = FlagConnfilter | FlagPrefilter | FlagPostfilter | FlagIdempotent |
	FlagComposite | FlagClassifier | FlagVirtual

// typeFromFlags splits the type bits of a registration into the item type
// and the remaining flags (item_type_from_c); a registration with two
// stages is an error.
func typeFromFlags(f Flags) (Type, Flags, error) {
	if f&stageBits == 0 {
		return TypeFilter, f, nil
	}
	for _, s := range []struct {
		bit Flags
		t   Type
	}{
		{FlagConnfilter, TypeConnfilter}, {FlagPrefilter, TypePrefilter},
		{FlagPostfilter, TypePostfilter}, {FlagIdempotent, TypeIdempotent},
		{FlagComposite, TypeComposite}, {FlagClassifier, TypeClassifier},
		{FlagVirtual, TypeVirtual},
	} {
		if f&s.bit == 0 {
			continue
		}
		if f&stageBits&^s.bit != 0 {
			return 0, 0, fmt.Errorf("invalid flags for a symbol: %d", int32(f))
		}
		return s.t, f &^ s.bit, nil
	}
	return 0, 0, fmt.Errorf("internal error: impossible flags combination: %d", int32(f))
}

// flagNames are the modifier flags in the order configdump -d lists them.
var flagNames = []struct {
	bit  Flags
	name string
}{
	{FlagFine, "fine"}, {FlagEmpty, "empty"}, {FlagExplicitDisable, "explicit_disable"},
	{FlagExplicitEnable, "explicit_enable"}, {FlagIgnorePassthrough, "ignore_passthrough"},
	{FlagNostat, "nostat"}, {FlagIdempotent, "idempotent"}, {FlagMimeOnly, "mime"},
	{FlagTrivial, "trivial"}, {FlagSkipped, "skip"}, {FlagComposite, "composite"},
	{FlagGhost, "ghost"}, {FlagUseCoro, "coro"},
}

// Names returns the names of the modifier flags set in f, in the order
// rspamd_symcache_get_symbol_details lists them.
func (f Flags) Names() []string {
	out := []string{}
	for _, n := range flagNames {
		if f&n.bit != 0 {
			out = append(out, n.name)
		}
	}
	return out
}

// LuaNames returns the flag names rspamd_config:get_symbol_flags reports
// (the details' names without ghost and coro).
func (f Flags) LuaNames() []string {
	return (f &^ (FlagGhost | FlagUseCoro)).Names()
}

// ParseFlags reads a flags string as upstream does: each known name found
// anywhere in it sets its flag ("nice" is "fine").
func ParseFlags(s string) Flags {
	var f Flags
	for _, n := range []struct {
		name string
		bit  Flags
	}{
		{"fine", FlagFine}, {"nice", FlagFine}, {"empty", FlagEmpty}, {"skip", FlagSkipped},
		{"nostat", FlagNostat}, {"idempotent", FlagIdempotent}, {"trivial", FlagTrivial},
		{"ghost", FlagGhost}, {"mime", FlagMimeOnly}, {"ignore_passthrough", FlagIgnorePassthrough},
		{"explicit_disable", FlagExplicitDisable}, {"explicit_enable", FlagExplicitEnable},
		{"coro", FlagUseCoro},
	} {
		if strings.Contains(s, n.name) {
			f |= n.bit
		}
	}
	return f
}

// ParseType reads the type attribute of a Lua symbol registration
// (lua_parse_symbol_type): a list of type and flag names separated by
// commas or semicolons; bad calls back with each name that is neither.
func ParseType(s string, bad func(name string)) Flags {
	ret := FlagNormal
	for _, tok := range cconv.SplitSet(s, ",;") {
		switch {
		case encoding.EqualFoldASCII(tok, "virtual"):
			ret |= FlagVirtual
			ret &^= FlagNormal | FlagCallback
		case encoding.EqualFoldASCII(tok, "callback"):
			ret |= FlagCallback
			ret &^= FlagNormal | FlagVirtual
		case encoding.EqualFoldASCII(tok, "normal"):
			ret |= FlagNormal
			ret &^= FlagCallback | FlagVirtual
		case encoding.EqualFoldASCII(tok, "prefilter"):
			ret |= FlagPrefilter | FlagGhost
		case encoding.EqualFoldASCII(tok, "postfilter"):
			ret |= FlagPostfilter | FlagGhost
		case encoding.EqualFoldASCII(tok, "connfilter"), encoding.EqualFoldASCII(tok, "conn_filter"):
			ret |= FlagConnfilter | FlagGhost
		case encoding.EqualFoldASCII(tok, "idempotent"):
			ret |= FlagGhost | FlagIdempotent | FlagCallback
		default:
			if fl := ParseFlags(tok); fl != 0 {
				ret |= fl
			} else if bad != nil {
				bad(tok)
			}
		}
	}
	return ret
}
