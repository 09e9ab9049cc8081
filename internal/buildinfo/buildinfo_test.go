package buildinfo

import (
	"bufio"
	"bytes"
	"os"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// TestCPUExtensionsMatchKernel compares the detected extensions with the
// flags the kernel reports in /proc/cpuinfo.
func TestCPUExtensionsMatchKernel(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("CPU probing is x86-only")
	}
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		t.Skip("no /proc/cpuinfo")
	}
	flags := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "flags" {
			for _, f := range strings.Fields(v) {
				flags[f] = true
			}
			break
		}
	}
	kernel := map[string]string{"sse2": "sse2", "sse3": "pni", "ssse3": "ssse3", "sse4.1": "sse4_1", "sse4.2": "sse4_2", "avx": "avx", "avx2": "avx2"}
	got := map[string]bool{}
	for _, e := range strings.Split(CPUExtensions(), ", ") {
		got[e] = true
	}
	for ext, kf := range kernel {
		if got[ext] != flags[kf] {
			t.Errorf("%s: detected %v, kernel flag %s %v", ext, got[ext], kf, flags[kf])
		}
	}
	if want := flags["rdrand"] && flags["avx2"]; got["rdrand"] != want {
		t.Errorf("rdrand: detected %v, want %v", got["rdrand"], want)
	}
}

func TestWriteReport(t *testing.T) {
	var b bytes.Buffer
	if err := WriteReport(&b); err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(`^Rspamd daemon version 4\.1\.5\n\nCPU architecture \S+; features: [a-z0-9., ]*\n` +
		`Hyperscan enabled: FALSE\nJemalloc enabled: FALSE\nLuaJIT enabled: FALSE \(Lua version: none\)\n` +
		`ASAN enabled: FALSE\nBLAS enabled: FALSE\nFasttext enabled: FALSE\n$`)
	if !want.Match(b.Bytes()) {
		t.Errorf("report:\n%s", b.String())
	}
	SetLuaJIT("LuaJIT 2.1.1761786044")
	SetHyperscan()
	b.Reset()
	_ = WriteReport(&b)
	if !strings.Contains(b.String(), "Hyperscan enabled: TRUE\n") ||
		!strings.Contains(b.String(), "LuaJIT enabled: TRUE (LuaJIT version: LuaJIT 2.1.1761786044)\n") {
		t.Errorf("report after registration:\n%s", b.String())
	}
}
