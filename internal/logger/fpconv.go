package logger

import (
	"math"
	"math/big"
)

// Floating point output as rspamd prints it (%f and %g of its printf): the
// digits come from a Grisu2 generator, which usually but not always yields
// the shortest round-tripping digits, so the generator is reproduced step by
// step rather than replaced by strconv.

// precisionAll asks for every significant digit, trailing zeros trimmed
// (what a bare %f or %g prints).
const precisionAll = 20

// fpBufLen is the size of upstream's output buffer; a few paths clamp their
// output to it.
const fpBufLen = 32

type diyFP struct {
	frac uint64
	exp  int
}

const (
	fpFracMask  = 0x000FFFFFFFFFFFFF
	fpExpMask   = 0x7FF0000000000000
	fpHiddenBit = 0x0010000000000000
	fpSignMask  = 0x8000000000000000
	fpExpBias   = 1023 + 52

	cachedFirstPower = -348
	cachedStep       = 8
	cachedCount      = 87
	cachedExpMin     = -60
	cachedExpMax     = -32
)

// cachedPowers holds 10^(cachedFirstPower + i*cachedStep) as normalised
// 64-bit significands (rounded to nearest) with their binary exponents.
var cachedPowers = func() [cachedCount]diyFP {
	var out [cachedCount]diyFP
	ten := big.NewInt(10)
	for i := range out {
		k := cachedFirstPower + i*cachedStep
		// v = 10^k as a ratio num/den.
		num, den := big.NewInt(1), big.NewInt(1)
		if k >= 0 {
			num.Exp(ten, big.NewInt(int64(k)), nil)
		} else {
			den.Exp(ten, big.NewInt(int64(-k)), nil)
		}
		// Find e with 2^63 <= v * 2^-e < 2^64.
		e := num.BitLen() - den.BitLen() - 64
		for {
			n, d := new(big.Int).Set(num), new(big.Int).Set(den)
			if e > 0 {
				d.Lsh(d, uint(e))
			} else {
				n.Lsh(n, uint(-e))
			}
			q, r := new(big.Int).QuoRem(n, d, new(big.Int))
			if q.BitLen() > 64 {
				e++
				continue
			}
			if q.BitLen() < 64 {
				e--
				continue
			}
			// Round to nearest.
			if r.Lsh(r, 1).Cmp(d) >= 0 {
				q.Add(q, big.NewInt(1))
			}
			if q.BitLen() > 64 {
				q.Rsh(q, 1)
				e++
			}
			out[i] = diyFP{frac: q.Uint64(), exp: e}
			break
		}
	}
	return out
}()

var pow10u64 = [...]uint64{
	10000000000000000000, 1000000000000000000, 100000000000000000,
	10000000000000000, 1000000000000000, 100000000000000,
	10000000000000, 1000000000000, 100000000000,
	10000000000, 1000000000, 100000000,
	10000000, 1000000, 100000,
	10000, 1000, 100,
	10, 1,
}

func fpFromDouble(d float64) diyFP {
	b := math.Float64bits(d)
	fp := diyFP{frac: b & fpFracMask, exp: int((b & fpExpMask) >> 52)}
	if fp.exp != 0 {
		fp.frac += fpHiddenBit
		fp.exp -= fpExpBias
	} else {
		fp.exp = -fpExpBias + 1
	}
	return fp
}

func (fp *diyFP) normalize() {
	for fp.frac&fpHiddenBit == 0 {
		fp.frac <<= 1
		fp.exp--
	}
	fp.frac <<= 64 - 52 - 1
	fp.exp -= 64 - 52 - 1
}

func boundaries(fp diyFP) (lower, upper diyFP) {
	upper.frac = fp.frac<<1 + 1
	upper.exp = fp.exp - 1
	for upper.frac&(fpHiddenBit<<1) == 0 {
		upper.frac <<= 1
		upper.exp--
	}
	upper.frac <<= 64 - 52 - 2
	upper.exp -= 64 - 52 - 2
	shift := 1
	if fp.frac == fpHiddenBit {
		shift = 2
	}
	lower.frac = fp.frac<<shift - 1
	lower.exp = fp.exp - shift
	lower.frac <<= uint(lower.exp - upper.exp)
	lower.exp = upper.exp
	return lower, upper
}

func fpMul(a, b diyFP) diyFP {
	const lo = 0xFFFFFFFF
	ahbl := (a.frac >> 32) * (b.frac & lo)
	albh := (a.frac & lo) * (b.frac >> 32)
	albl := (a.frac & lo) * (b.frac & lo)
	ahbh := (a.frac >> 32) * (b.frac >> 32)
	tmp := (ahbl & lo) + (albh & lo) + (albl >> 32)
	tmp += 1 << 31
	return diyFP{frac: ahbh + (ahbl >> 32) + (albh >> 32) + (tmp >> 32), exp: a.exp + b.exp + 64}
}

func cachedPow10(exp int) (diyFP, int) {
	const oneLogTen = 0.30102999566398114
	approx := int(float64(-(exp + cachedCount)) * oneLogTen)
	idx := (approx - cachedFirstPower) / cachedStep
	for {
		cur := exp + cachedPowers[idx].exp + 64
		switch {
		case cur < cachedExpMin:
			idx++
		case cur > cachedExpMax:
			idx--
		default:
			return cachedPowers[idx], cachedFirstPower + idx*cachedStep
		}
	}
}

func roundDigit(digits []byte, n int, delta, rem, kappa, frac uint64) {
	for rem < frac && delta-rem >= kappa && (rem+kappa < frac || frac-rem > rem+kappa-frac) {
		digits[n-1]--
		rem += kappa
	}
}

func genDigits(fp, upper, lower diyFP, digits []byte, k *int) int {
	wfrac := upper.frac - fp.frac
	delta := upper.frac - lower.frac
	shift := uint(-upper.exp)
	one := uint64(1) << shift
	part1 := upper.frac >> shift
	part2 := upper.frac & (one - 1)
	idx, kappa := 0, 10
	for i := 10; kappa > 0; i++ {
		div := pow10u64[i]
		digit := part1 / div
		if digit != 0 || idx != 0 {
			digits[idx] = byte(digit) + '0'
			idx++
		}
		part1 -= digit * div
		kappa--
		tmp := part1<<shift + part2
		if tmp <= delta {
			*k += kappa
			roundDigit(digits, idx, delta, tmp, div<<shift, wfrac)
			return idx
		}
	}
	unit := 18
	for {
		part2 *= 10
		delta *= 10
		kappa--
		digit := part2 >> shift
		if digit != 0 || idx != 0 {
			digits[idx] = byte(digit) + '0'
			idx++
		}
		part2 &= one - 1
		if part2 < delta {
			*k += kappa
			roundDigit(digits, idx, delta, part2, one, wfrac*pow10u64[unit])
			return idx
		}
		unit--
	}
}

// grisu2 writes the significant digits of d (finite, non-zero) and returns
// their count and the decimal exponent: d ≈ digits × 10^k.
func grisu2(d float64, digits []byte) (n, k int) {
	w := fpFromDouble(d)
	lower, upper := boundaries(w)
	w.normalize()
	cp, ck := cachedPow10(upper.exp)
	w = fpMul(w, cp)
	upper = fpMul(upper, cp)
	lower = fpMul(lower, cp)
	lower.frac++
	upper.frac--
	k = -ck
	n = genDigits(w, upper, lower, digits, &k)
	return n, k
}

// AppendFloat appends v as rspamd's printf prints it: prec is the number of
// decimals of "%.Nf" (negative for a bare "%f", every significant digit
// with trailing zeros trimmed), and scientific selects the %g form, which
// switches to exponent notation for very large and very small values.
func AppendFloat(dst []byte, v float64, prec int, scientific bool) []byte {
	p := uint(precisionAll)
	if prec >= 0 {
		p = uint(prec)
	}
	if p > fpBufLen-5 {
		p = fpBufLen - 5
	}
	b := math.Float64bits(v)
	neg := b&fpSignMask != 0
	switch {
	case b&fpExpMask == 0:
		// zero, and subnormals too: rspamd's binaries are linked with
		// crtfastmath, which sets the denormals-are-zero and flush-to-zero
		// bits of MXCSR at start-up, so they print as a signed zero
		if neg {
			dst = append(dst, '-')
		}
		dst = append(dst, '0')
		if p != 0 && p != precisionAll {
			dst = append(dst, '.')
			dst = appendRepeat(dst, '0', int(p))
		}
		return dst
	case b&fpExpMask == fpExpMask:
		if b&fpFracMask != 0 {
			return append(dst, "nan"...)
		}
		if neg {
			return append(dst, "-inf"...)
		}
		return append(dst, "inf"...)
	}
	var digits [20]byte
	n, k := grisu2(v, digits[:])
	if neg {
		dst = append(dst, '-')
	}
	return emitDigits(dst, digits[:], n, k, neg, p, scientific)
}

func appendRepeat(dst []byte, c byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, c)
	}
	return dst
}

func iabs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func emitDigits(dst, digits []byte, n, k int, neg bool, prec uint, scientific bool) []byte {
	exp := iabs(k + n - 1)
	if k >= 0 && exp < n+7 {
		return emitInteger(dst, digits, n, k, prec)
	}
	if !scientific || (k < 0 && (k > -7 || exp < 4)) {
		return emitFixed(dst, digits, n, k, neg, prec, exp)
	}
	return emitScientific(dst, digits, n, k, neg, exp)
}

func emitInteger(dst, digits []byte, n, k int, prec uint) []byte {
	dst = append(dst, digits[:n]...)
	dst = appendRepeat(dst, '0', k)
	if prec == precisionAll {
		return dst
	}
	if limit := fpBufLen - (n + k + 1); int(prec) > limit {
		if limit < 0 {
			limit = 0
		}
		prec = uint(limit)
	}
	if prec != 0 {
		dst = append(dst, '.')
		dst = appendRepeat(dst, '0', int(prec))
	}
	return dst
}

func emitScientific(dst, digits []byte, n, k int, neg bool, exp int) []byte {
	maxDigits := 18
	if neg {
		maxDigits = 17
	}
	n = min(n, maxDigits)
	dst = append(dst, digits[0])
	if n > 1 {
		dst = append(dst, '.')
		dst = append(dst, digits[1:n]...)
	}
	dst = append(dst, 'e')
	if k+n-1 < 0 {
		dst = append(dst, '-')
	} else {
		dst = append(dst, '+')
	}
	cent := 0
	if exp > 99 {
		cent = exp / 100
		dst = append(dst, byte(cent)+'0')
		exp -= cent * 100
	}
	if exp > 9 {
		dec := exp / 10
		dst = append(dst, byte(dec)+'0')
		exp -= dec * 10
	} else if cent != 0 {
		dst = append(dst, '0')
	}
	return append(dst, byte(exp%10)+'0')
}

// roundAt rounds the digits at position pos (when the digit there is 5 or
// more) and returns the new digit count and whether a carry went past the
// first digit (the digits then start with a new '1').
func roundAt(digits []byte, total, pos int) (int, bool) {
	if pos >= total || digits[pos] < '5' {
		return total, false
	}
	if pos == 0 {
		digits[0] = '1'
		return 1, false
	}
	digits[pos] = '0'
	for i := pos - 1; i >= 0; i-- {
		if digits[i] < '9' {
			digits[i]++
			return pos, false
		}
		digits[i] = '0'
	}
	copy(digits[1:pos+1], digits[:pos])
	digits[0] = '1'
	return pos + 1, true
}

// trimZeros drops trailing zeros of the fraction written from start, and
// the point if nothing is left after it.
func trimZeros(dst []byte, start int) []byte {
	p := len(dst) - 1
	for p > start && dst[p] == '0' {
		p--
	}
	if dst[p] == '.' {
		p--
	}
	return dst[:p+1]
}

func emitFixed(dst, digits []byte, n, k int, neg bool, prec uint, exp int) []byte {
	offset := n - iabs(k)
	trim := prec == precisionAll
	start := len(dst)
	if k >= 0 {
		return emitScientific(dst, digits, n, k, neg, exp)
	}
	if offset <= 0 {
		var toPrint int
		switch {
		case prec != 0 && !trim:
			if -offset > int(prec) {
				dst = append(dst, "0."...)
				return appendRepeat(dst, '0', int(prec))
			}
			toPrint = max(n-offset, int(prec))
		case trim:
			if n-offset > fpBufLen-3 {
				return emitScientific(dst, digits, n, k, neg, exp)
			}
			dst = append(dst, "0."...)
			dst = appendRepeat(dst, '0', -offset)
			dst = append(dst, digits[:n]...)
			return trimZeros(dst, start)
		default:
			if offset >= 0 && digits[0] >= '5' {
				return append(dst, '1')
			}
			return append(dst, '0')
		}
		if toPrint > fpBufLen-3 {
			return emitScientific(dst, digits, n, k, neg, exp)
		}
		lead := -offset
		total := int(prec)
		rest := total - lead
		if rest == 0 {
			if digits[0] >= '5' {
				dst = append(dst, "0."...)
				dst = appendRepeat(dst, '0', lead-1)
				dst = append(dst, '1')
				return appendRepeat(dst, '0', total-lead)
			}
			dst = append(dst, "0."...)
			return appendRepeat(dst, '0', total)
		}
		if rest <= n {
			carry := false
			if rest < n {
				n, carry = roundAt(digits, n, rest)
			}
			if carry {
				if lead == 0 {
					dst = append(dst, "1."...)
					return appendRepeat(dst, '0', total)
				}
				dst = append(dst, "0."...)
				dst = appendRepeat(dst, '0', lead-1)
				dst = append(dst, digits[:n]...)
				return appendRepeat(dst, '0', total-(lead-1+n))
			}
			dst = append(dst, "0."...)
			dst = appendRepeat(dst, '0', lead)
			return append(dst, digits[:rest]...)
		}
		dst = append(dst, "0."...)
		dst = appendRepeat(dst, '0', lead)
		dst = append(dst, digits[:n]...)
		return appendRepeat(dst, '0', rest-n)
	}
	if n > fpBufLen-3 {
		return emitScientific(dst, digits, n, k, neg, exp)
	}
	if prec == 0 {
		if offset < n && digits[offset] >= '5' {
			nn, _ := roundAt(digits, n, offset)
			return append(dst, digits[:nn]...)
		}
		return append(dst, digits[:offset]...)
	}
	frac := n - offset
	switch {
	case !trim && frac >= int(prec):
		nn, carry := roundAt(digits, n, offset+int(prec))
		if carry {
			dst = append(dst, digits[:offset+1]...)
			dst = append(dst, '.')
			rest := int(prec)
			if avail := nn - (offset + 1); avail > 0 {
				dst = append(dst, digits[offset+1:nn]...)
				rest -= avail
			}
			return appendRepeat(dst, '0', rest)
		}
		dst = append(dst, digits[:offset]...)
		dst = append(dst, '.')
		return append(dst, digits[offset:offset+int(prec)]...)
	case trim:
		dst = append(dst, digits[:offset]...)
		dst = append(dst, '.')
		dst = append(dst, digits[offset:n]...)
		return trimZeros(dst, start)
	default:
		dst = append(dst, digits[:offset]...)
		dst = append(dst, '.')
		dst = append(dst, digits[offset:n]...)
		pad := int(prec) - frac
		if room := fpBufLen - (len(dst) - start); pad > room {
			pad = room
		}
		return appendRepeat(dst, '0', pad)
	}
}
