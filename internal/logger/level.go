package logger

import (
	"fmt"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// Level is a message severity or a logger threshold, with GLib's bit values
// as rspamd uses them: a message is logged when its level is numerically
// less than or equal to the threshold, so a threshold may combine bits
// ("error" is LevelCritical|LevelError, "info" LevelInfo|LevelNotice).
type Level uint32

// Message levels (GLib's G_LOG_LEVEL_* bits).
const (
	LevelError    Level = 1 << 2 // G_LOG_LEVEL_ERROR; never a message level in rspamd
	LevelCritical Level = 1 << 3 // rspamd's errors (msg_err, logger.errx)
	LevelWarning  Level = 1 << 4
	LevelNotice   Level = 1 << 5 // G_LOG_LEVEL_MESSAGE (msg_notice, logger.messagex)
	LevelInfo     Level = 1 << 6
	LevelDebug    Level = 1 << 7

	levelMask Level = 0xfc
)

// Thresholds set by the "level" option of the logging section.
const (
	ThresholdError   = LevelError | LevelCritical
	ThresholdWarning = LevelWarning
	ThresholdNotice  = LevelNotice
	ThresholdInfo    = LevelInfo | LevelNotice
	ThresholdDebug   = LevelDebug
)

// ParseLevel converts the value of the "level" logging option (any letter
// case) to a threshold; silent is set for "silent" (info, but workers keep
// quiet about routine events).
func ParseLevel(name string) (threshold Level, silent bool, err error) {
	switch {
	case encoding.EqualFoldASCII(name, "error"):
		return ThresholdError, false, nil
	case encoding.EqualFoldASCII(name, "warning"):
		return ThresholdWarning, false, nil
	case encoding.EqualFoldASCII(name, "info"):
		return ThresholdInfo, false, nil
	case encoding.EqualFoldASCII(name, "message"), encoding.EqualFoldASCII(name, "notice"):
		return ThresholdNotice, false, nil
	case encoding.EqualFoldASCII(name, "silent"):
		return ThresholdInfo, true, nil
	case encoding.EqualFoldASCII(name, "debug"):
		return ThresholdDebug, false, nil
	}
	return 0, false, fmt.Errorf("invalid log level: %s", name)
}

// Severity returns the name rspamd prints for the lowest level bit of l
// ("error" for LevelCritical, "notice" for LevelNotice, "crit" for
// LevelError), as in JSON lines, "severity" lines and logger.log_level().
func Severity(l Level) string {
	l &= 0xff &^ 3
	if l == 0 {
		return ""
	}
	names := [...]string{"", "", "crit", "error", "warn", "notice", "info", "debug"}
	for i := 2; i < 8; i++ {
		if l&(1<<i) != 0 {
			return names[i]
		}
	}
	return ""
}

// Flags are the logger flags (rspamd's RSPAMD_LOG_FLAG_* bits).
type Flags uint32

// Logger flags.
const (
	FlagSystemd  Flags = 1 << 0 // no time stamp, "(process) " prefix
	FlagColor    Flags = 1 << 1 // colours on a console (dropped when not a terminal)
	FlagReCache  Flags = 1 << 2 // log_re_cache: regexp cache statistics in task logs
	FlagUsec     Flags = 1 << 3 // microseconds in time stamps
	FlagRspamadm Flags = 1 << 4 // rspamadm: bare messages, non-errors to stdout
	FlagEnforced Flags = 1 << 5 // the level comes from the command line
	FlagSeverity Flags = 1 << 6 // "[severity]" after the time stamp
	FlagJSON     Flags = 1 << 7 // one JSON object per line
)

// Type is where a logger writes.
type Type int

// Logger types.
const (
	TypeConsole Type = iota
	TypeFile
	TypeSyslog
)

// ParseType converts the "type" option of the logging section.
func ParseType(name string) (Type, error) {
	switch {
	case encoding.EqualFoldASCII(name, "file"):
		return TypeFile, nil
	case encoding.EqualFoldASCII(name, "syslog"):
		return TypeSyslog, nil
	case encoding.EqualFoldASCII(name, "stderr"), encoding.EqualFoldASCII(name, "console"):
		return TypeConsole, nil
	}
	return 0, fmt.Errorf("invalid log type: %s", name)
}

// StripPolicy says how a task tag longer than the configured maximum is
// shortened.
type StripPolicy int

// Strip policies (log_tag_strip_policy).
const (
	StripRight  StripPolicy = iota // keep the beginning
	StripLeft                      // keep the end
	StripMiddle                    // keep both ends
)

// ParseStripPolicy converts log_tag_strip_policy; unknown names mean "right".
func ParseStripPolicy(name string) StripPolicy {
	switch {
	case encoding.EqualFoldASCII(name, "left"):
		return StripLeft
	case encoding.EqualFoldASCII(name, "middle"):
		return StripMiddle
	}
	return StripRight
}

// Syslog facilities accepted by the "facility" option (syslog.h values).
const (
	FacilityUser   = 1 << 3
	FacilityMail   = 2 << 3
	FacilityDaemon = 3 << 3
	FacilityAuth   = 4 << 3
	FacilityCron   = 9 << 3
	FacilityLocal0 = 16 << 3
)

// ParseFacility converts the "facility" option: "LOG_DAEMON" or "daemon"
// (any letter case), likewise auth, cron, mail, user and local0 to local7.
func ParseFacility(name string) (int, error) {
	n := name
	if len(n) > 4 && encoding.EqualFoldASCII(n[:4], "LOG_") {
		n = n[4:]
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"auth", FacilityAuth}, {"cron", FacilityCron}, {"daemon", FacilityDaemon}, {"mail", FacilityMail}, {"user", FacilityUser}} {
		if encoding.EqualFoldASCII(n, f.name) {
			return f.v, nil
		}
	}
	if len(n) == 6 && encoding.EqualFoldASCII(n[:5], "local") && n[5] >= '0' && n[5] <= '7' {
		return FacilityLocal0 + int(n[5]-'0')<<3, nil
	}
	return 0, fmt.Errorf("invalid log facility: %s", name)
}
