package ucl

import (
	"github.com/gorspamd/rspamd/internal/cconv"
)

type numResult uint8

const (
	numOK numResult = iota
	numInvalid
	numRange
)

// numMultiplier returns the value of a k/m/g suffix (powers of 1000, or of
// 1024 for byte sizes).
func numMultiplier(c byte, bytes bool) int64 {
	switch c | 0x20 {
	case 'k':
		if bytes {
			return 1024
		}
		return 1000
	case 'm':
		if bytes {
			return 1024 * 1024
		}
		return 1000 * 1000
	case 'g':
		if bytes {
			return 1024 * 1024 * 1024
		}
		return 1000 * 1000 * 1000
	}
	return 1
}

// timeMultiplier returns the seconds of an m/h/d/w/y suffix.
func timeMultiplier(c byte) float64 {
	switch c | 0x20 {
	case 'm':
		return 60
	case 'h':
		return 60 * 60
	case 'd':
		return 60 * 60 * 24
	case 'w':
		return 60 * 60 * 24 * 7
	case 'y':
		return 60 * 60 * 24 * 365
	}
	return 1
}

// maybeParseNumber parses a number with an optional multiplier or time
// suffix at data[start:], as upstream's ucl_maybe_parse_number does. On
// success obj (if not nil) gets the value and the end position is returned.
func maybeParseNumber(obj *Object, data []byte, start int, allowDouble, numberBytes, allowTime bool) (int, numResult) {
	end := len(data)
	at := func(i int) byte {
		if i >= 0 && i < end {
			return data[i]
		}
		return 0
	}
	p, c := start, start
	var gotDot, gotExp, needDouble, isTime, validStart, isHex bool
	isNeg := 0
	var dv float64
	var lv int64

	if at(p) == '-' {
		isNeg = 1
		c++
		p++
	}
scan:
	for p < end {
		b := data[p]
		switch {
		case isHex && isHexDigit(b):
			p++
		case isDigit(b):
			validStart = true
			p++
		case !isHex && (b == 'x' || b == 'X'):
			isHex = true
			allowDouble = false
			c = p + 1
			p++
		case allowDouble:
			switch {
			case p == c:
				return start, numInvalid
			case b == '.':
				if gotDot {
					return start, numInvalid
				}
				gotDot, needDouble = true, true
				p++
			case b == 'e' || b == 'E':
				if gotExp {
					return start, numInvalid
				}
				gotExp, needDouble = true, true
				p++
				if p >= end {
					return start, numInvalid
				}
				if !isDigit(data[p]) && data[p] != '+' && data[p] != '-' {
					return start, numInvalid
				}
				p++
			default:
				break scan
			}
		case b == '.':
			return start, numInvalid
		default:
			break scan
		}
	}
	if !validStart || p == c {
		return start, numInvalid
	}
	if p-c+1 >= 128 {
		return start, numInvalid
	}
	numbuf := make([]byte, 0, p-c+1)
	if isNeg == 1 {
		numbuf = append(numbuf, '-')
	}
	numbuf = append(numbuf, data[c:p]...)

	var consumed int
	var erange bool
	if needDouble {
		dv, consumed, erange = cconv.Strtod(numbuf)
	} else {
		base := 10
		if isHex {
			base = 16
		}
		lv, _, erange = cconv.Strtol(numbuf, base)
		consumed = len(numbuf)
	}
	if erange {
		return start, numRange
	}
	endptr := c + consumed - isNeg
	// toDouble switches an integer to a double value.
	toDouble := func() {
		if !needDouble {
			needDouble = true
			dv = float64(lv)
		}
	}
	// scale applies a k/m/g multiplier.
	scale := func() {
		if needDouble {
			dv *= float64(numMultiplier(at(p), false))
		} else {
			lv *= numMultiplier(at(p), numberBytes)
		}
	}
	// suffixEnds skips a suffix of n bytes, which must end the value.
	suffixEnds := func(n int) bool {
		p += n
		return end-p <= 0 || isAtomEnd(at(p))
	}

	switch {
	case endptr >= end:
		p = end
		goto setObj
	case isAtomEnd(at(endptr)) || at(endptr) == 0:
		p = endptr
		goto setObj
	case endptr == start:
		return c, numInvalid
	}
	p = endptr
	switch at(p) {
	case 'm', 'M', 'g', 'G', 'k', 'K':
		if end-p >= 2 {
			switch {
			case at(p+1) == 's' || at(p+1) == 'S':
				toDouble()
				isTime = true
				if at(p) == 'm' || at(p) == 'M' {
					dv /= 1000
				} else {
					dv *= float64(numMultiplier(at(p), false))
				}
				if !suffixEnds(2) {
					return start, numInvalid
				}
				goto setObj
			case numberBytes || at(p+1) == 'b' || at(p+1) == 'B':
				if needDouble {
					needDouble = false
					lv = cDoubleToInt64(dv)
				}
				lv *= numMultiplier(at(p), true)
				if !suffixEnds(2) {
					return start, numInvalid
				}
				goto setObj
			case isAtomEnd(at(p + 1)):
				scale()
				p++
				goto setObj
			case allowTime && end-p >= 3:
				if at(p)|0x20 == 'm' && at(p+1)|0x20 == 'i' && at(p+2)|0x20 == 'n' {
					toDouble()
					isTime = true
					dv *= 60
					if !suffixEnds(3) {
						return start, numInvalid
					}
					goto setObj
				}
			}
		} else {
			scale()
			p++
			goto setObj
		}
	case 's', 'S':
		if allowTime && (p == end-1 || isAtomEnd(at(p+1))) {
			toDouble()
			p++
			isTime = true
			goto setObj
		}
	case 'h', 'H', 'd', 'D', 'w', 'W', 'y', 'Y':
		if allowTime && (p == end-1 || isAtomEnd(at(p+1))) {
			toDouble()
			isTime = true
			dv *= timeMultiplier(at(p))
			p++
			goto setObj
		}
	case '\t', ' ':
		for p < end && isClass(data[p], chWhitespace) {
			p++
		}
		if p == end || isAtomEnd(at(p)) {
			goto setObj
		}
	}
	return c, numInvalid

setObj:
	if obj != nil {
		if allowDouble && (needDouble || isTime) {
			if isTime {
				obj.typ = TypeTime
			} else {
				obj.typ = TypeFloat
			}
			obj.dv = dv
		} else {
			obj.typ = TypeInt
			obj.iv = lv
		}
	}
	return p, numOK
}
