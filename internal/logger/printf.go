package logger

import (
	"fmt"
	"reflect"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// Appendf appends format expanded as rspamd_printf expands it, the printf
// rspamd's C core writes its log messages and many outputs with:
//
//	%s          a string ([]byte, string, fmt.Stringer; nil prints "(NULL)");
//	            a width limits the length ("%27s" prints at most 27 bytes),
//	            %*s takes the length from an int argument; with x/X the bytes
//	            are printed in hex, with b in rspamd's base32, with B in base64
//	%V %T %v    the same as %s (rspamd's string types)
//	%d %D       int32 (%ud unsigned); %z %l %L %O %P %t 64-bit integers;
//	            width and a leading 0 pad, x/X print hex, h humanizes
//	            (1.50k), H humanizes bytes (1.50KiB)
//	%f %g       doubles with rspamd's Grisu2 digits: "%f" prints every
//	            significant digit without trailing zeros, "%.2f" rounds to two
//	            decimals, %g switches to exponent notation for extreme values
//	%e          an error's message ("unknown error" for nil)
//	%p          a pointer (uintptr) as 16 upper-case hex digits
//	%c          one byte; %Z a NUL; %N a newline; %% a percent sign
//
// A missing argument prints as zero or "(NULL)"; an unknown conversion
// prints its character.
func Appendf(dst []byte, format string, args ...any) []byte {
	p := printer{args: args}
	return p.appendf(dst, format)
}

// Sprintf returns format expanded like Appendf.
func Sprintf(format string, args ...any) string {
	return string(Appendf(nil, format, args...))
}

type printer struct {
	args []any
	next int
}

func (p *printer) arg() any {
	if p.next >= len(p.args) {
		p.next++
		return nil
	}
	a := p.args[p.next]
	p.next++
	return a
}

func (p *printer) intArg() int64 {
	v, _ := toInt(p.arg())
	return v
}

// toInt converts any integer, float or boolean to its bits as an int64 (an
// unsigned value keeps its bits).
func toInt(a any) (int64, bool) {
	switch v := a.(type) {
	case int:
		return int64(v), true
	case int64:
		return v, true
	case int32:
		return int64(v), true
	case uint64:
		return int64(v), true
	case uint32:
		return int64(v), true
	case uint:
		return int64(v), true
	case uintptr:
		return int64(v), true
	case float64:
		return int64(v), true
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	rv := reflect.ValueOf(a)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int(), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return int64(rv.Uint()), true
	case reflect.Float32, reflect.Float64:
		return int64(rv.Float()), true
	}
	return 0, false
}

func toFloat(a any) float64 {
	switch v := a.(type) {
	case float64:
		return v
	case float32:
		return float64(v)
	}
	rv := reflect.ValueOf(a)
	switch rv.Kind() {
	case reflect.Float32, reflect.Float64:
		return rv.Float()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return float64(rv.Uint())
	}
	return 0
}

// toBytes returns the bytes of a string-like argument, or false for nil.
func toBytes(a any) ([]byte, bool) {
	switch v := a.(type) {
	case nil:
		return nil, false
	case string:
		return []byte(v), true
	case []byte:
		if v == nil {
			return nil, false
		}
		return v, true
	case error:
		return []byte(v.Error()), true
	case fmt.Stringer:
		return []byte(v.String()), true
	}
	return fmt.Append(nil, a), true
}

const hexLower = "0123456789abcdef"
const hexUpper = "0123456789ABCDEF"

func (p *printer) appendf(dst []byte, format string) []byte {
	i := 0
	for i < len(format) {
		c := format[i]
		if c != '%' {
			j := i + 1
			for j < len(format) && format[j] != '%' {
				j++
			}
			dst = append(dst, format[i:j]...)
			i = j
			continue
		}
		i++
		zero := byte(' ')
		if i < len(format) && format[i] == '0' {
			zero = '0'
		}
		// widths are unsigned ints upstream: they wrap around
		var width uint32
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			width = width*10 + uint32(format[i]-'0')
			i++
		}
		sign, hex, b32, b64, humanize, bytesH := true, 0, false, false, false, false
		var frac uint32
		fracSet := false
		slen := -1
	flags:
		for i < len(format) {
			switch format[i] {
			case 'u':
				sign = false
			case 'm':
			case 'X':
				hex, sign = 2, false
			case 'x':
				hex, sign = 1, false
			case 'b':
				b32, sign = true, false
			case 'B':
				b64, sign = true, false
			case 'H':
				humanize, bytesH, sign = true, true, false
			case 'h':
				humanize, sign = true, false
			case '.':
				i++
				fracSet = true
				if i < len(format) && format[i] == '*' {
					d := p.intArg()
					if d < 0 {
						return dst
					}
					frac = uint32(d)
					i++
				} else {
					for i < len(format) && format[i] >= '0' && format[i] <= '9' {
						frac = frac*10 + uint32(format[i]-'0')
						i++
					}
				}
				break flags
			case '*':
				d := p.intArg()
				if d < 0 {
					return dst
				}
				slen = int(d)
			default:
				break flags
			}
			i++
		}
		if i >= len(format) {
			// upstream reads the terminating NUL as the conversion and
			// prints it; nothing visible remains to print.
			return dst
		}
		conv := format[i]
		i++
		var num uint64
		neg := false
		switch conv {
		case 'V', 'T', 'v':
			b, ok := toBytes(p.arg())
			if !ok {
				dst = append(dst, "(NULL)"...)
				continue
			}
			if width != 0 && int64(width) < int64(len(b)) {
				b = b[:width]
			}
			dst = append(dst, b...)
			continue
		case 'e':
			a := p.arg()
			if err, ok := a.(error); ok && err != nil {
				dst = append(dst, err.Error()...)
			} else if b, ok := toBytes(a); ok {
				dst = append(dst, b...)
			} else {
				dst = append(dst, "unknown error"...)
			}
			continue
		case 's':
			b, ok := toBytes(p.arg())
			if !ok {
				b = []byte("(NULL)")
				slen = len(b)
			}
			dst = appendStringConv(dst, b, slen, int(width), hex, b32, b64)
			continue
		case 'O', 'P', 't':
			v, _ := toInt(p.arg())
			sign = true
			num, neg = signed(v)
		case 'z', 'l', 'L':
			v, _ := toInt(p.arg())
			if sign {
				num, neg = signed(v)
			} else {
				num = uint64(v)
			}
		case 'd', 'D':
			v, _ := toInt(p.arg())
			if sign {
				num, neg = signed(int64(int32(v)))
			} else {
				num = uint64(uint32(v))
			}
		case 'f', 'F', 'g', 'G':
			prec := -1
			if fracSet {
				prec = int(min(frac, 1<<20))
			}
			dst = AppendFloat(dst, toFloat(p.arg()), prec, conv == 'g' || conv == 'G')
			continue
		case 'p':
			v, _ := toInt(p.arg())
			num, hex, zero, width = uint64(v), 2, '0', 16
		case 'c':
			v, _ := toInt(p.arg())
			ch := byte(v)
			if hex != 0 {
				dst = appendHexByte(dst, ch, hex)
			} else {
				dst = append(dst, ch)
			}
			continue
		case 'Z':
			dst = append(dst, 0)
			continue
		case 'N':
			dst = append(dst, '\n')
			continue
		default:
			dst = append(dst, conv)
			continue
		}
		start := len(dst)
		if neg {
			dst = append(dst, '-')
		}
		if humanize {
			dst = appendHumanized(dst, int64(num), bytesH)
		} else {
			// upstream prints numbers into a 39-byte buffer: padding
			// stops there and the digits are cut to fit
			dst = appendNum(dst, num, zero, hex, b32 || b64, int(width), numBufSize-(len(dst)-start))
		}
	}
	return dst
}

func signed(v int64) (uint64, bool) {
	if v < 0 {
		return uint64(-v), true
	}
	return uint64(v), false
}

func appendHexByte(dst []byte, c byte, hex int) []byte {
	digits := hexLower
	if hex == 2 {
		digits = hexUpper
	}
	return append(dst, digits[c>>4], digits[c&0xf])
}

func appendStringConv(dst, b []byte, slen, width, hex int, b32, b64 bool) []byte {
	if b32 || hex != 0 || b64 {
		if slen == -1 {
			slen = len(b)
			if width != 0 {
				slen = width
			}
		}
		slen = min(slen, len(b))
		b = b[:slen]
		switch {
		case b32:
			return encoding.AppendBase32(dst, b, encoding.Base32Default)
		case hex != 0:
			for _, c := range b {
				dst = appendHexByte(dst, c, hex)
			}
			return dst
		default:
			return append(dst, encoding.EncodeBase64(b)...)
		}
	}
	if slen == -1 {
		slen = len(b)
	}
	if width != 0 {
		slen = min(slen, width)
	}
	return append(dst, b[:min(slen, len(b))]...)
}

// numBufSize is the size of upstream's number buffer
// (G_ASCII_DTOSTR_BUF_SIZE).
const numBufSize = 39

// appendNum prints an unsigned number in decimal, hex or binary (as
// rspamd_sprintf_num does for the base32/base64 flags), padded to width,
// writing at most room bytes.
func appendNum(dst []byte, v uint64, pad byte, hex int, binary bool, width, room int) []byte {
	var tmp [65]byte
	pos := len(tmp)
	switch {
	case hex == 0 && !binary:
		for {
			pos--
			tmp[pos] = byte('0' + v%10)
			v /= 10
			if v == 0 {
				break
			}
		}
	case hex != 0:
		digits := hexLower
		if hex == 2 {
			digits = hexUpper
		}
		for {
			pos--
			tmp[pos] = digits[v&0xf]
			v >>= 4
			if v == 0 {
				break
			}
		}
	default:
		// Upstream prints the bits up to and including the lowest set one,
		// plus one more.
		first := 0
		if v != 0 {
			for first = 1; v>>(first-1)&1 == 0; first++ {
			}
		}
		for i := 0; i <= first; i++ {
			pos--
			tmp[pos] = '0' + byte(v&1)
			v >>= 1
		}
	}
	n := len(tmp) - pos
	for ; n < width && room > 0; width-- {
		dst = append(dst, pad)
		room--
	}
	return append(dst, tmp[pos:pos+min(n, room)]...)
}

// appendHumanized prints a number the way rspamd's %h and %H do (FreeBSD's
// humanize_number): "1.50k", "3M", "1.00KiB", "100B".
func appendHumanized(dst []byte, num int64, bytes bool) []byte {
	divisor := int64(1000)
	prefixes := [...]string{"", "k", "M", "G", "T", "P", "E"}
	if bytes {
		divisor = 1024
		prefixes = [...]string{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	}
	sign := int64(1)
	if num < 0 {
		sign = -1
		num = -num
	}
	i := 0
	remainder := int64(0)
	for ; i < 6 && num > divisor; i++ {
		remainder = num % divisor
		num /= divisor
	}
	if remainder == 0 || num > divisor/2 {
		dst = Appendf(dst, "%L", sign*(num+(remainder+50)/divisor))
	} else {
		dst = AppendFloat(dst, float64(sign)*(float64(num)+float64(remainder)/float64(divisor)), 2, false)
	}
	return append(dst, prefixes[i]...)
}
