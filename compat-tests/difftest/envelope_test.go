package difftest

import (
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseEnvelope(t *testing.T) {
	env, err := ParseEnvelope(strings.NewReader(`# inbound from a relay
ip: 192.0.2.1
HELO:   mail.example.com
Hostname: mail.example.com
From: <>
rcpt: a@example.net
Rcpt: b@example.net

Settings: {"actions": {"reject": 2.0}}
User: alice
Settings-ID: strict
`), "t.env")
	if err != nil {
		t.Fatal(err)
	}
	want := Envelope{
		"IP": {"192.0.2.1"}, "Helo": {"mail.example.com"}, "Hostname": {"mail.example.com"}, "From": {"<>"},
		"Rcpt": {"a@example.net", "b@example.net"}, "Settings": {`{"actions": {"reject": 2.0}}`}, "User": {"alice"},
		"Settings-ID": {"strict"},
	}
	if !reflect.DeepEqual(env, want) {
		t.Errorf("got %v\nwant %v", env, want)
	}
	h := http.Header{}
	env.setHeaders(h)
	if got := h["Rcpt"]; !reflect.DeepEqual(got, []string{"a@example.net", "b@example.net"}) {
		t.Errorf("Rcpt headers %v", got)
	}
	if got := h["IP"]; !reflect.DeepEqual(got, []string{"192.0.2.1"}) {
		t.Errorf("IP header %v (headers %v)", got, h)
	}

	for _, tc := range []struct{ text, err string }{
		{"IP 192.0.2.1\n", `t.env:1: want "Field: value"`},
		{"\n\nX-Spam: yes\n", `t.env:3: unknown field "X-Spam"`},
		{"From:\n", "t.env:1: empty value for From"},
		{"IP: 192.0.2.1\nip: 192.0.2.2\n", "t.env:2: IP given twice"},
	} {
		if _, err := ParseEnvelope(strings.NewReader(tc.text), "t.env"); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%q: error %v, want %q", tc.text, err, tc.err)
		}
	}
}

func TestListCorpus(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.eml":               "Subject: a\n\nA\n",
		"a.env":               "IP: 192.0.2.1\n",
		"sub/b.eml":           "Subject: b\n\nB\n",
		"sub/c.eml.extra":     "Subject: c\n\nC\n",
		"sub/c.eml.extra.env": "Helo: c.example\n",
		"README.md":           "not a message",
		"dns.zone":            "example.com. A 192.0.2.1\n",
		".hidden":             "not a message",
		".git/x.eml":          "not a message",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	msgs, err := ListCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range msgs {
		got = append(got, m.Name+" "+strings.Join(m.Envelope["IP"], ",")+strings.Join(m.Envelope["Helo"], ","))
	}
	want := []string{"a.eml 192.0.2.1", "sub/b.eml ", "sub/c.eml.extra c.example"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}

	if err := os.WriteFile(filepath.Join(dir, "sub/b.env"), []byte("Bogus: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ListCorpus(dir); err == nil || !strings.Contains(err.Error(), "b.env:1: unknown field") {
		t.Errorf("bad sidecar: error %v", err)
	}
	if _, err := ListCorpus(t.TempDir()); err == nil {
		t.Error("empty corpus: no error")
	}
}

// TestCorpusSidecars checks the project corpus: every sidecar parses and
// belongs to a message.
func TestCorpusSidecars(t *testing.T) {
	msgs, err := ListCorpus(projectCorpus)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) < 40 {
		t.Errorf("project corpus has %d messages, want at least 40", len(msgs))
	}
	names := map[string]bool{}
	for _, m := range msgs {
		names[SidecarPath(m.Path)] = true
	}
	sidecars, err := filepath.Glob(filepath.Join(projectCorpus, "*.env"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sidecars {
		if !names[s] {
			t.Errorf("sidecar %s has no message", s)
		}
	}
}

func FuzzParseEnvelope(f *testing.F) {
	f.Add("IP: 192.0.2.1\nRcpt: a@example.net\nRcpt: b@example.net\n# comment\n")
	f.Add("Settings: {\"a\": 1}\n")
	f.Add("bad line\n")
	f.Fuzz(func(t *testing.T, text string) {
		env, err := ParseEnvelope(strings.NewReader(text), "fuzz.env")
		if err != nil {
			return
		}
		for k, vs := range env {
			if canonicalField(k) != k || len(vs) == 0 || len(vs) > 1 && k != "Rcpt" {
				t.Errorf("bad envelope entry %q: %q", k, vs)
			}
		}
	})
}
