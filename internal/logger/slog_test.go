package logger

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/re"
	"github.com/gorspamd/rspamd/internal/upstream"
)

func TestSlogHandler(t *testing.T) {
	l, _, errOut := testLogger(t, FlagSeverity, ThresholdInfo)
	sl := slog.New(NewSlogHandler(l))
	sl.Error("cannot load map", "module", "map", "id", "a1b2c3d4e5", "func", "rspamd_map_read")
	sl.Warn("plain warning", "func", "rspamd_regexp_new", "other", 12)
	sl.Info("info line", slog.String("module", "upstream"), slog.String("id", "upid"), slog.String("func", "f"))
	sl.Debug("hidden debug", "module", "map")
	// defaults from With, replaced by a record's non-empty values
	cfgLog := sl.With("module", "cfg", "id", "0123456789")
	cfgLog.Warn("config message", "module", "cfg", "id", "", "func", "rspamd_map_add_from_ucl")
	cfgLog.Warn("map message", "module", "map", "id", "maptag", "func", "fn")
	// grouped attributes are not the line's fields
	sl.WithGroup("g").Info("grouped", "module", "ignored", "func", "ignored")
	sl.Info("non-string", "module", 12)
	want := "2026-11-21 12:34:56 [error] #4242(normal) <a1b2c3>; map; rspamd_map_read: cannot load map\n" +
		"2026-11-21 12:34:56 [warn] #4242(normal) rspamd_regexp_new: plain warning\n" +
		"2026-11-21 12:34:56 [info] #4242(normal) <upid>; upstream; f: info line\n" +
		"2026-11-21 12:34:56 [warn] #4242(normal) <012345>; cfg; rspamd_map_add_from_ucl: config message\n" +
		"2026-11-21 12:34:56 [warn] #4242(normal) <maptag>; map; fn: map message\n" +
		"2026-11-21 12:34:56 [info] #4242(normal) : grouped\n" +
		"2026-11-21 12:34:56 [info] #4242(normal) : non-string\n"
	if got := errOut.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}

	// debug records follow the threshold and the debug modules
	ctx := context.Background()
	h := NewSlogHandler(l)
	if h.Enabled(ctx, slog.LevelDebug) {
		t.Error("debug enabled at the info threshold")
	}
	l.ConfigureModules([]string{"map"})
	if !h.Enabled(ctx, slog.LevelDebug) {
		t.Error("debug disabled with a debug module")
	}
	errOut.Reset()
	sl.Debug("map debug", "module", "map", "id", "t", "func", "fn")
	sl.Debug("other debug", "module", "radix", "func", "fn")
	if got, want := errOut.String(), "2026-11-21 12:34:56 [debug] #4242(normal) <t>; map; fn: map debug\n"; got != want {
		t.Errorf("debug lines:\n%s\nwant:\n%s", got, want)
	}
	l.SetLevel(ThresholdError)
	if h.Enabled(ctx, slog.LevelWarn) || !h.Enabled(ctx, slog.LevelError) {
		t.Error("levels at the error threshold")
	}
}

func TestSlogHandlerDefault(t *testing.T) {
	prev := Default()
	t.Cleanup(func() { SetDefault(prev) })
	SetDefault(nil)
	h := NewSlogHandler(nil)
	if h.Enabled(context.Background(), slog.LevelError) {
		t.Error("enabled without a default logger")
	}
	if err := h.Handle(context.Background(), slog.Record{}); err != nil {
		t.Error(err)
	}
	l, _, errOut := testLogger(t, 0, ThresholdInfo)
	SetDefault(l)
	slog.New(h).Info("to the default", "func", "f")
	if got, want := errOut.String(), "2026-11-21 12:34:56 #4242(normal) f: to the default\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}

	// the regexp library reports its JIT support once initialised
	errOut.Reset()
	SetLibraryLoggers(nil)
	t.Cleanup(func() {
		re.SetLogger(nil)
		upstream.SetLogger(nil)
	})
	re.Init(false)
	if got := errOut.String(); !strings.Contains(got, " rspamd_regexp_library_init: pcre") {
		t.Errorf("re's message: %q", got)
	}
}
