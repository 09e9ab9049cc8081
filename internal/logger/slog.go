package logger

import (
	"context"
	"log/slog"
	"net/netip"
	"slices"

	"github.com/gorspamd/rspamd/internal/re"
	"github.com/gorspamd/rspamd/internal/upstream"
)

// SlogHandler is a log/slog handler that writes records as rspamd log
// lines, for the packages that log through log/slog (maps, re, upstream):
// the record's message is the line's message and its "module", "id" and
// "func" attributes are the line's module, tag and function (other
// attributes have no place in rspamd's lines and are dropped). Attributes
// given to WithAttrs are defaults that a record's own non-empty value
// replaces (resolved for each record, so a slog.LogValuer may follow a
// changing tag); an empty id means no tag. Levels map to rspamd's: Error and
// above are its errors (LevelCritical, msg_err), Warn warnings, Info info
// messages, and anything below Info debug lines of the module, written
// when the threshold or the module's debugging allows them.
type SlogHandler struct {
	l    *Logger
	defs []slog.Attr
	// grouped is set once WithGroup was called: later attributes are
	// qualified by the group and are not the line's fields.
	grouped bool
}

// fields are the parts of an rspamd line a record's attributes give.
type fields struct {
	module, id, function string
}

// set stores a recognised attribute with a non-empty string value.
func (f *fields) set(a slog.Attr) {
	v := a.Value.Resolve()
	if v.Kind() != slog.KindString || v.String() == "" {
		return
	}
	switch a.Key {
	case "module":
		f.module = v.String()
	case "id":
		f.id = v.String()
	case "func":
		f.function = v.String()
	}
}

// NewSlogHandler returns a handler writing to l; with l nil, it writes to
// the process's default logger at the time of each record (Default).
func NewSlogHandler(l *Logger) *SlogHandler {
	return &SlogHandler{l: l}
}

// SetLibraryLoggers makes the packages that log through package-level slog
// loggers (internal/re, internal/upstream) write to l (the default logger
// when nil) with rspamd's line format. A process calls it once it has set
// up logging. Maps take their logger from the configuration they are made
// with (maps.Config.Logger).
func SetLibraryLoggers(l *Logger) {
	sl := slog.New(NewSlogHandler(l))
	re.SetLogger(sl)
	upstream.SetLogger(sl)
}

// slogLevel maps a slog level to rspamd's message level.
func slogLevel(l slog.Level) Level {
	switch {
	case l >= slog.LevelError:
		return LevelCritical
	case l >= slog.LevelWarn:
		return LevelWarning
	case l >= slog.LevelInfo:
		return LevelInfo
	}
	return LevelDebug
}

// Enabled reports whether a record of the level may be written: debug
// records whenever some module's debugging is on, as the module is only
// known from the record.
func (h *SlogHandler) Enabled(_ context.Context, level slog.Level) bool {
	l := h.l.self()
	if l == nil {
		return false
	}
	lv := slogLevel(level)
	l.mu.Lock()
	defer l.mu.Unlock()
	if lv == LevelDebug {
		return l.needLog(lv, "") || l.tempDebug || len(l.modules) > 0
	}
	return l.needLog(lv, "")
}

// Handle writes the record as one rspamd log line.
func (h *SlogHandler) Handle(_ context.Context, r slog.Record) error {
	l := h.l.self()
	if l == nil {
		return nil
	}
	var f fields
	for _, a := range h.defs {
		f.set(a)
	}
	if !h.grouped {
		r.Attrs(func(a slog.Attr) bool {
			f.set(a)
			return true
		})
	}
	lv := slogLevel(r.Level)
	if lv == LevelDebug {
		l.Debugf(f.module, netip.Addr{}, f.id, f.id != "", f.function, "%s", r.Message)
		return nil
	}
	l.Log(lv, f.module, f.id, f.id != "", f.function, r.Message)
	return nil
}

// WithAttrs returns a handler whose records default to the module, id and
// func among attrs.
func (h *SlogHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if h.grouped {
		return h
	}
	c := *h
	c.defs = append(slices.Clip(h.defs), attrs...)
	return &c
}

// WithGroup returns a handler for which later attributes, qualified by the
// group, are not the line's fields.
func (h *SlogHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	c := *h
	c.grouped = true
	return &c
}
