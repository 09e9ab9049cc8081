package maps

import (
	"log/slog"

	"github.com/gorspamd/rspamd/internal/liblog"
)

// logger emits records the way rspamd's msg_*_map and msg_*_config
// macros do: the message text as rspamd 4.1.5 words it, with "module"
// ("map", "radix", or "cfg" for configuration messages, as the pool tag of
// msg_*_config), "id" (the map's tag; empty for configuration messages,
// whose tag is the configuration's checksum, which the logger supplies)
// and "func" (the upstream C function) attributes, for the
// logger package to format rspamd's log lines.
type logger struct {
	l *slog.Logger
}

func (lg logger) log(level slog.Level, module, id, fn, format string, args ...any) {
	liblog.Logf(lg.l, level, fn, module, id, format, args...)
}

// Map-scoped messages (msg_err_map and friends).

func (m *Map) errf(fn, format string, args ...any) {
	m.reg.log.log(slog.LevelError, "map", m.tag, fn, format, args...)
}

func (m *Map) warnf(fn, format string, args ...any) {
	m.reg.log.log(slog.LevelWarn, "map", m.tag, fn, format, args...)
}

func (m *Map) infof(fn, format string, args ...any) {
	m.reg.log.log(slog.LevelInfo, "map", m.tag, fn, format, args...)
}

func (m *Map) debugf(fn, format string, args ...any) {
	m.reg.log.log(slog.LevelDebug, "map", m.tag, fn, format, args...)
}

// Config-scoped messages (msg_err_config and friends).

func (r *Registry) cfgErrf(fn, format string, args ...any) {
	r.log.log(slog.LevelError, "cfg", "", fn, format, args...)
}

func (r *Registry) cfgWarnf(fn, format string, args ...any) {
	r.log.log(slog.LevelWarn, "cfg", "", fn, format, args...)
}

func (r *Registry) cfgInfof(fn, format string, args ...any) {
	r.log.log(slog.LevelInfo, "cfg", "", fn, format, args...)
}
