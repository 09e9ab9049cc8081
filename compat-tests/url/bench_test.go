package urlcompat

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorspamd/rspamd/internal/html"
	"github.com/gorspamd/rspamd/internal/url"
)

const oracleRoot = "/srv/oracle-sid"

var (
	oracleOnce  sync.Once
	oracleTimes map[string]float64
)

// oracleNs runs bench.lua on the oracle once and returns its ns per pass
// for a workload (0 when the oracle is absent).
func oracleNs(b *testing.B, name string) float64 {
	oracleOnce.Do(func() {
		oracleTimes = map[string]float64{}
		if _, err := os.Stat(filepath.Join(oracleRoot, "usr/bin/rspamadm")); err != nil {
			return
		}
		work, err := os.MkdirTemp(filepath.Join(oracleRoot, "tmp"), "urlbench")
		if err != nil {
			return
		}
		defer os.RemoveAll(work)
		// bench.lua and its inputs in run/, the modules it loads in lib/
		// next to it, as in the checkout
		libs, err := filepath.Glob("../lib/*.lua")
		if err != nil {
			return
		}
		for _, f := range append([]string{"bench.lua", "inputs/urls.txt", "inputs/texts.txt", "inputs/html.txt"}, libs...) {
			data, err := os.ReadFile(f)
			if err != nil {
				return
			}
			dir := filepath.Join(work, "run")
			if filepath.Ext(f) == ".lua" && f != "bench.lua" {
				dir = filepath.Join(work, "lib")
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
				return
			}
		}
		rel := "/tmp/" + filepath.Base(work) + "/run"
		out, err := exec.Command("chroot", oracleRoot, "rspamadm", "lua", "-a", rel, rel+"/bench.lua").Output()
		if err != nil {
			return
		}
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) == 2 {
				if v, err := strconv.ParseFloat(f[1], 64); err == nil {
					oracleTimes[f[0]] = v
				}
			}
		}
	})
	return oracleTimes[name]
}

// loadInputs reads an inputs file (see gen.lua for the escapes).
func loadInputs(b *testing.B, name string) [][]byte {
	golden, keys, err := readDump(filepath.Join(goldenDir, name))
	if err != nil {
		b.Fatal(err)
	}
	byCase := groupCases(golden)
	var res [][]byte
	for _, n := range caseNumbers(keys) {
		res = append(res, []byte(byCase[n]["input"].s))
	}
	return res
}

// cpuNow returns the CPU time used by the process.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// report prints our CPU time per pass and its ratio to the oracle's.
func report(b *testing.B, name string, cpu time.Duration) {
	ours := float64(cpu.Nanoseconds()) / float64(b.N)
	if theirs := oracleNs(b, name); theirs > 0 {
		b.ReportMetric(ours/theirs, "x-oracle")
		fmt.Fprintf(os.Stderr, "%s: ours %.0f CPU ns/pass, oracle %.0f CPU ns/pass, ratio %.2f\n",
			name, ours, theirs, ours/theirs)
	}
}

func BenchmarkCreate(b *testing.B) {
	sc := loadScannerB(b)
	inputs := loadInputs(b, "create.dump")
	b.ResetTimer()
	cpu0 := cpuNow()
	for b.Loop() {
		for _, in := range inputs {
			sc.FindSingle(in, url.FindAll, func(*url.URL, int, int) bool { return true })
		}
	}
	report(b, "create", cpuNow()-cpu0)
}

func BenchmarkAll(b *testing.B) {
	sc := loadScannerB(b)
	inputs := loadInputs(b, "all.dump")
	b.ResetTimer()
	cpu0 := cpuNow()
	for b.Loop() {
		for _, in := range inputs {
			sc.FindMultiple(in, url.FindAll, nil, luaFilter, func(*url.URL, int, int) bool { return true })
		}
	}
	report(b, "all", cpuNow()-cpu0)
}

func BenchmarkParseHTML(b *testing.B) {
	sc := loadScannerB(b)
	golden, keys, err := readDump(filepath.Join(htmlGoldenDir, "html.dump"))
	if err != nil {
		b.Fatal(err)
	}
	byCase := groupCases(golden)
	var inputs [][]byte
	for _, n := range caseNumbers(keys) {
		inputs = append(inputs, []byte(byCase[n]["input"].s))
	}
	b.ResetTimer()
	cpu0 := cpuNow()
	for b.Loop() {
		for _, in := range inputs {
			html.Parse(in, &html.Options{Scanner: sc})
		}
	}
	report(b, "parse_html", cpuNow()-cpu0)
}

func loadScannerB(b *testing.B) *url.Scanner {
	scannerOnce.Do(func() {
		scanner, scannerErr = url.LoadScanner(pslPath)
	})
	if scannerErr != nil {
		b.Skipf("public suffix list missing (run make upstream): %v", scannerErr)
	}
	return scanner
}
