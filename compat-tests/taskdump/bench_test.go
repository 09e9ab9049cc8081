package taskdump

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// oracleRoot is the oracle's chroot.
const oracleRoot = "/srv/oracle-sid"

// benchMessages are the corpus messages the oracle does not crash on.
func benchMessages(b *testing.B) []Message {
	msgs, err := Corpus()
	if err != nil || len(msgs) == 0 {
		b.Skip("no corpus messages with task dumps")
	}
	var out []Message
	for _, m := range msgs {
		d, err := ReadFile(m.Golden)
		if err == nil && !d.Crashed() {
			out = append(out, m)
		}
	}
	return out
}

// benchResult is what bench.lua prints: the bytes of one pass over the
// messages and the nanoseconds of the best pass.
type benchResult struct{ bytes, ns float64 }

func parseBench(out []byte) (benchResult, error) {
	var r benchResult
	if _, err := fmt.Sscanf(strings.TrimSpace(string(out)), "%f %f", &r.bytes, &r.ns); err != nil || r.ns <= 0 {
		return r, fmt.Errorf("bench.lua printed %q", out)
	}
	return r, nil
}

var (
	oracleBenchOnce sync.Once
	oracleBench     benchResult
	oracleBenchErr  error
)

// runOracleBench runs bench.lua with the oracle's rspamadm lua over copies
// of msgs in its chroot, once per process.
func runOracleBench(msgs []Message) (benchResult, error) {
	oracleBenchOnce.Do(func() {
		if _, err := os.Stat(filepath.Join(oracleRoot, "usr/bin/rspamadm")); err != nil {
			oracleBenchErr = fmt.Errorf("no oracle at %s", oracleRoot)
			return
		}
		work, err := os.MkdirTemp(filepath.Join(oracleRoot, "tmp"), "taskbench")
		if err != nil {
			oracleBenchErr = err
			return
		}
		defer os.RemoveAll(work)
		inner := "/tmp/" + filepath.Base(work)
		var list bytes.Buffer
		for i, m := range msgs {
			d, err := os.ReadFile(m.Path)
			if err != nil {
				oracleBenchErr = err
				return
			}
			name := fmt.Sprintf("%04d.eml", i)
			if err := os.WriteFile(filepath.Join(work, name), d, 0o644); err != nil {
				oracleBenchErr = err
				return
			}
			list.WriteString(inner + "/" + name + "\n")
		}
		script, err := os.ReadFile(filepath.Join(RepoRoot(), "compat-tests", "taskdump", "bench.lua"))
		if err == nil {
			err = os.WriteFile(filepath.Join(work, "bench.lua"), script, 0o644)
		}
		if err == nil {
			err = os.WriteFile(filepath.Join(work, "list"), list.Bytes(), 0o644)
		}
		if err != nil {
			oracleBenchErr = err
			return
		}
		cmd := exec.Command("chroot", oracleRoot, "rspamadm", "lua", "-a", inner+"/list", inner+"/bench.lua")
		cmd.Dir = "/"
		out, err := cmd.Output()
		if err != nil {
			oracleBenchErr = fmt.Errorf("oracle bench.lua: %w", err)
			return
		}
		oracleBench, oracleBenchErr = parseBench(out)
	})
	return oracleBench, oracleBenchErr
}

// BenchmarkParseVsOracle runs bench.lua (rspamd_task.load_from_string,
// task:process_message and task:destroy over the corpus, best of the
// passes of five seconds) with our rspamadm lua and with the oracle's, and
// prints both throughputs in messages per second and their ratio (ours /
// oracle's; above 1 means faster). One op is one run of the script.
func BenchmarkParseVsOracle(b *testing.B) {
	needRspamadm(b)
	msgs := benchMessages(b)
	oracle, err := runOracleBench(msgs)
	if err != nil {
		b.Skip(err)
	}
	dir := b.TempDir()
	var list bytes.Buffer
	for _, m := range msgs {
		list.WriteString(m.Path + "\n")
	}
	listPath := filepath.Join(dir, "list")
	if err := os.WriteFile(listPath, list.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	var ours benchResult
	for b.Loop() {
		out, err := runScript("bench.lua", listPath)
		if err != nil {
			b.Fatal(err)
		}
		if ours, err = parseBench(out); err != nil {
			b.Fatal(err)
		}
	}
	if ours.bytes != oracle.bytes {
		b.Fatalf("the runs read different messages: %.0f bytes, oracle %.0f", ours.bytes, oracle.bytes)
	}
	n := float64(len(msgs))
	oursRate, oracleRate := n/(ours.ns/1e9), n/(oracle.ns/1e9)
	b.ReportMetric(oursRate, "msgs/s")
	b.ReportMetric(oracleRate, "oracle-msgs/s")
	b.ReportMetric(oursRate/oracleRate, "x-oracle")
	fmt.Printf("parse throughput over %d messages: ours %.0f msgs/s, oracle %.0f msgs/s, ratio %.2f\n",
		len(msgs), oursRate, oracleRate, oursRate/oracleRate)
}
