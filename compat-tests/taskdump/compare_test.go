package taskdump

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
)

// knownFile lists the messages whose dumps are known to differ from the
// oracle's, each with the cause ("tree/path: cause"); the comparison fails
// on any other difference and on a listed message that matches now.
const knownFile = "testdata/known.txt"

// readKnown reads knownFile: message name -> cause.
func readKnown(t *testing.T) map[string]string {
	data, err := os.ReadFile(knownFile)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		name, cause, _ := strings.Cut(l, ": ")
		known[name] = cause
	}
	return known
}

// firstDiff shows the first differing lines of two dumps.
func firstDiff(want, got []byte, n int) string {
	wl := strings.Split(string(want), "\n")
	gl := strings.Split(string(got), "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w == g {
			continue
		}
		fmt.Fprintf(&b, "  line %d\n  - %.300s\n  + %.300s\n", i+1, w, g)
		if shown++; shown >= n {
			break
		}
	}
	return b.String()
}

type runResult struct {
	out []byte
	err error
}

// runAll runs dump.lua on every message, as many at a time as there are
// processors.
func runAll(msgs []Message) []runResult {
	res := make([]runResult, len(msgs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				res[i].out, res[i].err = runScript("dump.lua", msgs[i].Path)
			}
		}()
	}
	for i := range msgs {
		next <- i
	}
	close(next)
	wg.Wait()
	return res
}

// TestDumps runs dump.lua with our rspamadm lua on every corpus message
// that has an oracle dump and compares the dumps byte for byte. It logs the
// share of identical dumps per tree (shared, own, synth); the differences
// must be the ones knownFile explains. TASKDUMP_DIFF=<substring> shows the
// differences of the matching messages; TASKDUMP_ONLY=<substring> runs
// only those.
func TestDumps(t *testing.T) {
	needRspamadm(t)
	msgs, err := Corpus()
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) == 0 {
		t.Skip("no corpus messages with task dumps (shared corpus absent?)")
	}
	only, show := os.Getenv("TASKDUMP_ONLY"), os.Getenv("TASKDUMP_DIFF")
	known := readKnown(t)
	type tally struct{ same, total int }
	trees := map[string]*tally{}
	var unexpected, fixed, oracleFailed []string
	var sel []Message
	for _, m := range msgs {
		if only == "" || strings.Contains(m.Name, only) {
			sel = append(sel, m)
		}
	}
	outs := runAll(sel)
	for i, m := range sel {
		want, err := os.ReadFile(m.Golden)
		if err != nil {
			t.Fatal(err)
		}
		tree, _, _ := strings.Cut(m.Name, "/")
		if bytes.Equal(bytes.TrimSpace(want), []byte("task.oracle_crash true")) {
			// the oracle failed on the message (it aborts on GTUBE
			// messages and cannot load empty files): nothing to compare
			oracleFailed = append(oracleFailed, m.Name)
			continue
		}
		if trees[tree] == nil {
			trees[tree] = &tally{}
		}
		tl := trees[tree]
		tl.total++
		got, err := outs[i].out, outs[i].err
		if err != nil {
			got = append(got, []byte("\n!runner error "+err.Error())...)
		}
		cause, isKnown := known[m.Name]
		if bytes.Equal(want, got) {
			tl.same++
			if isKnown {
				fixed = append(fixed, m.Name)
			}
			continue
		}
		if show != "" && strings.Contains(m.Name, show) {
			t.Logf("%s (%s):\n%s", m.Name, cause, firstDiff(want, got, 8))
		}
		if !isKnown {
			unexpected = append(unexpected, m.Name)
		}
	}
	names := make([]string, 0, len(trees))
	for n := range trees {
		names = append(names, n)
	}
	sort.Strings(names)
	var rep []string
	all := tally{}
	for _, n := range names {
		tl := trees[n]
		all.same += tl.same
		all.total += tl.total
		rep = append(rep, fmt.Sprintf("%s %d/%d (%.1f%%)", n, tl.same, tl.total, 100*float64(tl.same)/float64(tl.total)))
	}
	rep = append(rep, fmt.Sprintf("all %d/%d (%.1f%%)", all.same, all.total, 100*float64(all.same)/float64(all.total)))
	t.Logf("identical dumps: %s", strings.Join(rep, ", "))
	if len(oracleFailed) > 0 {
		t.Logf("not compared, the oracle failed on them: %s", strings.Join(oracleFailed, ", "))
	}
	if len(unexpected) > 0 {
		t.Errorf("%d dumps differ from the oracle's without a known cause (TASKDUMP_DIFF=<name> shows them):\n%s",
			len(unexpected), strings.Join(unexpected, "\n"))
	}
	if len(fixed) > 0 && only == "" {
		t.Errorf("%d dumps listed in %s match now; remove them:\n%s", len(fixed), filepath.Join("compat-tests", "taskdump", knownFile), strings.Join(fixed, "\n"))
	}
}
