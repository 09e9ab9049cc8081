// Package cryptocompat checks the Go hashes, encodings, cryptobox and
// password code against goldens written by real rspamd 4.1.5 (see
// vectors.lua and regen.sh), and benchmarks them against the oracle.
package cryptocompat

import (
	"bufio"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const goldenDir = "../golden/4.1.5/crypto"

// record is one golden line: its kind and the remaining fields.
type record struct {
	line   int
	kind   string
	fields []string
}

// golden reads a golden file, returning its records and the input blobs
// ("in" records) by id.
func golden(t testing.TB, name string) ([]record, map[string][]byte) {
	t.Helper()
	f, err := os.Open(filepath.Join(goldenDir, name))
	if err != nil {
		t.Fatalf("golden %s: %v", name, err)
	}
	defer f.Close()
	var recs []record
	inputs := map[string][]byte{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if parts[0] == "in" {
			inputs[parts[1]] = unhex(t, parts[2])
			continue
		}
		recs = append(recs, record{line: n, kind: parts[0], fields: parts[1:]})
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("golden %s: %v", name, err)
	}
	if len(recs) == 0 {
		t.Fatalf("golden %s: no records", name)
	}
	return recs, inputs
}

// unhex decodes a golden hex field; "-" is the empty value.
func unhex(t testing.TB, s string) []byte {
	t.Helper()
	if s == "-" {
		return []byte{}
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("bad hex in golden: %q: %v", s, err)
	}
	return b
}

// hexOf renders a value the way the goldens do: "-" for empty.
func hexOf(b []byte) string {
	if len(b) == 0 {
		return "-"
	}
	return hex.EncodeToString(b)
}

func atoi(t testing.TB, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("bad number in golden: %q", s)
	}
	return n
}

func atou64(t testing.TB, s string) uint64 {
	t.Helper()
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("bad number in golden: %q", s)
	}
	return n
}

// counter tallies checked records per kind, so that a test fails when a
// golden file stops exercising something.
type counter map[string]int

func (c counter) require(t *testing.T, kinds ...string) {
	t.Helper()
	for _, k := range kinds {
		if c[k] == 0 {
			t.Errorf("no %q records checked", k)
		}
	}
	t.Logf("checked: %v", map[string]int(c))
}
