package cfg

import (
	"bytes"
	"testing"

	"github.com/gorspamd/rspamd/internal/logger"
)

// TestDebugLines checks the configuration's debug lines: module "config"
// turns them on (not "cfg"), and a symbol registered without a group says
// "group (NULL)", as the oracle prints them.
func TestDebugLines(t *testing.T) {
	for _, tc := range []struct {
		modules []string
		want    string
	}{
		{[]string{"config"}, "registered symbol S with weight 1.50 in and group (NULL)\nregistered symbol G with weight 2.00 in and group g\n"},
		{[]string{"cfg"}, ""},
	} {
		var log bytes.Buffer
		c := New(DefaultDirs())
		c.Log = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &log, &log)
		c.Log.ConfigureModules(tc.modules)
		c.AddSymbol("S", 1.5, "", "", 0, 0, 0)
		c.AddSymbol("G", 2, "", "g", 0, 0, 0)
		if got := log.String(); got != tc.want {
			t.Errorf("debug_modules %v: %q, want %q", tc.modules, got, tc.want)
		}
		if n := c.Log.Counters()[3]; n != 0 {
			t.Errorf("debug_modules %v: %d debug lines counted", tc.modules, n)
		}
	}
}
