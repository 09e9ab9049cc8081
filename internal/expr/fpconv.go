package expr

import "math"

// This file formats doubles as rspamd_printf's "%f" does: Grisu2 digit
// generation (which is not always the shortest or closest representation,
// so Go's strconv cannot stand in for it), then fixed notation with the
// trailing zeros trimmed, falling back to scientific notation when the
// number does not fit the 32-byte buffer rspamd formats into.
//
// TODO: internal/logger (not committed yet) carries the same port as
// AppendFloat; use it instead once it is committed.

// diyFP is a floating point number frac * 2^exp with a 64-bit significand.
type diyFP struct {
	frac uint64
	exp  int
}

const (
	fracMask  = 0x000FFFFFFFFFFFFF
	expMask   = 0x7FF0000000000000
	hiddenBit = 0x0010000000000000
	expBias   = 1023 + 52

	firstPower = -348 // the power of ten of cachedPowers[0]
	powerStep  = 8    // the step between two cachedPowers
	minTarget  = -60  // the binary exponent range a scaled number must land in
	maxTarget  = -32

	fmtBufLen = 32 // rspamd's formatting buffer
)

// powersOfTen are 10^19 down to 10^0.
var powersOfTen = [20]uint64{
	10000000000000000000, 1000000000000000000, 100000000000000000,
	10000000000000000, 1000000000000000, 100000000000000,
	10000000000000, 1000000000000, 100000000000,
	10000000000, 1000000000, 100000000,
	10000000, 1000000, 100000,
	10000, 1000, 100,
	10, 1,
}

func splitDouble(d float64) diyFP {
	bits := math.Float64bits(d)
	fp := diyFP{frac: bits & fracMask, exp: int((bits & expMask) >> 52)}
	if fp.exp != 0 {
		fp.frac += hiddenBit
		fp.exp -= expBias
	} else {
		fp.exp = -expBias + 1
	}
	return fp
}

func (fp *diyFP) normalize() {
	for fp.frac&hiddenBit == 0 {
		fp.frac <<= 1
		fp.exp--
	}
	fp.frac <<= 64 - 52 - 1
	fp.exp -= 64 - 52 - 1
}

// boundaries returns the normalised neighbours half way to the adjacent
// doubles, both with the upper one's exponent.
func boundaries(fp diyFP) (lower, upper diyFP) {
	upper = diyFP{frac: fp.frac<<1 + 1, exp: fp.exp - 1}
	for upper.frac&(hiddenBit<<1) == 0 {
		upper.frac <<= 1
		upper.exp--
	}
	upper.frac <<= 64 - 52 - 2
	upper.exp -= 64 - 52 - 2

	shift := 1
	if fp.frac == hiddenBit {
		shift = 2
	}
	lower = diyFP{frac: fp.frac<<shift - 1, exp: fp.exp - shift}
	lower.frac <<= uint(lower.exp - upper.exp)
	lower.exp = upper.exp
	return lower, upper
}

// cachedPower picks the power of ten that scales a number with binary
// exponent exp into the target range; it returns the power and k such that
// the power is 10^k.
func cachedPower(exp int) (diyFP, int) {
	const log10of2 = 0.30102999566398114
	approx := int(float64(-(exp + len(cachedPowers))) * log10of2)
	idx := (approx - firstPower) / powerStep
	for {
		cur := exp + cachedPowers[idx].exp + 64
		switch {
		case cur < minTarget:
			idx++
		case cur > maxTarget:
			idx--
		default:
			return cachedPowers[idx], firstPower + idx*powerStep
		}
	}
}

func multiply(a, b diyFP) diyFP {
	const lo = 0xFFFFFFFF
	ahBl := (a.frac >> 32) * (b.frac & lo)
	alBh := (a.frac & lo) * (b.frac >> 32)
	alBl := (a.frac & lo) * (b.frac & lo)
	ahBh := (a.frac >> 32) * (b.frac >> 32)
	tmp := ahBl&lo + alBh&lo + alBl>>32
	tmp += 1 << 31
	return diyFP{
		frac: ahBh + ahBl>>32 + alBh>>32 + tmp>>32,
		exp:  a.exp + b.exp + 64,
	}
}

func roundDigit(digits []byte, delta, rem, kappa, frac uint64) {
	n := len(digits)
	for rem < frac && delta-rem >= kappa &&
		(rem+kappa < frac || frac-rem > rem+kappa-frac) {
		digits[n-1]--
		rem += kappa
	}
}

func generateDigits(w, upper, lower diyFP, k int) ([]byte, int) {
	wfrac := upper.frac - w.frac
	delta := upper.frac - lower.frac
	shift := uint(-upper.exp)
	one := uint64(1) << shift
	part1 := upper.frac >> shift
	part2 := upper.frac & (one - 1)

	digits := make([]byte, 0, 18)
	kappa := 10
	for i := 10; kappa > 0; i++ {
		div := powersOfTen[i]
		digit := part1 / div
		if digit != 0 || len(digits) > 0 {
			digits = append(digits, byte(digit)+'0')
		}
		part1 -= digit * div
		kappa--
		if tmp := part1<<shift + part2; tmp <= delta {
			roundDigit(digits, delta, tmp, div<<shift, wfrac)
			return digits, k + kappa
		}
	}
	for unit := 18; ; unit-- {
		part2 *= 10
		delta *= 10
		kappa--
		digit := part2 >> shift
		if digit != 0 || len(digits) > 0 {
			digits = append(digits, byte(digit)+'0')
		}
		part2 &= one - 1
		if part2 < delta {
			roundDigit(digits, delta, part2, one, wfrac*powersOfTen[unit])
			return digits, k + kappa
		}
	}
}

// grisu2 returns the decimal digits of a finite, non-zero |d| and the
// decimal exponent K such that |d| ≈ digits * 10^K.
func grisu2(d float64) ([]byte, int) {
	w := splitDouble(d)
	lower, upper := boundaries(w)
	w.normalize()
	cp, k := cachedPower(upper.exp)
	w = multiply(w, cp)
	upper = multiply(upper, cp)
	lower = multiply(lower, cp)
	lower.frac++
	upper.frac--
	return generateDigits(w, upper, lower, -k)
}

// formatDouble formats d as rspamd_printf("%f", d).
func formatDouble(d float64) string {
	switch {
	case math.IsNaN(d):
		return "nan"
	case math.IsInf(d, 1):
		return "inf"
	case math.IsInf(d, -1):
		return "-inf"
	}
	neg := math.Signbit(d)
	sign := ""
	if neg {
		sign = "-"
	}
	if d == 0 {
		return sign + "0"
	}
	digits, k := grisu2(d)
	return sign + emitDigits(digits, k, neg)
}

func emitDigits(digits []byte, k int, neg bool) string {
	n := len(digits)
	exp := abs(k + n - 1)
	if k >= 0 && exp < n+7 {
		out := append([]byte{}, digits...)
		for range k {
			out = append(out, '0')
		}
		return string(out)
	}
	if k < 0 {
		offset := n + k
		switch {
		case offset <= 0 && n-offset <= fmtBufLen-3:
			out := []byte("0.")
			for range -offset {
				out = append(out, '0')
			}
			return trimZeros(append(out, digits...))
		case offset > 0 && n <= fmtBufLen-3:
			out := append([]byte{}, digits[:offset]...)
			out = append(out, '.')
			return trimZeros(append(out, digits[offset:]...))
		}
	}
	return emitScientific(digits, k, neg, exp)
}

// trimZeros drops trailing zeros of a fraction and the point left alone.
func trimZeros(b []byte) string {
	i := len(b) - 1
	for i > 0 && b[i] == '0' {
		i--
	}
	if b[i] == '.' {
		i--
	}
	return string(b[:i+1])
}

func emitScientific(digits []byte, k int, neg bool, exp int) string {
	n := len(digits)
	limit := 18
	if neg {
		limit--
	}
	n = min(n, limit)
	out := []byte{digits[0]}
	if n > 1 {
		out = append(out, '.')
		out = append(out, digits[1:n]...)
	}
	out = append(out, 'e')
	if k+n-1 < 0 {
		out = append(out, '-')
	} else {
		out = append(out, '+')
	}
	cent := 0
	if exp > 99 {
		cent = exp / 100
		out = append(out, byte(cent)+'0')
		exp -= cent * 100
	}
	if exp > 9 {
		dec := exp / 10
		out = append(out, byte(dec)+'0')
		exp -= dec * 10
	} else if cent != 0 {
		out = append(out, '0')
	}
	return string(append(out, byte(exp%10)+'0'))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
