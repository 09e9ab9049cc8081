package luaapi

import (
	"context"
	"log/slog"

	"github.com/gorspamd/rspamd/internal/logger"
)

// slogHandler writes the records of packages that log through log/slog
// (maps, regexps) with rspamd's logger: the "module", "id" and "func"
// attributes they set become the line's module, tag and function.
type slogHandler struct {
	rt *Runtime
}

func (h slogHandler) Enabled(_ context.Context, level slog.Level) bool {
	return h.rt.log().NeedLog(rspamdLevel(level), "")
}

// rspamdLevel maps a slog level to rspamd's (errors are rspamd's critical
// messages, msg_err).
func rspamdLevel(l slog.Level) logger.Level {
	switch {
	case l >= slog.LevelError:
		return logger.LevelCritical
	case l >= slog.LevelWarn:
		return logger.LevelWarning
	case l >= slog.LevelInfo:
		return logger.LevelInfo
	}
	return logger.LevelDebug
}

func (h slogHandler) Handle(_ context.Context, r slog.Record) error {
	var module, id, fn string
	r.Attrs(func(a slog.Attr) bool {
		switch a.Key {
		case "module":
			module = a.Value.String()
		case "id":
			id = a.Value.String()
		case "func":
			fn = a.Value.String()
		}
		return true
	})
	if r.Level < slog.LevelInfo {
		h.rt.log().Debugf(module, noAddr, id, id != "", fn, "%s", r.Message)
		return nil
	}
	h.rt.log().Log(rspamdLevel(r.Level), module, id, id != "", fn, r.Message)
	return nil
}

func (h slogHandler) WithAttrs([]slog.Attr) slog.Handler { return h }

func (h slogHandler) WithGroup(string) slog.Handler { return h }
