package uclcompat

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// upstreamConf is the packaged configuration extracted by `make upstream`.
const upstreamConf = "../../conf"

// jinjaDefault matches the packaged config's {= env.X|default(...) =}
// expressions (the same rewrite as dejinja.py).
var jinjaDefault = regexp.MustCompile(`\{=\s*env\.\w+\s*\|\s*default\s*(?:\(\s*'([^']*)'\s*\)|"([^"]*)")\s*=\}`)

// prepareConfTree copies the packaged conf tree to a temporary directory,
// lays conftree/ over it and replaces Jinja expressions by their defaults,
// as gen.sh does for the oracle. It returns the directory (resolved).
func prepareConfTree(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(upstreamConf, "rspamd.conf")); err != nil {
		tb.Skip("conf/ is empty: run `make upstream` to extract the packaged config")
	}
	dir, err := filepath.EvalSymlinks(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	dst := filepath.Join(dir, "conf")
	dejinja := func(data []byte) []byte { return jinjaDefault.ReplaceAll(data, []byte("$1$2")) }
	if err := oraclebench.CopyTree(upstreamConf, dst, nil, dejinja); err != nil {
		tb.Fatalf("copy %s: %v", upstreamConf, err)
	}
	if err := oraclebench.CopyTree("conftree", dst, func(rel string) bool { return rel == "README.md" }, dejinja); err != nil {
		tb.Fatalf("copy conftree: %v", err)
	}
	return dst
}

// parseConfTree parses rspamd.conf of a prepared tree like gen.lua does.
func parseConfTree(tb testing.TB, conf string) *ucl.Object {
	tb.Helper()
	p := ucl.NewParser(0)
	p.RegisterVariable("CONFDIR", conf)
	p.RegisterVariable("LOCAL_CONFDIR", conf)
	if err := p.AddFile(filepath.Join(conf, "rspamd.conf")); err != nil {
		tb.Fatalf("parse conf tree: %v", err)
	}
	return p.Object()
}

// TestConfTree parses the whole packaged configuration with local.d and
// override.d files and compares hashes of every output with the oracle's.
func TestConfTree(t *testing.T) {
	f, err := os.Open(filepath.Join(goldenDir, "out", "conftree.sha256"))
	if err != nil {
		t.Fatalf("golden missing (run gen.sh): %v", err)
	}
	defer f.Close()
	want := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), " ")
		want[k] = v
	}
	if want["result"] != "ok" {
		t.Fatalf("oracle failed on the conf tree: %s", want["result"])
	}
	conf := prepareConfTree(t)
	obj := parseConfTree(t, conf)
	for _, f := range []struct {
		name string
		f    ucl.Format
	}{{"json", ucl.FormatJSON}, {"json-compact", ucl.FormatJSONCompact},
		{"config", ucl.FormatConfig}, {"yaml", ucl.FormatYAML}} {
		out := bytes.ReplaceAll(ucl.Emit(obj, f.f), []byte(conf), []byte("@CONF@"))
		sum := sha256.Sum256(out)
		if got := hex.EncodeToString(sum[:]); got != want[f.name] {
			t.Errorf("%s output hash %s, oracle %s", f.name, got, want[f.name])
		}
	}
}
