package luaapi

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/logger"
)

// logFormatVariants mirror the logging sections of
// compat-tests/luaapi/logfmt.sh.
var logFormatVariants = map[string]logger.Config{
	"console":   {Level: logger.ThresholdInfo},
	"severity":  {Level: logger.ThresholdInfo, Flags: logger.FlagSeverity},
	"systemd":   {Level: logger.ThresholdInfo, Flags: logger.FlagSystemd},
	"json":      {Level: logger.ThresholdInfo, Flags: logger.FlagJSON},
	"usec":      {Level: logger.ThresholdInfo, Flags: logger.FlagUsec},
	"error":     {Level: logger.ThresholdError},
	"file":      {Type: logger.TypeFile, Level: logger.ThresholdInfo},
	"filejson":  {Type: logger.TypeFile, Level: logger.ThresholdInfo, Flags: logger.FlagJSON},
	"tagleft":   {Level: logger.ThresholdInfo, StripPolicy: logger.StripLeft, MaxTagLen: 8},
	"tagmiddle": {Level: logger.ThresholdInfo, StripPolicy: logger.StripMiddle, MaxTagLen: 9},
	"debug":     {Level: logger.ThresholdInfo, DebugModules: []string{"mymodule"}},
}

var (
	logfmtTime = regexp.MustCompile(`[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{5})?`)
	logfmtPid  = regexp.MustCompile(`#[0-9]+\(`)
	logfmtJSON = regexp.MustCompile(`"ts": [0-9.]+, "pid": [0-9]+`)
)

// normalizeLogfmt keeps the lines of logfmt.lua and masks time stamps and
// pids as logfmt.sh does.
func normalizeLogfmt(out string) string {
	var keep []string
	for _, line := range strings.SplitAfter(out, "\n") {
		if strings.Contains(line, "logfmt") || strings.Contains(line, "Last message repeated") {
			line = logfmtTime.ReplaceAllString(line, "<time>")
			line = logfmtPid.ReplaceAllString(line, "#<pid>(")
			line = logfmtJSON.ReplaceAllString(line, `"ts": <time>, "pid": <pid>`)
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "")
}

// TestLogFormats logs the lines of logfmt.lua through every logger variant
// and compares them with what the oracle's daemon wrote.
func TestLogFormats(t *testing.T) {
	code, err := os.ReadFile(filepath.Join(scriptDir, "logfmt.lua"))
	if err != nil {
		t.Fatal(err)
	}
	for name, cfg := range logFormatVariants {
		t.Run(name, func(t *testing.T) {
			var console bytes.Buffer
			cfg.Console = &console
			if cfg.Type == logger.TypeFile {
				cfg.File = filepath.Join(t.TempDir(), "rspamd.log")
			}
			lg, err := logger.Open(cfg, "main")
			if err != nil {
				t.Fatal(err)
			}
			rt := newRuntime(t)
			rt.Logger = lg
			s := rt.L
			if err := s.DoString(`os.exit = function() end`); err != nil {
				t.Fatal(err)
			}
			if err := s.Load(string(code), "@/tmp/luaapi_logfmt/logfmt.lua"); err != nil {
				t.Fatal(err)
			}
			if err := s.PCall(0, 0); err != nil {
				t.Fatal(err)
			}
			if err := lg.Close(); err != nil {
				t.Fatal(err)
			}
			got := console.String()
			if cfg.Type == logger.TypeFile {
				b, err := os.ReadFile(cfg.File)
				if err != nil {
					t.Fatal(err)
				}
				got = string(b)
			}
			m, n := compareOutput(t, name, normalizeLogfmt(got), readGolden(t, "logfmt_"+name+".log"))
			t.Logf("%s: %d/%d lines match", name, m, n)
		})
	}
}
