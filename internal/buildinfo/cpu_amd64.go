package buildinfo

// cpuid executes CPUID with the given leaf and sub-leaf.
func cpuid(leaf, sub uint32) (eax, ebx, ecx, edx uint32)

// xgetbv returns the low word of XCR0.
func xgetbv() uint32

// cpuExtensions probes the CPU as upstream does: CPUID feature bits,
// gated like GCC's __builtin_cpu_supports (AVX and AVX2 also need the OS
// to save YMM state), with upstream's quirks: nothing is probed when the
// highest leaf is 1, AVX2 also needs FMA, MOVBE, BMI1 and BMI2, and
// RDRAND is only reported on CPUs with AVX2.
func cpuExtensions() uint {
	maxLeaf, _, _, _ := cpuid(0, 0)
	if maxLeaf <= 1 {
		return 0
	}
	_, _, ecx, edx := cpuid(1, 0)
	bit := func(r uint32, n uint) bool { return r&(1<<n) != 0 }
	osxsave := bit(ecx, 27)
	ymmUsable := osxsave && xgetbv()&6 == 6
	var leaf7ebx uint32
	if maxLeaf >= 7 {
		_, leaf7ebx, _, _ = cpuid(7, 0)
	}
	avx2Usable := ymmUsable && bit(leaf7ebx, 5)

	var ext uint
	set := func(ok bool, e uint) {
		if ok {
			ext |= e
		}
	}
	set(bit(edx, 26), extSSE2)
	set(bit(ecx, 0), extSSE3)
	set(bit(ecx, 9), extSSSE3)
	set(bit(ecx, 19), extSSE41)
	set(bit(ecx, 20), extSSE42)
	set(bit(ecx, 30) && avx2Usable, extRDRAND)
	if osxsave {
		set(bit(ecx, 28) && ymmUsable, extAVX)
		fmaMovbe := bit(ecx, 12) && bit(ecx, 22)
		bmi := bit(leaf7ebx, 3) && bit(leaf7ebx, 8)
		set(maxLeaf >= 7 && fmaMovbe && bmi && avx2Usable, extAVX2)
	}
	return ext
}
