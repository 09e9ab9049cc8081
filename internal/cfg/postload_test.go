package cfg

import (
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/logger"
)

// TestCheckController checks the warning about a missing controller worker.
func TestCheckController(t *testing.T) {
	const warning = "controller worker is unconfigured: learning, periodic scripts, maps watching and many other Rspamd features will be broken\n"
	for _, tc := range []struct {
		conf, want string
	}{
		{`worker "normal" { bind_socket = "localhost:11333"; }`, warning},
		{`worker "controller" { bind_socket = "localhost:11334"; }`, ""},
	} {
		c, _, err := load(t, tc.conf)
		if err != nil {
			t.Fatal(err)
		}
		var log strings.Builder
		c.Log = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &log, &log)
		c.CheckController()
		if log.String() != tc.want {
			t.Errorf("%s: %q, want %q", tc.conf, log.String(), tc.want)
		}
	}
}
