// Package liblog is how the library packages (re, upstream, maps, radix)
// log without depending on internal/logger: printf-formatted log/slog
// records whose "func", "module" and "id" attributes carry the fields of
// rspamd's log lines (the upstream C function, the module and the tag),
// which logger.SlogHandler formats.
package liblog

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"
)

// Logf emits the message of format and args on l at level, unless l is nil
// or does not want the level (the message is then not formatted). The
// record's attributes are "func" (fn) and, when module is not empty,
// "module" and "id" (the tag; empty for none).
func Logf(l *slog.Logger, level slog.Level, fn, module, id, format string, args ...any) {
	if l == nil || !l.Enabled(context.Background(), level) {
		return
	}
	msg := fmt.Sprintf(format, args...)
	if module == "" {
		l.LogAttrs(context.Background(), level, msg, slog.String("func", fn))
		return
	}
	l.LogAttrs(context.Background(), level, msg, slog.String("func", fn),
		slog.String("module", module), slog.String("id", id))
}

// Global is a package-wide logger, which may be replaced while in use;
// the zero value logs nothing.
type Global struct {
	l atomic.Pointer[slog.Logger]
}

// Set directs the messages to l (nil silences them).
func (g *Global) Set(l *slog.Logger) { g.l.Store(l) }

// Logf is Logf on the current logger.
func (g *Global) Logf(level slog.Level, fn, module, id, format string, args ...any) {
	Logf(g.l.Load(), level, fn, module, id, format, args...)
}
