package liblog

import (
	"log/slog"
	"strings"
	"testing"
)

func TestLogf(t *testing.T) {
	var buf strings.Builder
	l := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))
	Logf(l, slog.LevelError, "fn_a", "", "", "plain %d", 1)
	Logf(l, slog.LevelWarn, "fn_b", "map", "", "with module %s", "x")
	Logf(l, slog.LevelDebug, "fn_c", "", "", "below the level")
	Logf(nil, slog.LevelError, "fn_d", "", "", "no logger")
	out := buf.String()
	for _, want := range []string{
		`level=ERROR msg="plain 1" func=fn_a` + "\n",
		`level=WARN msg="with module x" func=fn_b module=map id=""` + "\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "below the level") {
		t.Errorf("a debug record passed the info level:\n%s", out)
	}
	var g Global
	g.Logf(slog.LevelError, "fn_e", "", "", "nowhere")
	g.Set(l)
	g.Logf(slog.LevelError, "fn_f", "upstream", "uid", "somewhere")
	if !strings.Contains(buf.String(), `msg=somewhere func=fn_f module=upstream id=uid`) || strings.Contains(buf.String(), "nowhere") {
		t.Errorf("Global:\n%s", buf.String())
	}
}
