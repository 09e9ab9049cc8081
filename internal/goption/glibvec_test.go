package goption

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// harness mirrors testdata/glibvec/harness.c: the same entries, groups and
// output format, so that vectors.txt (GLib's answers) can be replayed.
type harness struct {
	out                    strings.Builder
	verbose, quiet, extra  bool
	count                  int
	big                    int64
	ratio                  float64
	name, file, extraName  *string
	list, files, remaining []string
}

func (h *harness) context(mode string) *Context {
	h.quiet = true
	cb := Callback(func(opt string, v *string) error {
		fmt.Fprintf(&h.out, "cb %s=%s\n", opt, orNull(v))
		switch {
		case v != nil && *v == "fail":
			return errors.New("callback failed")
		case v != nil && *v == "silent":
			return ErrCallbackFailed
		}
		return nil
	})
	flagcb := Callback(func(opt string, v *string) error {
		fmt.Fprintf(&h.out, "flagcb %s=%s\n", opt, orNull(v))
		return nil
	})
	main := NewGroup("", "", "",
		Entry{Long: "verbose", Short: 'v', Arg: ArgNone, Value: &h.verbose, Description: "Be verbose"},
		Entry{Long: "quiet", Short: 'q', Flags: FlagReverse, Arg: ArgNone, Value: &h.quiet, Description: "Not quiet"},
		Entry{Long: "name", Short: 'n', Arg: ArgString, Value: &h.name, Description: "A name", ArgDescription: "NAME"},
		Entry{Long: "count", Short: 'c', Arg: ArgInt, Value: &h.count, Description: "A count"},
		Entry{Long: "ratio", Short: 'r', Arg: ArgDouble, Value: &h.ratio, Description: "A ratio"},
		Entry{Long: "big", Arg: ArgInt64, Value: &h.big, Description: "A big number"},
		Entry{Long: "file", Short: 'f', Arg: ArgFilename, Value: &h.file, Description: "A file"},
		Entry{Long: "list", Short: 'l', Arg: ArgStringArray, Value: &h.list, Description: "List item"},
		Entry{Long: "files", Short: 'F', Arg: ArgFilenameArray, Value: &h.files, Description: "File item"},
		Entry{Long: "password", Short: 'P', Flags: FlagOptionalArg, Arg: ArgCallback, Value: cb, Description: "Optional callback"},
		Entry{Long: "flag", Short: 'x', Flags: FlagNoArg, Arg: ArgCallback, Value: flagcb, Description: "Flag callback"},
		Entry{Long: "hidden", Flags: FlagHidden, Arg: ArgNone, Value: &h.extra, Description: "Hidden"},
	)
	if strings.Contains(mode, "R") {
		main.Entries = append(main.Entries, Entry{Arg: ArgFilenameArray, Value: &h.remaining, Description: "Rest", ArgDescription: "FILES..."})
	}
	c := NewContext("- test harness", main)
	c.Summary = "Summary:\n  harness"
	if strings.Contains(mode, "G") {
		c.AddGroup(NewGroup("extra", "Extra Options:", "Show extra options",
			Entry{Long: "extra-name", Short: 'e', Arg: ArgString, Value: &h.extraName, Description: "Extra name"},
			Entry{Long: "verbose", Short: 'V', Arg: ArgNone, Value: &h.extra, Description: "Extra verbose"},
		))
	}
	c.HelpEnabled = strings.Contains(mode, "H")
	c.IgnoreUnknown = strings.Contains(mode, "I")
	if strings.Contains(mode, "U") {
		c.Charset = UTF8
	}
	return c
}

func orNull(s *string) string {
	if s == nil {
		return "(null)"
	}
	return *s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// cDouble formats as printf("%.17g").
func cDouble(v float64) string {
	switch {
	case math.IsNaN(v):
		if math.Signbit(v) {
			return "-nan"
		}
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	return strconv.FormatFloat(v, 'g', 17, 64)
}

func (h *harness) run(mode string, args []string) (int, string) {
	c := h.context(mode)
	rest, err := c.Parse(append([]string{"goption-harness"}, args...))
	var help *HelpRequest
	switch {
	case errors.As(err, &help):
		h.out.WriteString(help.Text)
		return 0, h.out.String()
	case err != nil:
		fmt.Fprintf(&h.out, "error: %s\n", err)
		return 1, h.out.String()
	}
	fmt.Fprintf(&h.out, "verbose=%d quiet=%d count=%d big=%d ratio=%s extra=%d\n",
		b2i(h.verbose), b2i(h.quiet), h.count, h.big, cDouble(h.ratio), b2i(h.extra))
	fmt.Fprintf(&h.out, "name=%s file=%s extra-name=%s\n", orNull(h.name), orNull(h.file), orNull(h.extraName))
	for _, l := range []struct {
		k string
		v []string
	}{{"list", h.list}, {"files", h.files}, {"remaining", h.remaining}} {
		if l.v != nil {
			h.out.WriteString(l.k)
			for _, s := range l.v {
				h.out.WriteString(" [" + s + "]")
			}
			h.out.WriteString("\n")
		}
	}
	h.out.WriteString("rest")
	for _, s := range rest[1:] {
		h.out.WriteString(" [" + s + "]")
	}
	h.out.WriteString("\n")
	return 0, h.out.String()
}

type vector struct {
	line int
	mode string
	args []string
	rc   int
	out  string
}

func readVectors(t *testing.T) []vector {
	t.Helper()
	f, err := os.Open("testdata/glibvec/vectors.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var vs []vector
	var cur vector
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		key, val, _ := strings.Cut(line, " ")
		unquote := func() string {
			s, err := strconv.Unquote(val)
			if err != nil {
				t.Fatalf("vectors.txt:%d: %v", n, err)
			}
			return s
		}
		switch key {
		case "mode":
			cur = vector{line: n, mode: strings.TrimPrefix(val, "-")}
		case "arg":
			cur.args = append(cur.args, unquote())
		case "rc":
			cur.rc, _ = strconv.Atoi(val)
		case "out":
			cur.out = unquote()
			vs = append(vs, cur)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return vs
}

// TestGLibVectors replays argument lists that GLib 2.90 (the oracle's)
// parsed, and expects the same values, remaining arguments, errors and
// help texts.
func TestGLibVectors(t *testing.T) {
	vs := readVectors(t)
	if len(vs) < 100 {
		t.Fatalf("only %d vectors", len(vs))
	}
	for _, v := range vs {
		var h harness
		rc, out := h.run(v.mode, v.args)
		if rc != v.rc || out != v.out {
			t.Errorf("vectors.txt:%d mode %q args %q:\n got rc %d %q\nwant rc %d %q", v.line, v.mode, v.args, rc, out, v.rc, v.out)
		}
	}
}
