// Package ced wraps Google's Compact Encoding Detector (vendored under
// src/) the way rspamd calls it to guess the charset of e-mail text.
package ced

/*
#cgo CXXFLAGS: -I${SRCDIR}/src -std=c++11 -Wno-narrowing -w -O2
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
