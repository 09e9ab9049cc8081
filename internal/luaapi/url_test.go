package luaapi

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// oraclePSL is where the oracle's scripts load the public suffix list;
// checkoutPSL is the same file, as `make upstream` leaves it.
const (
	oraclePSL   = "/usr/share/publicsuffix/effective_tld_names.dat"
	checkoutPSL = "../../.cache/upstream/public_suffix_list.dat"
)

// runWithPSL runs compat-tests/luaapi/NAME.lua with the public suffix
// list of this checkout in place of the oracle's.
func runWithPSL(t *testing.T, name string) (string, string) {
	t.Helper()
	psl, err := filepath.Abs(checkoutPSL)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(psl); err != nil {
		t.Skip("public suffix list missing: run `make upstream`")
	}
	code, err := os.ReadFile(filepath.Join(scriptDir, name+".lua"))
	if err != nil {
		t.Fatal(err)
	}
	return runCode(t, name, bytes.ReplaceAll(code, []byte(oraclePSL), []byte(psl)))
}

// TestURLScriptAgainstGolden runs compat-tests/luaapi/url.lua (rspamd_url,
// rspamd{url} and rspamd_util.get_tld without a task) and compares its
// output with the oracle's.
func TestURLScriptAgainstGolden(t *testing.T) {
	out, errOut := runWithPSL(t, "url")
	m1, n1 := compareOutput(t, "stdout", out, readGolden(t, "url.stdout"))
	m2, n2 := compareOutput(t, "stderr", errOut, readGolden(t, "url.stderr"))
	t.Logf("url: %d/%d lines match", m1+m2, n1+n2)
}

// TestHTMLScriptAgainstGolden runs compat-tests/luaapi/html.lua
// (rspamd{html}, rspamd{html_tag} and the HTML functions without a task)
// and compares its output with the oracle's.
func TestHTMLScriptAgainstGolden(t *testing.T) {
	out, errOut := runWithPSL(t, "html")
	m1, n1 := compareOutput(t, "stdout", out, readGolden(t, "html.stdout"))
	m2, n2 := compareOutput(t, "stderr", errOut, readGolden(t, "html.stderr"))
	t.Logf("html: %d/%d lines match", m1+m2, n1+n2)
}
