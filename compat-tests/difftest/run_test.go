package difftest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
)

const (
	goldenDir     = "../golden/4.1.5/checkv2"
	projectCorpus = "../corpus"
)

func run(t *testing.T, opts Options) (Result, string) {
	t.Helper()
	var out bytes.Buffer
	res, err := Run(context.Background(), opts, &out)
	if err != nil {
		t.Fatalf("Run: %v\n%s", err, out.String())
	}
	return res, out.String()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// goldenCount is the number of golden replies under goldenDir.
func goldenCount(t *testing.T) int {
	msgs, err := Golden{Dir: goldenDir}.Messages()
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) < 40 {
		t.Fatalf("only %d golden replies in %s", len(msgs), goldenDir)
	}
	return len(msgs)
}

// TestGoldensIdentical runs the runner on the committed goldens against
// themselves: everything is identical, and each reply parses.
func TestGoldensIdentical(t *testing.T) {
	n := goldenCount(t)
	res, out := run(t, Options{Sources: []Source{Golden{Dir: goldenDir}, Golden{Dir: goldenDir}}})
	if res != (Result{Messages: n, Identical: n}) || out != fmt.Sprintf("%d messages: %d identical, 0 differ\n", n, n) {
		t.Errorf("result %+v, output:\n%s", res, out)
	}
	// With the corpus given, the messages are the corpus's; each has a golden.
	for _, tc := range []struct{ gold, corpus string }{
		{goldenDir + "/project", projectCorpus},
		{"../golden/4.1.5/checkv2-zone", projectCorpus + "/zone"},
	} {
		res, _ = run(t, Options{Sources: []Source{Golden{Dir: tc.gold}, Golden{Dir: tc.gold}}, Corpus: tc.corpus})
		if res.Differ != 0 || res.Messages < 10 {
			t.Errorf("%s against its goldens: %+v", tc.corpus, res)
		}
	}
}

// copyDir copies the golden tree to a temporary directory.
func copyDir(t *testing.T, src string) string {
	dst := t.TempDir()
	if err := oraclebench.CopyTree(src, dst, nil, nil); err != nil {
		t.Fatal(err)
	}
	return dst
}

// mutate rewrites one golden reply: each regexp match of re becomes repl;
// the reply must change.
func mutate(t *testing.T, dir, name, re, repl string) {
	t.Helper()
	p := filepath.Join(dir, name+goldenExt)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	out := regexp.MustCompile(re).ReplaceAll(data, []byte(repl))
	if bytes.Equal(out, data) {
		t.Fatalf("%s: mutation %q does not apply", name, re)
	}
	if err := os.WriteFile(p, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestMutatedGoldens checks that the runner catches each kind of difference
// between the committed goldens and altered copies, ignores time fields, and
// reports them per message, per symbol and in the last line.
func TestMutatedGoldens(t *testing.T) {
	n := goldenCount(t)
	dir := copyDir(t, goldenDir)
	// Differences that must not count.
	mutate(t, dir, "project/plain-ham.eml", `"time_real":[0-9.e-]+`, `"time_real":12.5`)
	mutate(t, dir, "project/alt-text-html.eml", `("DATE_IN_PAST".*?"options":\[")[0-9]+`, `${1}1`)
	mutate(t, dir, "project/html-only.eml", `"score":5\.0*,`, `"score":5.004,`)
	// Differences that must.
	mutate(t, dir, "project/attach-exe.eml", `"action":"add header"`, `"action":"reject"`)
	mutate(t, dir, "project/urls-many.eml", `"score":6\.377683,`, `"score":7.5,`)
	mutate(t, dir, "project/bad-qp.eml", `"R_MIXED_CHARSET":\{[^}]*\},`, ``)
	mutate(t, dir, "project/env-ipv6.eml", `"symbols":\{`, `"symbols":{"NEW_SYMBOL":{"name":"NEW_SYMBOL","score":1.5,"options":["x"]},`)
	mutate(t, dir, "project/missing-date.eml", `("MISSING_DATE":\{"name":"MISSING_DATE","score":)[0-9.]+`, `${1}3.0`)
	mutate(t, dir, "project/mailing-list.eml", `("MAILLIST":\{[^}]*"options":\[)"`, `${1}"extra","`)
	mutate(t, dir, "project/forged-outlook.eml", `"message-id":"[^"]*"`, `"message-id":"changed@example.com"`)
	mutate(t, dir, "project/spammy-subject.eml", `"description":"Subject contains mostly capital letters"`, `"description":"changed"`)
	if err := os.Remove(filepath.Join(dir, "project/fake-reply.eml"+goldenExt)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "project/date-malformed.eml"+goldenExt), []byte(`{"action": "truncated`), 0o644); err != nil {
		t.Fatal(err)
	}

	res, out := run(t, Options{Sources: []Source{Golden{Dir: goldenDir}, Golden{Dir: dir}}, Parallel: 3})
	if res != (Result{Messages: n, Identical: n - 10, Differ: 10}) {
		t.Errorf("result %+v", res)
	}
	if want := fmt.Sprintf("%d messages: %d identical, 10 differ", n, n-10); lastLine(out) != want {
		t.Errorf("last line %q, want %q", lastLine(out), want)
	}
	for _, want := range []string{
		"--- project/attach-exe.eml\n  action: golden1 \"add header\", golden2 \"reject\"\n",
		"--- project/urls-many.eml\n  score: golden1 6.377683, golden2 7.5\n",
		"--- project/bad-qp.eml\n  symbol R_MIXED_CHARSET: only in golden1 (score 0.526316)\n",
		"--- project/env-ipv6.eml\n  symbol NEW_SYMBOL: only in golden2 (score 1.5, options [\"x\"])\n",
		"\n  symbol MISSING_DATE: score golden1 1, golden2 3\n",
		"\n  symbol MAILLIST: options golden1 [\"",
		"--- project/forged-outlook.eml\n  field message-id: golden1 \"notoutlook@example.com\", golden2 \"changed@example.com\"\n",
		"--- project/spammy-subject.eml\n  symbol SUBJ_ALL_CAPS: description golden1 \"Subject contains mostly capital letters\", golden2 \"changed\"\n",
		"--- project/fake-reply.eml\n  error: golden2: no reply for project/fake-reply.eml in ",
		"--- project/date-malformed.eml\n  error: golden2: reply: unexpected end of JSON input\n",
		"other mismatches (messages): action 1, error 2, field message-id 1, score 1\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for _, ignored := range []string{"plain-ham", "alt-text-html", "html-only"} {
		if strings.Contains(out, ignored) {
			t.Errorf("%s is reported, but differs only in what is ignored", ignored)
		}
	}
	// The per-symbol table: one row per symbol, counting messages.
	rows := map[string][]string{}
	inTable := false
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(l, "mismatches per symbol"):
			inTable = true
		case inTable && l == "":
			inTable = false
		case inTable:
			f := strings.Fields(l)
			rows[f[0]] = f[1:]
		}
	}
	wantRows := map[string][]string{
		"symbol":          {"only-golden1", "only-golden2", "score", "options", "other"},
		"R_MIXED_CHARSET": {"1", "0", "0", "0", "0"},
		"NEW_SYMBOL":      {"0", "1", "0", "0", "0"},
		"MISSING_DATE":    {"0", "0", "1", "0", "0"},
		"MAILLIST":        {"0", "0", "0", "1", "0"},
		"SUBJ_ALL_CAPS":   {"0", "0", "0", "0", "1"},
	}
	if !reflect.DeepEqual(rows, wantRows) {
		t.Errorf("symbol table %v, want %v\n%s", rows, wantRows, out)
	}
}

// TestScanner runs the runner against a fake scanner that answers with the
// goldens: the envelope of each sidecar must arrive as request headers, and
// the time fields of the live reply are ignored.
func TestScanner(t *testing.T) {
	msgs, err := ListCorpus(projectCorpus)
	if err != nil {
		t.Fatal(err)
	}
	byBody := map[string]Message{}
	for _, m := range msgs {
		data, err := os.ReadFile(m.Path)
		if err != nil {
			t.Fatal(err)
		}
		byBody[string(data)] = m
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		m, ok := byBody[string(body)]
		if r.Method != http.MethodPost || r.URL.Path != "/checkv2" || !ok {
			http.Error(w, `{"error":"unexpected request"}`, http.StatusBadRequest)
			return
		}
		for _, f := range envelopeFields {
			if got := r.Header.Values(f); !slices.Equal(got, m.Envelope[f]) {
				http.Error(w, fmt.Sprintf(`{"error":"%s: header %s is %q, want %q"}`, m.Name, f, got, m.Envelope[f]), http.StatusBadRequest)
				return
			}
		}
		if m.Name == "no-headers.eml" {
			http.Error(w, `{"error":"scanner failure"}`, http.StatusInternalServerError)
			return
		}
		reply, err := Golden{Dir: goldenDir + "/project"}.Reply(r.Context(), m)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Write(regexp.MustCompile(`"time_real":[0-9.e-]+`).ReplaceAll(reply, []byte(`"time_real":99`)))
	}))
	defer srv.Close()

	scanner, err := NewScanner("ours", srv.URL, &http.Client{Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	res, out := run(t, Options{Sources: []Source{Golden{Dir: goldenDir + "/project"}, scanner}, Corpus: projectCorpus, Parallel: 4})
	want := Result{Messages: len(msgs), Identical: len(msgs) - 1, Differ: 1}
	if res != want || !strings.Contains(out, "--- no-headers.eml\n  error: ours: HTTP 500 Internal Server Error: {\"error\":\"scanner failure\"}") {
		t.Errorf("result %+v, want %+v; output:\n%s", res, want, out)
	}

	// Recording from the scanner gives back the goldens, byte for byte but
	// for the time field.
	rec := t.TempDir()
	var buf bytes.Buffer
	res, err = Run(context.Background(), Options{Sources: []Source{scanner}, Corpus: projectCorpus, Record: &Golden{Dir: rec}}, &buf)
	if err == nil || res.Differ != 1 || !strings.Contains(buf.String(), fmt.Sprintf("%d recorded in %s, 1 failed", len(msgs)-1, rec)) {
		t.Errorf("record: %+v %v\n%s", res, err, buf.String())
	}
	res, out = run(t, Options{Sources: []Source{Golden{Dir: goldenDir + "/project"}, Golden{Dir: rec}}, Corpus: projectCorpus})
	if res.Differ != 1 || !strings.Contains(out, "error: golden2: no reply for no-headers.eml") {
		t.Errorf("recorded against goldens: %+v\n%s", res, out)
	}
}

func TestRunErrors(t *testing.T) {
	g := Golden{Dir: goldenDir}
	s, err := NewScanner("oracle", "http://127.0.0.1:1", http.DefaultClient)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		opts Options
		err  string
	}{
		{Options{Sources: []Source{g}}, "need 2 sources, got 1"},
		{Options{Sources: []Source{g, g}, Record: &Golden{Dir: t.TempDir()}}, "need 1 sources, got 2"},
		{Options{Sources: []Source{g, s}}, "a live source needs the corpus directory"},
		{Options{Sources: []Source{Golden{Dir: t.TempDir()}, g}, Corpus: t.TempDir()}, "no messages"},
		{Options{Sources: []Source{Golden{Dir: t.TempDir()}, Golden{Dir: t.TempDir()}}}, "no messages"},
	} {
		if _, err := Run(context.Background(), tc.opts, io.Discard); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("error %v, want %q", err, tc.err)
		}
	}
	for _, bad := range []string{"127.0.0.1:11333", "ftp://x/", "http://"} {
		if _, err := NewScanner("oracle", bad, http.DefaultClient); err == nil {
			t.Errorf("NewScanner(%q): no error", bad)
		}
	}
	// A scanner that is not there: every message is an error.
	res, out := run(t, Options{Sources: []Source{Golden{Dir: goldenDir + "/project"}, s}, Corpus: projectCorpus})
	if res.Identical != 0 || !strings.Contains(out, "error: oracle: Post \"http://127.0.0.1:1/checkv2\"") {
		t.Errorf("unreachable scanner: %+v\n%.300s", res, out)
	}
}

// TestOracle compares the running oracle with the project goldens. It needs
// the oracle (make oracle-start) in the goldens' configuration, and skips
// otherwise; `make compat` runs the full comparison.
func TestOracle(t *testing.T) {
	const root = "/srv/oracle-sid"
	if _, err := os.Stat(root); err != nil {
		t.Skip("no oracle installed at " + root)
	}
	mode, _ := os.ReadFile(root + "/.oracle-state/dns-mode")
	resp, err := http.Get("http://127.0.0.1:11333/ping")
	if err != nil {
		t.Skip("oracle not running (make oracle-start)")
	}
	resp.Body.Close()
	if strings.TrimSpace(string(mode)) != "nxdomain" {
		t.Skipf("oracle DNS mode is %q, goldens need nxdomain", strings.TrimSpace(string(mode)))
	}
	oracle, err := NewScanner("oracle", "http://127.0.0.1:11333", &http.Client{Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	res, out := run(t, Options{Sources: []Source{Golden{Dir: goldenDir + "/project"}, oracle}, Corpus: projectCorpus, Parallel: 4})
	if res.Differ != 0 {
		t.Errorf("oracle differs from its goldens:\n%s", out)
	}
}
