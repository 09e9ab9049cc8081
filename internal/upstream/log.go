package upstream

import (
	"log/slog"

	"github.com/gorspamd/rspamd/internal/liblog"
)

// Log levels of the messages upstream's code emits (msg_err, msg_warn,
// msg_info, msg_debug_upstream).
const (
	levelError = slog.LevelError
	levelWarn  = slog.LevelWarn
	levelInfo  = slog.LevelInfo
	levelDebug = slog.LevelDebug
)

var pkgLogger liblog.Global

// SetLogger directs the package's log messages to l (nil silences them).
// Each record carries the message text as rspamd 4.1.5 words it, a "func"
// attribute naming the upstream C function that logs it and, for messages
// about one upstream, "module" (upstream) and "id" (the upstream's UID),
// for rspamd's log line format.
func SetLogger(l *slog.Logger) {
	pkgLogger.Set(l)
}

func logf(level slog.Level, up *Upstream, fn, format string, args ...any) {
	if up == nil {
		pkgLogger.Logf(level, fn, "", "", format, args...)
		return
	}
	pkgLogger.Logf(level, fn, "upstream", up.uid, format, args...)
}
