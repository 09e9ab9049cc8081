package mime

import (
	"fmt"
	"os"
	"path/filepath"
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
	{"parts", []string{"part"}, []string{".detected_type", ".detected_ext", ".is_image", ".is_archive"}},
	{"text", []string{"text"}, []string{".words", ".languages", ".language", ".urls_length"}},
	{"words", []string{"text"}, []string{".part", ".alt", ".is_", ".has_", ".charset", ".length", ".lines_count",
		".stats", ".c.", ".languages", ".language", ".urls_length", ".raw_length"}},
	{"language", []string{"text"}, []string{".part", ".alt", ".is_", ".has_", ".charset", ".length", ".lines_count",
		".stats", ".c.", ".words", ".urls_length", ".raw_length"}},
	{"vars", []string{"task.var.parts_distance", "task.var.total_words", "task.var.avg_words_len", "task.var.short_words_cnt"}, nil},
	{"meta", []string{"meta"}, nil},
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

// goldenDetector replays the oracle's content type detection.
func goldenDetector(g *taskdump.Dump) Detector {
	return func(msg *Message, p *Part) (Detection, bool) {
		k := fmt.Sprintf("part.%d", p.Number+1)
		var det Detection
		t, _ := g.Str(k + ".detected_type.1")
		s, _ := g.Str(k + ".detected_type.2")
		if t != "" {
			det.CT = t + "/" + s
			if t == "text" {
				det.Type = "text"
			}
		}
		det.Ext, _ = g.Str(k + ".detected_ext")
		return det, det.CT != "" || det.Ext != ""
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
	detectorOnce.Do(func() {
		dir := filepath.Join(taskdump.RepoRoot(), "languages")
		detector, detectorErr = text.LoadDetector(dir)
		if detector != nil {
			detector.StopWordDetection = false
		}
	})
	if detectorErr != nil {
		t.Skipf("no language models (run make upstream): %v", detectorErr)
	}
	return detector
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
		msg, err := Parse(data, &Options{Detector: goldenDetector(g), MaxRecipients: 1024,
			Lang: testDetector(t), Hooks: Hooks{HTML: goldenHTML(g)}})
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
	if len(failures) > 0 {
		sort.Strings(failures)
		t.Errorf("%d section mismatches, e.g.:\n%s", len(failures), strings.Join(failures[:min(40, len(failures))], "\n"))
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
