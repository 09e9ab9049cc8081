package logger

import (
	"bytes"
	"time"
)

// appendTime writes "%F %H:%M:%S" in local time, with FlagUsec followed by
// five decimals of the second.
func (l *Logger) appendTime(dst []byte, ts time.Time) []byte {
	dst = ts.Local().AppendFormat(dst, "2006-01-02 15:04:05")
	if l.flags&FlagUsec != 0 {
		// "0.12345" -> ".12345" (a value that rounds up prints "1.00000"
		// and keeps ".00000", as upstream does)
		dst = append(dst, usecString(ts)[1:]...)
	}
	return dst
}

// usecString is the fraction of the second of ts as "%.5f" prints it.
func usecString(ts time.Time) []byte {
	sec := float64(ts.Unix())
	now := float64(ts.UnixNano()) / 1e9
	return AppendFloat(nil, now-sec, 5, false)
}

// appendLine formats one log line as rspamd_log_fill_iov does for the
// console and file outputs.
func (l *Logger) appendLine(dst []byte, ts time.Time, e *entry) []byte {
	color := l.flags&FlagColor != 0
	severity := l.flags&FlagSeverity != 0
	systemd := l.flags&FlagSystemd != 0
	switch {
	case l.flags&FlagJSON != 0:
		return l.appendJSONLine(dst, ts, e)
	case l.flags&FlagRspamadm != 0:
		if l.level == LevelDebug {
			dst = l.appendTime(dst, ts)
			if e.hasID {
				// upstream points at a buffer that has gone out of scope
				// by the time the line is written: what it prints is the
				// start of the microseconds it formatted last
				n := len(l.processTag(e.id))
				frac := usecString(ts)
				dst = append(dst, "; "...)
				dst = append(dst, frac[:min(n, len(frac))]...)
				dst = append(dst, ';')
			}
			dst = append(dst, ' ')
		}
		dst = append(dst, e.msg...)
		return append(dst, '\n')
	}
	if systemd {
		dst = append(dst, '(')
		dst = append(dst, l.processType...)
		dst = append(dst, ") "...)
	} else {
		if color {
			switch {
			case e.level&(LevelInfo|LevelNotice) != 0:
				dst = append(dst, "\033[0;37m"...)
			case e.level&LevelWarning != 0:
				dst = append(dst, "\033[0;32m"...)
			case e.level&LevelCritical != 0:
				dst = append(dst, "\033[1;31m"...)
			}
		}
		dst = l.appendTime(dst, ts)
		if severity {
			dst = append(dst, " ["...)
			dst = append(dst, Severity(e.level)...)
			dst = append(dst, ']')
		}
		dst = Appendf(dst, " #%P(%s) ", l.pid, l.processType)
	}
	start := len(dst)
	if e.hasID {
		dst = append(dst, '<')
		dst = append(dst, l.processTag(e.id)...)
		dst = append(dst, ">; "...)
	}
	if e.module != "" {
		dst = append(dst, e.module...)
		dst = append(dst, "; "...)
	}
	if e.function != "" {
		dst = append(dst, e.function...)
		dst = append(dst, ": "...)
	} else {
		dst = append(dst, ": "...)
	}
	// upstream builds this part in a 64-byte buffer
	if len(dst)-start > 63 {
		dst = dst[:start+63]
	}
	if len(dst) > start && dst[len(dst)-1] != ' ' {
		dst[len(dst)-1] = ' '
	}
	dst = append(dst, e.msg...)
	dst = append(dst, '\n')
	if color {
		dst = append(dst, "\033[0m"...)
	}
	return dst
}

// appendJSONLine writes the JSON form of a line. Like upstream, the module
// and function are not escaped, and the message only when it holds a quote,
// backslash, CR, LF, backspace or tab.
func (l *Logger) appendJSONLine(dst []byte, ts time.Time, e *entry) []byte {
	id := "(NULL)"
	if e.hasID {
		id = l.processTag(e.id)
	}
	module, function := e.module, e.function
	if module == "" {
		module = "(NULL)"
	}
	if function == "" {
		function = "(NULL)"
	}
	dst = Appendf(dst, `{"ts": %f, "pid": %P, "severity": "%s", "worker_type": "%s", "id": "%s", "module": "%s", "function": "%s", "message": "`,
		float64(ts.UnixNano())/1e9, l.pid, Severity(e.level), l.processType, id, module, function)
	dst = appendJSONMessage(dst, e.msg)
	return append(dst, "\"}\n"...)
}

func appendJSONMessage(dst, msg []byte) []byte {
	if !bytes.ContainsAny(msg, "\"\\\r\n\b\t") {
		return append(dst, msg...)
	}
	for _, c := range msg {
		switch c {
		case '\n':
			dst = append(dst, `\n`...)
		case '\r':
			dst = append(dst, `\r`...)
		case '\b':
			dst = append(dst, `\b`...)
		case '\t':
			dst = append(dst, `\t`...)
		case '\f':
			dst = append(dst, `\f`...)
		case 0:
			dst = append(dst, `\u0000`...)
		case '\v':
			dst = append(dst, `\u000B`...)
		case '\\':
			dst = append(dst, `\\`...)
		case '"':
			dst = append(dst, `\"`...)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
