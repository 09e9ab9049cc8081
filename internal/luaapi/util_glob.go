package luaapi

/*
#include <glob.h>
#include <stdlib.h>

static int gol_glob(const char *pattern, int append, glob_t *gl) {
	return glob(pattern, append ? GLOB_APPEND : 0, NULL, gl);
}
static const char *gol_glob_path(glob_t *gl, size_t i) {
	return gl->gl_pathv[i];
}
*/
import "C"

import (
	"unsafe"

	"github.com/gorspamd/rspamd/internal/lua"
)

// utilGlob is rspamd_util.glob(pattern, ...): the paths the C library's
// glob matches for all patterns (sorted per pattern), or an empty table as
// soon as one pattern fails or matches nothing.
func utilGlob(s *lua.State) int {
	var gl C.glob_t
	defer C.globfree(&gl)
	for i := 1; i <= s.GetTop(); i++ {
		pattern := C.CString(cstr(s.CheckString(i)))
		rc := C.gol_glob(pattern, C.int(min(i-1, 1)), &gl)
		C.free(unsafe.Pointer(pattern))
		if rc != 0 {
			s.NewTable(0, 0)
			return 1
		}
	}
	n := int(gl.gl_pathc)
	s.NewTable(n, 0)
	for i := 0; i < n; i++ {
		s.PushString(C.GoString(C.gol_glob_path(&gl, C.size_t(i))))
		s.RawSetInt(-2, i+1)
	}
	return 1
}
