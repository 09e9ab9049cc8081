package upstream

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"
)

// Log levels of the messages upstream's code emits (msg_err, msg_warn,
// msg_info, msg_debug_upstream).
const (
	levelError = slog.LevelError
	levelWarn  = slog.LevelWarn
	levelInfo  = slog.LevelInfo
	levelDebug = slog.LevelDebug
)

var pkgLogger atomic.Pointer[slog.Logger]

// SetLogger directs the package's log messages to l (nil silences them).
// Each record carries the message text as rspamd 4.1.5 words it, a "func"
// attribute naming the upstream C function that logs it and, for messages
// about one upstream, "module" (upstream) and "id" (the upstream's UID),
// for rspamd's log line format.
func SetLogger(l *slog.Logger) {
	pkgLogger.Store(l)
}

func logf(level slog.Level, up *Upstream, fn, format string, args ...any) {
	l := pkgLogger.Load()
	if l == nil || !l.Enabled(context.Background(), level) {
		return
	}
	attrs := []slog.Attr{slog.String("func", fn)}
	if up != nil {
		attrs = append(attrs, slog.String("module", "upstream"), slog.String("id", up.uid))
	}
	l.LogAttrs(context.Background(), level, fmt.Sprintf(format, args...), attrs...)
}
