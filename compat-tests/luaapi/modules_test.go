package luaapi_test

import (
	"strings"
	"testing"
)

// moduleScripts are the oracle scripts of the config-time modules
// (rspamd_caseless_table, rspamd_zstd, rspamd_sqlite3, rspamd_rsa*,
// archive, rspamd_static_embed, rspamd_pdf_text, rspamd_kann): each
// prints "<key> <value>" lines, log messages in between (regen.sh).
var moduleScripts = []string{"caseless", "zstd"}

// TestModuleScripts runs moduleScripts and compares their output, log
// messages included, with the oracle's.
func TestModuleScripts(t *testing.T) {
	for _, name := range moduleScripts {
		t.Run(name, func(t *testing.T) {
			want := lines(readGolden(t, "luaapi", name+".out"))
			got := lines(strings.ReplaceAll(runWith(t, merged, nil, name+".lua"), logMark, ""))
			compareLines(t, got, want)
		})
	}
}
