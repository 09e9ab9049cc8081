package luaapi

import (
	"encoding/binary"
	"errors"
	"strconv"

	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd_ip and rspamd{ip} (upstream's lua_ip.c) over internal/inet.
// An rspamd{ip} may hold no address (from_string of bad text): it then
// reports is_valid() false and most methods return nil.

const ipClass = "rspamd{ip}"

func init() {
	defineClass(ipClass, ipMethods, nil)
	defineLib("rspamd_ip", ipFuncs)
}

// PushIP pushes a as a new rspamd{ip}, or nil when a is not an address
// (rspamd_lua_ip_push).
func (rt *Runtime) PushIP(s *lua.State, a inet.Addr) {
	if !a.IsValid() {
		s.PushNil()
		return
	}
	s.PushUserdata(rt.Class(ipClass), a)
}

// IPArg returns the address of the rspamd{ip} at narg (not necessarily a
// valid one), raising "'ip' expected" for any other value.
func (rt *Runtime) IPArg(s *lua.State, narg int) inet.Addr {
	return lua.Check[inet.Addr](s, narg, rt.Class(ipClass))
}

func ipFuncs(rt *Runtime) []lua.Reg {
	fromString := func(s *lua.State) int {
		str := s.CheckString(1)
		a, err := inet.Parse(str, 0)
		if err != nil {
			if !errors.Is(err, inet.ErrInvalid) {
				rt.log().Logf(logger.LevelCritical, "", "", false, "rspamd_parse_unix_path", "%s", err.Error())
			}
			rt.log().Logf(logger.LevelWarning, "", "", false, "lua_ip_from_string", "cannot parse ip: %s", str)
		}
		s.PushUserdata(rt.Class(ipClass), a)
		return 1
	}
	return []lua.Reg{
		{Name: "from_string", Func: fromString},
		{Name: "fromstring", Func: fromString},
		{Name: "fromip", Func: rt.ipCopy},
		{Name: "from_ip", Func: rt.ipCopy},
	}
}

// ipCopy is ip:copy() and rspamd_ip.from_ip(ip): a new userdata holding the
// same address (or none).
func (rt *Runtime) ipCopy(s *lua.State) int {
	s.PushUserdata(rt.Class(ipClass), rt.IPArg(s, 1))
	return 1
}

// pushOctets pushes the bytes of the address's hash key as strings: decimal
// numbers for IPv4, hex nibbles otherwise (Unix sockets show 127.0.0.1's
// nibbles), in reverse order when reversed.
func pushOctets(s *lua.State, a inet.Addr, reversed bool) {
	key := a.HashKey()
	decimal := a.Family() == inet.FamilyIPv4
	if decimal {
		s.NewTable(len(key), 0)
	} else {
		s.NewTable(len(key)*2, 0)
	}
	for i := range key {
		b := key[i]
		if reversed {
			b = key[len(key)-1-i]
		}
		if decimal {
			s.PushString(strconv.Itoa(int(b)))
			s.RawSetInt(-2, i+1)
			continue
		}
		hi, lo := strconv.FormatUint(uint64(b>>4), 16), strconv.FormatUint(uint64(b&0xf), 16)
		if reversed {
			hi, lo = lo, hi
		}
		s.PushString(hi)
		s.RawSetInt(-2, 2*i+1)
		s.PushString(lo)
		s.RawSetInt(-2, 2*i+2)
	}
}

func ipMethods(rt *Runtime) []lua.Reg {
	// valid returns the address of argument 1 and whether there is one.
	valid := func(s *lua.State) (inet.Addr, bool) {
		a := rt.IPArg(s, 1)
		return a, a.IsValid()
	}
	toString := func(s *lua.State) int {
		a, ok := valid(s)
		if !ok {
			return s.Errorf("invalid arguments")
		}
		if s.Type(2) == lua.TypeBoolean && s.ToBool(2) {
			s.PushString(a.Pretty())
		} else {
			s.PushString(a.String())
		}
		return 1
	}
	toTable := func(s *lua.State) int {
		a, ok := valid(s)
		if !ok {
			s.PushNil()
			return 1
		}
		key := a.HashKey()
		s.NewTable(len(key), 0)
		for i, b := range key {
			s.PushInteger(int64(b))
			s.RawSetInt(-2, i+1)
		}
		return 1
	}
	toNumber := func(s *lua.State) int {
		a, ok := valid(s)
		if !ok {
			s.PushNil()
			return 1
		}
		key := a.HashKey()
		for i := 0; i+4 <= len(key); i += 4 {
			s.PushInteger(int64(binary.BigEndian.Uint32(key[i:])))
		}
		return len(key) / 4
	}
	return []lua.Reg{
		{Name: "to_string", Func: toString},
		{Name: "tostring", Func: toString},
		{Name: "__tostring", Func: toString},
		{Name: "to_table", Func: toTable},
		{Name: "totable", Func: toTable},
		{Name: "to_number", Func: toNumber},
		{Name: "tonumber", Func: toNumber},
		{Name: "str_octets", Func: func(s *lua.State) int {
			if a, ok := valid(s); ok {
				pushOctets(s, a, false)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "inversed_str_octets", Func: func(s *lua.State) int {
			if a, ok := valid(s); ok {
				pushOctets(s, a, true)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_version", Func: func(s *lua.State) int {
			switch a, ok := valid(s); {
			case !ok:
				s.PushNil()
			case a.Family() == inet.FamilyIPv6:
				s.PushInteger(6)
			default:
				s.PushInteger(4)
			}
			return 1
		}},
		{Name: "get_port", Func: func(s *lua.State) int {
			if a, ok := valid(s); ok {
				s.PushInteger(int64(a.Port()))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "is_valid", Func: func(s *lua.State) int {
			_, ok := valid(s)
			s.PushBool(ok)
			return 1
		}},
		{Name: "apply_mask", Func: func(s *lua.State) int {
			a, ok := valid(s)
			mask := int(int32(s.ToNumber(2)))
			if mask <= 0 || !ok {
				s.PushNil()
				return 1
			}
			s.PushUserdata(rt.Class(ipClass), a.ApplyMask(mask))
			return 1
		}},
		{Name: "copy", Func: rt.ipCopy},
		{Name: "is_local", Func: func(s *lua.State) int {
			a, ok := valid(s)
			if !ok {
				s.PushNil()
				return 1
			}
			checkLocalAddrs := true
			if s.Type(2) == lua.TypeBoolean {
				checkLocalAddrs = s.ToBool(2)
			}
			s.PushBool(a.IsLocal() || (checkLocalAddrs && inet.InLocalNetworks(a)))
			return 1
		}},
		{Name: "__eq", Func: func(s *lua.State) int {
			a, b := rt.IPArg(s, 1), rt.IPArg(s, 2)
			s.PushBool(a.IsValid() && b.IsValid() && a.Compare(b, true) == 0)
			return 1
		}},
		{Name: "__lt", Func: func(s *lua.State) int {
			a, b := rt.IPArg(s, 1), rt.IPArg(s, 2)
			// upstream asserts when either holds no address
			s.PushBool(a.IsValid() && b.IsValid() && a.Compare(b, true) < 0)
			return 1
		}},
	}
}
