// Package regexp_test compares internal/re and internal/trie with the
// behaviour of rspamd 4.1.5's rspamd_regexp and rspamd_trie Lua modules,
// recorded by gen.sh into compat-tests/golden/4.1.5/regexp/golden.txt.
package regexp_test

import (
	"bufio"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

const goldenPath = "../golden/4.1.5/regexp/golden.txt"

// goldenCase is one oracle case with the log lines it produced.
type goldenCase struct {
	line   int
	raw    string
	fields map[string]any
	logs   []string
}

// ignoredLog matches oracle log lines that are debug noise of rspamadm -v.
func ignoredLog(s string) bool {
	return strings.HasPrefix(s, "small pattern set (")
}

// golden is the parsed golden file.
type golden struct {
	cases    []goldenCase
	versions map[string]string // library versions of the oracle
}

func loadGolden(t *testing.T) *golden {
	t.Helper()
	f, err := os.Open(goldenPath)
	if err != nil {
		t.Fatalf("open golden: %v", err)
	}
	defer f.Close()
	g := &golden{versions: map[string]string{}}
	var logs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "C "):
			c := goldenCase{line: n, raw: line[2:], logs: logs}
			if err := json.Unmarshal([]byte(line[2:]), &c.fields); err != nil {
				t.Fatalf("golden line %d: %v", n, err)
			}
			g.cases = append(g.cases, c)
			logs = nil
		case strings.HasPrefix(line, "V "):
			lib, ver, _ := strings.Cut(line[2:], " ")
			g.versions[lib] = ver
		case strings.HasPrefix(line, "L+ "):
			if len(logs) == 0 {
				t.Fatalf("golden line %d: continuation without a log line", n)
			}
			logs[len(logs)-1] += "\n" + line[3:]
		case strings.HasPrefix(line, "L "):
			if !ignoredLog(line[2:]) {
				logs = append(logs, line[2:])
			}
		default:
			t.Fatalf("golden line %d: unknown kind %q", n, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read golden: %v", err)
	}
	if len(g.cases) == 0 {
		t.Fatal("golden holds no cases")
	}
	return g
}

// str decodes a hex-encoded string field.
func (c *goldenCase) str(t *testing.T, k string) string {
	v, ok := c.fields[k].(string)
	if !ok {
		t.Fatalf("golden line %d: field %s is not a string", c.line, k)
	}
	b, err := hex.DecodeString(v)
	if err != nil {
		t.Fatalf("golden line %d: field %s: %v", c.line, k, err)
	}
	return string(b)
}

// strs decodes an optional array of hex-encoded strings.
func (c *goldenCase) strs(t *testing.T, k string) ([]string, bool) {
	raw, ok := c.fields[k].([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, len(raw))
	for i, v := range raw {
		s, _ := v.(string)
		b, err := hex.DecodeString(s)
		if err != nil {
			t.Fatalf("golden line %d: field %s[%d]: %v", c.line, k, i, err)
		}
		out[i] = string(b)
	}
	return out, true
}

// optStr decodes an optional hex-encoded string field.
func (c *goldenCase) optStr(t *testing.T, k string) (string, bool) {
	if _, ok := c.fields[k]; !ok {
		return "", false
	}
	return c.str(t, k), true
}

func (c *goldenCase) flag(k string) bool {
	b, _ := c.fields[k].(bool)
	return b
}

func (c *goldenCase) num(t *testing.T, k string) int {
	v, ok := c.fields[k].(float64)
	if !ok {
		t.Fatalf("golden line %d: field %s is not a number", c.line, k)
	}
	return int(v)
}

// Values are compared in the shape gen.lua writes them: strings hex
// encoded, Lua sequences as arrays, other tables as objects keyed by the
// decimal key.
func hs(s string) any { return hex.EncodeToString([]byte(s)) }

// luaTable renders a table with integer keys the way gen.lua does.
func luaTable(m map[int]any) any {
	seq := true
	for i := 1; i <= len(m); i++ {
		if _, ok := m[i]; !ok {
			seq = false
			break
		}
	}
	if seq {
		a := make([]any, len(m))
		for i := range a {
			a[i] = m[i+1]
		}
		return a
	}
	o := make(map[string]any, len(m))
	for k, v := range m {
		o[strconv.Itoa(k)] = v
	}
	return o
}

// normalize turns a value built by the test into what encoding/json gives
// for the golden (float64 numbers, []any, map[string]any).
func normalize(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}

// logCapture is a slog handler recording messages for comparison with the
// oracle's log lines.
type logCapture struct {
	mu   sync.Mutex
	msgs []string
}

func (l *logCapture) Enabled(context.Context, slog.Level) bool { return true }
func (l *logCapture) Handle(_ context.Context, r slog.Record) error {
	if r.Level < slog.LevelInfo {
		return nil
	}
	l.mu.Lock()
	l.msgs = append(l.msgs, r.Message)
	l.mu.Unlock()
	return nil
}
func (l *logCapture) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logCapture) WithGroup(string) slog.Handler      { return l }

func (l *logCapture) take() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	m := l.msgs
	l.msgs = nil
	return m
}

func (l *logCapture) add(format string, args ...any) {
	l.mu.Lock()
	l.msgs = append(l.msgs, fmt.Sprintf(format, args...))
	l.mu.Unlock()
}

// tally counts matching and differing cases per operation.
type tally struct {
	pass, fail map[string]int
	shown      int
	// pcreMessages: the linked PCRE2 is not the oracle's, so PCRE2's own
	// error texts (and offsets) may differ; such cases are counted apart.
	pcreMessages bool
	pcreDiffs    int
}

func newTally() *tally { return &tally{pass: map[string]int{}, fail: map[string]int{}} }

// pcreTextPrefixes end where PCRE2's own text starts in a log line.
var pcreTextPrefixes = []string{"regexp parsing error: '", "jit compilation is not supported: "}

// onlyPCRETextDiffers reports whether two log line lists differ only in
// text that PCRE2 produces.
func onlyPCRETextDiffers(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] == want[i] {
			continue
		}
		same := false
		for _, p := range pcreTextPrefixes {
			gi, wi := strings.Index(got[i], p), strings.Index(want[i], p)
			if gi >= 0 && gi == wi && got[i][:gi] == want[i][:wi] {
				same = true
				break
			}
		}
		if !same {
			return false
		}
	}
	return true
}

func (tl *tally) check(t *testing.T, c *goldenCase, want, got any, gotLogs []string) {
	t.Helper()
	op, _ := c.fields["op"].(string)
	want = normalize(want)
	if gotLogs == nil {
		gotLogs = []string{}
	}
	wantLogs := c.logs
	if wantLogs == nil {
		wantLogs = []string{}
	}
	g := normalize(got)
	if reflect.DeepEqual(g, want) {
		if reflect.DeepEqual(gotLogs, wantLogs) {
			tl.pass[op]++
			return
		}
		if tl.pcreMessages && onlyPCRETextDiffers(gotLogs, wantLogs) {
			tl.pcreDiffs++
			t.Logf("golden line %d: PCRE2 message differs: got %q want %q", c.line, gotLogs, wantLogs)
			return
		}
	}
	tl.fail[op]++
	if tl.shown < 40 {
		tl.shown++
		gb, _ := json.Marshal(g)
		wb, _ := json.Marshal(want)
		t.Errorf("golden line %d: %s\n got  %s logs %q\n want %s logs %q", c.line, c.raw, gb, gotLogs, wb, wantLogs)
	}
}

func (tl *tally) report(t *testing.T) {
	ops := make([]string, 0, len(tl.pass)+len(tl.fail))
	seen := map[string]bool{}
	for op := range tl.pass {
		seen[op] = true
	}
	for op := range tl.fail {
		seen[op] = true
	}
	for op := range seen {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	total, ok := 0, 0
	for _, op := range ops {
		t.Logf("%-12s %5d/%5d match the oracle", op, tl.pass[op], tl.pass[op]+tl.fail[op])
		total += tl.pass[op] + tl.fail[op]
		ok += tl.pass[op]
	}
	if tl.pcreDiffs > 0 {
		t.Logf("pcre2 text   %5d cases differ only in PCRE2's message or offset", tl.pcreDiffs)
		total += tl.pcreDiffs
	}
	t.Logf("total        %5d/%5d match the oracle", ok, total)
}
