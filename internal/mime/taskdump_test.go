package mime

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/taskdump"
	"github.com/gorspamd/rspamd/internal/text"
)

// sections are the dump sections this package answers for, each a list of
// key prefixes; parts leave out what the Lua content detector decides.
var sections = []struct {
	name     string
	prefixes []string
	skip     []string
}{
	{"task", []string{"task.size", "task.message_id", "task.subject", "task.date", "task.newlines",
		"task.flag.broken_headers", "task.flag.bad_unicode", "task.flag.mime", "task.raw_headers",
		"task.rawbody", "task.content", "task.var.headers_hash"}, nil},
	{"digest", []string{"task.digest"}, nil},
	{"headers", []string{"hdr", "hdrcount"}, nil},
	{"addr", []string{"addr"}, nil},
	{"received", []string{"rcvd"}, nil},
	{"parts", []string{"part"}, []string{".detected_type", ".detected_ext"}},
	{"text", []string{"text"}, []string{".words", ".languages", ".language", ".urls_length"}},
	{"words", []string{"text"}, []string{".part", ".alt", ".is_", ".has_", ".charset", ".length", ".lines_count",
		".stats", ".c.", ".languages", ".language", ".urls_length", ".raw_length"}},
	{"language", []string{"text"}, []string{".part", ".alt", ".is_", ".has_", ".charset", ".length", ".lines_count",
		".stats", ".c.", ".words", ".urls_length", ".raw_length"}},
	{"vars", []string{"task.var.parts_distance", "task.var.total_words", "task.var.avg_words_len", "task.var.short_words_cnt"}, nil},
	{"meta", []string{"meta"}, nil},
	{"images", []string{"img"}, nil},
	{"archives", []string{"arch"}, nil},
}

func sectionLines(d *taskdump.Dump, prefixes, skip []string) []string {
	var out []string
	for _, k := range d.Keys {
		ok := false
		for _, p := range prefixes {
			if k == p || strings.HasPrefix(k, p+".") {
				ok = true
				break
			}
		}
		for _, s := range skip {
			if strings.Contains(k, s) {
				ok = false
			}
		}
		if ok {
			out = append(out, k+" "+taskdump.Format(d.Values[k]))
		}
	}
	return out
}

// magicType is what lua_magic's types.lua says about an extension.
type magicType struct {
	typ    string
	noText bool
}

var (
	magicOnce  sync.Once
	magicTypes map[string]magicType
)

// loadMagicTypes reads lualib/lua_magic/types.lua of the upstream tree.
func loadMagicTypes() map[string]magicType {
	magicOnce.Do(func() {
		magicTypes = map[string]magicType{}
		data, err := os.ReadFile(filepath.Join(taskdump.RepoRoot(), "lualib", "lua_magic", "types.lua"))
		if err != nil {
			return
		}
		re := regexp.MustCompile(`(?m)^\s+(\w+) = \{([^}]*)\}`)
		for _, m := range re.FindAllStringSubmatch(string(data), -1) {
			var mt magicType
			if t := regexp.MustCompile(`type = '(\w+)'`).FindStringSubmatch(m[2]); t != nil {
				mt.typ = t[1]
			}
			mt.noText = strings.Contains(m[2], "no_text = true")
			magicTypes[m[1]] = mt
		}
	})
	return magicTypes
}

// goldenDetector replays the oracle's content type detection (lua_magic):
// the detected type and extension come from the dump, the type class and
// the no_text flag from lua_magic's table.
func goldenDetector(g *taskdump.Dump) Detector {
	types := loadMagicTypes()
	seen := map[*Part]bool{}
	return func(msg *Message, p *Part) (Detection, bool) {
		// lua_magic first calls zip-based formats (office, epub, ...)
		// "zip" and refines them once the archive is listed.
		if !seen[p] && strings.HasPrefix(string(p.Parsed), "PK\x03\x04") {
			seen[p] = true
			return Detection{Ext: "zip", CT: "application/zip", Type: "archive"}, true
		}
		seen[p] = true
		k := fmt.Sprintf("part.%d", p.Number+1)
		var det Detection
		t, _ := g.Str(k + ".detected_type.1")
		s, _ := g.Str(k + ".detected_type.2")
		if t != "" {
			det.CT = t + "/" + s
		}
		det.Ext, _ = g.Str(k + ".detected_ext")
		if mt, ok := types[det.Ext]; ok {
			det.Type, det.NoText = mt.typ, mt.noText
		} else if t == "text" {
			det.Type = "text"
		}
		return det, det.CT != "" || det.Ext != ""
	}
}

// goldenURLs stands in for the URL extractor: the URLs of the oracle's dump
// are looked up in the stripped text and become exceptions.
func goldenURLs(g *taskdump.Dump) func(*Message, *TextPart, URLMode) []text.Exception {
	type gurl struct{ raw, tld string }
	var urls []gurl
	for i := 1; ; i++ {
		k := fmt.Sprintf("url.%d", i)
		raw, ok := g.Str(k + ".raw")
		if !ok {
			break
		}
		if v, ok := g.Get(k + ".flags.schemaless"); ok && v.Bool {
			if j := strings.Index(raw, ":"); j >= 0 {
				raw = strings.TrimPrefix(raw[j+1:], "//")
			}
		}
		tld, _ := g.Str(k + ".tld")
		urls = append(urls, gurl{raw, tld})
	}
	return func(msg *Message, tp *TextPart, mode URLMode) []text.Exception {
		var out []text.Exception
		lower := strings.ToLower(string(tp.Stripped))
		taken := map[int]int{}
		for _, u := range urls {
			if u.raw == "" {
				continue
			}
			r := strings.ToLower(u.raw)
			for off := 0; ; {
				i := strings.Index(lower[off:], r)
				if i < 0 {
					break
				}
				pos := off + i
				if n, ok := taken[pos]; !ok || n < len(r) {
					taken[pos] = len(r)
				}
				off = pos + len(r)
			}
		}
		for _, u := range urls {
			r := strings.ToLower(u.raw)
			for pos, n := range taken {
				if n == len(r) && strings.HasPrefix(lower[pos:], r) {
					out = append(out, text.Exception{Pos: pos, Len: n, Type: text.ExceptionURL, TLD: u.tld})
					delete(taken, pos)
				}
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
		return out
	}
}

// goldenContent stands in for lua_content: the parts it handles
// (calendars, vCards, PDF) become Lua parts, and the text the oracle
// extracted from a PDF is injected as a virtual text part.
func goldenContent(g *taskdump.Dump) func(*Message, *Part) {
	return func(msg *Message, p *Part) {
		switch p.DetectedExt {
		case "ics", "vcf", "pdf":
			p.Type = PartCustomLua
		default:
			return
		}
		for i := 1; ; i++ {
			k := fmt.Sprintf("part.%d", i)
			inj, ok := g.Get(k + ".is_injected")
			if !ok {
				return
			}
			parent, _ := g.Get(k + ".parent")
			if !inj.Bool || parent.Kind != taskdump.Number || int(parent.Num) != p.Number+1 {
				continue
			}
			t, _ := g.Get(k + ".text")
			raw, _ := g.Str(fmt.Sprintf("text.%d.c.raw", int(t.Num)))
			msg.InjectTextPart([]byte(raw), p)
		}
	}
}

// goldenHTML replays the text the oracle extracted from HTML parts.
func goldenHTML(g *taskdump.Dump) func(*Message, *TextPart, []byte) HTMLResult {
	return func(msg *Message, tp *TextPart, src []byte) HTMLResult {
		for i := 1; ; i++ {
			k := fmt.Sprintf("text.%d", i)
			v, ok := g.Get(k + ".part")
			if !ok {
				return HTMLResult{}
			}
			if int(v.Num) == tp.Part.Number+1 {
				c, _ := g.Str(k + ".c.content")
				return HTMLResult{Content: []byte(c)}
			}
		}
	}
}

var (
	detectorOnce sync.Once
	detector     *text.Detector
	detectorErr  error
)

// testDetector loads the language models of the upstream tree (languages/)
// without stop word detection, as `rspamadm lua` runs it.
func testDetector(t *testing.T) *text.Detector {
	if _, err := loadTestDetector(); err != nil {
		t.Skipf("no language models (run make upstream): %v", err)
	}
	return detector
}

func loadTestDetector() (*text.Detector, error) {
	detectorOnce.Do(func() {
		dir := filepath.Join(taskdump.RepoRoot(), "languages")
		detector, detectorErr = text.LoadDetector(dir)
		if detector != nil {
			detector.StopWordDetection = false
		}
	})
	return detector, detectorErr
}

// TestTaskDumps parses every corpus message and compares the sections with
// the oracle's dumps; it fails on any difference and logs the match rate
// of every section. TASKDUMP_DIFF=<name substring> prints the differences.
func TestTaskDumps(t *testing.T) {
	msgs, err := taskdump.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) == 0 {
		t.Skip("no corpus messages with task dumps (shared corpus absent?)")
	}
	show := os.Getenv("TASKDUMP_DIFF")
	match := map[string]int{}
	total := 0
	var failures []string
	for _, m := range msgs {
		g, err := taskdump.ReadFile(m.Golden)
		if err != nil {
			t.Fatal(err)
		}
		if g.Crashed() {
			continue
		}
		data, err := os.ReadFile(m.Path)
		if err != nil {
			t.Fatal(err)
		}
		total++
		testDetector(t).ResetStatistics()
		msg, err := Parse(data, &Options{Detector: goldenDetector(g), MaxRecipients: 1024,
			Lang: testDetector(t), Hooks: Hooks{HTML: goldenHTML(g), Content: goldenContent(g), URLs: goldenURLs(g)}})
		if err != nil {
			failures = append(failures, m.Name+": "+err.Error())
			continue
		}
		msg.Process()
		ours := dumpMessage(msg)
		for _, s := range sections {
			want := sectionLines(g, s.prefixes, s.skip)
			got := sectionLines(ours, s.prefixes, s.skip)
			if strings.Join(want, "\n") == strings.Join(got, "\n") {
				match[s.name]++
				continue
			}
			failures = append(failures, m.Name+": "+s.name)
			if show != "" && strings.Contains(m.Name, show) {
				t.Logf("%s %s:\n%s", m.Name, s.name, diffLines(want, got))
			}
		}
	}
	names := make([]string, 0, len(sections))
	for _, s := range sections {
		names = append(names, s.name)
	}
	var rep []string
	for _, n := range names {
		rep = append(rep, fmt.Sprintf("%s %d/%d (%.1f%%)", n, match[n], total, 100*float64(match[n])/float64(total)))
	}
	t.Logf("task dump match: %s", strings.Join(rep, ", "))
	checkKnown(t, failures)
}

// knownFile lists the section mismatches that are understood (see the
// comments in the file); the test fails when the list is out of date.
// TASKDUMP_UPDATE=1 rewrites it.
const knownFile = "testdata/taskdump_known.txt"

func checkKnown(t *testing.T, failures []string) {
	sort.Strings(failures)
	if os.Getenv("TASKDUMP_UPDATE") != "" {
		var b strings.Builder
		b.WriteString("# Task dump sections that differ from the oracle, one \"message: section\" per line.\n")
		b.WriteString("# Regenerate with TASKDUMP_UPDATE=1 go test ./internal/mime -run TestTaskDumps.\n")
		for _, f := range failures {
			b.WriteString(f + "\n")
		}
		if err := os.WriteFile(knownFile, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(knownFile)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			known[l] = true
		}
	}
	var regressions, fixed []string
	for _, f := range failures {
		if !known[f] {
			regressions = append(regressions, f)
		}
		delete(known, f)
	}
	for f := range known {
		fixed = append(fixed, f)
	}
	sort.Strings(fixed)
	if len(regressions) > 0 {
		t.Errorf("%d new section mismatches (TASKDUMP_DIFF=<name> shows them):\n%s", len(regressions), strings.Join(regressions, "\n"))
	}
	if len(fixed) > 0 {
		t.Errorf("%d known mismatches now match; update %s (TASKDUMP_UPDATE=1):\n%s", len(fixed), knownFile, strings.Join(fixed, "\n"))
	}
}

// diffLines shows the first differing lines of two sections.
func diffLines(want, got []string) string {
	var b strings.Builder
	n := 0
	i, j := 0, 0
	for (i < len(want) || j < len(got)) && n < 12 {
		switch {
		case i < len(want) && j < len(got) && want[i] == got[j]:
			i++
			j++
			continue
		case i < len(want) && j < len(got):
			fmt.Fprintf(&b, "- %.300s\n+ %.300s\n", want[i], got[j])
			i++
			j++
		case i < len(want):
			fmt.Fprintf(&b, "- %.300s\n", want[i])
			i++
		default:
			fmt.Fprintf(&b, "+ %.300s\n", got[j])
			j++
		}
		n++
	}
	return b.String()
}
