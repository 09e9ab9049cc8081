package luaapi_test

import (
	"strings"
	"testing"
)

// TestOracleScripts runs this directory's oracle scripts and compares
// their output, log messages included, with the oracle's (regen.sh).
func TestOracleScripts(t *testing.T) {
	for _, name := range []string{"ip", "mempool", "cryptobox"} {
		t.Run(name, func(t *testing.T) {
			want := lines(readGolden(t, "luaapi", name+".out"))
			got := lines(strings.ReplaceAll(run(t, merged, name+".lua"), logMark, ""))
			compareLines(t, got, want)
		})
	}
}
