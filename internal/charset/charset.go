// Package charset resolves charset labels and converts text to UTF-8 the
// way rspamd does: its own substitution table in front of ICU's alias
// lookups (MIME, then IANA, then any standard, then any alias), ICU
// converters with the substitute callback, an internal ISO-8859-16 table,
// and Google's compact encoding detector (CED) when the charset is unknown
// or the bytes are not valid in the declared one.
package charset

/*
#cgo pkg-config: icu-uc
#include <stdlib.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

static const char *gr_canonical(const char *name) {
	UErrorCode err = U_ZERO_ERROR;
	const char *c = ucnv_getCanonicalName(name, "MIME", &err);
	if (c == NULL) {
		err = U_ZERO_ERROR;
		c = ucnv_getCanonicalName(name, "IANA", &err);
	}
	if (c == NULL) {
		err = U_ZERO_ERROR;
		c = ucnv_getCanonicalName(name, "", &err);
	}
	if (c == NULL) {
		err = U_ZERO_ERROR;
		c = ucnv_getAlias(name, 0, &err);
	}
	return c;
}

// gr_to_uchars converts len bytes of src from the named charset into dst
// (capacity cap UChars) with the substitute callback. It returns the number
// of UChars or -1 when the converter cannot be opened or conversion fails.
static int gr_to_uchars(const char *name, const char *src, int len, UChar *dst, int cap) {
	UErrorCode err = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open(name, &err);
	if (cnv == NULL || U_FAILURE(err)) {
		return -1;
	}
	ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_SUBSTITUTE, NULL, NULL, NULL, &err);
	err = U_ZERO_ERROR;
	int r = ucnv_toUChars(cnv, dst, cap, src, len, &err);
	ucnv_close(cnv);
	if (U_FAILURE(err)) {
		return -1;
	}
	return r;
}

// gr_uchars_to_utf8 converts UChars to UTF-8 with the substitute callback,
// as rspamd's shared UTF-8 converter does.
static int gr_uchars_to_utf8(const UChar *src, int len, char *dst, int cap) {
	UErrorCode err = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open("UTF-8", &err);
	if (cnv == NULL || U_FAILURE(err)) {
		return -1;
	}
	ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_SUBSTITUTE, NULL, NULL, NULL, &err);
	err = U_ZERO_ERROR;
	int r = ucnv_fromUChars(cnv, dst, cap, src, len, &err);
	ucnv_close(cnv);
	if (U_FAILURE(err)) {
		return -1;
	}
	return r;
}

static int gr_utf8_max(void) {
	UErrorCode err = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open("UTF-8", &err);
	int r = ucnv_getMaxCharSize(cnv);
	ucnv_close(cnv);
	return r;
}
*/
import "C"

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// UTF8 is the canonical name rspamd uses for UTF-8.
const UTF8 = "UTF-8"

// Binary is the pseudo charset CED reports for binary data.
const Binary = "x-binaryenc"

var canonCache sync.Map // label (as given) -> string, "" when unknown

// Canonical resolves a charset label as rspamd_mime_detect_charset does and
// reports whether it is known. The returned name is ICU's canonical name
// (for example "ISO-8859-1", "windows-1252", "UTF-8").
func Canonical(label string) (string, bool) {
	if strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "utf8") {
		return UTF8, true
	}
	if v, ok := canonCache.Load(label); ok {
		s := v.(string)
		return s, s != ""
	}
	s := canonical(label)
	canonCache.Store(label, s)
	return s, s != ""
}

//go:generate go run gen_aliases.go

// canonical resolves a label: trimmed, without the dashes of a "cp-" or
// "ibm-" prefix, it is either one that rspamd's substitution table changes
// (substitutions has the result) or ICU's.
func canonical(label string) string {
	name := trimNonAlnum(label)
	if (len(label) > 3 && strings.EqualFold(label[:3], "cp-")) ||
		(len(label) > 4 && strings.EqualFold(label[:4], "ibm-")) {
		name = strings.ReplaceAll(name, "-", "")
	}
	if s, ok := substitutions[encoding.LowerASCII(name)]; ok {
		return s
	}
	return icuCanonical(name)
}

func icuCanonical(name string) string {
	if strings.IndexByte(name, 0) >= 0 {
		name = name[:strings.IndexByte(name, 0)]
	}
	cs := C.CString(name)
	defer C.free(unsafe.Pointer(cs))
	r := C.gr_canonical(cs)
	if r == nil {
		return ""
	}
	c := C.GoString(r)
	if n, ok := icu78Names[c]; ok {
		return n
	}
	return c
}

// The oracle links ICU 78, whose alias table names two converters
// differently from the ICU this package is built with (72 on Debian 12):
// icu78Names maps the local canonical name to ICU 78's, and icuLocalNames
// back for opening the converter. Measured by enumerating every alias of
// every converter with both libraries (see internal/charset/README.md).
var icu78Names = map[string]string{
	"gb18030":            "gb18030-2022",
	"ibm-1388_P103-2001": "ibm-1388_P100-2024",
}

var icuLocalNames = map[string]string{
	"gb18030-2022":       "gb18030",
	"ibm-1388_P100-2024": "ibm-1388_P103-2001",
}

// gb18030v2022 holds the 19 two-byte GB18030 codes whose mapping changed
// from the private use area to standard code points in the 2022 table that
// ICU 73+ uses: each local (2005 table) PUA result is produced by exactly
// one byte sequence and never by the 2022 table, so replacing the UTF-16
// output is exact.
var gb18030v2022 = map[uint16]uint16{
	0xE5E5: 0x3000,
	0xE78D: 0xFE10, 0xE78E: 0xFE12, 0xE78F: 0xFE11, 0xE790: 0xFE13,
	0xE791: 0xFE14, 0xE792: 0xFE15, 0xE793: 0xFE16, 0xE794: 0xFE17,
	0xE795: 0xFE18, 0xE796: 0xFE19,
	0xE81E: 0x9FB4, 0xE826: 0x9FB5, 0xE82B: 0x9FB6, 0xE82C: 0x9FB7,
	0xE832: 0x9FB8, 0xE843: 0x9FB9, 0xE854: 0x9FBA, 0xE864: 0x9FBB,
}

// trimNonAlnum drops leading and trailing characters that are not ASCII
// letters or digits, keeping at least one character of a non-empty label as
// rspamd_charset_normalize does.
func trimNonAlnum(s string) string {
	b := 0
	for b < len(s) && !isAlnum(s[b]) {
		b++
	}
	e := len(s) - 1
	for e > b && !isAlnum(s[e]) {
		e--
	}
	if b >= len(s) {
		return ""
	}
	return s[b : e+1]
}

func isAlnum(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// ErrConvert is returned (wrapped) when ICU cannot convert the text.
var ErrConvert = errors.New("charset conversion failed")

var utf8MaxChar = sync.OnceValue(func() int { return int(C.gr_utf8_max()) })

// ToUTF8 converts data from the charset with the canonical name canon (as
// returned by Canonical or Detect) to UTF-8 with ICU's substitute callback,
// as rspamd_mime_text_part_utf8_convert does.
func ToUTF8(data []byte, canon string) ([]byte, error) {
	u16, err := ToUTF16(data, canon)
	if err != nil {
		return nil, err
	}
	return UTF16ToUTF8(u16)
}

// ToUTF16 converts data from a charset (an ICU converter name, used as
// given) to UTF-16 with the substitute callback, into at most len(data)+1
// units as upstream's buffers allow.
func ToUTF16(data []byte, name string) ([]uint16, error) {
	if isISO885916(name) {
		out := make([]uint16, len(data))
		for i, c := range data {
			if c >= 0x80 {
				out[i] = iso885916[c-0x80]
			} else {
				out[i] = uint16(c)
			}
		}
		return out, nil
	}
	u16 := make([]uint16, len(data)+1)
	open := name
	if n, ok := icuLocalNames[name]; ok {
		open = n
	}
	cname := C.CString(open)
	defer C.free(unsafe.Pointer(cname))
	var src *C.char
	if len(data) > 0 {
		src = (*C.char)(unsafe.Pointer(&data[0]))
	}
	r := C.gr_to_uchars(cname, src, C.int(len(data)), (*C.UChar)(unsafe.Pointer(&u16[0])), C.int(len(u16)))
	if r < 0 {
		return nil, fmt.Errorf("from %s: %w", name, ErrConvert)
	}
	u16 = u16[:r]
	if open == "gb18030" {
		for i, u := range u16 {
			if u >= 0xE5E5 && u <= 0xE864 {
				if v, ok := gb18030v2022[u]; ok {
					u16[i] = v
				}
			}
		}
	}
	return u16, nil
}

// UTF16ToUTF8 converts UTF-16 to UTF-8 with ICU's substitute callback.
func UTF16ToUTF8(u16 []uint16) ([]byte, error) {
	if len(u16) == 0 {
		return []byte{}, nil
	}
	// UCNV_GET_MAX_BYTES_FOR_STRING(length, maxCharSize)
	capacity := (len(u16) + 10) * utf8MaxChar()
	out := make([]byte, capacity)
	r := C.gr_uchars_to_utf8((*C.UChar)(unsafe.Pointer(&u16[0])), C.int(len(u16)),
		(*C.char)(unsafe.Pointer(&out[0])), C.int(capacity))
	if r < 0 {
		return nil, fmt.Errorf("to UTF-8: %w", ErrConvert)
	}
	return out[:r], nil
}

func isISO885916(name string) bool {
	return name == "ISO-8859-16" || name == "latin10" || name == "iso-ir-226"
}

// iso885916 maps bytes 0x80-0xFF of ISO-8859-16 to UTF-16, as rspamd's
// internal converter does (ICU lacks this charset).
var iso885916 = [128]uint16{
	0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087,
	0x0088, 0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F,
	0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
	0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F,
	0x00A0, 0x0104, 0x0105, 0x0141, 0x20AC, 0x201E, 0x0160, 0x00A7,
	0x0161, 0x00A9, 0x0218, 0x00AB, 0x0179, 0x00AD, 0x017A, 0x017B,
	0x00B0, 0x00B1, 0x010C, 0x0142, 0x017D, 0x201D, 0x00B6, 0x00B7,
	0x017E, 0x010D, 0x0219, 0x00BB, 0x0152, 0x0153, 0x0178, 0x017C,
	0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0106, 0x00C6, 0x00C7,
	0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
	0x0110, 0x0143, 0x00D2, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x015A,
	0x0170, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x0118, 0x021A, 0x00DF,
	0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x0107, 0x00E6, 0x00E7,
	0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
	0x0111, 0x0144, 0x00F2, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x015B,
	0x0171, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x0119, 0x021B, 0x00FF,
}

// UTFCompatible reports whether a charset name is one rspamd treats as
// UTF-8 without conversion: empty, starting with "utf8"/"utf-8", or
// containing "ascii" or "ansi" (case-insensitively).
func UTFCompatible(name string) bool {
	l := encoding.LowerASCII(name)
	return l == "" || strings.HasPrefix(l, "utf8") || strings.HasPrefix(l, "utf-8") ||
		strings.Contains(l, "ascii") || strings.Contains(l, "ansi")
}

// ValidUTF8 reports whether b is valid UTF-8 (no surrogates, no overlong
// forms), as simdutf validates it for rspamd.
func ValidUTF8(b []byte) bool { return utf8.Valid(b) }

// TextToUTF8 is rspamd_mime_text_to_utf8: text in a UTF-8 compatible
// charset (see UTFCompatible) is returned as is, anything else converted
// with ICU.
func TextToUTF8(data []byte, canon string) ([]byte, error) {
	if UTFCompatible(canon) {
		return data, nil
	}
	return ToUTF8(data, canon)
}
