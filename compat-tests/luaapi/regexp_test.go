package luaapi_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/re"
	"github.com/gorspamd/rspamd/internal/trie"
)

// scriptCase is one "@@CASE" line of compat-tests/regexp/gen.lua with the
// log messages printed before it.
type scriptCase struct {
	json string
	logs []string
}

// ignoredRegexpLog matches debug lines of `rspamadm -v` that are not part
// of the comparison.
func ignoredRegexpLog(s string) bool { return strings.HasPrefix(s, "small pattern set (") }

// goldenCases parses golden/4.1.5/regexp/golden.txt (see
// compat-tests/regexp/gen.sh) and returns its cases and library versions.
func goldenCases(t *testing.T, text string) ([]scriptCase, map[string]string) {
	var cases []scriptCase
	versions := map[string]string{}
	var logs []string
	for n, l := range lines(text) {
		switch {
		case strings.HasPrefix(l, "V "):
			lib, ver, _ := strings.Cut(l[2:], " ")
			versions[lib] = ver
		case strings.HasPrefix(l, "C "):
			cases = append(cases, scriptCase{json: l[2:], logs: logs})
			logs = nil
		case strings.HasPrefix(l, "L+ "):
			if len(logs) == 0 {
				t.Fatalf("golden line %d: continuation without a message", n+1)
			}
			logs[len(logs)-1] += "\n" + l[3:]
		case strings.HasPrefix(l, "L "):
			logs = append(logs, l[2:])
		default:
			t.Fatalf("golden line %d: %q", n+1, l)
		}
	}
	return dropIgnored(cases), versions
}

// ourCases parses the output of gen.lua under our runtime the way gen.sh's
// awk parses the oracle's (messages are marked by the harness with a
// leading logMark).
func ourCases(t *testing.T, out string) []scriptCase {
	var cases []scriptCase
	var logs []string
	on, done := false, false
	for _, l := range lines(out) {
		switch {
		case l == "@@BEGIN":
			on = true
		case l == "@@END":
			on, done = false, true
		case !on:
		case strings.HasPrefix(l, "@@CASE "):
			cases = append(cases, scriptCase{json: l[len("@@CASE "):], logs: logs})
			logs = nil
		case strings.HasPrefix(l, logMark):
			// gen.sh strips the time stamps of rspamadm -v
			logs = append(logs, timeStamp.ReplaceAllString(l[len(logMark):], ""))
		case len(logs) > 0:
			logs[len(logs)-1] += "\n" + l
		default:
			t.Fatalf("unexpected output line %q", l)
		}
	}
	if !done {
		t.Fatal("gen.lua did not finish")
	}
	return dropIgnored(cases)
}

func dropIgnored(cases []scriptCase) []scriptCase {
	for i := range cases {
		kept := cases[i].logs[:0:0]
		for _, l := range cases[i].logs {
			if !ignoredRegexpLog(l) {
				kept = append(kept, l)
			}
		}
		cases[i].logs = kept
	}
	return cases
}

// timeStamp is the time stamp of a line of rspamadm -v.
var timeStamp = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:.]+ `)

// pcreTexts start where PCRE2's own words begin in a log message.
var pcreTexts = []string{"regexp parsing error: '", "jit compilation is not supported: "}

// samePCREPrefix reports whether two messages are equal up to the text
// PCRE2 produces (which changes between PCRE2 versions).
func samePCREPrefix(a, b string) bool {
	for _, p := range pcreTexts {
		if i, j := strings.Index(a, p), strings.Index(b, p); i >= 0 && i == j && a[:i] == b[:j] {
			return true
		}
	}
	return false
}

// TestRegexpGenLua runs compat-tests/regexp/gen.lua, the generator of the
// regexp and trie goldens, through our rspamd_regexp, rspamd_trie and
// rspamd_text and compares every case and log line with the oracle's.
func TestRegexpGenLua(t *testing.T) {
	want, versions := goldenCases(t, readGolden(t, "regexp", "golden.txt"))
	got := ourCases(t, run(t, verbose, "../regexp/gen.lua"))
	pcreDiffers := !strings.HasPrefix(re.PCRE2Version(), versions["pcre2"]+" ")
	if pcreDiffers {
		t.Logf("linked PCRE2 %s, the oracle has %s: PCRE2's own messages are not compared", re.PCRE2Version(), versions["pcre2"])
	}
	if !trie.HasHyperscan() {
		t.Log("no Hyperscan: the oracle's tries ran on Hyperscan, trie cases may differ")
	}
	if len(got) != len(want) {
		t.Errorf("%d cases, the oracle has %d", len(got), len(want))
	}
	failed, pcreOnly := 0, 0
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if g.json != w.json {
			failed++
			if failed <= 30 {
				t.Errorf("case %d:\n got  %s\n want %s", i+1, g.json, w.json)
			}
			continue
		}
		if strings.Join(g.logs, "\x00") == strings.Join(w.logs, "\x00") {
			continue
		}
		if pcreDiffers && len(g.logs) == len(w.logs) {
			same := true
			for j := range g.logs {
				same = same && (g.logs[j] == w.logs[j] || samePCREPrefix(g.logs[j], w.logs[j]))
			}
			if same {
				pcreOnly++
				continue
			}
		}
		failed++
		if failed <= 30 {
			t.Errorf("case %d %s: logs\n got  %q\n want %q", i+1, g.json, g.logs, w.logs)
		}
	}
	t.Logf("%d/%d cases equal the oracle's (%d differ only in PCRE2's message text)", len(want)-failed, len(want), pcreOnly)
}
