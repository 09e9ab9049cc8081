package re

/*
#cgo pkg-config: libpcre2-8
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>

// Every pattern is compiled with "any" newline convention, as rspamd does.
static pcre2_compile_context *rs_compile_ctx(void) {
	static pcre2_compile_context *ctx;
	if (ctx == NULL) {
		ctx = pcre2_compile_context_create(NULL);
		if (ctx != NULL) {
			pcre2_set_newline(ctx, PCRE2_NEWLINE_ANY);
		}
	}
	return ctx;
}

static pcre2_code *rs_compile(const char *pat, size_t len, uint32_t opts,
		int *errcode, size_t *erroff) {
	pcre2_compile_context *ctx = rs_compile_ctx();
	if (ctx == NULL) {
		*errcode = PCRE2_ERROR_NOMEMORY;
		*erroff = 0;
		return NULL;
	}
	return pcre2_compile((PCRE2_SPTR)pat, len, opts, errcode, erroff, ctx);
}

static int rs_error_message(int code, char *buf, size_t len) {
	return pcre2_get_error_message(code, (PCRE2_UCHAR *)buf, len);
}

static int rs_info_size(const pcre2_code *c, uint32_t what, size_t *out) {
	return pcre2_pattern_info(c, what, out);
}

static int rs_info_u32(const pcre2_code *c, uint32_t what, uint32_t *out) {
	return pcre2_pattern_info(c, what, out);
}

static int rs_version(char *buf) {
	return pcre2_config(PCRE2_CONFIG_VERSION, buf);
}

static int rs_jit_available(void) {
	uint32_t jit = 0;
	if (pcre2_config(PCRE2_CONFIG_JIT, &jit) != 0) {
		return 0;
	}
	return jit == 1;
}

static int rs_jit_target(char *buf, size_t len) {
	int need = pcre2_config(PCRE2_CONFIG_JITTARGET, NULL);
	if (need <= 0 || (size_t)need > len) {
		return -1;
	}
	return pcre2_config(PCRE2_CONFIG_JITTARGET, buf);
}

// A match context carrying rspamd's per-match resource limits and a JIT
// stack of 32 KiB growing to 1 MiB.
static pcre2_match_context *rs_match_context(pcre2_jit_stack **js) {
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	if (mc == NULL) {
		return NULL;
	}
	pcre2_set_match_limit(mc, 1000000);
	pcre2_set_depth_limit(mc, 100000);
	pcre2_set_heap_limit(mc, 64 * 1024);
	*js = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (*js != NULL) {
		pcre2_jit_stack_assign(mc, NULL, *js);
	}
	return mc;
}

static int rs_match(const pcre2_code *c, const char *subj, size_t len, int jit,
		pcre2_match_data *md, pcre2_match_context *mc) {
	if (jit) {
		return pcre2_jit_match(c, (PCRE2_SPTR)subj, len, 0, 0, md, mc);
	}
	return pcre2_match(c, (PCRE2_SPTR)subj, len, 0, 0, md, mc);
}
*/
import "C"

import (
	"fmt"
	"runtime"
	"sync"
	"unsafe"
)

// PCRE2 compile options rspamd's flag letters map to.
const (
	pcreCaseless  = C.PCRE2_CASELESS
	pcreMultiline = C.PCRE2_MULTILINE
	pcreDotAll    = C.PCRE2_DOTALL
	pcreExtended  = C.PCRE2_EXTENDED
	pcreUTF       = C.PCRE2_UTF
)

// JIT safety limits upstream applies before asking PCRE2 to JIT a pattern.
const (
	jitMaxCompiledSize = 1 << 16
	jitMaxFrameSize    = 1 << 14
	jitMaxCaptures     = 128
)

// code owns one compiled PCRE2 pattern.
type code struct {
	p *C.pcre2_code
}

func (c *code) free() {
	if c.p != nil {
		C.pcre2_code_free(c.p)
		c.p = nil
	}
}

// compileError carries PCRE2's message and offset for a failed compile.
type compileError struct {
	msg    string
	offset int
}

func pcreErrorMessage(rc C.int) string {
	var buf [256]C.char
	if n := C.rs_error_message(rc, &buf[0], C.size_t(len(buf))); n < 0 {
		return fmt.Sprintf("PCRE2 error %d", int(rc))
	}
	return C.GoString(&buf[0])
}

// pcreCompile compiles body (no NUL bytes) with the given PCRE2 options.
func pcreCompile(body string, opts uint32) (*code, *compileError) {
	var errcode C.int
	var erroff C.size_t
	// An empty Go string has no data pointer; PCRE2 accepts NULL with length 0
	// only since 10.43, so always hand it a valid byte.
	src := body
	if src == "" {
		src = "\x00"
	}
	p := C.rs_compile((*C.char)(unsafe.Pointer(unsafe.StringData(src))), C.size_t(len(body)),
		C.uint32_t(opts), &errcode, &erroff)
	runtime.KeepAlive(src)
	if p == nil {
		return nil, &compileError{msg: pcreErrorMessage(errcode), offset: int(erroff)}
	}
	return &code{p: p}, nil
}

func (c *code) infoSize(what C.uint32_t) (uint64, bool) {
	var v C.size_t
	if C.rs_info_size(c.p, what, &v) != 0 {
		return 0, false
	}
	return uint64(v), true
}

// utf reports whether the pattern runs in UTF mode, whether by option or
// by a leading (*UTF) verb.
func (c *code) utf() bool {
	var v C.uint32_t
	return C.rs_info_u32(c.p, C.PCRE2_INFO_ALLOPTIONS, &v) == 0 && v&C.PCRE2_UTF != 0
}

func (c *code) captureCount() (int, bool) {
	var v C.uint32_t
	if C.rs_info_u32(c.p, C.PCRE2_INFO_CAPTURECOUNT, &v) != 0 {
		return 0, false
	}
	return int(v), true
}

// jitCompile decides, as upstream does, whether the pattern is safe to JIT,
// and compiles it. It returns false (JIT disabled) with the log line
// upstream would emit, if any.
func (c *code) jitCompile(pattern string) bool {
	if sz, ok := c.infoSize(C.PCRE2_INFO_SIZE); ok && sz > jitMaxCompiledSize {
		logf(levelInfo, "rspamd_regexp_post_process", "pattern too large for JIT (%d bytes): \"%s\"", sz, pattern)
		return false
	}
	if sz, ok := c.infoSize(C.PCRE2_INFO_FRAMESIZE); ok && sz > jitMaxFrameSize {
		logf(levelInfo, "rspamd_regexp_post_process", "pattern frame too large for JIT (%d bytes): \"%s\"", sz, pattern)
		return false
	}
	if n, ok := c.captureCount(); ok && n > jitMaxCaptures {
		logf(levelInfo, "rspamd_regexp_post_process", "pattern has too many captures for JIT (%d): \"%s\"", n, pattern)
		return false
	}
	if rc := C.pcre2_jit_compile(c.p, C.PCRE2_JIT_COMPLETE); rc < 0 {
		logf(levelError, "rspamd_regexp_post_process", "jit compilation is not supported: %s; pattern: \"%s\"",
			pcreErrorMessage(rc), pattern)
		return false
	}
	if sz, ok := c.infoSize(C.PCRE2_INFO_JITSIZE); !ok || sz == 0 {
		logf(levelError, "rspamd_regexp_post_process", "cannot exec pcre2_pattern_info(PCRE2_INFO_JITSIZE) on \"%s\"", pattern)
		return false
	}
	return true
}

// PCRE2Version returns the version of the linked PCRE2 library, such as
// "10.42 2022-12-11". Error messages and offsets, and the syntax accepted
// (variable-length lookbehinds from 10.43), depend on it.
func PCRE2Version() string {
	var buf [64]C.char
	if C.rs_version(&buf[0]) < 0 {
		return "unknown"
	}
	return C.GoString(&buf[0])
}

// pcreJITAvailable reports whether the linked PCRE2 has JIT support, and
// the JIT target it was built for.
func pcreJITAvailable() (bool, string) {
	if C.rs_jit_available() == 0 {
		return false, ""
	}
	var buf [128]C.char
	if C.rs_jit_target(&buf[0], C.size_t(len(buf))) < 0 {
		return true, "unknown"
	}
	return true, C.GoString(&buf[0])
}

// scratch is the per-goroutine state of a match: a match context with
// rspamd's limits, a JIT stack and a match data block large enough for the
// regexps it has served. A scratch is used by one goroutine at a time; they
// are recycled through scratchPool so that a search does not allocate.
type scratch struct {
	c     *scratchC
	pairs int           // ovector pairs of c.md
	ovec  *C.PCRE2_SIZE // ovector of c.md
	m     []int         // match offsets handed to callers
}

// scratchC holds the C side of a scratch, freed by a cleanup once the
// scratch is unreachable (sync.Pool drops idle scratches at GC).
type scratchC struct {
	mc *C.pcre2_match_context
	js *C.pcre2_jit_stack
	md *C.pcre2_match_data
}

func (c *scratchC) free() {
	if c.md != nil {
		C.pcre2_match_data_free(c.md)
	}
	if c.js != nil {
		C.pcre2_jit_stack_free(c.js)
	}
	C.pcre2_match_context_free(c.mc)
}

var scratchPool = sync.Pool{New: func() any { return newScratch() }}

func newScratch() *scratch {
	c := &scratchC{}
	c.mc = C.rs_match_context(&c.js)
	if c.mc == nil {
		panic("re: cannot allocate a PCRE2 match context")
	}
	s := &scratch{c: c}
	s.grow(8)
	runtime.AddCleanup(s, (*scratchC).free, c)
	return s
}

// grow makes sure the match data holds at least pairs ovector pairs.
func (s *scratch) grow(pairs int) {
	if pairs <= s.pairs {
		return
	}
	md := C.pcre2_match_data_create(C.uint32_t(pairs), nil)
	if md == nil {
		panic("re: cannot allocate PCRE2 match data")
	}
	if s.c.md != nil {
		C.pcre2_match_data_free(s.c.md)
	}
	s.c.md = md
	s.pairs = pairs
	s.ovec = C.pcre2_get_ovector_pointer(md)
	if cap(s.m) < 2*pairs {
		s.m = make([]int, 0, 2*pairs)
	}
}

// match runs one PCRE2 match of c over subj (non-empty). It returns PCRE2's
// result code; on success s.ovector holds the offsets.
func (s *scratch) match(c *code, subj []byte, jit bool) int {
	j := C.int(0)
	if jit {
		j = 1
	}
	return int(C.rs_match(c.p, (*C.char)(unsafe.Pointer(unsafe.SliceData(subj))), C.size_t(len(subj)), j, s.c.md, s.c.mc))
}

// ovector returns offset pair i of the last successful match; unset groups
// give ok == false.
func (s *scratch) ovector(i int) (start, end int, ok bool) {
	v := unsafe.Slice(s.ovec, 2*s.pairs)
	if v[2*i] == C.PCRE2_UNSET {
		return 0, 0, false
	}
	return int(v[2*i]), int(v[2*i+1]), true
}
