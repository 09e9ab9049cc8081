package luaapi

/*
#cgo pkg-config: libarchive
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <archive.h>
#include <archive_entry.h>

// gol_abuf is the growing buffer an archive is written to.
typedef struct {
	char *data;
	size_t len, cap;
} gol_abuf;

static la_ssize_t gol_awrite(struct archive *a, void *cd, const void *buf, size_t len) {
	gol_abuf *b = cd;
	(void) a;
	if (b->len + len > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + len) {
			cap *= 2;
		}
		char *d = realloc(b->data, cap);
		if (d == NULL) {
			archive_set_error(a, 12, "cannot allocate memory");
			return -1;
		}
		b->data = d;
		b->cap = cap;
	}
	memcpy(b->data + b->len, buf, len);
	b->len += len;
	return (la_ssize_t) len;
}

static int gol_aopen(struct archive *a, void *cd) {
	(void) a;
	(void) cd;
	return ARCHIVE_OK;
}

static int gol_awrite_open(struct archive *a, gol_abuf *b) {
	return archive_write_open(a, b, gol_aopen, gol_awrite, gol_aopen);
}

// gol_awrite_entry writes one regular file; mtime 0 leaves it unset.
static int gol_awrite_entry(struct archive *a, const char *name, const void *data, size_t len,
		int mode, long long mtime, la_ssize_t *written) {
	struct archive_entry *ae = archive_entry_new();
	archive_entry_set_pathname(ae, name);
	archive_entry_set_size(ae, (la_int64_t) len);
	archive_entry_set_filetype(ae, AE_IFREG);
	archive_entry_set_perm(ae, (mode_t) mode);
	if (mtime != 0) {
		archive_entry_set_mtime(ae, (time_t) mtime, 0);
	}
	int r = archive_write_header(a, ae);
	*written = 0;
	if (r == ARCHIVE_OK && len > 0) {
		*written = archive_write_data(a, data, len);
	}
	archive_entry_free(ae);
	return r;
}

// gol_aread_format enables a read format by the names upstream knows.
static int gol_aread_format(struct archive *a, const char *f) {
	if (!strcasecmp(f, "zip")) return archive_read_support_format_zip(a);
	if (!strcasecmp(f, "7z") || !strcasecmp(f, "7zip")) return archive_read_support_format_7zip(a);
	if (!strcasecmp(f, "tar") || !strcasecmp(f, "ustar") || !strcasecmp(f, "pax")) return archive_read_support_format_tar(a);
	if (!strcasecmp(f, "cpio")) return archive_read_support_format_cpio(a);
	if (!strcasecmp(f, "ar")) return archive_read_support_format_ar(a);
	if (!strcasecmp(f, "xar")) return archive_read_support_format_xar(a);
	if (!strcasecmp(f, "iso") || !strcasecmp(f, "iso9660")) return archive_read_support_format_iso9660(a);
	if (!strcasecmp(f, "mtree")) return archive_read_support_format_mtree(a);
	if (!strcasecmp(f, "rar")) return archive_read_support_format_rar(a);
	if (!strcasecmp(f, "cab")) return archive_read_support_format_cab(a);
	if (!strcasecmp(f, "lha") || !strcasecmp(f, "lzh")) return archive_read_support_format_lha(a);
	if (!strcasecmp(f, "warc")) return archive_read_support_format_warc(a);
	return ARCHIVE_FATAL;
}

// gol_aread_filter enables a read filter by the names upstream knows.
static int gol_aread_filter(struct archive *a, const char *f) {
	if (!strcasecmp(f, "gzip") || !strcasecmp(f, "gz")) return archive_read_support_filter_gzip(a);
	if (!strcasecmp(f, "bzip2") || !strcasecmp(f, "bz2")) return archive_read_support_filter_bzip2(a);
	if (!strcasecmp(f, "xz")) return archive_read_support_filter_xz(a);
	if (!strcasecmp(f, "lzma")) return archive_read_support_filter_lzma(a);
	if (!strcasecmp(f, "zstd") || !strcasecmp(f, "zst")) return archive_read_support_filter_zstd(a);
	if (!strcasecmp(f, "lz4")) return archive_read_support_filter_lz4(a);
	if (!strcasecmp(f, "lzip")) return archive_read_support_filter_lzip(a);
	if (!strcasecmp(f, "compress")) return archive_read_support_filter_compress(a);
	if (!strcasecmp(f, "grzip")) return archive_read_support_filter_grzip(a);
	if (!strcasecmp(f, "uu")) return archive_read_support_filter_uu(a);
	return ARCHIVE_FATAL;
}

// gol_aerror is archive_error_string, or "unknown error".
static const char *gol_aerror(struct archive *a) {
	const char *e = archive_error_string(a);
	return e ? e : "unknown error";
}
*/
import "C"

import (
	"strconv"
	"strings"
	"unsafe"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/lua"
)

// The archive module, also preloaded as rspamd_archive (upstream's
// lua_archive.c): archives packed and unpacked in memory by libarchive.
// (rspamd{archive}, the listing of an attachment, is archive.go.)

func init() {
	for _, name := range []string{"archive", "rspamd_archive"} {
		defineLib(name, func(rt *Runtime) []lua.Reg {
			return []lua.Reg{
				{Name: "pack", Func: rt.archivePack},
				{Name: "unpack", Func: rt.archiveUnpack},
				{Name: "supported_formats", Func: archiveSupportedFormats},
				{Name: "zip", Func: rt.archiveZip},
				{Name: "zip_encrypt", Func: rt.archiveZipEncrypt},
				{Name: "unzip", Func: rt.archiveUnzip},
				{Name: "tar", Func: rt.archiveTar},
				{Name: "untar", Func: rt.archiveUntar},
			}
		})
	}
}

// aError returns libarchive's message for a.
func aError(a *C.struct_archive) string {
	return C.GoString(C.gol_aerror(a))
}

// withCString calls fn with s as a C string.
func withCString[T any](s string, fn func(*C.char) T) T {
	cs := C.CString(cconv.CString(s))
	defer C.free(unsafe.Pointer(cs))
	return fn(cs)
}

// aOK reports whether a libarchive status is success (or a warning).
func aOK(r C.int) bool { return r == C.ARCHIVE_OK || r == C.ARCHIVE_WARN }

// archiveAddFilters adds the filters of opts.filters (a name or a list
// of names) to the writer.
func archiveAddFilters(s *lua.State, a *C.struct_archive, opts int) bool {
	if opts <= 0 || !s.IsTable(opts) {
		return true
	}
	ok := true
	add := func(name string) bool {
		return aOK(withCString(name, func(c *C.char) C.int { return C.archive_write_add_filter_by_name(a, c) }))
	}
	s.GetField(opts, "filters")
	defer s.Pop(1)
	switch {
	case s.IsString(-1):
		name, _ := s.ToString(-1)
		ok = add(name)
	case s.IsTable(-1):
		s.PushNil()
		for s.Next(-2) {
			if name, isStr := s.ToString(-1); isStr && !add(name) {
				s.Pop(2)
				return false
			}
			s.Pop(1)
		}
	}
	return ok
}

// archiveFormatOptions sets each key = value of the table at idx as an
// option of format fmt (numbers as integers, booleans as 1 or 0).
func archiveFormatOptions(s *lua.State, a *C.struct_archive, fmtName string, idx int) bool {
	if !s.IsTable(idx) {
		return true
	}
	idx = s.AbsIndex(idx)
	cfmt := C.CString(cconv.CString(fmtName))
	defer C.free(unsafe.Pointer(cfmt))
	s.PushNil()
	for s.Next(idx) {
		key, isStr := s.ToString(-2)
		val, set := "", true
		switch s.Type(-1) {
		case lua.TypeString:
			val, _ = s.ToString(-1)
		case lua.TypeNumber:
			val = strconv.FormatInt(s.ToInteger(-1), 10)
		case lua.TypeBoolean:
			val = "0"
			if s.ToBool(-1) {
				val = "1"
			}
		default:
			set = false
		}
		if isStr && set {
			ck, cv := C.CString(cconv.CString(key)), C.CString(cconv.CString(val))
			r := C.archive_write_set_format_option(a, cfmt, ck, cv)
			C.free(unsafe.Pointer(ck))
			C.free(unsafe.Pointer(cv))
			if !aOK(r) {
				s.Pop(2)
				return false
			}
		}
		s.Pop(1)
	}
	return true
}

// archiveAddFormatOptions sets opts.password, opts.format_options and
// opts[format] on the writer.
func archiveAddFormatOptions(s *lua.State, a *C.struct_archive, fmtName string, opts int) bool {
	if opts <= 0 || !s.IsTable(opts) {
		return true
	}
	ok := true
	s.GetField(opts, "password")
	if pw, isStr := s.ToString(-1); isStr && s.IsString(-1) && cconv.CString(pw) != "" {
		if !aOK(withCString(pw, func(c *C.char) C.int { return C.archive_write_set_passphrase(a, c) })) {
			ok = false
		}
	}
	s.Pop(1)
	for _, field := range []string{"format_options", fmtName} {
		s.GetField(opts, field)
		if !s.IsNil(-1) && !archiveFormatOptions(s, a, fmtName, -1) {
			ok = false
		}
		s.Pop(1)
	}
	return ok
}

// archiveEntry reads a file entry {name, content[, mode|perms][, mtime]}
// of the table at idx.
type archiveEntry struct {
	name  string
	data  []byte
	mode  int
	mtime int64
}

func (rt *Runtime) archiveEntryFrom(s *lua.State, idx int) (archiveEntry, bool) {
	e := archiveEntry{mode: 0o644}
	s.GetField(idx, "name")
	name, _ := s.ToString(-1)
	s.Pop(1)
	if cconv.CString(name) == "" {
		return e, false
	}
	e.name = name
	s.GetField(idx, "content")
	data, ok := rt.textOrString(s, -1)
	if !ok && s.IsNumber(-1) {
		data, ok = s.ToBytes(-1)
	}
	s.Pop(1)
	if !ok {
		return e, false
	}
	e.data = data
	for _, f := range []string{"mode", "perms"} {
		s.GetField(idx, f)
		if s.IsNumber(-1) {
			e.mode = int(s.ToInteger(-1))
		}
		s.Pop(1)
	}
	s.GetField(idx, "mtime")
	if s.IsNumber(-1) {
		e.mtime = s.ToInteger(-1)
	}
	s.Pop(1)
	return e, true
}

// archivePack is archive.pack(format, files[, options]): the archive
// holding files, as text.
func (rt *Runtime) archivePack(s *lua.State) int {
	fmtName := s.CheckString(1)
	s.CheckType(2, lua.TypeTable)
	a := C.archive_write_new()
	if a == nil {
		return s.Errorf("cannot create libarchive writer")
	}
	var buf C.gol_abuf
	fail := func(format string, args ...any) int {
		C.archive_write_free(a)
		C.free(unsafe.Pointer(buf.data))
		return s.Errorf(format, args...)
	}
	if !aOK(withCString(fmtName, func(c *C.char) C.int { return C.archive_write_set_format_by_name(a, c) })) {
		return fail("unsupported format: %s", cconv.CString(fmtName))
	}
	if !archiveAddFilters(s, a, 3) {
		return fail("cannot set compression filter(s)")
	}
	if !archiveAddFormatOptions(s, a, fmtName, 3) {
		return fail("cannot set format options: %s", aError(a))
	}
	if C.gol_awrite_open(a, &buf) != C.ARCHIVE_OK {
		return fail("cannot open archive writer: %s", aError(a))
	}
	s.PushNil()
	for s.Next(2) {
		if !s.IsTable(-1) {
			return fail("invalid file entry (expected table)")
		}
		e, ok := rt.archiveEntryFrom(s, s.GetTop())
		if !ok {
			return fail("invalid file entry (missing name/content)")
		}
		var written C.la_ssize_t
		cname := C.CString(cconv.CString(e.name))
		r := C.gol_awrite_entry(a, cname, zstdInput(e.data), C.size_t(len(e.data)), C.int(e.mode), C.longlong(e.mtime), &written)
		C.free(unsafe.Pointer(cname))
		if r != C.ARCHIVE_OK {
			return fail("cannot write header: %s", aError(a))
		}
		if len(e.data) > 0 && int(written) != len(e.data) {
			return fail("cannot write data: %s", aError(a))
		}
		s.Pop(1)
	}
	C.archive_write_close(a)
	C.archive_write_free(a)
	out := C.GoBytes(unsafe.Pointer(buf.data), C.int(buf.len))
	C.free(unsafe.Pointer(buf.data))
	rt.PushOwnedText(s, out)
	return 1
}

// archiveLimits bounds an extraction (0: no bound).
type archiveLimits struct {
	maxOutput, maxFileSize, maxFiles uint64
	maxRatio                         float64
}

// archiveRatioMinBytes is the size under which a member is never
// checked for its compression ratio.
const archiveRatioMinBytes = 64 * 1024

func parseArchiveLimits(s *lua.State, opts int) archiveLimits {
	var lim archiveLimits
	if opts <= 0 {
		return lim
	}
	num := func(name string) float64 {
		s.GetField(opts, name)
		defer s.Pop(1)
		if s.IsNumber(-1) {
			if v := s.ToNumber(-1); v > 0 {
				return v
			}
		}
		return 0
	}
	lim.maxOutput = uint64(num("max_output"))
	lim.maxFileSize = uint64(num("max_file_size"))
	lim.maxFiles = uint64(num("max_files"))
	lim.maxRatio = num("max_ratio")
	return lim
}

// archiveUnpack is archive.unpack(data[, format][, password][, limits]):
// the regular files of the archive, {name, content}, and whether a limit
// cut the extraction short.
func (rt *Runtime) archiveUnpack(s *lua.State) int {
	data, ok := rt.textOrString(s, 1)
	if !ok {
		return s.Errorf("invalid arguments")
	}
	format, password := "", ""
	if s.Type(2) == lua.TypeString {
		format, _ = s.ToString(2)
	}
	if s.Type(3) == lua.TypeString {
		password, _ = s.ToString(3)
	}
	opts := 0
	for i := 2; i <= s.GetTop() && opts == 0; i++ {
		if s.IsTable(i) {
			opts = i
		}
	}
	lim := parseArchiveLimits(s, opts)
	a := C.archive_read_new()
	if a == nil {
		return s.Errorf("cannot create libarchive reader")
	}
	defer C.archive_read_free(a)
	C.archive_read_support_filter_all(a)
	if s.Type(2) == lua.TypeString {
		withCString(format, func(c *C.char) C.int { return C.gol_aread_format(a, c) })
	} else {
		C.archive_read_support_format_all(a)
	}
	if cconv.CString(password) != "" {
		if withCString(password, func(c *C.char) C.int { return C.archive_read_add_passphrase(a, c) }) != C.ARCHIVE_OK {
			return s.Errorf("cannot set passphrase: %s", aError(a))
		}
	}
	// libarchive reads the input during the calls below only
	cdata := C.CBytes(data)
	defer C.free(cdata)
	if C.archive_read_open_memory(a, cdata, C.size_t(len(data))) != C.ARCHIVE_OK {
		return s.Errorf("cannot open archive: %s", aError(a))
	}
	s.NewTable(0, 0)
	n := 0
	var total uint64
	truncated := false
	chunk := (*C.char)(C.malloc(8192))
	defer C.free(unsafe.Pointer(chunk))
	var ae *C.struct_archive_entry
	for C.archive_read_next_header(a, &ae) == C.ARCHIVE_OK {
		cname := C.archive_entry_pathname_utf8(ae)
		if cname == nil {
			cname = C.archive_entry_pathname(ae)
		}
		if C.archive_entry_filetype(ae) != C.AE_IFREG || cname == nil {
			C.archive_read_data_skip(a)
			continue
		}
		if (lim.maxFiles > 0 && uint64(n) >= lim.maxFiles) || (lim.maxOutput > 0 && total >= lim.maxOutput) {
			truncated = true
			break
		}
		name := C.GoString(cname)
		var member []byte
		var memberTrunc, drop, full bool
		compBefore := int64(C.archive_filter_bytes(a, -1))
		for {
			r := C.archive_read_data(a, unsafe.Pointer(chunk), 8192)
			if r == 0 {
				break
			}
			if r < 0 {
				return s.Errorf("cannot read data: %s", aError(a))
			}
			got := uint64(r)
			if lim.maxFileSize > 0 && uint64(len(member))+got > lim.maxFileSize {
				got = lim.maxFileSize - uint64(len(member))
				memberTrunc = true
			}
			if lim.maxOutput > 0 && total+got > lim.maxOutput {
				got = lim.maxOutput - total
				full = true
			}
			member = append(member, unsafe.Slice((*byte)(unsafe.Pointer(chunk)), got)...)
			total += got
			if lim.maxRatio > 0 && len(member) >= archiveRatioMinBytes {
				comp := int64(C.archive_filter_bytes(a, -1)) - compBefore
				if comp > 0 && float64(len(member)) > float64(comp)*lim.maxRatio {
					drop = true
					break
				}
			}
			if memberTrunc || full {
				break
			}
		}
		if memberTrunc || drop || full {
			truncated = true
		}
		if drop {
			if full {
				break
			}
			continue
		}
		s.NewTable(0, 2)
		s.PushString(name)
		s.SetField(-2, "name")
		rt.PushOwnedText(s, member)
		s.SetField(-2, "content")
		n++
		s.RawSetInt(-2, n)
		if full {
			break
		}
	}
	s.PushBool(truncated)
	return 2
}

// archiveSupportedFormats is archive.supported_formats(): the formats and
// filters of upstream's lists that libarchive reads and writes.
func archiveSupportedFormats(s *lua.State) int {
	formats := []string{"7zip", "ar", "cpio", "iso9660", "mtree", "pax", "raw", "tar",
		"xar", "zip", "cab", "lha", "lzh", "rar", "warc", "rpm"}
	filters := []string{"b64encode", "b64decode", "bzip2", "compress", "grzip", "gzip",
		"lrzip", "lzip", "lzma", "xz", "lz4", "zstd", "uu", "zlib"}
	ar, aw := C.archive_read_new(), C.archive_write_new()
	defer C.archive_read_free(ar)
	defer C.archive_write_free(aw)
	list := func(names []string, probe func(*C.char) C.int) {
		s.NewTable(0, 0)
		n := 0
		for _, name := range names {
			if withCString(name, probe) != C.ARCHIVE_FATAL {
				n++
				s.PushString(name)
				s.RawSetInt(-2, n)
			}
		}
	}
	s.NewTable(0, 2)
	s.NewTable(0, 2)
	list(formats, func(c *C.char) C.int { return C.gol_aread_format(ar, c) })
	s.SetField(-2, "read")
	list(formats, func(c *C.char) C.int { return C.archive_write_set_format_by_name(aw, c) })
	s.SetField(-2, "write")
	s.SetField(-2, "formats")
	s.NewTable(0, 2)
	list(filters, func(c *C.char) C.int { return C.gol_aread_filter(ar, c) })
	s.SetField(-2, "read")
	list(filters, func(c *C.char) C.int { return C.archive_write_add_filter_by_name(aw, c) })
	s.SetField(-2, "write")
	s.SetField(-2, "filters")
	return 1
}

// archiveZip is archive.zip(files): pack("zip", files).
func (rt *Runtime) archiveZip(s *lua.State) int {
	s.CheckType(1, lua.TypeTable)
	s.SetTop(1)
	s.PushNil()
	s.PushString("zip")
	s.Insert(1)
	return rt.archivePack(s)
}

// archiveZipEncrypt is archive.zip_encrypt(files[, password]): a zip
// with traditional (ZipCrypto) encryption when a password is given.
func (rt *Runtime) archiveZipEncrypt(s *lua.State) int {
	s.CheckType(1, lua.TypeTable)
	password := ""
	if s.GetTop() >= 2 && !s.IsNil(2) {
		if s.Type(2) != lua.TypeString {
			return s.Errorf("invalid password (string expected)")
		}
		password, _ = s.ToString(2)
	}
	s.SetTop(1)
	if cconv.CString(password) != "" {
		s.NewTable(0, 2)
		s.PushString(password)
		s.SetField(-2, "password")
		s.NewTable(0, 1)
		s.PushString("traditional")
		s.SetField(-2, "encryption")
		s.SetField(-2, "zip")
	} else {
		s.PushNil()
	}
	s.PushString("zip")
	s.Insert(1)
	return rt.archivePack(s)
}

// archiveUnpackAs calls unpack(data, format[, limits]) for unzip and
// untar.
func (rt *Runtime) archiveUnpackAs(s *lua.State, format string) int {
	s.CheckAny(1)
	if s.IsTable(2) {
		s.SetTop(2)
		s.PushString(format)
		s.Insert(2)
	} else {
		s.SetTop(1)
		s.PushString(format)
	}
	return rt.archiveUnpack(s)
}

func (rt *Runtime) archiveUnzip(s *lua.State) int { return rt.archiveUnpackAs(s, "zip") }

func (rt *Runtime) archiveUntar(s *lua.State) int { return rt.archiveUnpackAs(s, "tar") }

// archiveTar is archive.tar(files[, compression]): a ustar archive,
// compressed by "gz", "xz", "zstd" or "bz2" (and their long names).
func (rt *Runtime) archiveTar(s *lua.State) int {
	s.CheckType(1, lua.TypeTable)
	comp := ""
	if s.Type(2) == lua.TypeString {
		comp, _ = s.ToString(2)
	}
	s.SetTop(1)
	filter := ""
	switch strings.ToLower(cconv.CString(comp)) {
	case "gz", "gzip":
		filter = "gzip"
	case "xz":
		filter = "xz"
	case "zst", "zstd":
		filter = "zstd"
	case "bz2", "bzip2":
		filter = "bzip2"
	}
	if filter != "" {
		s.NewTable(0, 1)
		s.PushString(filter)
		s.SetField(-2, "filters")
	} else {
		s.PushNil()
	}
	s.PushString("ustar")
	s.Insert(1)
	return rt.archivePack(s)
}
