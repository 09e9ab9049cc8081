package cfg

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// fakeResolver knows localhost only, like the oracle's chroot.
type fakeResolver struct{}

func (fakeResolver) LookupHost(name string) ([]netip.Addr, error) {
	if name == "localhost" {
		return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
	}
	return nil, errors.New("Temporary failure in name resolution")
}

// load parses text and processes its sections; the log lines are returned.
func load(t *testing.T, text string) (*Config, string, error) {
	t.Helper()
	p := ucl.NewParser(0)
	if err := p.AddString(text); err != nil {
		t.Fatalf("parse: %v", err)
	}
	var log bytes.Buffer
	c := New(DefaultDirs())
	c.Log = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &log, &log)
	c.Resolver = fakeResolver{}
	c.UCL = p.Object()
	c.InitSections()
	err := c.Parse()
	return c, log.String(), err
}

func TestSections(t *testing.T) {
	c, log, err := load(t, `
options {
  task_timeout = 12s;
  dns { timeout = 3; retransmits = 2; nameserver = ["127.0.0.1"]; }
  filters = "dkim, regexp";
  explicit_modules = ["a", "b"];
  max_message = 10mb;
  gtube_patterns = "all";
}
logging { type = "file"; filename = "/tmp/x.log"; level = "debug"; color = true; }
actions { reject = 15; add_header = 6; greylist = null; my { score = 3; flags = ["ham"]; } }
worker "normal" { bind_socket = "localhost:11333"; bind_socket = "*:11334"; count = 3; mime = false; foo = 1; }
group "g" { max_score = 5; one_shot = true; symbols { "S1" { weight = 2; description = "d"; } } }
`)
	if err != nil {
		t.Fatal(err)
	}
	if c.TaskTimeout != 12 || c.DNSTimeout != 3 || c.DNSRetransmits != 2 || c.MaxMessage != 10*1024*1024 {
		t.Errorf("options: timeout %v dns %v/%v max_message %v", c.TaskTimeout, c.DNSTimeout, c.DNSRetransmits, c.MaxMessage)
	}
	if !slices.Equal(c.Filters, []string{"dkim", "regexp"}) || !c.ExplicitModules.Has("b") || c.GTUBE != GTUBEAll {
		t.Errorf("lists: %v %v %v", c.Filters, c.ExplicitModules, c.GTUBE)
	}
	if c.LogType != LogFile || c.LogFile != "/tmp/x.log" || c.LogLevel != logger.ThresholdDebug || c.LogFlags&logger.FlagColor == 0 {
		t.Errorf("logging: %v %q %v %v", c.LogType, c.LogFile, c.LogLevel, c.LogFlags)
	}
	if a := c.Actions.Get("reject"); a == nil || a.Threshold != 15 {
		t.Errorf("reject: %+v", a)
	}
	if a := c.Actions.Get("greylist"); a == nil || !math.IsNaN(a.Threshold) || a.Flags&ActionNoThreshold == 0 {
		t.Errorf("greylist: %+v", a)
	}
	if a := c.Actions.Get("my"); a == nil || a.Type != ActionCustom || a.Flags != ActionHam {
		t.Errorf("custom action: %+v", a)
	}
	if len(c.Workers) != 1 || len(c.Workers[0].Binds) != 2 || c.Workers[0].Count != 3 {
		t.Fatalf("workers: %+v", c.Workers)
	}
	if b := c.Workers[0].Binds[1]; b.Name != "localhost:11333" || b.Addrs[0].Addr != netip.MustParseAddrPort("127.0.0.1:11333") {
		t.Errorf("bind: %+v", b)
	}
	if v, ok := c.Workers[0].Params["mime"].(*bool); !ok || *v {
		t.Errorf("mime: %v", c.Workers[0].Params["mime"])
	}
	if !strings.Contains(log, "unknown worker attribute: foo; worker type: normal") {
		t.Errorf("log: %q", log)
	}
	g := c.Group("G")
	if g == nil || g.MaxScore != 5 || g.Flags&GroupOneShot == 0 {
		t.Fatalf("group: %+v", g)
	}
	if s := c.Symbols["S1"]; s == nil || s.Score != 2 || s.Group != g || s.Description != "d" || s.Priority != 1 {
		t.Errorf("symbol: %+v", s)
	}
}

// TestErrors checks upstream's messages for broken sections.
func TestErrors(t *testing.T) {
	for _, tc := range []struct{ conf, err, log string }{
		{`options { task_timeout = "abc"; }`, "cannot convert string to double in option task_timeout", ""},
		{`options { dns_retransmits = true; }`, "cannot convert boolean to integer in option dns_retransmits", ""},
		{`options { filters = [["x"]]; }`, "cannot convert array to a string list in option filters", ""},
		{`options { allow_raw_input = "yes"; }`, "cannot convert string to boolean in option allow_raw_input", ""},
		{`options { gtube_patterns = "Maybe"; }`, "invalid GTUBE patterns policy: maybe", ""},
		{`logging { type = "file"; }`, "filename attribute must be specified for file logging type", ""},
		{`logging { type = "journald"; }`, "invalid log type: journald", ""},
		{`logging { level = "loud"; }`, "invalid log level: loud", ""},
		{`logging { type = "syslog"; facility = "kern"; }`, "invalid log facility: kern", ""},
		{`group "g" { max_score = -1; }`, "configuration error (logged)", "group g has negative max_score which is broken, use min_score if required\n"},
		{`group "g" { symbols { "S" { weight = "x"; } } }`, "score attribute is not numeric for symbol: 'S'", ""},
		{`group "g" { one_shot = 1; }`, "one_shot attribute is not boolean for symbol: 'g'", ""},
		{`actions { weird { flags = ["ham"]; } }`, "invalid action definition for: 'weird'", "action weird has no threshold being set and it is not a no threshold action\n"},
		{`worker "scanner" {}`, "configuration error (logged)", "unknown worker type: scanner\n"},
		{`worker "normal" { bind_socket = "nohost.invalid:1"; }`, "cannot parse bind line: nohost.invalid:1",
			"address resolution for nohost.invalid failed: Temporary failure in name resolution\ncannot parse bind line: nohost.invalid:1\n"},
		{`worker "normal" { bind_socket = "localhost:1x"; }`, "cannot parse bind line: localhost:1x",
			"cannot parse port: :1x, at symbol x, error: Success\ncannot parse bind line: localhost:1x\n"},
		{`worker "normal" { bind_socket = "localhost:99999999999999999999x"; }`, "cannot parse bind line: localhost:99999999999999999999x",
			"cannot parse port: :99999999999999999999x, at symbol x, error: Numerical result out of range\n"},
		{`worker "normal" { bind_socket = "localhost:99999999999999999999:1x"; }`, "cannot parse bind line: localhost:99999999999999999999:1x",
			"cannot parse priority: :99999999999999999999:1x, at symbol x, error: Numerical result out of range\n"},
		{`worker "normal" { bind_socket = "localhost:1:99999999999999999999x"; }`, "cannot parse bind line: localhost:1:99999999999999999999x",
			"cannot parse priority: :1:99999999999999999999x, at symbol x, error: Numerical result out of range\n"},
		{`worker "normal" { bind_socket = "systemd:"; }`, "cannot parse bind line: systemd:", "cannot parse bind line: systemd:\n"},
		{`worker { count = 1; }`, "required attribute 'type' is missing for section 'worker', current key: worker", ""},
		{`classifier "bayes" { statfile { symbol = "BAYES_SPAM"; } }`, "classifier must have at least 2 classes, found 1d", ""},
		{`classifier "bayes" { statfile { symbol = "B1"; } }`, "cannot guess class setting from B1, please specify 'class' field", ""},
		{`lua = 1;`, "object in section lua has invalid type", ""},
		{`modules { fallback_path = "/x"; }`, "path attribute is missing", ""},
		{`options { neighbours { n1 { path = "/"; } } }`, "missing host for neighbour: n1", ""},
		{`composites { C { expression = "A & (B"; } }`, "configuration error (logged)", "cannot parse composite expression for C: "},
	} {
		t.Run(tc.conf, func(t *testing.T) {
			_, log, err := load(t, tc.conf)
			if err == nil || err.Error() != tc.err {
				t.Errorf("error %v, want %q", err, tc.err)
			}
			if !strings.HasPrefix(log, tc.log) {
				t.Errorf("log %q, want %q", log, tc.log)
			}
		})
	}
}

// TestHashOrder checks the group and symbol orders against the oracle's
// configdump -g and -d for eighteen groups with one symbol each.
func TestHashOrder(t *testing.T) {
	names := []string{"alpha", "Beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
		"kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma"}
	var conf strings.Builder
	for _, n := range names {
		fmt.Fprintf(&conf, "group %q { symbols { \"SYM_%s\" { weight = 1; } } }\n", n, strings.ToUpper(n))
	}
	c, _, err := load(t, conf.String())
	if err != nil {
		t.Fatal(err)
	}
	wantGroups := []string{"xi", "kappa", "sigma", "omicron", "Beta", "nu", "alpha", "zeta", "eta", "mu",
		"lambda", "epsilon", "gamma", "theta", "pi", "delta", "iota", "rho"}
	if got := c.GroupNames(); !slices.Equal(got, wantGroups) {
		t.Errorf("groups\n got %v\nwant %v", got, wantGroups)
	}
	wantSyms := []string{"SYM_SIGMA", "SYM_IOTA", "SYM_LAMBDA", "SYM_THETA", "SYM_PI", "SYM_ALPHA", "SYM_ZETA",
		"SYM_BETA", "SYM_GAMMA", "SYM_ETA", "SYM_KAPPA", "SYM_RHO", "SYM_XI", "SYM_OMICRON", "SYM_DELTA",
		"SYM_EPSILON", "SYM_NU", "SYM_MU"}
	if got := c.SymbolNames(); !slices.Equal(got, wantSyms) {
		t.Errorf("symbols\n got %v\nwant %v", got, wantSyms)
	}
	// Removing keys leaves tombstones and shrinks the table as GLib does.
	g := newGHashOrder(false)
	for _, n := range wantSyms {
		g.insert(n)
	}
	for _, n := range wantSyms[:15] {
		g.remove(n)
	}
	if got := g.order(); len(got) != 3 || !slices.Contains(got, "SYM_MU") {
		t.Errorf("after removals: %v", got)
	}
}

func TestLogFormat(t *testing.T) {
	c := New(DefaultDirs())
	elts, ok := c.ParseLogFormat()
	if !ok || len(elts) != 26 || elts[1].Type != LogMID || elts[3].Flags&LogFmtCondition == 0 {
		t.Fatalf("default format: %v %d %+v", ok, len(elts), elts)
	}
	var log bytes.Buffer
	c.Log = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &log, &log)
	c.LogFormat = "x $nosuch y"
	if _, ok := c.ParseLogFormat(); ok || !strings.HasPrefix(log.String(), `unknown log variable: nosuch, known vars are: "mid, qid,`) {
		t.Errorf("bad variable: %v %q", ok, log.String())
	}
	log.Reset()
	c.LogFormat = "x $if_qid{ unterminated"
	if _, ok := c.ParseLogFormat(); ok || log.String() != "cannot parse log format x $if_qid{ unterminated: incomplete string\n" {
		t.Errorf("incomplete: %v %q", ok, log.String())
	}
}

func TestDynamic(t *testing.T) {
	c, _, err := load(t, `actions { reject = 15; } group "g" { symbols { "S" { weight = 1; } } }`)
	if err != nil {
		t.Fatal(err)
	}
	c.DynamicConf = filepath.Join(t.TempDir(), "rspamd_dynamic")
	c.LoadDynamic([]byte(`[{"metric": "default", "symbols": [{"name": "S", "value": 4.5}], "actions": [{"name": "reject", "value": 20}]}]`))
	if s := c.Symbols["S"]; s.Score != 4.5 || s.Priority != dynamicPriority {
		t.Errorf("symbol: %+v", s)
	}
	// Upstream never records the priority of a threshold it sets.
	if a := c.Actions.Get("reject"); a.Threshold != 20 || a.Priority != 0 {
		t.Errorf("action: %+v", a)
	}
	if !c.AddDynamicSymbol("default", "NEW", 2) || c.Symbols["NEW"].Score != 2 {
		t.Errorf("added symbol: %+v", c.Symbols["NEW"])
	}
	if !c.RemoveDynamicAction("default", ActionReject) || c.RemoveDynamicAction("default", ActionGreylist) {
		t.Error("action removal")
	}
	if err := c.DumpDynamic(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(c.DynamicConf)
	if err != nil {
		t.Fatal(err)
	}
	want := "[\n    {\n        \"metric\": \"default\",\n        \"symbols\": [\n            {\n                \"name\": \"S\",\n                \"value\": 4.500000\n            },\n            {\n                \"name\": \"NEW\",\n                \"value\": 2.0\n            }\n        ],\n        \"actions\": []\n    }\n]"
	if string(data) != want {
		t.Errorf("dump:\n%s", data)
	}
}

func TestHostPort(t *testing.T) {
	c := New(DefaultDirs())
	c.Resolver = fakeResolver{}
	var log bytes.Buffer
	c.Log = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &log, &log)
	for _, tc := range []struct {
		in, name string
		addrs    []string
		prio     uint
		ok       bool
	}{
		{"localhost", "localhost", []string{"127.0.0.1:11333"}, 0, true},
		{"127.0.0.1:80:5", "127.0.0.1:80", []string{"127.0.0.1:80"}, 5, true},
		{"[::1]:8080", "::1", []string{"[::1]:8080"}, 0, true},
		{"*v6:25", "*v6", []string{"[::]:25"}, 0, true},
		{"*", "*", []string{"0.0.0.0:11333", "[::]:11333"}, 0, true},
		{"/run/x.sock", "/run/x.sock", []string{"unix:/run/x.sock"}, 0, true},
		{"127.0.0.1:18446744073709551617:99999999999999999999", "127.0.0.1:18446744073709551617", []string{"127.0.0.1:65535"}, 4294967295, true},
		{"[::1", "", nil, 0, false},
		{"localhost:80:x", "", nil, 0, false},
		{"unknown.invalid", "", nil, 0, false},
	} {
		addrs, prio, name, ok := c.ParseHostPort(tc.in, defaultBindPort, true)
		var got []string
		for _, a := range addrs {
			if a.Unix != "" {
				got = append(got, "unix:"+a.Unix)
			} else {
				got = append(got, a.Addr.String())
			}
		}
		if ok != tc.ok || (ok && (name != tc.name || prio != tc.prio || !slices.Equal(got, tc.addrs))) {
			t.Errorf("%q: %v %q %d %v", tc.in, ok, name, prio, got)
		}
	}
}

func TestDocs(t *testing.T) {
	c, _, err := load(t, `worker "normal" {} worker "fuzzy" {}`)
	if err != nil {
		t.Fatal(err)
	}
	c.InitCModules()
	for path, want := range map[string]string{
		"logging.log_buffer":              `{"data":"Size of log buffer in bytes (for file logging)","type":"int32","required":false}`,
		"options.explicit_modules":        `{"data":"Always load these modules even if they are not configured explicitly","type":"string list","example":"param = \"str1, str2, str3\" OR param = [\"str1\", \"str2\", \"str3\"]","required":false}`,
		"options.dns":                     "",
		"options.gtube_patterns":          `{"data":"Switch mode of gtube patterns: disable, reject, all","type":"string","required":false,"default":"reject"}`,
		"symbols":                         `{"data":"Symbols configuration","type":"object","required":false}`,
		"workers.fuzzy.expire":            `{"data":"Default expire time for hashes, default: DEFAULT_EXPIRE seconds","type":"time","required":false}`,
		"classifier.statfile.label":       `{"data":"Statfile unique label","type":"string","required":false}`,
		"fuzzy_check.rule.fuzzy_map.flag": `{"data":"Flag number","type":"integer","required":false}`,
	} {
		obj := c.Docs.LookupPath(path)
		if obj == nil {
			t.Errorf("%s: no documentation", path)
			continue
		}
		if want != "" {
			if got := string(ucl.Emit(obj, ucl.FormatJSONCompact)); got != want {
				t.Errorf("%s:\n got %s\nwant %s", path, got, want)
			}
		}
	}
}

func FuzzSections(f *testing.F) {
	for _, seed := range []string{
		`options { task_timeout = 1; dns { timeout = 2; } }`,
		`worker "normal" { bind_socket = "*:1"; } worker { type = "fuzzy"; keypair = []; }`,
		`group "g" { symbols { S { weight = 1; groups = ["x"]; } } } actions { reject = null; a { flags = ["x"]; } }`,
		`classifier "bayes" { statfile { symbol = "A_SPAM"; } statfile { symbol = "A_HAM"; class_labels { x = "y"; } } }`,
		`composites { C { expression = "A & B[x, /y/]"; policy = "leave"; } } logging { type = "console"; }`,
		`worker "rspamd_proxy" { upstream "u" { hosts = "localhost"; } mirror { hosts = ""; } }`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		p := ucl.NewParser(0)
		if err := p.AddString(text); err != nil || p.Object() == nil {
			return
		}
		c := New(DefaultDirs())
		c.Log = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &bytes.Buffer{}, &bytes.Buffer{})
		c.Resolver = fakeResolver{}
		c.UCL = p.Object()
		c.InitSections()
		_ = c.Parse()
		c.InitCModules()
		c.PostLoad(true)
	})
}

func FuzzLogFormat(f *testing.F) {
	f.Add(defaultLogFormat)
	f.Add("$if_x{ $y{a{b}c} }$")
	f.Fuzz(func(t *testing.T, format string) {
		c := New(DefaultDirs())
		c.Log = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &bytes.Buffer{}, &bytes.Buffer{})
		c.LogFormat = format
		c.ParseLogFormat()
	})
}

func FuzzHostPort(f *testing.F) {
	for _, s := range []string{"localhost:1:2", "[::1]:x", "*v4", "/x y", "systemd:a", "1.2.3.4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := New(DefaultDirs())
		c.Log = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &bytes.Buffer{}, &bytes.Buffer{})
		c.Resolver = fakeResolver{}
		c.ParseHostPort(s, 1, true)
		w := &Worker{Params: map[string]any{}}
		c.parseBindLine(w, s)
	})
}
