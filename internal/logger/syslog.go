package logger

import (
	"fmt"
	"log/syslog"
)

// syslogOut sends messages to the local syslog daemon, tagged "rspamd"
// with the pid, as upstream's openlog("rspamd", LOG_PID | LOG_NDELAY) does.
type syslogOut struct {
	facility syslog.Priority
	w        *syslog.Writer
}

func openSyslog(cfg Config) (*syslogOut, error) {
	facility := cfg.Facility
	if facility == 0 {
		facility = FacilityDaemon
	}
	s := &syslogOut{facility: syslog.Priority(facility)}
	w, err := syslog.New(s.facility|syslog.LOG_INFO, "rspamd")
	if err != nil {
		return nil, fmt.Errorf("cannot open syslog: %w", err)
	}
	s.w = w
	return s, nil
}

func (s *syslogOut) log(l *Logger, e *entry) bool {
	if e.level&levelForced == 0 && !l.enabled {
		return false
	}
	var line []byte
	id := e.id
	if !e.hasID {
		id = ""
	} else if len(id) > defaultTagLen {
		id = id[:defaultTagLen]
	}
	if l.flags&FlagJSON != 0 {
		line = Appendf(nil, `{"ts": %L, "pid": %d, "severity": "%s", "worker_type": "%s", "id": "%s", "module": "%s", "function": "%s", "message": "`,
			l.now().Unix(), l.pid, Severity(e.level), l.processType, id, e.module, e.function)
		line = appendJSONMessage(line, e.msg)
		line = append(line, "\"}"...)
	} else {
		line = Appendf(nil, "<%s>; %s; %s: ", id, e.module, e.function)
		line = append(line, e.msg...)
	}
	// upstream maps the first of debug, info, warning and error it finds
	// among the level bits, and anything else (notice) to LOG_DEBUG
	msg := string(line)
	var err error
	switch {
	case e.level&LevelDebug != 0:
		err = s.w.Debug(msg)
	case e.level&LevelInfo != 0:
		err = s.w.Info(msg)
	case e.level&LevelWarning != 0:
		err = s.w.Warning(msg)
	case e.level&LevelCritical != 0:
		err = s.w.Err(msg)
	default:
		err = s.w.Debug(msg)
	}
	return err == nil
}

func (s *syslogOut) reopen(*Logger) error {
	w, err := syslog.New(s.facility|syslog.LOG_INFO, "rspamd")
	if err != nil {
		return fmt.Errorf("cannot open syslog: %w", err)
	}
	s.w.Close()
	s.w = w
	return nil
}

func (s *syslogOut) flush(*Logger) {}

func (s *syslogOut) close(*Logger) error { return s.w.Close() }
