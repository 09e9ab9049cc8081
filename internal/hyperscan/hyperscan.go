//go:build !nohyperscan

package hyperscan

/*
#cgo pkg-config: libhs
#include <stdlib.h>
#include "scan.h"
*/
import "C"

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/cgo"
	"sync"
	"unsafe"

	"github.com/gorspamd/rspamd/internal/buildinfo"
)

// rspamd -v reports Hyperscan when it is linked in (whatever the CPU).
func init() { buildinfo.SetHyperscan() }

// The flag values of types.go must be Hyperscan's: a difference either
// way makes one of these constants negative, which does not compile.
const (
	_ = (Caseless - C.HS_FLAG_CASELESS) + (C.HS_FLAG_CASELESS - Caseless)
	_ = (DotAll - C.HS_FLAG_DOTALL) + (C.HS_FLAG_DOTALL - DotAll)
	_ = (Multiline - C.HS_FLAG_MULTILINE) + (C.HS_FLAG_MULTILINE - Multiline)
	_ = (SingleMatch - C.HS_FLAG_SINGLEMATCH) + (C.HS_FLAG_SINGLEMATCH - SingleMatch)
	_ = (AllowEmpty - C.HS_FLAG_ALLOWEMPTY) + (C.HS_FLAG_ALLOWEMPTY - AllowEmpty)
	_ = (UTF8 - C.HS_FLAG_UTF8) + (C.HS_FLAG_UTF8 - UTF8)
	_ = (UCP - C.HS_FLAG_UCP) + (C.HS_FLAG_UCP - UCP)
	_ = (Prefilter - C.HS_FLAG_PREFILTER) + (C.HS_FLAG_PREFILTER - Prefilter)
	_ = (SomLeftmost - C.HS_FLAG_SOM_LEFTMOST) + (C.HS_FLAG_SOM_LEFTMOST - SomLeftmost)
)

var (
	platformOnce sync.Once
	platformOK   bool
)

// Available reports whether Hyperscan can run here: the package was built
// with it and the CPU passes hs_valid_platform.
func Available() bool {
	platformOnce.Do(func() { platformOK = C.hs_valid_platform() == C.HS_SUCCESS })
	return platformOK
}

// Version returns Hyperscan's version string.
func Version() string { return C.GoString(C.hs_version()) }

// Database is a compiled block-mode database.
type Database struct {
	p *C.hs_database_t
}

func newDatabase(p *C.hs_database_t) *Database {
	db := &Database{p: p}
	runtime.AddCleanup(db, func(p *C.hs_database_t) { C.hs_free_database(p) }, p)
	return db
}

// Compile builds a block-mode database for the host platform.
func Compile(exprs []Expression) (*Database, error) {
	if len(exprs) == 0 {
		return nil, &CompileError{Expression: -1, Message: "no expressions"}
	}
	n := len(exprs)
	// Everything handed to hs_compile_multi lives in C memory.
	pats := unsafe.Slice((**C.char)(C.calloc(C.size_t(n), C.size_t(unsafe.Sizeof(uintptr(0))))), n)
	flags := unsafe.Slice((*C.uint)(C.calloc(C.size_t(n), C.size_t(unsafe.Sizeof(C.uint(0))))), n)
	ids := unsafe.Slice((*C.uint)(C.calloc(C.size_t(n), C.size_t(unsafe.Sizeof(C.uint(0))))), n)
	defer func() {
		for _, p := range pats {
			C.free(unsafe.Pointer(p))
		}
		C.free(unsafe.Pointer(&pats[0]))
		C.free(unsafe.Pointer(&flags[0]))
		C.free(unsafe.Pointer(&ids[0]))
	}()
	for i, e := range exprs {
		pats[i] = C.CString(e.Pattern)
		flags[i] = C.uint(e.Flags)
		ids[i] = C.uint(e.ID)
	}
	var plt C.hs_platform_info_t
	if rc := C.hs_populate_platform(&plt); rc != C.HS_SUCCESS {
		return nil, &CompileError{Expression: -1, Message: fmt.Sprintf("cannot populate platform: error %d", int(rc))}
	}
	var db *C.hs_database_t
	var cerr *C.hs_compile_error_t
	rc := C.hs_compile_multi(&pats[0], &flags[0], &ids[0], C.uint(n), C.HS_MODE_BLOCK, &plt, &db, &cerr)
	if rc != C.HS_SUCCESS {
		e := &CompileError{Expression: -1, Message: fmt.Sprintf("error %d", int(rc))}
		if cerr != nil {
			e.Expression = int(cerr.expression)
			e.Message = C.GoString(cerr.message)
			C.hs_free_compile_error(cerr)
		}
		return nil, e
	}
	return newDatabase(db), nil
}

// Serialize returns the database in Hyperscan's portable serialized form.
func (db *Database) Serialize() ([]byte, error) {
	var buf *C.char
	var n C.size_t
	if rc := C.hs_serialize_database(db.p, &buf, &n); rc != C.HS_SUCCESS {
		return nil, fmt.Errorf("hyperscan: serialize database: error %d", int(rc))
	}
	defer C.free(unsafe.Pointer(buf))
	runtime.KeepAlive(db)
	return C.GoBytes(unsafe.Pointer(buf), C.int(n)), nil
}

// Deserialize rebuilds a database serialized by Serialize (on a platform
// the database was compiled for).
func Deserialize(b []byte) (*Database, error) {
	if len(b) == 0 {
		return nil, errors.New("hyperscan: deserialize database: empty input")
	}
	var db *C.hs_database_t
	rc := C.hs_deserialize_database((*C.char)(unsafe.Pointer(&b[0])), C.size_t(len(b)), &db)
	if rc != C.HS_SUCCESS {
		return nil, fmt.Errorf("hyperscan: deserialize database: error %d", int(rc))
	}
	return newDatabase(db), nil
}

// Scratch is the working memory of one scan at a time.
type Scratch struct {
	p     *C.hs_scratch_t
	ctx   *C.rs_hs_ctx
	state *scanState
}

// scanState is what the batch callback reaches through a cgo handle; it
// does not point back to the Scratch, so an unused Scratch is collected.
type scanState struct {
	ctx     *C.rs_hs_ctx
	fn      func(id uint32, from, to uint64) bool
	stopped bool
	panic   any
}

type scratchC struct {
	p   *C.hs_scratch_t
	ctx *C.rs_hs_ctx
	h   cgo.Handle
}

// NewScratch allocates scratch space for scanning db.
func NewScratch(db *Database) (*Scratch, error) {
	var p *C.hs_scratch_t
	if rc := C.hs_alloc_scratch(db.p, &p); rc != C.HS_SUCCESS {
		return nil, fmt.Errorf("hyperscan: cannot allocate scratch space: error code %d", int(rc))
	}
	runtime.KeepAlive(db)
	ctx := (*C.rs_hs_ctx)(C.calloc(1, C.size_t(unsafe.Sizeof(C.rs_hs_ctx{}))))
	st := &scanState{ctx: ctx}
	h := cgo.NewHandle(st)
	ctx.handle = C.uintptr_t(h)
	s := &Scratch{p: p, ctx: ctx, state: st}
	runtime.AddCleanup(s, func(c scratchC) {
		C.hs_free_scratch(c.p)
		C.free(unsafe.Pointer(c.ctx))
		c.h.Delete()
	}, scratchC{p: p, ctx: ctx, h: h})
	return s, nil
}

// Scan scans data with db and calls fn for every match, in Hyperscan's
// order (by end offset). fn returns true to stop the scan; Scan then
// reports stopped. from is the start of match with SomLeftmost (or
// OffsetPastHorizon), 0 otherwise.
func (s *Scratch) Scan(db *Database, data []byte, fn func(id uint32, from, to uint64) bool) (stopped bool, err error) {
	if uint64(len(data)) > uint64(^C.uint(0)) {
		return false, errors.New("hyperscan: scan: input too large")
	}
	st := s.state
	st.fn, st.stopped, st.panic = fn, false, nil
	defer func() { st.fn = nil }()
	var ptr *C.char
	if len(data) > 0 {
		ptr = (*C.char)(unsafe.Pointer(&data[0]))
	} else {
		ptr = (*C.char)(unsafe.Pointer(&emptyByte))
	}
	rc := C.rs_hs_scan(db.p, ptr, C.uint(len(data)), s.p, s.ctx)
	runtime.KeepAlive(db)
	runtime.KeepAlive(s)
	if st.panic != nil {
		panic(st.panic)
	}
	switch rc {
	case C.HS_SUCCESS:
		st.flush()
		return st.stopped, nil
	case C.HS_SCAN_TERMINATED:
		return true, nil
	}
	return false, fmt.Errorf("hyperscan: scan: error %d", int(rc))
}

var emptyByte byte

// flush hands the buffered matches to fn.
func (st *scanState) flush() {
	n := int(st.ctx.n)
	if n == 0 || st.stopped {
		return
	}
	ms := unsafe.Slice(&st.ctx.m[0], n)
	for i := range ms {
		if st.fn(uint32(ms[i].id), uint64(ms[i].from), uint64(ms[i].to)) {
			st.stopped = true
			return
		}
	}
}

//export rsHSFlush
func rsHSFlush(h C.uintptr_t) C.int {
	st := cgo.Handle(h).Value().(*scanState)
	func() {
		defer func() {
			if p := recover(); p != nil {
				st.panic, st.stopped = p, true
			}
		}()
		st.flush()
	}()
	if st.stopped {
		return 1
	}
	return 0
}
