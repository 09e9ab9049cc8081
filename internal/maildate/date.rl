// RFC 5322 date-time grammar (section 3.3 with the obsolete zones), with
// the actions rspamd runs on it. Generated code: date_rl.go.
package maildate

import "github.com/gorspamd/rspamd/internal/cconv"

%%{
  machine smtp_date;
  include base "base.rl";

  action DayStart { tmp = p }
  action DayEnd {
    if p > tmp {
      if n, ok := cconv.RspamdStrtoul(data[tmp:p]); ok {
        if n > 0 && n <= 31 {
          t.mday = int(n)
        } else {
          p++
          goto _out
        }
      }
    }
  }
  action YearStart { tmp = p }
  action YearEnd {
    if p > tmp {
      if n, ok := cconv.RspamdStrtoul(data[tmp:p]); ok {
        switch {
        case n < 50:
          t.year = int(n) + 100
        case n < 1000:
          t.year = int(n)
        default:
          t.year = int(n) - 1900
        }
      }
    }
  }
  action HourStart { tmp = p }
  action HourEnd {
    if n, ok := cconv.RspamdStrtoul(data[tmp:p]); p <= tmp || (ok && n >= 24) {
      p++
      goto _out
    } else if ok {
      t.hour = int(n)
    }
  }
  action MinuteStart { tmp = p }
  action MinuteEnd {
    if n, ok := cconv.RspamdStrtoul(data[tmp:p]); p <= tmp || (ok && n >= 60) {
      p++
      goto _out
    } else if ok {
      t.min = int(n)
    }
  }
  action SecondStart { tmp = p }
  action SecondEnd {
    if n, ok := cconv.RspamdStrtoul(data[tmp:p]); p <= tmp || (ok && n > 60) {
      p++
      goto _out
    } else if ok {
      t.sec = int(n)
    }
  }
  action ZoneSign { tmp = p }
  action ZoneEnd {
    if p > tmp {
      n, _ := cconv.RspamdStrtoul(data[tmp:p])
      tz = int64(n)
      if data[tmp-1] == '-' {
        tz = -tz
      }
    }
  }

  prepush {
    if top >= maxCommentNesting {
      p++
      goto _out
    }
    if top >= len(stack) {
      stack = append(stack, 0)
    };
  }

  ccontent = ctext | FWS | '(' @{ fcall comment_rest; };
  comment_rest := ccontent* ')' @{ fret; };
  comment = "(" (FWS? ccontent)* FWS? ")";
  CFWS = ((FWS? comment)+ FWS?) | FWS;

  dayname = "Mon" | "Tue" | "Wed" | "Thu" | "Fri" | "Sat" | "Sun";
  weekday = FWS? dayname;
  day = FWS? digit{1,2} >DayStart %DayEnd FWS;
  month = "Jan" %{ t.mon = 0 } | "Feb" %{ t.mon = 1 } | "Mar" %{ t.mon = 2 } |
          "Apr" %{ t.mon = 3 } | "May" %{ t.mon = 4 } | "Jun" %{ t.mon = 5 } |
          "Jul" %{ t.mon = 6 } | "Aug" %{ t.mon = 7 } | "Sep" %{ t.mon = 8 } |
          "Oct" %{ t.mon = 9 } | "Nov" %{ t.mon = 10 } | "Dec" %{ t.mon = 11 };
  year = FWS digit{2,4} >YearStart %YearEnd FWS;
  date = day month year;
  clock = digit{2} >HourStart %HourEnd ":" digit{2} >MinuteStart %MinuteEnd
          (":" digit{2} >SecondStart %SecondEnd)?;
  zone = ("+" | "-") %ZoneSign digit{4} %ZoneEnd;
  obszone = "UT" %{ tz = 0 } | "GMT" %{ tz = 0 } |
            "EST" %{ tz = -500 } | "EDT" %{ tz = -400 } |
            "CST" %{ tz = -600 } | "CDT" %{ tz = -500 } |
            "MST" %{ tz = -700 } | "MDT" %{ tz = -600 } |
            "PST" %{ tz = -800 } | "PDT" %{ tz = -700 } |
            [a-iA-I] | [k-zK-Z];
  time = clock FWS (zone | obszone) FWS*;
  main := (weekday ",")? date time CFWS?;
}%%

%% write data;

// maxCommentNesting bounds nested comments, as upstream bounds its stack.
const maxCommentNesting = 64

// broken down time as struct tm holds it (year from 1900, month from 0).
type tm struct {
	year, mon, mday, hour, min, sec int
}

// scan runs the machine; ok is false unless it ends in a final state, and
// then p and cs are where and in which state the machine stopped.
func scan(data []byte) (t tm, tz int64, p, cs int, ok bool) {
	pe := len(data)
	eof := pe
	top := 0
	var stack []int
	tmp := 0
	%% write init;
	%% write exec;
	return t, tz, p, cs, cs >= smtp_date_first_final
}
