// Package uclcompat compares internal/ucl with the oracle's libucl: every
// case listed in golden/4.1.5/ucl/cases.txt was parsed and emitted by real
// rspamd 4.1.5 (see gen.sh, gen.lua) and the outputs committed; the test
// does the same with our package and requires identical bytes.
package uclcompat

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/ucl"
)

const goldenDir = "../golden/4.1.5/ucl"

// goldenCase is one line of cases.txt run with one set of flags.
type goldenCase struct {
	name, method string
	flags        int
}

func readManifest(t *testing.T) []goldenCase {
	t.Helper()
	f, err := os.Open(filepath.Join(goldenDir, "cases.txt"))
	if err != nil {
		t.Fatalf("open manifest: %v", err)
	}
	defer f.Close()
	var out []goldenCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w := strings.Fields(line)
		for _, fl := range w[2:] {
			n, err := strconv.Atoi(fl)
			if err != nil {
				t.Fatalf("bad flags in %q: %v", line, err)
			}
			out = append(out, goldenCase{name: w[0], method: w[1], flags: n})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read manifest: %v", err)
	}
	return out
}

// goldenVars are the variables gen.lua registers, in the same order.
var goldenVars = [][2]string{
	{"A", "a-value"}, {"AB", "ab-value"}, {"CONFDIR", "/etc/rspamd"},
	{"EMPTY", ""}, {"WITH_SPACE", "x y"},
}

func section(b *bytes.Buffer, name string, data []byte) {
	fmt.Fprintf(b, "== %s %d\n", name, len(data))
	b.Write(data)
	b.WriteByte('\n')
}

// run reproduces gen.lua's run() with our parser.
func run(t *testing.T, casesDir string, c goldenCase) []byte {
	t.Helper()
	p := ucl.NewParser(ucl.ParserFlags(c.flags))
	for _, v := range goldenVars {
		p.RegisterVariable(v[0], v[1])
	}
	path := filepath.Join(casesDir, c.name)
	var err error
	switch c.method {
	case "file":
		err = p.AddFile(path)
	case "multi":
		data, rerr := os.ReadFile(path)
		if rerr != nil {
			t.Fatal(rerr)
		}
		for _, piece := range strings.Split(string(data)+"\n%%\n", "\n%%\n") {
			if err = p.AddChunkFull([]byte(piece), 0, ucl.DuplicateAppend, ucl.ParseUCL); err != nil {
				break
			}
		}
	default:
		data, rerr := os.ReadFile(path)
		if rerr != nil {
			t.Fatal(rerr)
		}
		pt := map[string]ucl.ParseType{"string": ucl.ParseUCL, "msgpack": ucl.ParseMsgpack,
			"sexp": ucl.ParseCSexp, "auto": ucl.ParseAuto}[c.method]
		err = p.AddChunkFull(data, 0, ucl.DuplicateAppend, pt)
	}
	subst := func(s []byte) []byte {
		return bytes.ReplaceAll(s, []byte(casesDir), []byte("@CASES@"))
	}
	var b bytes.Buffer
	if err == nil {
		section(&b, "result", []byte("ok"))
	} else {
		section(&b, "result", []byte("fail"))
		msg := []byte("(nil)")
		if m, ok := p.ErrorMessage(); ok {
			msg = []byte(m)
		}
		section(&b, "error", subst(msg))
	}
	if o := p.Object(); o != nil {
		for _, f := range []struct {
			name string
			f    ucl.Format
		}{{"json", ucl.FormatJSON}, {"json-compact", ucl.FormatJSONCompact},
			{"config", ucl.FormatConfig}, {"yaml", ucl.FormatYAML}} {
			section(&b, f.name, subst(ucl.Emit(o, f.f)))
		}
		section(&b, "msgpack", ucl.Emit(o, ucl.FormatMsgpack))
	}
	return b.Bytes()
}

func TestGoldens(t *testing.T) {
	casesDir, err := filepath.Abs(filepath.Join(goldenDir, "cases"))
	if err != nil {
		t.Fatal(err)
	}
	if casesDir, err = filepath.EvalSymlinks(casesDir); err != nil {
		t.Fatal(err)
	}
	cases := readManifest(t)
	if len(cases) < 100 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	for _, c := range cases {
		id := fmt.Sprintf("%s.%s.%d", c.name, c.method, c.flags)
		t.Run(id, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(goldenDir, "out", id))
			if err != nil {
				t.Fatalf("golden missing (run gen.sh): %v", err)
			}
			got := run(t, casesDir, c)
			if !bytes.Equal(got, want) {
				t.Errorf("output differs\n--- got\n%q\n--- want\n%q", got, want)
			}
		})
	}
}

// rspamdFloat formats floats like rspamd's fstring emitter (configdump).
func rspamdFloat(b []byte, v float64) []byte {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return append(b, "null"...)
	}
	if v == float64(int32(v)) {
		return ucl.AppendCFloat(b, v, 'f', 1)
	}
	return ucl.AppendCFloat(b, v, 'f', 6)
}

// TestCommentGoldens checks saved comments against configdump -s output
// for the "test" section of each comments/*.conf file.
func TestCommentGoldens(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(goldenDir, "comments", "*.conf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no comment cases: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(goldenDir, "out", "comments", name+".out"))
			if err != nil {
				t.Fatalf("golden missing (run gen.sh): %v", err)
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			p := ucl.NewParser(ucl.ParserSaveComments)
			if err := p.SetFileVars(f, true); err != nil {
				t.Fatal(err)
			}
			if err := p.AddChunk(data); err != nil {
				t.Fatalf("parse: %v", err)
			}
			var b bytes.Buffer
			for _, cur := range p.Object().LookupPath("test").Values() {
				b.WriteString("*** Section test ***\n")
				b.Write(ucl.EmitWith(cur, ucl.FormatConfig, ucl.EmitOptions{
					Comments: p.Comments(), FormatFloat: rspamdFloat}))
				b.WriteString("\n*** End of section test ***\n")
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("output differs\n--- got\n%s\n--- want\n%s", b.Bytes(), want)
			}
		})
	}
}
