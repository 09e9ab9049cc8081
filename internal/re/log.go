package re

import (
	"log/slog"

	"github.com/gorspamd/rspamd/internal/liblog"
)

// Log levels of the messages upstream's regexp code emits (msg_err,
// msg_warn, msg_info).
const (
	levelError = slog.LevelError
	levelWarn  = slog.LevelWarn
	levelInfo  = slog.LevelInfo
)

var logger liblog.Global

// SetLogger directs the package's log messages to l (nil silences them).
// Each record carries the message text exactly as rspamd 4.1.5 words it
// and a "func" attribute naming the upstream C function that logs it, for
// rspamd's log line format.
func SetLogger(l *slog.Logger) {
	logger.Set(l)
}

func logf(level slog.Level, fn, format string, args ...any) {
	logger.Logf(level, fn, "", "", format, args...)
}
