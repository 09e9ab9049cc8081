package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Golden is the oracle's outcome of every test, committed under
// compat-tests/golden/4.1.5/luaunit/.
type Golden struct {
	Rspamd string  `json:"rspamd"`
	Files  []*File `json:"files"`
}

// readGolden reads a golden file.
func readGolden(path string) (*Golden, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Golden
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

// writeGolden writes the oracle's outcomes (messages without tracebacks).
func writeGolden(path string, files []*File) error {
	b, err := json.MarshalIndent(Golden{Rspamd: "4.1.5", Files: files}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// testKey identifies a test across runs: its file, contexts, name and,
// for names that repeat, which occurrence.
type testKey struct {
	file, context, name string
	n                   int
}

// keyed returns the tests of f with their keys, in order.
func keyed(f *File) ([]testKey, map[testKey]*Test) {
	seen := map[testKey]int{}
	keys := make([]testKey, 0, len(f.Tests))
	byKey := make(map[testKey]*Test, len(f.Tests))
	for i := range f.Tests {
		t := &f.Tests[i]
		k := testKey{f.Name, t.Context, t.Name, 0}
		k.n = seen[k]
		seen[testKey{f.Name, t.Context, t.Name, 0}]++
		keys = append(keys, k)
		byKey[k] = t
	}
	return keys, byKey
}

// Entry is one line of the report: a test and its verdict.
type Entry struct {
	Key       testKey
	Verdict   Verdict
	NeedsTask bool
	// Oracle is the oracle's status from the golden ("" when unknown).
	Oracle string
	Test   *Test
}

// Report is a run's outcome with each test judged.
type Report struct {
	Files   []*File
	Entries map[string][]Entry // by file name
	Counts  [numKinds]int
	// NoTask counts the tests that need no task, and how many of them
	// pass.
	NoTask, NoTaskPass int
	// Blockers counts the tests each blocker keeps from passing: [0]
	// among those that need no task, [1] among all (skipped tests have
	// no blocker).
	Blockers map[string]*[2]int
	// OracleOnly are the tests that pass in the oracle and not here
	// (among those that need no task).
	OracleOnly int
	oracle     bool
}

// judge classifies every test of a run. golden (may be nil) supplies the
// tests of files that failed to load here (unless only some tests ran:
// filtered), whether a test needs a task and the oracle's status;
// taskStubbed says whether rspamd_task is missing.
func judge(files []*File, golden *Golden, taskStubbed, oracle, filtered bool) *Report {
	rep := &Report{Files: files, Entries: map[string][]Entry{}, Blockers: map[string]*[2]int{}, oracle: oracle}
	gold := map[string]*File{}
	if golden != nil {
		for _, f := range golden.Files {
			gold[f.Name] = f
		}
	}
	for _, f := range files {
		keys, byKey := keyed(f)
		var gkeys []testKey
		gByKey := map[testKey]*Test{}
		if g := gold[f.Name]; g != nil {
			gkeys, gByKey = keyed(g)
		}
		var entries []Entry
		add := func(k testKey, t *Test, v Verdict, needsTask bool) {
			e := Entry{Key: k, Verdict: v, NeedsTask: needsTask, Test: t}
			if gt := gByKey[k]; gt != nil {
				e.Oracle = gt.Status
			}
			entries = append(entries, e)
		}
		// misses are only news in our runtime, and there only those the
		// oracle's run did not have
		missing := func(ours, oracle []string) []string {
			if rep.oracle {
				return nil
			}
			return newMisses(ours, oracle)
		}
		for _, k := range keys {
			t := byKey[k]
			gt := gByKey[k]
			var gm []string
			if gt != nil {
				gm = gt.Misses
			}
			needsTask := t.UsesTask || (gt != nil && gt.UsesTask)
			add(k, t, classify(*t, missing(t.Misses, gm), needsTask, taskStubbed && !oracle), needsTask)
		}
		// tests the oracle ran that this run never registered: the file
		// stopped loading before them
		var loadMisses []string
		if g := gold[f.Name]; g != nil {
			loadMisses = g.LoadMisses
		}
		notRun := classifyLoad(f, missing(f.LoadMisses, loadMisses))
		for _, k := range gkeys {
			if byKey[k] != nil || filtered || (f.LoadError == "" && f.Crash == "") {
				continue
			}
			gt := gByKey[k]
			v := notRun
			if gt.UsesTask && taskStubbed && !oracle {
				v = skipTask
			}
			add(k, &Test{Context: gt.Context, Name: gt.Name, Status: "notrun"}, v, gt.UsesTask)
		}
		rep.Entries[f.Name] = entries
		for _, e := range entries {
			rep.Counts[e.Verdict.Kind]++
			for _, b := range e.Verdict.Blockers() {
				if rep.Blockers[b] == nil {
					rep.Blockers[b] = new([2]int)
				}
				rep.Blockers[b][1]++
				if !e.NeedsTask {
					rep.Blockers[b][0]++
				}
			}
			if e.NeedsTask {
				continue
			}
			rep.NoTask++
			if e.Verdict.Kind == Pass {
				rep.NoTaskPass++
			} else if e.Oracle == "pass" {
				rep.OracleOnly++
			}
		}
	}
	return rep
}

// Summary is the report's last line.
func (rep *Report) Summary() string {
	total := 0
	for _, n := range rep.Counts {
		total += n
	}
	var parts []string
	for k := Kind(0); k < numKinds; k++ {
		if rep.Counts[k] > 0 || k == Pass {
			parts = append(parts, fmt.Sprintf("%d %s", rep.Counts[k], kindSummary[k]))
		}
	}
	s := fmt.Sprintf("%d files, %d tests: %s; tests that need no message or scan: %d of %d pass",
		len(rep.Files), total, strings.Join(parts, ", "), rep.NoTaskPass, rep.NoTask)
	if !rep.oracle {
		s += fmt.Sprintf(" (%d more pass in the oracle)", rep.OracleOnly)
	}
	return s
}

// Print writes the report: every file and test with its verdict and, for
// tests that did not pass, why; then the blockers; then the summary line.
// verbose adds tracebacks and the processes' output.
func (rep *Report) Print(w io.Writer, verbose bool) {
	for _, f := range rep.Files {
		entries := rep.Entries[f.Name]
		fmt.Fprintf(w, "== %s (%d tests)\n", f.Name, len(entries))
		if f.LoadError != "" {
			fmt.Fprintf(w, "   load error: %s\n", indent(f.LoadError, "   "))
		}
		if f.Crash != "" {
			fmt.Fprintf(w, "   process: %s\n", f.Crash)
		}
		for _, e := range entries {
			name := e.Key.name
			if e.Key.context != "" {
				name = e.Key.context + " / " + name
			}
			if e.Key.n > 0 {
				name += fmt.Sprintf(" (#%d)", e.Key.n+1)
			}
			line := fmt.Sprintf("   %-11s %s", e.Verdict.Kind, name)
			if !rep.oracle && e.Oracle != "" && e.Oracle != "pass" {
				line += " [oracle: " + e.Oracle + "]"
			}
			fmt.Fprintln(w, line)
			if e.Verdict.Kind != Pass && e.Verdict.Reason != "" {
				fmt.Fprintf(w, "               %s\n", indent(e.Verdict.Reason, "               "))
			}
			if verbose && e.Test.Traceback != "" && e.Verdict.Kind != Pass {
				fmt.Fprintf(w, "               %s\n", indent(e.Test.Traceback, "               "))
			}
		}
		if verbose && len(f.Log) > 0 {
			fmt.Fprintf(w, "   output:\n      %s\n", indent(strings.TrimRight(string(f.Log), "\n"), "      "))
		}
	}
	if len(rep.Blockers) > 0 {
		fmt.Fprintln(w, "== blockers: what keeps how many tests from passing (tests that need no message or scan, all tests)")
		names := make([]string, 0, len(rep.Blockers))
		for b := range rep.Blockers {
			names = append(names, b)
		}
		sort.Slice(names, func(i, j int) bool {
			a, b := rep.Blockers[names[i]], rep.Blockers[names[j]]
			if *a != *b {
				return a[0] > b[0] || (a[0] == b[0] && a[1] > b[1])
			}
			return names[i] < names[j]
		})
		for _, b := range names {
			n := rep.Blockers[b]
			fmt.Fprintf(w, "   %4d %4d  %s\n", n[0], n[1], b)
		}
	}
	fmt.Fprintln(w, rep.Summary())
}

func indent(s, prefix string) string {
	return strings.ReplaceAll(s, "\n", "\n"+prefix)
}
