package cfg

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// gStrHash is GLib's g_str_hash, which the C side of the test uses.
func gStrHash(s string) uint32 {
	h := uint32(5381)
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(int8(s[i]))
	}
	return h
}

// TestGHashAgainstGLib runs the same inserts and removes through GLib's
// GHashTable (testdata/ghash.c, linked against the system's libglib) and
// through ghashOrder, and compares the iteration orders.
func TestGHashAgainstGLib(t *testing.T) {
	const lib = "/lib/x86_64-linux-gnu/libglib-2.0.so.0"
	if _, err := os.Stat(lib); err != nil {
		t.Skip("no libglib-2.0 to compare with")
	}
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no gcc to build the GLib side")
	}
	bin := filepath.Join(t.TempDir(), "ghash")
	if out, err := exec.Command("gcc", "-O1", "-o", bin, "testdata/ghash.c", lib).CombinedOutput(); err != nil {
		t.Skipf("cannot build the GLib side: %v\n%s", err, out)
	}
	r := rand.New(rand.NewPCG(7, 7))
	var ops strings.Builder
	var present []string
	g := newGHashOrder(false)
	g.hash = gStrHash
	var want strings.Builder
	for step := range 6000 {
		if r.Float64() < 0.7 || len(present) == 0 {
			k := fmt.Sprintf("k%d_%s", r.IntN(2000), strings.Repeat(string(rune('a'+r.IntN(8))), 1+r.IntN(5)))
			fmt.Fprintf(&ops, "+%s\n", k)
			g.insert(k)
			if !slices.Contains(present, k) {
				present = append(present, k)
			}
		} else {
			i := r.IntN(len(present))
			fmt.Fprintf(&ops, "-%s\n", present[i])
			g.remove(present[i])
			present = slices.Delete(present, i, i+1)
		}
		if step%500 == 499 {
			ops.WriteString("?\n")
			for _, k := range g.order() {
				want.WriteString(k + " ")
			}
			want.WriteString("\n")
		}
	}
	cmd := exec.Command(bin)
	cmd.Stdin = strings.NewReader(ops.String())
	got, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, []byte(want.String())) {
		t.Errorf("GLib and ghashOrder disagree")
	}
}
