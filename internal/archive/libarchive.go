package archive

/*
#cgo pkg-config: libarchive
#include <stdlib.h>
#include <archive.h>
#include <archive_entry.h>
*/
import "C"

// maxLibarchiveNames bounds the names read from one compressed header.
const maxLibarchiveNames = maxFiles

// libarchive7z lists a 7-Zip archive with libarchive (for compressed
// headers): the entry names, whether some entry is encrypted, and whether
// libarchive could open it.
func libarchive7z(data []byte) (names []string, encrypted, ok bool) {
	if len(data) == 0 {
		return nil, false, false
	}
	a := C.archive_read_new()
	if a == nil {
		return nil, false, false
	}
	defer C.archive_read_free(a)
	C.archive_read_support_format_7zip(a)
	// libarchive reads the buffer while we iterate; keep a C copy so no Go
	// memory is retained by C.
	buf := C.CBytes(data)
	defer C.free(buf)
	if C.archive_read_open_memory(a, buf, C.size_t(len(data))) != C.ARCHIVE_OK {
		return nil, false, false
	}
	var ae *C.struct_archive_entry
	for len(names) < maxLibarchiveNames && C.archive_read_next_header(a, &ae) == C.ARCHIVE_OK {
		if n := C.archive_entry_pathname_utf8(ae); n != nil {
			names = append(names, C.GoString(n))
		}
		C.archive_read_data_skip(a)
	}
	if C.archive_read_has_encrypted_entries(a) > 0 {
		encrypted = true
	}
	return names, encrypted, true
}
