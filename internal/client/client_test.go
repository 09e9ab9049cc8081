package client

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		arg               string
		ok                bool
		kind              Kind
		class, neuralName string
	}{
		{"symbols", true, Symbols, "", ""},
		{"CHECK", true, Symbols, "", ""},
		{"report", true, Symbols, "", ""},
		{"Learn_Spam", true, LearnSpam, "", ""},
		{"learn_class", true, LearnClass, "", ""},
		{"learn_class:Foo", true, LearnClass, "foo", ""},
		{"learn_class:", false, 0, "", ""},
		{"neural_learn:Spam", true, NeuralLearn, "", "spam"},
		{"neural_learn", true, NeuralLearn, "", ""},
		{"stat:x", false, 0, "", ""},
		{"add_symbol", false, 0, "", ""},
		{"add_action", false, 0, "", ""},
		{"fuzzy_delhash", true, FuzzyDelhash, "", ""},
		{"msg.eml", false, 0, "", ""},
	} {
		c, ok := Lookup(tc.arg)
		if ok != tc.ok || c.Kind != tc.kind || c.Class != tc.class || c.NeuralClass != tc.neuralName {
			t.Errorf("Lookup(%q) = %+v %v", tc.arg, c, ok)
		}
	}
	for k := Symbols; k <= AddAction; k++ {
		if commandOf(k).Kind != k {
			t.Errorf("command table out of order at kind %d", k)
		}
	}
}

func TestChooseCommand(t *testing.T) {
	for _, tc := range []struct {
		argv  []string
		kind  Kind
		start int
	}{
		{[]string{"rspamc"}, Symbols, 1},
		{[]string{"rspamc", "stat"}, Stat, 2},
		{[]string{"rspamc", "msg.eml"}, Symbols, 1},
		{[]string{"rspamc", "learn_spam", "a", "b"}, LearnSpam, 2},
		{[]string{"rspamc", "a", "b"}, Symbols, 1},
	} {
		c, start := chooseCommand(tc.argv)
		if c.Kind != tc.kind || start != tc.start {
			t.Errorf("chooseCommand(%q) = %v, %d", tc.argv, c.Kind, start)
		}
	}
}

func TestMatchGlob(t *testing.T) {
	for _, tc := range []struct {
		pattern, s string
		want       bool
	}{
		{"*skip*", "dir/skip-b.eml", true},
		{"*skip*", "dir/a.eml", false},
		{"*.eml", "a/b/c.eml", true},
		{"dir/?.eml", "dir/a.eml", true},
		{"dir/?.eml", "dir/ab.eml", false},
		{"?", "é", true},
		{"", "", true},
		{"", "a", false},
		{"**", "", true},
		{"a*b*c", "aXbYc", true},
		{"a*b*c", "aXbY", false},
		{"[a]", "a", false},
		{"[a]", "[a]", true},
	} {
		if got := matchGlob(tc.pattern, tc.s); got != tc.want {
			t.Errorf("matchGlob(%q, %q) = %v", tc.pattern, tc.s, got)
		}
	}
}

// recorder is a Transport that records requests and waits.
type recorder struct {
	events []string
	bodies []string
	heads  [][]Header
	err    error
}

func (r *recorder) Send(req *Request) error {
	if r.err != nil {
		return r.err
	}
	r.events = append(r.events, req.Command.Name+" "+req.Filename)
	body := "<nil>"
	if req.Body != nil {
		data, _ := io.ReadAll(req.Body)
		body = string(data)
	}
	r.bodies = append(r.bodies, body)
	r.heads = append(r.heads, req.Headers)
	return nil
}

func (r *recorder) Wait()      { r.events = append(r.events, "wait") }
func (r *recorder) Close() int { return 0 }

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func runWith(t *testing.T, dir string, stdin string, args ...string) (*recorder, int, string, string) {
	t.Helper()
	t.Chdir(dir)
	tr := &recorder{}
	var out, errOut bytes.Buffer
	code := Main(append([]string{"rspamc"}, args...), Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut, Transport: tr,
		ReadPassphrase: func() (string, error) { return "", errors.New("no tty") },
		Resolve:        func(h string) (string, error) { return "", errors.New("Name or service not known") },
	})
	return tr, code, out.String(), errOut.String()
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "m/a.eml"), "A")
	write(t, filepath.Join(dir, "m/.hidden"), "H")
	write(t, filepath.Join(dir, "m/skip-me.eml"), "S")
	write(t, filepath.Join(dir, "m/sub/b.eml"), "B")
	write(t, filepath.Join(dir, "top.eml"), "T")
	write(t, filepath.Join(dir, "list.txt"), "\n  top.eml \r\n\n")
	if err := os.Symlink("a.eml", filepath.Join(dir, "m/link.eml")); err != nil {
		t.Fatal(err)
	}

	tr, code, _, errOut := runWith(t, dir, "", "-n", "1", "--exclude", "*skip*", "learn_ham", "m", "--files-list", "list.txt")
	if code != 0 || errOut != "" {
		t.Fatalf("code %d stderr %q", code, errOut)
	}
	sent := slices.DeleteFunc(slices.Clone(tr.events), func(e string) bool { return e == "wait" })
	slices.Sort(sent)
	if want := []string{"learn_ham m/a.eml", "learn_ham m/sub/b.eml", "learn_ham top.eml"}; !slices.Equal(sent, want) {
		t.Errorf("sent %q, want %q", sent, want)
	}
	if tr.events[len(tr.events)-1] != "learn_ham top.eml" && tr.events[len(tr.events)-1] != "wait" {
		t.Errorf("events %q", tr.events)
	}
	if n := strings.Count(strings.Join(tr.events, ","), "wait"); n < 3 {
		t.Errorf("expected a wait after each request with -n 1: %q", tr.events)
	}

	tr, code, _, errOut = runWith(t, dir, "", "fuzzy_delhash", "abc", "def")
	if code != 0 || !slices.Equal(tr.events, []string{"fuzzy_delhash hashes"}) || tr.bodies[0] != "<nil>" {
		t.Errorf("delhash: code %d events %q bodies %q stderr %q", code, tr.events, tr.bodies, errOut)
	}
	if h := tr.heads[0]; len(h) < 2 || h[len(h)-2] != (Header{"Hash", "abc"}) || h[len(h)-1] != (Header{"Hash", "def"}) {
		t.Errorf("delhash headers %q", h)
	}

	tr, code, _, _ = runWith(t, dir, "message", "check")
	if code != 0 || !slices.Equal(tr.events, []string{"symbols stdin"}) || tr.bodies[0] != "message" {
		t.Errorf("stdin: events %q bodies %q", tr.events, tr.bodies)
	}
	tr, _, _, _ = runWith(t, dir, "message", "-E")
	if !slices.Equal(tr.events, []string{"symbols empty"}) || tr.bodies[0] != "<nil>" {
		t.Errorf("--empty: events %q bodies %q", tr.events, tr.bodies)
	}
	tr, _, _, _ = runWith(t, dir, "message", "stat", "top.eml")
	if !slices.Equal(tr.events, []string{"stat top.eml"}) || tr.bodies[0] != "<nil>" {
		t.Errorf("stat with a file: events %q bodies %q", tr.events, tr.bodies)
	}

	_, code, _, errOut = runWith(t, dir, "", "top.eml", "missing.eml")
	if code != 1 || errOut != "cannot stat file missing.eml\n" {
		t.Errorf("missing file: code %d stderr %q", code, errOut)
	}
}

func TestNoTransport(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Main([]string{"rspamc", "stat"}, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut})
	if code != 1 || errOut.String() != "rspamc: "+ErrNoTransport.Error()+"\n" {
		t.Errorf("code %d stderr %q", code, errOut.String())
	}
}

func TestHeaders(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "pw"), "secret \n\t")
	write(t, filepath.Join(dir, "blank"), "   ")
	tr, code, _, errOut := runWith(t, dir, "", "-i", "no.such.host.invalid", "-F", "f@x", "-u", "u", "-r", "r1", "--rcpt=r2",
		"-d", "d", "--helo", "h", "--hostname", "hn", "-P", "./pw", "-p", "--raw", "-c", "bayes", "-w", "5", "-S", "FUZZY",
		"-f", "2", "--extended-urls", "--profile", "--skip-images", "--skip-attachments", "--header", "X-A:1",
		"--header", "X-B=2=3", "--header", "X-C", "--queue-id", "q", "--log-tag", "l", "--settings", "{a=1}",
		"learn_class:Spammy")
	if code != 0 {
		t.Fatalf("code %d stderr %q", code, errOut)
	}
	if errOut != "address resolution for no.such.host.invalid failed: Name or service not known\n" {
		t.Errorf("stderr %q", errOut)
	}
	want := []Header{
		{"Ip", "no.such.host.invalid"}, {"From", "f@x"}, {"User", "u"}, {"Rcpt", "r1"}, {"Rcpt", "r2"},
		{"Deliver-To", "d"}, {"Helo", "h"}, {"Hostname", "hn"}, {"Password", "secret"}, {"Raw", "yes"},
		{"Classifier", "bayes"}, {"Class", "spammy"}, {"Weight", "5"}, {"Symbol", "FUZZY"}, {"Flag", "2"},
		{"URL-Format", "extended"}, {"Skip-Images", "true"}, {"Skip-Attachments", "true"},
		{"X-A", "1"}, {"X-B", "2=3"}, {"X-C", ""}, {"Queue-Id", "q"}, {"Log-Tag", "l"}, {"Settings", "{a=1}"},
		{"Flags", "pass_all,profile,body_block"},
	}
	if got := tr.heads[0]; !slices.Equal(got, want) {
		t.Errorf("headers\n got %q\nwant %q", got, want)
	}

	for _, tc := range []struct{ arg, want string }{
		{"./blank", " "},
		{"./missing", "./missing"},
		{"plain", "plain"},
		{"127.0.0.1", "127.0.0.1"},
	} {
		tr, _, _, _ := runWith(t, dir, "", "-P", tc.arg, "-i", "127.0.0.1", "stat")
		if h := tr.heads[0]; h[0] != (Header{"Ip", "127.0.0.1"}) || h[1] != (Header{"Password", tc.want}) {
			t.Errorf("-P %s: headers %q", tc.arg, h)
		}
	}
	_, code, _, errOut = runWith(t, dir, "", "stat", "-P")
	if code != 1 || errOut != "Invalid password\n" {
		t.Errorf("-P without a terminal: code %d stderr %q", code, errOut)
	}
}

func TestIsAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"127.0.0.1": true, "::1": true, "[::1]": true, "[::1]:25": true, "1.2.3.4:25": true,
		"/run/sock": true, "./sock": true, "": false, "localhost": false, "example.com:25": false, "[x]": false,
	} {
		if got := isAddress(s); got != want {
			t.Errorf("isAddress(%q) = %v", s, got)
		}
	}
}

func TestResolve(t *testing.T) {
	if ip, err := Resolve("127.0.0.1"); err != nil || ip != "127.0.0.1" {
		t.Errorf("Resolve(127.0.0.1) = %q, %v", ip, err)
	}
	if ip, err := Resolve("::1"); err != nil || ip != "::1" {
		t.Errorf("Resolve(::1) = %q, %v", ip, err)
	}
	if _, err := Resolve(""); err == nil {
		t.Error("Resolve of an empty name succeeded")
	}
}

func TestPrintCommands(t *testing.T) {
	var b bytes.Buffer
	if err := PrintCommands(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Rspamc commands summary:\n        symbols (normal  )\tscan message and show symbols (default command)\n",
		"  fuzzy_delhash (control*)\tdelete a hash from fuzzy storage (check -f option for this command)\n",
		"           stat (control )\tshow rspamd statistics\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("listing lacks %q", want)
		}
	}
}

// FuzzMatchGlob checks that matching never panics and that a pattern
// without wildcards matches exactly itself.
func FuzzMatchGlob(f *testing.F) {
	f.Add("*skip*", "dir/skip-b.eml")
	f.Add("a?c", "abc")
	f.Add("*\xff*", "\xff")
	f.Fuzz(func(t *testing.T, pattern, s string) {
		got := matchGlob(pattern, s)
		if !strings.ContainsAny(pattern, "*?") && got != (pattern == s) {
			t.Fatalf("matchGlob(%q, %q) = %v", pattern, s, got)
		}
		if !matchGlob("*", s) {
			t.Fatalf("* does not match %q", s)
		}
	})
}
