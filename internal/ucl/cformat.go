package ucl

import (
	"math"
	"strconv"
	"strings"
)

// appendDouble formats a double as upstream's emitters do: values equal to
// their int truncation as "%.1f", values within 1e-7 of it as "%.15g", and
// everything else as "%f".
func appendDouble(b []byte, v float64) []byte {
	t := float64(cDoubleToInt32(v))
	switch {
	case v == t:
		return AppendCFloat(b, v, 'f', 1)
	case math.Abs(v-t) < 0.0000001:
		return AppendCFloat(b, v, 'g', 15)
	default:
		return AppendCFloat(b, v, 'f', 6)
	}
}

// AppendCFloat appends v formatted like C printf's %.<prec>f (fmt 'f'),
// %.<prec>e (fmt 'e') or %.<prec>g (fmt 'g') in the C locale, including
// glibc's spelling of infinities and NaN ("inf", "-nan").
func AppendCFloat(b []byte, v float64, fmtc byte, prec int) []byte {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		if math.Signbit(v) {
			b = append(b, '-')
		}
		if math.IsNaN(v) {
			return append(b, "nan"...)
		}
		return append(b, "inf"...)
	}
	if fmtc != 'g' {
		return strconv.AppendFloat(b, v, fmtc, prec, 64)
	}
	if prec == 0 {
		prec = 1
	}
	if v == 0 {
		if math.Signbit(v) {
			return append(b, "-0"...)
		}
		return append(b, '0')
	}
	e := strconv.FormatFloat(v, 'e', prec-1, 64)
	mant, exps, _ := strings.Cut(e, "e")
	x, _ := strconv.Atoi(exps)
	if x < -4 || x >= prec {
		b = append(b, trimFraction(mant)...)
		b = append(b, 'e')
		return append(b, exps...)
	}
	return append(b, trimFraction(strconv.FormatFloat(v, 'f', prec-1-x, 64))...)
}

// trimFraction removes trailing zeros of a decimal fraction and a dangling
// decimal point, as %g does.
func trimFraction(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
