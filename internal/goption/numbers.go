package goption

import (
	"github.com/gorspamd/rspamd/internal/cconv"
)

// Numeric arguments are read as C's strtol/strtoll (base 0) and strtod
// read them in the "C" locale: leading white space, a sign, "0x" hex and
// leading-zero octal integers, decimal and hex floats, inf and nan. The
// whole argument must be consumed; overflow, and for doubles underflow,
// is a range error.

// parseInt is parseInt64 for a 32-bit int.
func parseInt(optionName, arg string) (int, error) {
	v, err := parseInt64(optionName, arg)
	if err == nil && v != int64(int32(v)) {
		return 0, errorf(ErrBadValue, "Integer value “%s” for %s out of range", arg, optionName)
	}
	return int(v), err
}

func parseInt64(optionName, arg string) (int64, error) {
	v, n, overflow := cconv.Strtol(arg, 0)
	if arg == "" || n != len(arg) {
		return 0, errorf(ErrBadValue, "Cannot parse integer value “%s” for %s", arg, optionName)
	}
	if overflow {
		return 0, errorf(ErrBadValue, "Integer value “%s” for %s out of range", arg, optionName)
	}
	return v, nil
}

func parseDouble(optionName, arg string) (float64, error) {
	v, n, rangeErr := cconv.Strtod(arg)
	if arg == "" || n != len(arg) {
		return 0, errorf(ErrBadValue, "Cannot parse double value “%s” for %s", arg, optionName)
	}
	if rangeErr {
		return 0, errorf(ErrBadValue, "Double value “%s” for %s out of range", arg, optionName)
	}
	return v, nil
}
