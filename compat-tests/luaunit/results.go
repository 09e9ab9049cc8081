package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
)

// luaString is a string of the driver's records: Lua strings are bytes,
// which the driver writes as \u00XX escapes, one per byte.
type luaString string

// UnmarshalJSON decodes a JSON string whose characters are bytes.
func (s *luaString) UnmarshalJSON(b []byte) error {
	var u string
	if err := json.Unmarshal(b, &u); err != nil {
		return err
	}
	out := make([]byte, 0, len(u))
	for _, r := range u {
		if r > 0xff {
			return fmt.Errorf("character %U is not a byte", r)
		}
		out = append(out, byte(r))
	}
	*s = luaString(out)
	return nil
}

// record is one line of a results file (see driver.lua).
type record struct {
	Kind       string      `json:"kind"`
	Index      int         `json:"index"`
	Context    luaString   `json:"context"`
	Name       luaString   `json:"name"`
	Status     string      `json:"status"`
	Assertions int         `json:"assertions"`
	Message    *luaString  `json:"message"`
	Traceback  luaString   `json:"traceback"`
	UsesTask   bool        `json:"uses_task"`
	Misses     []luaString `json:"misses"`
	LoadError  *luaString  `json:"load_error"`
	Tests      int         `json:"tests"`
}

// Test is the outcome of one test case.
type Test struct {
	// Index is the test's position in the file's contexts table.
	Index int `json:"-"`
	// Context names the enclosing contexts, outermost first.
	Context string `json:"context"`
	Name    string `json:"name"`
	// Status is telescope's: pass, fail (an assertion), err, pending,
	// unassertive; or crash (the process died or timed out in the test).
	Status string `json:"status"`
	// Message is the assertion or error message, without a traceback.
	Message   string `json:"message,omitempty"`
	Traceback string `json:"-"`
	// UsesTask is set when the test used rspamd_task.
	UsesTask bool `json:"uses_task,omitempty"`
	// Misses are the names the test looked up and did not find, as
	// "module.name" or "rspamd{class}:name".
	Misses []string `json:"misses,omitempty"`
}

// File is the outcome of one test file.
type File struct {
	Name string `json:"file"`
	// LoadError is why the file stopped loading (its tests registered
	// before that still ran).
	LoadError    string   `json:"load_error,omitempty"`
	LoadUsesTask bool     `json:"load_uses_task,omitempty"`
	LoadMisses   []string `json:"load_misses,omitempty"`
	// Crash says why the process ended without finishing (timeout, exit
	// status); empty when it finished.
	Crash string `json:"crash,omitempty"`
	Tests []Test `json:"tests"`
	// Log is what the process wrote to standard output and error.
	Log []byte `json:"-"`
}

// normalizer replaces the run's paths in messages by stable names, so
// that runs from different places compare: the test directory's
// "unit/x.lua:1:" stays "unit/x.lua:1:", the Lua library becomes
// "lualib/" and the program that ran the tests (named by dlsym's errors)
// "<runtime>".
type normalizer struct{ from, to []string }

func newNormalizer(testDir, lualibDir, program string) normalizer {
	return normalizer{
		from: []string{strings.TrimSuffix(testDir, "/") + "/", strings.TrimSuffix(lualibDir, "/") + "/", program + ":"},
		to:   []string{"", "lualib/", "<runtime>:"},
	}
}

func (n normalizer) apply(s string) string {
	for i, f := range n.from {
		s = strings.ReplaceAll(s, f, n.to[i])
		s = replaceTruncated(s, f, n.to[i])
	}
	return s
}

// minTruncated is the shortest tail of a path taken for the path where
// Lua cut a long chunk name to "..." and its tail.
const minTruncated = 8

// replaceTruncated replaces "..." followed by a tail of path (how Lua
// names a chunk whose name is too long) by to.
func replaceTruncated(s, path, to string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "...")
		if i < 0 {
			break
		}
		rest := s[i+3:]
		n := 0
		for k := 0; k+minTruncated <= len(path); k++ {
			if strings.HasPrefix(rest, path[k:]) {
				n = len(path) - k
				break
			}
		}
		if n == 0 {
			b.WriteString(s[:i+3])
			s = rest
			continue
		}
		b.WriteString(s[:i])
		b.WriteString(to)
		s = rest[n:]
	}
	b.WriteString(s)
	return b.String()
}

// splitTraceback separates a message from the "stack traceback:" that
// debug.traceback appended to it.
func splitTraceback(s string) (msg, trace string) {
	if i := strings.Index(s, "\nstack traceback:"); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

func missNames(in []luaString) []string {
	out := make([]string, 0, len(in))
	for _, m := range in {
		owner, key, _ := strings.Cut(string(m), "\t")
		if strings.HasPrefix(owner, "rspamd{") {
			out = append(out, owner+":"+key)
		} else {
			out = append(out, owner+"."+key)
		}
	}
	return out
}

// parseResults reads a results file. A file without its "done" record
// ends with a crash: the test that started last is marked so, with why
// (the process's end, given by the caller).
func parseResults(path, name, ended string, norm normalizer) (*File, error) {
	f := &File{Name: name}
	data, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return nil, fmt.Errorf("read results of %s: %w", name, err)
	}
	done, sawFile := false, false
	started := -1
	var startedName, startedContext string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 64*1024*1024)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("results of %s: bad record %.80q: %w", name, sc.Text(), err)
		}
		switch r.Kind {
		case "file":
			sawFile = true
			if r.LoadError != nil {
				f.LoadError = norm.apply(string(*r.LoadError))
			}
			f.LoadUsesTask = r.UsesTask
			f.LoadMisses = missNames(r.Misses)
		case "start":
			started = r.Index
			startedName, startedContext = string(r.Name), string(r.Context)
		case "test":
			t := Test{Index: r.Index, Context: string(r.Context), Name: string(r.Name), Status: r.Status,
				UsesTask: r.UsesTask, Misses: missNames(r.Misses)}
			if r.Message != nil {
				t.Message, t.Traceback = splitTraceback(norm.apply(string(*r.Message)))
			}
			if t.Traceback == "" && r.Traceback != "" {
				t.Traceback = norm.apply(string(r.Traceback))
			}
			f.Tests = append(f.Tests, t)
			started = -1
		case "done":
			done = true
		default:
			return nil, fmt.Errorf("results of %s: unknown record kind %q", name, r.Kind)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read results of %s: %w", name, err)
	}
	if !done {
		if ended == "" {
			ended = "the run ended early"
		}
		f.Crash = ended
		if !sawFile {
			f.LoadError = "crash while loading: " + ended
		}
		if started >= 0 {
			f.Tests = append(f.Tests, Test{Index: started, Context: startedContext, Name: startedName,
				Status: "crash", Message: ended})
		}
	}
	return f, nil
}

// Kind is the verdict on a test of our runtime.
type Kind int

// The verdicts, in the order the summary lists them.
const (
	Pass Kind = iota
	Fail
	MissingAPI
	FFI
	Error
	Crash
	NotRun
	Skip
	Unassertive
	Pending
	numKinds
)

var kindLabels = [numKinds]string{"PASS", "FAIL", "MISSING", "FFI", "ERROR", "CRASH", "NOTRUN", "SKIP", "UNASSERTIVE", "PENDING"}

var kindSummary = [numKinds]string{"pass", "fail (behaviour)", "missing API", "FFI symbol", "error", "crash",
	"not run (file did not load)", "skipped (need a task)", "unassertive", "pending"}

func (k Kind) String() string { return kindLabels[k] }

// Verdict is a test's classification with what it names: the missing
// functions, the FFI symbol, the assertion or the error.
type Verdict struct {
	Kind   Kind
	Reason string
	// Missing are, for MISSING, the functions the test looked up in our
	// runtime and did not find where the oracle found them.
	Missing []string
}

// Blockers name what keeps a test from running in our runtime ("missing
// API: rspamd_util.foo", "FFI symbol: rspamd_url_init"); none when nothing
// missing is at fault (it passed, an assertion failed, another error).
func (v Verdict) Blockers() []string {
	switch v.Kind {
	case MissingAPI:
		if len(v.Missing) == 0 {
			return []string{"missing API: " + v.Reason}
		}
		out := make([]string, len(v.Missing))
		for i, m := range v.Missing {
			out[i] = "missing API: " + m
		}
		return out
	case FFI:
		return []string{"FFI symbol: " + v.Reason}
	case NotRun:
		return []string{v.Reason}
	}
	return nil
}

var (
	stubRe        = regexp.MustCompile(`([A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*): not available in this build`)
	nameRe        = regexp.MustCompile(`(?:field|method) '([^']*)'`)
	undefSymRe    = regexp.MustCompile(`undefined symbol: ([A-Za-z_][A-Za-z0-9_]*)`)
	missingDeclRe = regexp.MustCompile(`missing declaration for symbol '([^']*)'`)
)

// classifyError names what an error message says is missing: a function
// of a stubbed module, an FFI symbol, or a field or method the message
// names that is among the names the code looked up and did not find
// (missing). ok is false for other errors.
func classifyError(msg string, missing []string) (v Verdict, ok bool) {
	if m := stubRe.FindStringSubmatch(msg); m != nil {
		return Verdict{Kind: MissingAPI, Reason: m[1], Missing: []string{m[1]}}, true
	}
	if m := undefSymRe.FindStringSubmatch(msg); m != nil {
		return Verdict{Kind: FFI, Reason: m[1]}, true
	}
	if m := missingDeclRe.FindStringSubmatch(msg); m != nil {
		return Verdict{Kind: FFI, Reason: m[1]}, true
	}
	if m := nameRe.FindStringSubmatch(msg); m != nil {
		var found []string
		for _, name := range missing {
			if strings.HasSuffix(name, "."+m[1]) || strings.HasSuffix(name, ":"+m[1]) {
				found = append(found, name)
			}
		}
		if len(found) > 0 {
			return Verdict{Kind: MissingAPI, Reason: strings.Join(found, " or "), Missing: found}, true
		}
	}
	return Verdict{}, false
}

// newMisses are the misses of ours that the oracle's run of the same code
// did not have: functions our runtime lacks.
func newMisses(ours, oracle []string) []string {
	var out []string
	for _, m := range ours {
		if !slices.Contains(oracle, m) {
			out = append(out, m)
		}
	}
	return out
}

// firstLine is s up to its first line break.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// skipTask is the verdict on a test that needs a task our runtime lacks.
var skipTask = Verdict{Kind: Skip, Reason: "needs a task (rspamd_task is not available)"}

// classify gives the verdict on test t. missing are the names it looked up
// and did not find where the oracle found them; needsTask says whether the
// test needs a task (by our run or by the oracle's), taskStubbed whether
// our runtime lacks rspamd_task.
func classify(t Test, missing []string, needsTask, taskStubbed bool) Verdict {
	switch {
	case t.Status == "pass":
		return Verdict{Kind: Pass}
	case t.Status == "pending":
		return Verdict{Kind: Pending}
	case needsTask && taskStubbed:
		return skipTask
	case t.Status == "crash":
		return Verdict{Kind: Crash, Reason: firstLine(t.Message)}
	}
	if t.Status == "err" {
		if v, ok := classifyError(t.Message, missing); ok {
			return v
		}
	}
	if len(missing) > 0 {
		// a function our runtime lacks made the test fail, give up (an
		// error swallowed by pcall) or end without asserting
		reason := strings.Join(missing, ", ")
		if t.Message != "" {
			reason += "\n(" + t.Status + ": " + t.Message + ")"
		}
		return Verdict{Kind: MissingAPI, Reason: reason, Missing: missing}
	}
	switch t.Status {
	case "unassertive":
		return Verdict{Kind: Unassertive}
	case "fail":
		return Verdict{Kind: Fail, Reason: t.Message}
	}
	return Verdict{Kind: Error, Reason: t.Message}
}

// classifyLoad gives the verdict on the tests a file never registered
// because it failed to load; missing are the load's new misses.
func classifyLoad(f *File, missing []string) Verdict {
	if f.Crash != "" && f.LoadError == "" {
		return Verdict{Kind: NotRun, Reason: "crash: " + f.Crash}
	}
	if v, ok := classifyError(f.LoadError, missing); ok {
		return Verdict{Kind: NotRun, Reason: strings.Join(v.Blockers(), ", ")}
	}
	if len(missing) > 0 {
		return Verdict{Kind: NotRun, Reason: "missing API: " + strings.Join(missing, ", ")}
	}
	return Verdict{Kind: NotRun, Reason: "load error: " + firstLine(f.LoadError)}
}
