package mime

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/taskdump"
)

const oracleRoot = "/srv/oracle-sid"

// benchCorpus is every corpus message with a task dump whose oracle run
// did not crash.
func benchCorpus(b *testing.B) (paths []string, data [][]byte, total int) {
	msgs, err := taskdump.Corpus()
	if err != nil || len(msgs) == 0 {
		b.Skip("no corpus")
	}
	for _, m := range msgs {
		g, err := taskdump.ReadFile(m.Golden)
		if err != nil || g.Crashed() {
			continue
		}
		d, err := os.ReadFile(m.Path)
		if err != nil {
			continue
		}
		paths = append(paths, m.Path)
		data = append(data, d)
		total += len(d)
	}
	return paths, data, total
}

var (
	oracleBenchOnce sync.Once
	oracleNsPerByte float64
)

// oracleParseTime runs compat-tests/taskdump/bench.lua with the oracle over
// the same messages and returns its nanoseconds per message byte (0 when
// the oracle is not installed).
func oracleParseTime(b *testing.B, paths []string) float64 {
	oracleBenchOnce.Do(func() {
		if _, err := os.Stat(filepath.Join(oracleRoot, "usr/bin/rspamadm")); err != nil {
			return
		}
		work, err := os.MkdirTemp(filepath.Join(oracleRoot, "tmp"), "mimebench")
		if err != nil {
			return
		}
		defer os.RemoveAll(work)
		inner := "/tmp/" + filepath.Base(work)
		var list bytes.Buffer
		for i, p := range paths {
			d, _ := os.ReadFile(p)
			name := fmt.Sprintf("%04d.eml", i)
			os.WriteFile(filepath.Join(work, name), d, 0o644)
			list.WriteString(inner + "/" + name + "\n")
		}
		os.WriteFile(filepath.Join(work, "list"), list.Bytes(), 0o644)
		script, err := os.ReadFile(filepath.Join(taskdump.RepoRoot(), "compat-tests", "taskdump", "bench.lua"))
		if err != nil {
			return
		}
		os.WriteFile(filepath.Join(work, "bench.lua"), script, 0o644)
		cmd := exec.Command("chroot", oracleRoot, "rspamadm", "lua", "-a", inner+"/list", inner+"/bench.lua")
		cmd.Dir = "/"
		out, err := cmd.Output()
		if err != nil {
			b.Logf("oracle: %v", err)
			return
		}
		var nbytes, ns float64
		if _, err := fmt.Sscanf(strings.TrimSpace(string(out)), "%f %f", &nbytes, &ns); err == nil && nbytes > 0 {
			oracleNsPerByte = ns / nbytes
		}
	})
	return oracleNsPerByte
}

// BenchmarkParse parses and processes every corpus message (one op is one
// pass over the corpus). With the oracle installed it also reports our
// time divided by rspamd's for the same messages (x-oracle); rspamd's time
// includes HTML and URL extraction, which the Go pipeline leaves to its
// hooks (not set here), and language detection, which both do.
func BenchmarkParse(b *testing.B) {
	paths, data, total := benchCorpus(b)
	lang, err := loadTestDetector()
	if err != nil {
		b.Skip(err)
	}
	opts := &Options{MaxRecipients: 1024, Lang: lang}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range data {
			msg, err := Parse(d, opts)
			if err == nil {
				msg.Process()
			}
		}
	}
	if o := oracleParseTime(b, paths); o > 0 && b.N > 0 {
		ours := float64(b.Elapsed().Nanoseconds()) / float64(b.N) / float64(total)
		b.ReportMetric(ours/o, "x-oracle")
	}
}

// BenchmarkParseOnly measures the MIME structure and headers alone
// (Parse without Process).
func BenchmarkParseOnly(b *testing.B) {
	_, data, total := benchCorpus(b)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range data {
			Parse(d, &Options{MaxRecipients: 1024})
		}
	}
}
