// Package ced wraps Google's Compact Encoding Detector the way rspamd calls
// it to guess the charset of e-mail text.
//
// CED's sources are not part of this repository: `make deps` runs
// scripts/ced.sh, which fetches them (unmodified, pinned by checksum) into
// .cache/ced/src, where the unit_*.cc files of this package include them
// from. A build that fails here with "compact_enc_det/...: No such file"
// needs `make deps` first.
package ced

/*
#cgo CXXFLAGS: -I${SRCDIR}/../../../.cache/ced/src -std=c++11 -Wno-narrowing -w -O2
#include <stdlib.h>
#include "wrapper.h"
*/
import "C"

import "unsafe"

// Detect returns CED's MIME name for the encoding of data, or "" when it
// gives none.
func Detect(data []byte) string {
	var p *C.char
	if len(data) > 0 {
		p = (*C.char)(unsafe.Pointer(&data[0]))
	}
	r := C.gr_ced_detect(p, C.int(len(data)))
	if r == nil {
		return ""
	}
	return C.GoString(r)
}
