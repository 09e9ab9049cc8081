package luaapi

/*
#cgo LDFLAGS: -rdynamic
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// rspamd_inet_addr_t of the exported address functions: opaque to C
// callers, it holds the handle of the Go address it was parsed into.
typedef struct rspamd_inet_addr_s {
	uintptr_t handle;
} rspamd_inet_addr_t;
*/
import "C"

import (
	"runtime/cgo"
	"strings"
	"unsafe"

	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/logger"
)

// C functions of rspamd that Lua code reaches through LuaJIT's FFI
// (ffi.cdef, then ffi.C.name(...)), as upstream's unit tests do. LuaJIT
// resolves ffi.C symbols with dlsym in the running executable, so every
// binary that links this package exports its dynamic symbols (-rdynamic).
// Each function has the C signature the callers declare and does the work
// with the Go package that owns it.

// rspamd_url_init replaces the process-wide URL scanner, as upstream's
// does, with one that knows the public suffix list at tldFile (NULL: the
// static matchers only). Runtimes that loaded their own with
// rspamd_url.init keep it.
//
//export rspamd_url_init
func rspamd_url_init(tldFile *C.char) {
	if tldFile == nil {
		processURLs.Store(staticURLs())
		return
	}
	processURLs.Store(loadURLScanner(logger.Default(), C.GoString(tldFile)))
}

// rspamd_fast_utf8_library_init selects upstream's SIMD UTF-8 validator
// for the CPU (flags are ignored upstream too). Our UTF-8 functions are Go
// code with nothing to select, so there is nothing to do.
//
//export rspamd_fast_utf8_library_init
func rspamd_fast_utf8_library_init(flags C.uint) {}

// rspamd_parse_inet_address parses the srclen bytes at src as an address
// (IPv4, IPv6, host:port, a Unix socket path) with inet.Parse and, when it
// is one, stores in *target a new address the caller releases with
// rspamd_inet_address_free. Upstream's takes a fourth argument, parse
// flags; callers that declare three (as upstream's unit tests do) get the
// default parse, which is what this does: a fourth argument is ignored.
//
//export rspamd_parse_inet_address
func rspamd_parse_inet_address(target **C.rspamd_inet_addr_t, src *C.char, srclen C.size_t) C.bool {
	if srclen == 0 || src == nil || target == nil {
		return false
	}
	a, err := inet.Parse(strings.Clone(unsafe.String((*byte)(unsafe.Pointer(src)), int(srclen))), 0)
	if err != nil {
		return false
	}
	p := (*C.rspamd_inet_addr_t)(C.malloc(C.size_t(unsafe.Sizeof(C.rspamd_inet_addr_t{}))))
	p.handle = C.uintptr_t(cgo.NewHandle(a))
	*target = p
	return true
}

// rspamd_inet_address_free releases an address of
// rspamd_parse_inet_address (NULL: nothing).
//
//export rspamd_inet_address_free
func rspamd_inet_address_free(addr *C.rspamd_inet_addr_t) {
	if addr == nil {
		return
	}
	cgo.Handle(addr.handle).Delete()
	C.free(unsafe.Pointer(addr))
}
