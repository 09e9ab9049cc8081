package taskdump

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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

// oracleWork holds copies of the messages in the oracle's chroot and the
// list of their paths there.
type oracleWork struct {
	dir, list, script string
}

// prepareOracle copies msgs and bench.lua into the oracle's chroot.
func prepareOracle(msgs []Message) (*oracleWork, error) {
	if _, err := os.Stat(filepath.Join(oracleRoot, "usr/bin/rspamadm")); err != nil {
		return nil, fmt.Errorf("no oracle at %s", oracleRoot)
	}
	work, err := os.MkdirTemp(filepath.Join(oracleRoot, "tmp"), "taskbench")
	if err != nil {
		return nil, err
	}
	inner := "/tmp/" + filepath.Base(work)
	w := &oracleWork{dir: work, list: inner + "/list", script: inner + "/bench.lua"}
	var list bytes.Buffer
	for i, m := range msgs {
		d, err := os.ReadFile(m.Path)
		if err != nil {
			return w, err
		}
		name := fmt.Sprintf("%04d.eml", i)
		if err := os.WriteFile(filepath.Join(work, name), d, 0o644); err != nil {
			return w, err
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
	return w, err
}

// run runs bench.lua with the oracle's rspamadm lua.
func (w *oracleWork) run() (benchResult, error) {
	cmd := exec.Command("chroot", oracleRoot, "rspamadm", "lua", "-a", w.list, w.script)
	cmd.Dir = "/"
	out, err := cmd.Output()
	if err != nil {
		return benchResult{}, fmt.Errorf("oracle bench.lua: %w", err)
	}
	return parseBench(out)
}

// benchRounds is how many times each side runs; the best run counts, as
// the machine's load varies.
const benchRounds = 3

// BenchmarkParseVsOracle runs bench.lua (rspamd_task.load_from_string,
// task:process_message and task:destroy over the corpus, best of the
// passes of five seconds) with the oracle's rspamadm lua and with ours,
// alternately, benchRounds times each, and prints the best throughputs in
// messages per second and their ratio (ours / oracle's; above 1 means
// faster). One op is the whole comparison.
func BenchmarkParseVsOracle(b *testing.B) {
	needRspamadm(b)
	msgs := benchMessages(b)
	ow, err := prepareOracle(msgs)
	if ow != nil {
		defer os.RemoveAll(ow.dir)
	}
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
	best := func(cur, r benchResult) benchResult {
		if cur.ns == 0 || r.ns < cur.ns {
			return r
		}
		return cur
	}
	var ours, oracle benchResult
	for b.Loop() {
		for range benchRounds {
			r, err := ow.run()
			if err != nil {
				b.Fatal(err)
			}
			oracle = best(oracle, r)
			out, err := runScript("bench.lua", listPath)
			if err != nil {
				b.Fatal(err)
			}
			if r, err = parseBench(out); err != nil {
				b.Fatal(err)
			}
			ours = best(ours, r)
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
	fmt.Printf("parse throughput over %d messages (best of %d runs each): ours %.0f msgs/s, oracle %.0f msgs/s, ratio %.2f\n",
		len(msgs), benchRounds, oursRate, oracleRate, oursRate/oracleRate)
}
