package luaapi

import "github.com/gorspamd/rspamd/internal/cconv"

// parseCDouble parses s as g_ascii_strtod does and reports whether the
// number ends the string (or is followed by a NUL byte).
func parseCDouble(s string) (float64, bool) {
	v, n, _ := cconv.Strtod(s)
	if n == 0 {
		return 0, false
	}
	return v, n == len(s) || s[n] == 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
