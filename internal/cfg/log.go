package cfg

import (
	"net/netip"

	"github.com/gorspamd/rspamd/internal/logger"
)

// logger returns the logger messages go to.
func (c *Config) logger() *logger.Logger {
	if c.Log != nil {
		return c.Log
	}
	return logger.Default()
}

// Tag is the log tag of configuration messages: the checksum, empty until
// it is computed, as upstream's msg_*_config macros pass cfg->checksum.
func (c *Config) Tag() string { return c.Checksum }

// HasTag reports whether messages carry the tag: upstream passes a NULL
// tag, which prints nothing, until the checksum exists.
func (c *Config) HasTag() bool { return c.Checksum != "" }

// Logf logs a message of the configuration code with rspamd's printf
// format: module "cfg", except for debug lines, which are module "config"'s
// (what debug_modules names) and written as rspamd's conditional debug
// lines are (msg_debug_config).
func (c *Config) Logf(level logger.Level, function, format string, args ...any) {
	if level == logger.LevelDebug {
		c.logger().Debugf("config", netip.Addr{}, c.Tag(), c.HasTag(), function, format, args...)
		return
	}
	c.logger().Logf(level, "cfg", c.Tag(), c.HasTag(), function, format, args...)
}

func (c *Config) errf(function, format string, args ...any) {
	c.Logf(logger.LevelCritical, function, format, args...)
}

func (c *Config) warnf(function, format string, args ...any) {
	c.Logf(logger.LevelWarning, function, format, args...)
}

func (c *Config) infof(function, format string, args ...any) {
	c.Logf(logger.LevelInfo, function, format, args...)
}

func (c *Config) debugf(function, format string, args ...any) {
	c.Logf(logger.LevelDebug, function, format, args...)
}
