package goption

import (
	"bytes"
	"strings"
	"testing"
)

func TestReport(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Report(&HelpRequest{Text: "Usage:\n"}, &out, &errOut); code != 0 || out.String() != "Usage:\n" || errOut.Len() != 0 {
		t.Errorf("help: code %d out %q err %q", code, out.String(), errOut.String())
	}
	out.Reset()
	if code := Report(errorf(ErrUnknownOption, "Unknown option %s", "-x"), &out, &errOut); code != 1 || out.Len() != 0 ||
		errOut.String() != "option parsing failed: Unknown option -x\n" {
		t.Errorf("error: code %d out %q err %q", code, out.String(), errOut.String())
	}
}

func TestBasename(t *testing.T) {
	for in, want := range map[string]string{
		"":                  ".",
		"/":                 "/",
		"///":               "/",
		"rspamc":            "rspamc",
		"/usr/bin/rspamadm": "rspamadm",
		"bin/rspamd/":       "rspamd",
	} {
		if got := basename(in); got != want {
			t.Errorf("basename(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestValidate(t *testing.T) {
	var n int
	c := NewContext("", NewGroup("", "", "", Entry{Long: "count", Arg: ArgString, Value: &n}))
	if _, err := c.Parse([]string{"goption-harness"}); err == nil || !strings.Contains(err.Error(), `entry "count"`) {
		t.Errorf("mismatched value type: err %v", err)
	}
	c = NewContext("", NewGroup("", "", "", Entry{Arg: ArgString, Value: new(string)}))
	if _, err := c.Parse([]string{"goption-harness"}); err == nil {
		t.Error("remaining-arguments entry of type string accepted")
	}
}

// TestRevert checks that a failed parse leaves destinations as they were.
func TestRevert(t *testing.T) {
	verbose, count, list := false, 3, []string{"x"}
	c := NewContext("", NewGroup("", "", "",
		Entry{Long: "verbose", Short: 'v', Arg: ArgNone, Value: &verbose},
		Entry{Long: "count", Short: 'c', Arg: ArgInt, Value: &count},
		Entry{Long: "list", Short: 'l', Arg: ArgStringArray, Value: &list},
	))
	if _, err := c.Parse([]string{"goption-harness", "-v", "-c", "7", "-l", "y", "--bogus"}); err == nil {
		t.Fatal("no error")
	}
	if verbose || count != 3 || len(list) != 1 || list[0] != "x" {
		t.Errorf("after failed parse: verbose %v count %d list %q", verbose, count, list)
	}
}

func TestEnvCharset(t *testing.T) {
	for _, tc := range []struct {
		locale string
		want   Charset
		ok     bool
	}{
		{"C", ASCII, true},
		{"POSIX", ASCII, true},
		{"C.UTF-8", UTF8, true},
		{"xx_YY.UTF-8", ASCII, false},
	} {
		t.Setenv("LC_ALL", tc.locale)
		cs, ok := EnvCharset()
		if cs != tc.want || ok != tc.ok {
			t.Errorf("LC_ALL=%s: got %v %v, want %v %v", tc.locale, cs, ok, tc.want, tc.ok)
		}
	}
	if charsetOf("ISO-8859-1") != Other {
		t.Error("ISO-8859-1 is not Other")
	}
}

func TestStrWidth(t *testing.T) {
	for s, want := range map[string]int{"--help": 6, "[OPTION…]": 9, "日本": 4, "e\u0301": 1, "": 0} {
		if got := strWidth(s); got != want {
			t.Errorf("strWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzParse checks that any argument list parses without panicking and
// that the arguments left are a subsequence of those given.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"-v\x00-c\x005", "--count=\x00--", "-cr\x001\x002", "-P\x00-\x00--name=\xff", "a\x00--\x00-v", "-?"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, joined string, ignore bool) {
		args := append([]string{"goption-harness"}, strings.Split(joined, "\x00")...)
		var h harness
		c := h.context("HG")
		c.IgnoreUnknown = ignore
		rest, err := c.Parse(args)
		if err != nil {
			return
		}
		j := 0
		for _, r := range rest {
			if ignore && strings.HasPrefix(r, "-") {
				continue // may be a rewritten cluster of unknown letters
			}
			for j < len(args) && args[j] != r {
				j++
			}
			if j == len(args) {
				t.Fatalf("rest %q is not drawn from %q", rest, args)
			}
			j++
		}
	})
}

// FuzzNumbers checks that number scanning never panics and that what it
// accepts round-trips.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"0x1p-1074", "1e-400", " 12", "-0x10", "nan(abc)", "infinity", "08", "5.", ".e1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, err := parseInt64("-n", s); err == nil {
			if w, err := parseInt64("-n", strings.TrimLeft(s, " \t\n\v\f\r")); err != nil || w != v {
				t.Fatalf("%q: %d, trimmed %d %v", s, v, w, err)
			}
		}
		if v, err := parseDouble("-t", s); err == nil && v == v {
			if w, err := parseDouble("-t", strings.TrimLeft(s, " \t\n\v\f\r")); err != nil || w != v {
				t.Fatalf("%q: %v, trimmed %v", s, v, w)
			}
		}
	})
}
