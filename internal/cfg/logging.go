package cfg

import (
	"slices"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/logger"
)

// LoggerConfig returns the logger the logging section describes (what
// rspamd_log_open_specific opens); debug_ip is left to the caller, which
// knows maps.
func (c *Config) LoggerConfig() logger.Config {
	lc := logger.Config{
		File:           c.LogFile,
		Facility:       c.LogFacility,
		Level:          c.LogLevel,
		Flags:          c.LogFlags,
		Buffered:       c.LogBufSize > 0,
		BufSize:        int(c.LogBufSize),
		MaxTagLen:      int(c.LogMaxTagLen),
		StripPolicy:    logger.ParseStripPolicy(c.LogTagStripPolicy),
		ErrorElts:      int(c.LogErrorElts),
		ErrorEltMaxLen: int(c.LogErrorEltMaxLen),
	}
	switch c.LogType {
	case LogFile:
		lc.Type = logger.TypeFile
	case LogSyslog:
		lc.Type = logger.TypeSyslog
	default:
		lc.Type = logger.TypeConsole
	}
	for m := range c.DebugModules {
		lc.DebugModules = append(lc.DebugModules, m)
	}
	slices.Sort(lc.DebugModules)
	if c.LogEncryptionKey != "" {
		if pk, err := cryptobox.PublicKeyFromBase32(c.LogEncryptionKey, cryptobox.KEX); err == nil {
			lc.EncryptionKey = pk
		}
	}
	return lc
}
