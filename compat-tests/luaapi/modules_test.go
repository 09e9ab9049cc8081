package luaapi_test

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// moduleScripts are the oracle scripts of the config-time modules
// (rspamd_caseless_table, rspamd_zstd, rspamd_sqlite3, rspamd_rsa*,
// archive, rspamd_static_embed, rspamd_pdf_text, rspamd_kann): each
// prints "<key> <value>" lines, log messages in between (regen.sh).
var moduleScripts = []string{"caseless", "zstd", "rsa", "sqlite", "archive", "uclconv", "staticembed", "pdftext", "kann"}

// opensslError is OpenSSL's text of an error. Upstream reports the
// oldest error of a queue it never clears, so only where such a text
// stands is compared.
var opensslError = regexp.MustCompile(`error:[0-9A-F]{8}:[^,]*`)

// oracleWork is regen.sh's scratch directory, which messages holding
// real paths name.
const oracleWork = "/tmp/gorspamd-luaapi"

// TestModuleScripts runs moduleScripts as regen.sh runs them, in a
// scratch directory holding helpers.lua and testdata/, and compares
// their output, log messages included, with the oracle's (the scratch
// directory's path read as regen.sh's).
func TestModuleScripts(t *testing.T) {
	here, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(here, "testdata", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range moduleScripts {
		t.Run(name, func(t *testing.T) {
			want := lines(readGolden(t, "luaapi", name+".out"))
			dir := t.TempDir()
			for _, f := range append(files, filepath.Join(here, "helpers.lua"), filepath.Join(here, name+".lua")) {
				copyFile(t, f, filepath.Join(dir, filepath.Base(f)))
			}
			t.Chdir(dir)
			real, err := filepath.EvalSymlinks(dir)
			if err != nil {
				t.Fatal(err)
			}
			got := runWith(t, merged, nil, name+".lua")
			got = strings.ReplaceAll(strings.ReplaceAll(got, logMark, ""), real, oracleWork)
			compareLinesWith(t, lines(got), want, func(g, w string) bool {
				if strings.HasPrefix(w, "~") {
					return approxEqual(g, w)
				}
				if name == "zstd" && g != w && otherLibzstdFrame(g, w) {
					t.Logf("libzstd %s, the oracle's %s: %s, the oracle's %s", localLibzstd(), oracleLibzstd, g, w)
					return true
				}
				return opensslError.ReplaceAllString(g, "error:") == opensslError.ReplaceAllString(w, "error:")
			})
		})
	}
}

// approxEqual compares lines whose key starts with '~' (values of
// trained networks, which rspamd computes with unsafe math
// optimizations): the same words, numbers within a relative 1e-4.
func approxEqual(g, w string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '=' || r == '/' })
	}
	gw, ww := split(g), split(w)
	if len(gw) != len(ww) {
		return false
	}
	for i := range gw {
		if gw[i] == ww[i] {
			continue
		}
		a, errA := strconv.ParseFloat(gw[i], 64)
		b, errB := strconv.ParseFloat(ww[i], 64)
		if errA != nil || errB != nil || math.Abs(a-b) > 1e-4*math.Max(1e-3, math.Max(math.Abs(a), math.Abs(b))) {
			return false
		}
	}
	return true
}

// copyFile copies the file src to dst.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
