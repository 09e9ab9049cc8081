package luaapi

import (
	"strconv"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/version"
)

// The rspamd_version global function (rspamd_lua_rspamd_version).

var (
	versionString = version.Upstream
	versionID     = version.ReleaseID
	// versionNum is RSPAMD_VERSION_NUM: 0x<major>0<minor>0 followed by
	// nine zero digits (0x4010000000000 for 4.1.x).
	versionNum = func() float64 {
		n, _ := strconv.ParseUint(strconv.Itoa(version.Major)+"0"+strconv.Itoa(version.Minor)+"0000000000", 16, 64)
		return float64(n)
	}()
)

// rspamdVersion returns the version ("4.1.5"), or with an argument one of
// its forms: "short" (4.1), "main" (4.1.5), "major", "minor", "patch", "id"
// (release), "num" (RSPAMD_VERSION_NUM) or "cmp" (compares the version in
// the second argument with the running one: 0, a negative or a positive
// number). An unknown form gives nil.
func rspamdVersion(s *lua.State) int {
	if s.GetTop() == 0 {
		s.PushString(versionString)
		return 1
	}
	if s.Type(1) != lua.TypeString {
		s.PushNil()
		return 1
	}
	form, _ := s.ToString(1)
	major, minor, patch := strconv.Itoa(version.Major), strconv.Itoa(version.Minor), strconv.Itoa(version.Patch)
	var res string
	switch {
	case encoding.EqualFoldASCII(form, "short"):
		res = major + "." + minor
	case encoding.EqualFoldASCII(form, "main"):
		res = major + "." + minor + "." + patch
	case encoding.EqualFoldASCII(form, "major"):
		res = major
	case encoding.EqualFoldASCII(form, "minor"):
		res = minor
	case encoding.EqualFoldASCII(form, "patch"):
		res = patch
	case encoding.EqualFoldASCII(form, "id"):
		res = versionID
	case encoding.EqualFoldASCII(form, "num"):
		// upstream reads the form of a numeric version from argument 1
		// ("num"), so it always returns RSPAMD_VERSION_NUM
		s.PushNumber(versionNum)
		return 1
	case encoding.EqualFoldASCII(form, "cmp"):
		return versionCmp(s, major, minor)
	default:
		s.PushNil()
		return 1
	}
	s.PushString(res)
	return 1
}

// versionCmp compares the major and minor components of the version in
// argument 2 with the running ones (patch levels are not compared).
func versionCmp(s *lua.State, major, minor string) int {
	if s.Type(2) != lua.TypeString {
		return s.Errorf("invalid arguments to 'cmp'")
	}
	ver, _ := s.ToString(2)
	parts := cconv.SplitSet(cconv.CString(ver), ".-_")
	ret := 0
	if len(parts) > 0 {
		ret = cmpComponent(parts[0], major)
	}
	if ret == 0 && len(parts) > 1 {
		ret = cmpComponent(parts[1], minor)
	}
	s.PushInteger(int64(ret))
	return 1
}

// cmpComponent subtracts two version components parsed as strtoul does,
// with upstream's unsigned arithmetic truncated to an int.
func cmpComponent(a, b string) int {
	x, _, _ := cconv.Strtoul(a, 10)
	y, _, _ := cconv.Strtoul(b, 10)
	return int(int32(uint32(x) - uint32(y)))
}
