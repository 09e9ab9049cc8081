// Package maildate parses RFC 5322 dates (Date headers, the date part of
// Received headers) as rspamd's parser does and converts them to Unix time
// with rspamd's own calendar arithmetic.
package maildate

import (
	"errors"
	"fmt"
)

// ErrInvalid is returned (wrapped in a *SyntaxError) for a date the
// grammar rejects.
var ErrInvalid = errors.New("maildate: invalid date")

// SyntaxError tells where the grammar rejected a date; its message is
// upstream's GError message, which Lua's rspamd_parsers.parse_smtp_date
// returns.
type SyntaxError struct {
	Offset int
	// Char is the byte at Offset ('?' past the end, for NUL and non-ASCII).
	Char  byte
	State int
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid date at offset %d (%c), state %d", e.Offset, e.Char, e.State)
}

// Unwrap makes errors.Is(err, ErrInvalid) hold.
func (e *SyntaxError) Unwrap() error { return ErrInvalid }

// Parse parses a date as rspamd_parse_smtp_date does and returns the Unix
// time. Out-of-range fields (day 0 or above 31, hour above 23, minute
// above 59, second above 60) make the date invalid.
func Parse(s string) (int64, error) {
	t, tz, p, cs, ok := scan([]byte(s))
	if !ok {
		c := byte('?')
		if p < len(s) && s[p] > 0 && s[p] < 128 {
			c = s[p]
		}
		return -1, &SyntaxError{Offset: p, Char: c, State: cs}
	}
	return toTime(t, tz), nil
}

// toTime is rspamd_tm_to_time: the calendar arithmetic of musl's
// __year_to_secs and __month_to_secs, then the zone offset (HHMM).
func toTime(t tm, tz int64) int64 {
	offset := (tz/100)*3600 + (tz%100)*60
	y := int64(t.year)
	var result int64
	leap := false
	if uint64(y)-2 <= 136 {
		leaps := (y - 68) / 4
		if (y-68)&3 == 0 {
			leaps--
			leap = true
		}
		result = 31536000*(y-70) + 86400*leaps
	} else {
		cycles := (y - 100) / 400
		rem := (y - 100) % 400
		if rem < 0 {
			cycles--
			rem += 400
		}
		var centuries, leaps int64
		if rem == 0 {
			leap = true
		} else {
			switch {
			case rem >= 300:
				centuries, rem = 3, rem-300
			case rem >= 200:
				centuries, rem = 2, rem-200
			case rem >= 100:
				centuries, rem = 1, rem-100
			}
			if rem == 0 {
				leap = true
			} else {
				leaps = rem / 4
				rem %= 4
				leap = rem == 0
			}
		}
		l := int64(0)
		if leap {
			l = 1
		}
		leaps += 97*cycles + 24*centuries - l
		result = (y-100)*31536000 + leaps*86400 + 946684800 + 86400
	}
	secsThroughMonth := [12]int64{0, 31 * 86400, 59 * 86400, 90 * 86400,
		120 * 86400, 151 * 86400, 181 * 86400, 212 * 86400,
		243 * 86400, 273 * 86400, 304 * 86400, 334 * 86400}
	result += secsThroughMonth[t.mon]
	if leap && t.mon >= 2 {
		result += 86400
	}
	result += 86400 * int64(t.mday-1)
	result += 3600 * int64(t.hour)
	result += 60 * int64(t.min)
	result += int64(t.sec)
	return result - offset
}

//go:generate sh -c "ragel -Z -T0 -I ../ragel -o date_rl.go date.rl && gofmt -w date_rl.go"
