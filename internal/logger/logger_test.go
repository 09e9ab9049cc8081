package logger

import (
	"bytes"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
)

// fixedTime is 2026-11-21 12:34:56.789 in UTC (tests run with TZ=UTC).
var fixedTime = time.Date(2026, 11, 21, 12, 34, 56, 789000000, time.UTC)

func init() {
	time.Local = time.UTC
}

func testLogger(t *testing.T, flags Flags, level Level) (*Logger, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errOut bytes.Buffer
	l := NewConsoleTo(flags, "normal", level, &out, &errOut)
	l.pid = 4242
	l.Now = func() time.Time { return fixedTime }
	return l, &out, &errOut
}

func TestParse(t *testing.T) {
	for name, want := range map[string]Level{"error": 12, "WARNING": 16, "info": 96, "notice": 32, "Message": 32, "debug": 128, "silent": 96} {
		got, silent, err := ParseLevel(name)
		if err != nil || got != want || silent != (name == "silent") {
			t.Errorf("ParseLevel(%q) = %d, %v, %v", name, got, silent, err)
		}
	}
	if _, _, err := ParseLevel("loud"); err == nil || err.Error() != "invalid log level: loud" {
		t.Errorf("bad level: %v", err)
	}
	for name, want := range map[string]Type{"file": TypeFile, "Syslog": TypeSyslog, "console": TypeConsole, "stderr": TypeConsole} {
		if got, err := ParseType(name); err != nil || got != want {
			t.Errorf("ParseType(%q) = %v, %v", name, got, err)
		}
	}
	if _, err := ParseType("pipe"); err == nil {
		t.Error("pipe accepted")
	}
	for name, want := range map[string]int{"LOG_DAEMON": FacilityDaemon, "mail": FacilityMail, "local3": FacilityLocal0 + 3<<3, "LOG_LOCAL7": FacilityLocal0 + 7<<3} {
		if got, err := ParseFacility(name); err != nil || got != want {
			t.Errorf("ParseFacility(%q) = %v, %v", name, got, err)
		}
	}
	for _, bad := range []string{"local8", "kern", "LOG_"} {
		if _, err := ParseFacility(bad); err == nil {
			t.Errorf("facility %q accepted", bad)
		}
	}
	if ParseStripPolicy("LEFT") != StripLeft || ParseStripPolicy("middle") != StripMiddle || ParseStripPolicy("x") != StripRight {
		t.Error("strip policies")
	}
	for l, want := range map[Level]string{LevelCritical: "error", LevelError: "crit", LevelWarning: "warn",
		LevelNotice: "notice", LevelInfo: "info", LevelDebug: "debug", ThresholdInfo: "notice", 0: ""} {
		if got := Severity(l); got != want {
			t.Errorf("Severity(%d) = %q, want %q", l, got, want)
		}
	}
}

func TestConsoleLines(t *testing.T) {
	l, _, errOut := testLogger(t, FlagSeverity|FlagUsec, ThresholdInfo)
	l.Log(LevelInfo, "lua", "", false, "test.lua:1", "plain")
	l.Log(LevelCritical, "cfg", "0123456789", true, "fn", "bad\x01\nline\x7f")
	l.Log(LevelDebug, "lua", "", false, "f", "hidden")
	l.Log(LevelWarning, "", "", false, "", "no module")
	want := "2026-11-21 12:34:56.78900 [info] #4242(normal) lua; test.lua:1: plain\n" +
		"2026-11-21 12:34:56.78900 [error] #4242(normal) <012345>; cfg; fn: bad\\x01\\x0Aline\\x7F\n" +
		"2026-11-21 12:34:56.78900 [warn] #4242(normal) : no module\n"
	if got := errOut.String(); got != want {
		t.Errorf("lines:\n%s\nwant:\n%s", got, want)
	}
	if c := l.Counters(); c != [4]uint64{1, 1, 1, 0} {
		t.Errorf("counters %v", c)
	}
}

func TestColorsAndLongPrefix(t *testing.T) {
	l, _, errOut := testLogger(t, 0, ThresholdDebug)
	l.flags |= FlagColor // a test writer is no terminal
	l.Log(LevelWarning, strings.Repeat("m", 70), "", false, "fn", "msg")
	l.Log(LevelCritical, "x", "", false, "f", "red")
	l.Log(LevelDebug, "x", "", false, "f", "plain debug")
	got := strings.Split(errOut.String(), "\n")
	if !strings.HasPrefix(got[0], "\033[0;32m2026-11-21 12:34:56 #4242(normal) "+strings.Repeat("m", 62)+" msg") {
		t.Errorf("warning line %q", got[0])
	}
	if !strings.HasPrefix(got[1], "\033[0m\033[1;31m") || !strings.HasPrefix(got[2], "\033[0m2026") {
		t.Errorf("colour codes %q", got[1:])
	}
}

func TestRspamadm(t *testing.T) {
	var out, errOut bytes.Buffer
	l := NewConsoleTo(FlagRspamadm, "main", ThresholdNotice, &out, &errOut)
	l.Log(LevelNotice, "lua", "id", true, "f", "notice\x01 raw")
	l.Log(LevelWarning, "lua", "", false, "f", "warning")
	l.Log(LevelCritical, "lua", "", false, "f", "error")
	l.Log(LevelInfo, "lua", "", false, "f", "info")
	if out.String() != "notice\x01 raw\n" || errOut.String() != "warning\nerror\n" {
		t.Errorf("rspamadm output %q / %q", out.String(), errOut.String())
	}
	v := NewRspamadm(true)
	if v.Level() != ThresholdDebug || v.Flags()&FlagUsec == 0 {
		t.Error("verbose rspamadm logger")
	}
}

func TestJSONAndSystemd(t *testing.T) {
	l, _, errOut := testLogger(t, FlagJSON, ThresholdInfo)
	l.Log(LevelInfo, "", "tag", true, "f", "a \"q\"\t\\ \v")
	l.Log(LevelInfo, "m", "", false, "", "only \v and \x00 stay")
	want := `{"ts": 1795264496.789, "pid": 4242, "severity": "info", "worker_type": "normal", "id": "tag", "module": "(NULL)", "function": "f", "message": "a \"q\"\\x09\\ \\x0B"}` + "\n" +
		`{"ts": 1795264496.789, "pid": 4242, "severity": "info", "worker_type": "normal", "id": "(NULL)", "module": "m", "function": "(NULL)", "message": "only \\x0B and \\x00 stay"}` + "\n"
	if got := errOut.String(); got != want {
		t.Errorf("json:\n%s\nwant:\n%s", got, want)
	}
	if got := string(appendJSONMessage(nil, []byte("x\"\v\x00\f"))); got != `x\"\u000B\u0000\f` {
		t.Errorf("escaped %q", got)
	}
	s, _, errOut := testLogger(t, FlagSystemd, ThresholdInfo)
	s.Log(LevelInfo, "m", "", false, "f", "line")
	if errOut.String() != "(normal) m; f: line\n" {
		t.Errorf("systemd %q", errOut.String())
	}
}

func TestTagsAndDebug(t *testing.T) {
	l, _, errOut := testLogger(t, 0, ThresholdInfo)
	l.tagLen = 8
	for _, c := range []struct {
		p    StripPolicy
		want string
	}{{StripRight, "<abcdefgh>"}, {StripLeft, "<stuvwxyz>"}, {StripMiddle, "<abcdwxyz>"}} {
		l.strip = c.p
		errOut.Reset()
		l.Log(LevelInfo, "", "abcdefghijklmnopqrstuvwxyz", true, "f", "m")
		if !strings.Contains(errOut.String(), c.want) {
			t.Errorf("policy %d: %q", c.p, errOut.String())
		}
	}
	l.ConfigureModules([]string{"Map"})
	allowed := netip.MustParseAddr("10.0.0.1")
	l.debugIP = func(a netip.Addr) bool { return a == allowed }
	errOut.Reset()
	l.Debugf("map", netip.Addr{}, "", false, "f", "no address %d", 1)
	l.Debugf("MAP", allowed, "", false, "f", "allowed")
	l.Debugf("map", netip.MustParseAddr("10.0.0.2"), "", false, "f", "filtered")
	l.Debugf("other", allowed, "", false, "f", "other module")
	l.EnableDebug()
	l.Debugf("other", netip.Addr{}, "", false, "f", "temporary\x01")
	l.DisableDebug()
	l.Debugf("other", netip.Addr{}, "", false, "f", "off again")
	got := errOut.String()
	for _, want := range []string{"map; f: no address 1", "MAP; f: allowed", "other; f: temporary\x01"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
	for _, bad := range []string{"filtered", "other module", "off again"} {
		if strings.Contains(got, bad) {
			t.Errorf("unexpected %q in %q", bad, got)
		}
	}
	if !l.NeedLog(LevelDebug, "mAp") || l.NeedLog(LevelDebug, "x") || !l.NeedLog(LevelNotice, "") {
		t.Error("NeedLog")
	}
}

func TestErrorRing(t *testing.T) {
	var buf bytes.Buffer
	l, err := Open(Config{Level: ThresholdInfo, ErrorElts: 2, ErrorEltMaxLen: 8, Console: &buf}, "controller")
	if err != nil {
		t.Fatal(err)
	}
	clock := fixedTime
	l.Now = func() time.Time { clock = clock.Add(time.Second); return clock }
	l.Log(LevelCritical, "module_long", "0123456789", true, "f", "first error")
	l.Log(LevelCritical, "m", "", false, "f", "second")
	l.Log(LevelWarning, "m", "", false, "f", "not an error")
	l.Log(LevelCritical, "m", "", false, "f", "third")
	errs := l.Errors()
	if len(errs) != 2 || errs[0].Message != "third" || errs[1].Message != "second" {
		t.Fatalf("errors %+v", errs)
	}
	l.Log(LevelCritical, "module_long", "0123456789", true, "f", "fourth message")
	e := l.Errors()[0]
	if e.ID != "012345" || e.Module != "module_l" || e.Message != "fourth " || e.Type != "controller" {
		t.Errorf("entry %+v", e)
	}
}

func TestFileRepeatsAndReopen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "rspamd.log")
	l, err := Open(Config{Type: TypeFile, File: path, Level: ThresholdInfo}, "main")
	if err != nil {
		t.Fatal(err)
	}
	l.Now = func() time.Time { return fixedTime }
	for range 8 {
		l.Log(LevelInfo, "m", "", false, "f", "same")
	}
	if err := os.Rename(path, path+".1"); err != nil {
		t.Fatal(err)
	}
	if err := l.Reopen(); err != nil {
		t.Fatal(err)
	}
	l.Log(LevelInfo, "m", "", false, "f", "after reopen")
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	old, _ := os.ReadFile(path + ".1")
	cur, _ := os.ReadFile(path)
	if n := strings.Count(string(old), "same\n"); n != 5 || !strings.Contains(string(old), "rspamd_log_reset_repeated: Last message repeated 4 times") {
		t.Errorf("rotated file (%d lines of same):\n%s", n, old)
	}
	if !strings.HasSuffix(string(cur), "m; f: after reopen\n") {
		t.Errorf("new file %q", cur)
	}
	if _, err := Open(Config{Type: TypeFile, File: filepath.Join(dir, "no", "such")}, "main"); err == nil ||
		!strings.Contains(err.Error(), "cannot open desired log file") {
		t.Errorf("bad path: %v", err)
	}
	if _, err := Open(Config{Type: TypeFile}, "main"); err == nil {
		t.Error("file logger without a file")
	}
}

func TestBufferedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rspamd.log")
	l, err := Open(Config{Type: TypeFile, File: path, Level: ThresholdInfo, Buffered: true, BufSize: 200}, "main")
	if err != nil {
		t.Fatal(err)
	}
	l.Log(LevelInfo, "m", "", false, "f", "buffered")
	if b, _ := os.ReadFile(path); len(b) != 0 {
		t.Errorf("written before the buffer filled: %q", b)
	}
	l.SetProcess("normal", 7)
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), "buffered") {
		t.Errorf("not flushed on process change: %q", b)
	}
	l.Log(LevelInfo, "m", "", false, "f", strings.Repeat("x", 300))
	l.Close()
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), "#7(normal)") {
		t.Errorf("long line: %q", b)
	}
}

func TestEncrypted(t *testing.T) {
	kp, err := cryptobox.GenerateKeypair(cryptobox.KEX, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	l, err := Open(Config{Level: ThresholdInfo, EncryptionKey: kp.Pubkey(), Console: &buf}, "main")
	if err != nil {
		t.Fatal(err)
	}
	l.Log(LevelInfo|LevelEncrypted, "m", "", false, "f", "secret")
	line := strings.TrimSuffix(buf.String(), "\n")
	b64 := line[strings.LastIndex(line, " ")+1:]
	raw, ok := encoding.DecodeBase64(b64)
	if !ok || len(raw) != 32+24+16+len("secret") {
		t.Fatalf("encrypted payload %q", b64)
	}
	nm, err := kp.Pubkey().NM(l.kp)
	if err != nil {
		t.Fatal(err)
	}
	var nonce [cryptobox.NonceBytes]byte
	var mac [cryptobox.MACBytes]byte
	copy(nonce[:], raw[32:])
	copy(mac[:], raw[56:])
	data := raw[72:]
	if !cryptobox.DecryptNM(data, &nonce, nm, &mac) || string(data) != "secret" {
		t.Errorf("decrypted %q", data)
	}
}

func TestTruncationAndDefault(t *testing.T) {
	l, _, errOut := testLogger(t, FlagRspamadm, ThresholdInfo)
	l.Logf(LevelInfo, "", "", false, "f", "%s", strings.Repeat("y", 9000))
	if n := len(strings.TrimSuffix(errOut.String()+"", "\n")); n != 0 {
		t.Errorf("info went to stderr: %d", n)
	}
	var out bytes.Buffer
	l2 := NewConsoleTo(FlagRspamadm, "main", ThresholdInfo, &out, &out)
	l2.Logf(LevelInfo, "", "", false, "f", "%s", strings.Repeat("y", 9000))
	if n := len(out.String()); n != bufSize {
		t.Errorf("line of %d bytes, want %d", n, bufSize)
	}
	SetDefault(l2)
	defer SetDefault(nil)
	out.Reset()
	var nilLogger *Logger
	nilLogger.Log(LevelInfo, "", "", false, "f", "through the default")
	if out.String() != "through the default\n" || Default() != l2 {
		t.Errorf("default logger %q", out.String())
	}
}
