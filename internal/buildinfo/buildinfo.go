// Package buildinfo owns what "rspamd -v" reports about this build: the
// CPU architecture and the CPU extensions detected at run time (the way
// upstream's cryptobox detects them), and which optional components are
// linked in. Packages that link a component register it from their init
// functions (SetLuaJIT, SetHyperscan), so the report stays truthful.
package buildinfo

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/gorspamd/rspamd/internal/version"
)

var components struct {
	sync.Mutex
	luajit    string
	hyperscan bool
}

// SetLuaJIT records that LuaJIT is linked in, with its version string as
// LuaJIT reports it (e.g. "LuaJIT 2.1.1761786044").
func SetLuaJIT(v string) {
	components.Lock()
	defer components.Unlock()
	components.luajit = v
}

// SetHyperscan records that Hyperscan (or Vectorscan) is linked in.
func SetHyperscan() {
	components.Lock()
	defer components.Unlock()
	components.hyperscan = true
}

// Architecture returns the CPU architecture name rspamd prints.
func Architecture() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x86_64"
	case "386":
		return "x86"
	case "arm64":
		return "ARM64"
	case "arm":
		return "ARM"
	case "loong64":
		return "LOONGARCH64"
	case "mips", "mipsle", "mips64", "mips64le":
		return "MIPS"
	case "ppc64", "ppc64le":
		return "PowerPC"
	}
	return "Unknown"
}

// CPU extension bits, in the order rspamd lists them.
const (
	extAVX2 = 1 << iota
	extAVX
	extSSE2
	extSSE3
	extSSSE3
	extSSE41
	extSSE42
	extRDRAND
)

var extNames = []string{"avx2", "avx", "sse2", "sse3", "ssse3", "sse4.1", "sse4.2", "rdrand"}

// CPUExtensions returns the detected CPU extensions as rspamd lists them,
// e.g. "avx2, avx, sse2, sse3, ssse3, sse4.1, sse4.2, rdrand"; it is
// empty on CPUs rspamd does not probe.
func CPUExtensions() string {
	bits := cpuExtensions()
	var names []string
	for i, n := range extNames {
		if bits&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

func flag(b bool) string {
	if b {
		return "TRUE"
	}
	return "FALSE"
}

// WriteReport writes the "rspamd -v" report.
func WriteReport(w io.Writer) error {
	components.Lock()
	luajit, hyperscan := components.luajit, components.hyperscan
	components.Unlock()
	lua := "LuaJIT enabled: FALSE (Lua version: none)"
	if luajit != "" {
		lua = "LuaJIT enabled: TRUE (LuaJIT version: " + luajit + ")"
	}
	_, err := fmt.Fprintf(w, "Rspamd daemon version %s\n\n"+
		"CPU architecture %s; features: %s\n"+
		"Hyperscan enabled: %s\n"+
		"Jemalloc enabled: FALSE\n"+
		"%s\n"+
		"ASAN enabled: FALSE\n"+
		"BLAS enabled: FALSE\n"+
		"Fasttext enabled: FALSE\n",
		version.Upstream, Architecture(), CPUExtensions(), flag(hyperscan), lua)
	return err
}
