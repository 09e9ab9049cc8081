package text

/*
#cgo LDFLAGS: -lm
#include <math.h>
*/
import "C"

// log2 is the C library's log2: Go's math.Log2 can differ from it in the
// last bit, and language probabilities must match upstream's exactly.
func log2(x float64) float64 { return float64(C.log2(C.double(x))) }
