package luaapi_test

import (
	"os/exec"
	"regexp"
	"strings"
	"sync"
)

// oracleLibzstd is the version of the oracle's libzstd, whose frames the
// "u.c." lines of zstd.out digest.
const oracleLibzstd = "1.5.7"

// zstdFrameLine is a "u.c." line of zstd.lua: the key, then one text of
// rspamd_util.zstd_compress.
var zstdFrameLine = regexp.MustCompile(`^(u\.c\.\S+) \(1\) text#\d+:[0-9a-f]{16}$`)

// localLibzstd is the version of the libzstd cgo links (pkg-config's),
// "" when pkg-config cannot tell.
var localLibzstd = sync.OnceValue(func() string {
	out, err := exec.Command("pkg-config", "--modversion", "libzstd").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
})

// libzstdDependent are the cases of zstd.lua whose frames differ between
// libzstd 1.5.4 (Debian 12) and the oracle's 1.5.7 (with 1.5.7 loaded
// instead, ours equal the oracle's).
var libzstdDependent = map[string]bool{"u.c.prng1m.3": true}

// otherLibzstdFrame tells whether the zstd.lua line g differs from the
// oracle's w only as frames of another libzstd version do: both are
// frames of the same libzstdDependent case and the libzstd linked is
// not the oracle's (the round trip of each frame, on the next line, is
// still compared).
func otherLibzstdFrame(g, w string) bool {
	gm, wm := zstdFrameLine.FindStringSubmatch(g), zstdFrameLine.FindStringSubmatch(w)
	return gm != nil && wm != nil && gm[1] == wm[1] && libzstdDependent[gm[1]] && localLibzstd() != oracleLibzstd
}
