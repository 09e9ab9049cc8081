package luaapi

import (
	"crypto/rand"
	"strings"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/logger"
)

// Ports of the string helpers of upstream's libutil/str_util.c that the Lua
// API exposes, with their exact output.

// newlineSeq returns the line break of a newline style.
func newlineSeq(nl encoding.Newline) string {
	switch nl {
	case encoding.NewlineCR:
		return "\r"
	case encoding.NewlineLF:
		return "\n"
	}
	return "\r\n"
}

func qpRange(c byte) bool {
	return (c >= 33 && c <= 60) || (c >= 62 && c <= 126) || c == '\r' || c == '\n' || c == ' ' || c == '\t'
}

// encodeQP is rspamd_encode_qp_fold: quoted-printable with soft line
// breaks after about lineLen characters (none when lineLen <= 0), encoding
// a space or tab that ends a line.
func encodeQP(in []byte, lineLen int, nl encoding.Newline) []byte {
	const hex = "0123456789ABCDEF"
	soft := "=" + newlineSeq(nl)
	spanNormal := func(span int) bool { return lineLen > 0 && span+1 >= lineLen }
	spanSpecial := func(span int) bool { return lineLen > 0 && span+4 >= lineLen }
	out := make([]byte, 0, len(in)*3/2+8)
	span, seenSpaces := 0, 0
	var lastSp byte
	for p := 0; p < len(in); {
		ch := in[p]
		if qpRange(ch) {
			if ch == '\r' || ch == '\n' {
				if seenSpaces > 0 {
					out = out[:len(out)-1]
					if spanSpecial(span) {
						if p+1 < len(in) || span+3 >= lineLen {
							out = append(out, soft...)
						}
						out = append(out, '=', hex[lastSp>>4], hex[lastSp&0xf])
						span = 0
						// seenSpaces is kept: the space is encoded once more
						// at the next line break, as upstream does
					} else {
						out = append(out, '=', hex[lastSp>>4], hex[lastSp&0xf])
						seenSpaces = 0
					}
					continue
				}
				span = 0
			} else if ch == ' ' || ch == '\t' {
				seenSpaces++
				lastSp = ch
				span++
			} else {
				seenSpaces = 0
				span++
			}
			out = append(out, ch)
		} else {
			if spanSpecial(span) && (p+1 < len(in) || span+3 >= lineLen) {
				out = append(out, soft...)
				span = 0
			}
			out = append(out, '=', hex[ch>>4], hex[ch&0xf])
			span += 3
			seenSpaces = 0
		}
		if spanNormal(span) && (p+1 < len(in) || span > lineLen || seenSpaces > 0) {
			out = append(out, soft...)
			span = 0
			seenSpaces = 0
		}
		p++
	}
	if seenSpaces > 0 {
		out = out[:len(out)-1]
		out = append(out, '=', hex[lastSp>>4], hex[lastSp&0xf])
	}
	return out
}

// levenshtein is rspamd_strings_levenshtein_distance: an edit distance
// counting adjacent transpositions, with a configurable replacement cost;
// inputs longer than 8192 bytes give 8192.
func levenshtein(s1, s2 []byte, replaceCost int) int {
	const maxCmp = 8192
	if max(len(s1), len(s2)) > maxCmp {
		return maxCmp
	}
	if len(s1) > len(s2) {
		s1, s2 = s2, s1
	}
	n := len(s1)
	cur := make([]int, n+1)
	prev := make([]int, n+1)
	transp := make([]int, n+1)
	for i := range prev {
		prev[i] = i
	}
	var lastC2 byte
	for i := 1; i <= len(s2); i++ {
		c2 := s2[i-1]
		cur[0] = i
		var lastC1 byte
		for j := 1; j <= n; j++ {
			c1 := s1[j-1]
			eq := replaceCost
			if c1 == c2 {
				eq = 0
			}
			ret := min(cur[j-1]+1, prev[j]+1, prev[j-1]+eq)
			if c1 == lastC2 && c2 == lastC1 && j >= 2 {
				ret = min(ret, transp[j-2]+eq)
			}
			cur[j] = ret
			lastC1 = c1
		}
		lastC2 = c2
		transp, prev, cur = prev, cur, transp
	}
	return prev[n]
}

func isCSpaceAt(b []byte, i int) bool {
	return i >= 0 && i < len(b) && isCSpace(b[i])
}

// foldHeader is rspamd_header_value_fold: it folds a header value at about
// 76 characters, preferably after ',' and ';' or at spaces, or after any of
// the characters foldOn when given (hasFoldOn).
func foldHeader(name, value []byte, nl encoding.Newline, foldOn string, hasFoldOn bool) []byte {
	const foldMax = 76
	seq := newlineSeq(nl) + "\t"
	const (
		readToken = iota
		readQuoted
		afterQuote
		foldToken
	)
	const (
		foldBefore = iota
		foldAfter
	)
	res := make([]byte, 0, len(value)+16)
	c, p, end := 0, 0, len(value)
	at := func(i int) byte {
		if i < end {
			return value[i]
		}
		return 0
	}
	curLen := len(name) + 2
	firstToken := true
	state, nextState, foldType := readToken, readToken, foldBefore
	nspaces := 0
	for p < end {
		switch state {
		case readToken:
			switch ch := value[p]; {
			case hasFoldOn:
				if ch == 0 || strings.IndexByte(foldOn, ch) >= 0 {
					foldType, state, nextState = foldAfter, foldToken, readToken
				}
				p++
			case ch == ',' || ch == ';':
				switch {
				case float64(curLen) > foldMax*0.8 && curLen < foldMax:
					foldType, state, nextState = foldAfter, foldToken, readToken
				case curLen > foldMax && !firstToken:
					foldType, state, nextState = foldBefore, foldToken, readToken
				default:
					res = append(res, value[c:p+1]...)
					c = p + 1
					firstToken = false
				}
				p++
			case ch == '"':
				res = append(res, value[c:p]...)
				c = p
				state = readQuoted
			case ch == '\r' || ch == '\n':
				if curLen > foldMax && !firstToken {
					foldType, state, nextState = foldBefore, foldToken, readToken
					break
				}
				t := p
				seenFold := false
				for t < end {
					if value[t] == ' ' || value[t] == '\t' {
						seenFold = true
						break
					} else if !isCSpace(value[t]) {
						break
					}
					t++
				}
				if seenFold {
					curLen = 0
					for isCSpace(at(p)) {
						p++
					}
					res = append(res, value[c:p]...)
					c = p
					firstToken = true
				} else {
					res = append(res, value[c:p]...)
					res = append(res, seq...)
					p = t
					state = readToken
					firstToken = true
					c = p
				}
			case isCSpace(ch):
				switch {
				case float64(curLen) > foldMax*0.8 && curLen < foldMax:
					foldType, state, nextState = foldAfter, foldToken, readToken
				case curLen > foldMax && !firstToken:
					foldType, state, nextState = foldBefore, foldToken, readToken
				default:
					res = append(res, value[c:p]...)
					c = p
					firstToken = false
					p++
					curLen++
				}
			default:
				p++
				curLen++
			}
		case foldToken:
			if foldType == foldAfter {
				nspaces = 0
				if p > c {
					res = append(res, value[c:p]...)
					for len(res) > 0 && isCSpace(res[len(res)-1]) {
						res = res[:len(res)-1]
						nspaces++
					}
				}
				res = append(res, seq...)
				if isCSpace(at(p)) {
					p++
				}
				for ; nspaces > 0; nspaces-- {
					res = append(res, ' ')
				}
				curLen = 0
			} else {
				if isCSpace(at(c)) && p > c {
					c++
				}
				if last := len(res) - 2; !(last >= 0 && (res[last] == '\r' || res[last] == '\n')) {
					for len(res) > 0 && isCSpace(res[len(res)-1]) {
						res = res[:len(res)-1]
						nspaces++
					}
					res = append(res, seq...)
				}
				curLen = nspaces
				for ; nspaces > 0; nspaces-- {
					res = append(res, ' ')
				}
				if p > c {
					res = append(res, value[c:p]...)
					curLen += p - c
				} else {
					curLen = 0
				}
			}
			firstToken = true
			c = p
			state = nextState
		case readQuoted:
			if p != c && value[p] == '"' {
				state = afterQuote
			}
			p++
			curLen++
		case afterQuote:
			state = readToken
			p++
			curLen++
			res = append(res, value[c:min(p, end)]...)
			c = min(p, end)
			firstToken = true
		}
	}
	p = min(p, end)
	switch state {
	case readToken:
		if !hasFoldOn && curLen > foldMax && !firstToken {
			if isCSpace(at(c)) {
				c++
			}
			res = append(res, seq...)
		}
		res = append(res, value[min(c, p):p]...)
	case readQuoted, afterQuote:
		res = append(res, value[c:p]...)
	case foldToken:
		switch {
		case len(res) > 0 && isCSpace(res[len(res)-1]):
			res = append(res, value[c:p]...)
		case at(c) != '\r' && at(c) != '\n':
			res = append(res, seq...)
			res = append(res, value[c:p]...)
		default:
			res = append(res, value[c:p]...)
		}
	}
	return res
}

// decodeASCII85 is rspamd_decode_ascii85_buf (false on invalid input).
func decodeASCII85(in []byte) ([]byte, bool) {
	out := make([]byte, 0, len(in)*4/5+4)
	var tuple uint32
	count := 0
	for p := 0; p < len(in); {
		c := in[p]
		p++
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			continue
		case c == '~':
			if p >= len(in) || in[p] == '>' {
				p = len(in)
				continue
			}
			return nil, false
		case c == 'z':
			if count != 0 {
				return nil, false
			}
			out = append(out, 0, 0, 0, 0)
			continue
		case c < '!' || c > 'u':
			return nil, false
		}
		tuple = tuple*85 + uint32(c-'!')
		count++
		if count == 5 {
			out = append(out, byte(tuple>>24), byte(tuple>>16), byte(tuple>>8), byte(tuple))
			tuple, count = 0, 0
		}
	}
	if count > 0 {
		for i := 0; i < 5-count; i++ {
			tuple = tuple*85 + 84
		}
		full := []byte{byte(tuple >> 24), byte(tuple >> 16), byte(tuple >> 8)}
		out = append(out, full[:count-1]...)
	}
	return out, true
}

// httpDate formats a time as rspamd_http_date_format does
// ("Tue, 14 Nov 2023 22:13:20 GMT").
func httpDate(sec int64) string {
	tm := gmtime(sec)
	week := [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	month := [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	return logger.Sprintf("%s, %02d %s %4d %02d:%02d:%02d GMT",
		week[tm.wday], tm.mday, month[tm.mon], tm.year+1900, tm.hour, tm.min, tm.sec)
}

type brokenTime struct {
	year, mon, mday, wday, hour, min, sec int32
}

// gmtime is rspamd_gmtime, with its unsigned arithmetic: times before
// March 2000 wrap around to dates hundreds of millions of years ahead, as
// upstream prints them.
func gmtime(ts int64) brokenTime {
	const leapEpoch = 946684800 + 86400*(31+29)
	const per400, per100, per4 = 365*400 + 97, 365*100 + 24, 365*4 + 1
	daysInMonth := [...]uint64{31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 31, 29}
	secs := uint64(ts) - leapEpoch
	days := secs / 86400
	remsecs := int32(secs % 86400)
	wday := int32((3 + days) % 7)
	leap400 := int32(days / per400)
	remdays := int32(days % per400)
	leap100 := int32(uint64(remdays) / per100)
	if leap100 == 4 {
		leap100--
	}
	remdays = int32(uint64(remdays) - uint64(int64(leap100))*per100)
	leap4 := int32(uint64(remdays) / per4)
	if leap4 == 25 {
		leap4--
	}
	remdays = int32(uint64(remdays) - uint64(int64(leap4))*per4)
	remyears := remdays / 365
	if remyears == 4 {
		remyears--
	}
	remdays -= remyears * 365
	years := uint64(int64(remyears)) + 4*uint64(int64(leap4)) + 100*uint64(int64(leap100)) + 400*uint64(int64(leap400))
	months := int32(0)
	for daysInMonth[months] <= uint64(int64(remdays)) {
		remdays -= int32(daysInMonth[months])
		months++
	}
	if months >= 10 {
		months -= 12
		years++
	}
	return brokenTime{
		year: int32(years + 100), mon: months + 2, mday: remdays + 1, wday: wday,
		hour: remsecs / 3600, min: remsecs / 60 % 60, sec: remsecs % 60,
	}
}

// randomHex returns n random lower-case hex digits (rspamd_random_hex).
func randomHex(n int) []byte {
	buf := make([]byte, (n+1)/2)
	rand.Read(buf)
	return encoding.AppendHex(nil, buf)[:n]
}
