package luaapi_test

import (
	"strings"
	"testing"
)

// typeErrorNegative starts the log line of a userdata type mismatch at a
// negative stack position: upstream prints the position as given and
// describes whatever sits on top of the stack by then, our binding prints
// the absolute position and the value checked. Only the trace part of such
// lines is compared.
const typeErrorNegative = "lua type error: expected rspamd{text} at position -"

// TestOracleScripts runs this directory's oracle scripts and compares
// their output, log messages included, with the oracle's (regen.sh).
func TestOracleScripts(t *testing.T) {
	for _, name := range []string{"ip", "mempool", "cryptobox", "misc"} {
		t.Run(name, func(t *testing.T) {
			want := lines(readGolden(t, "luaapi", name+".out"))
			// misc.lua hands rspamd_config to rspamd_upstream_list.create
			got := lines(strings.ReplaceAll(runWith(t, merged, upstreamSetup, name+".lua"), logMark, ""))
			compareLinesWith(t, got, want, func(g, w string) bool {
				if strings.HasPrefix(w, typeErrorNegative) {
					_, gt, _ := strings.Cut(g, "; trace:")
					_, wt, _ := strings.Cut(w, "; trace:")
					return gt == wt
				}
				return g == w
			})
		})
	}
}
