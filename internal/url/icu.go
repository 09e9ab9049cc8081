package url

/*
#cgo pkg-config: icu-uc
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/usprep.h>
#include <unicode/unorm2.h>
#include <unicode/uidna.h>

static int gr_isalnum(int c) { return u_isalnum(c); }
static int gr_isgraph(int c) { return u_isgraph(c); }
static int gr_isdigit(int c) { return u_isdigit(c); }
static int gr_isspace(int c) { return u_isspace(c); }
static int gr_isuwhitespace(int c) { return u_isUWhiteSpace(c); }
static int gr_tolower(int c) { return u_tolower(c); }

static UStringPrepProfile *gr_nameprep_profile(void) {
	static UStringPrepProfile *prof = NULL;
	if (prof == NULL) {
		UErrorCode err = U_ZERO_ERROR;
		prof = usprep_openByType(USPREP_RFC3491_NAMEPREP, &err);
		if (U_FAILURE(err)) {
			prof = NULL;
		}
	}
	return prof;
}

// gr_nameprep applies RFC 3491 nameprep to UTF-8 input of inlen bytes,
// writing UTF-8 to out (capacity inlen). Returns the output length or -1.
static int gr_nameprep(const char *in, int inlen, char *out) {
	UErrorCode err = U_ZERO_ERROR;
	UStringPrepProfile *prof = gr_nameprep_profile();
	UChar *u16, *norm;
	int32_t u16len = 0, normlen, outlen;

	if (prof == NULL || inlen <= 0) {
		return -1;
	}
	u16 = malloc(sizeof(UChar) * inlen);
	norm = malloc(sizeof(UChar) * inlen);
	u_strFromUTF8WithSub(u16, inlen, &u16len, in, inlen, 0xFFFD, NULL, &err);
	if (U_FAILURE(err)) {
		free(u16); free(norm);
		return -1;
	}
	err = U_ZERO_ERROR;
	normlen = usprep_prepare(prof, u16, u16len, norm, u16len, USPREP_DEFAULT, NULL, &err);
	if (U_FAILURE(err)) {
		free(u16); free(norm);
		return -1;
	}
	err = U_ZERO_ERROR;
	u_strToUTF8WithSub(out, inlen, &outlen, norm, normlen, 0xFFFD, NULL, &err);
	free(u16); free(norm);
	if (U_FAILURE(err)) {
		return -1;
	}
	return outlen;
}

// gr_nfkc converts UTF-8 to code points, NFKC-normalising them when the
// quick check does not say YES. *normal is set to 1 when the input was
// already normal. Returns the number of code points written to *out (a
// malloc'ed buffer the caller frees) or -1 on error.
static int gr_nfkc(const char *in, int inlen, int32_t **out, int *normal) {
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&err);
	UChar *u16 = NULL, *n16 = NULL;
	int32_t u16len = 0, n16len = 0, cplen = 0;
	UNormalizationCheckResult qc;

	*out = NULL;
	if (U_FAILURE(err)) {
		return -1;
	}
	u_strFromUTF8WithSub(NULL, 0, &u16len, in, inlen, 0xFFFD, NULL, &err);
	err = U_ZERO_ERROR;
	u16 = malloc(sizeof(UChar) * (u16len + 1));
	u_strFromUTF8WithSub(u16, u16len + 1, &u16len, in, inlen, 0xFFFD, NULL, &err);
	if (U_FAILURE(err)) {
		free(u16);
		return -1;
	}
	qc = unorm2_quickCheck(nfkc, u16, u16len, &err);
	if (U_FAILURE(err)) {
		free(u16);
		return -1;
	}
	if (qc == UNORM_YES) {
		*normal = 1;
		n16 = u16;
		n16len = u16len;
	}
	else {
		*normal = 0;
		n16len = unorm2_normalize(nfkc, u16, u16len, NULL, 0, &err);
		err = U_ZERO_ERROR;
		n16 = malloc(sizeof(UChar) * (n16len + 1));
		n16len = unorm2_normalize(nfkc, u16, u16len, n16, n16len + 1, &err);
		free(u16);
		if (U_FAILURE(err)) {
			free(n16);
			return -1;
		}
	}
	err = U_ZERO_ERROR;
	*out = malloc(sizeof(int32_t) * (n16len + 1));
	u_strToUTF32((UChar32 *) *out, n16len + 1, &cplen, n16, n16len, &err);
	free(n16);
	if (U_FAILURE(err)) {
		free(*out);
		*out = NULL;
		return -1;
	}
	return cplen;
}

// gr_idna_to_unicode converts a host name to Unicode with UTS #46
// (default options). Returns the output length or -1 when ICU reports an
// error (a failure or any IDNA error bit).
static int gr_idna_to_unicode(const char *in, int inlen, char *out, int outcap) {
	static UIDNA *idna = NULL;
	UErrorCode err = U_ZERO_ERROR;
	UIDNAInfo info = UIDNA_INFO_INITIALIZER;
	int32_t len;

	if (idna == NULL) {
		idna = uidna_openUTS46(UIDNA_DEFAULT, &err);
		if (U_FAILURE(err)) {
			idna = NULL;
			return -1;
		}
	}
	len = uidna_nameToUnicodeUTF8(idna, in, inlen, out, outcap, &info, &err);
	if (err == U_BUFFER_OVERFLOW_ERROR) {
		return -2 - len;
	}
	if (U_FAILURE(err) || info.errors != 0) {
		return -1;
	}
	return len;
}
*/
import "C"

import (
	"sync"
	"unsafe"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// icuMu serialises the lazily initialised ICU singletons of the C helpers.
var icuMu sync.Mutex

// Code point classes, as ICU defines them (upstream relies on ICU's view of
// Unicode, which may differ from Go's tables for recent code points).

func uIsAlnum(c rune) bool {
	if c < 0x80 {
		return c >= 0 && isASCIIAlnum(byte(c))
	}
	return C.gr_isalnum(C.int(c)) != 0
}

func uIsGraph(c rune) bool {
	if c < 0x80 {
		return c > 0x20 && c < 0x7f
	}
	return C.gr_isgraph(C.int(c)) != 0
}

func uIsDigit(c rune) bool {
	if c < 0x80 {
		return c >= '0' && c <= '9'
	}
	return C.gr_isdigit(C.int(c)) != 0
}

func uIsSpace(c rune) bool {
	if c < 0 {
		return false
	}
	return C.gr_isspace(C.int(c)) != 0
}

func uIsUWhiteSpace(c rune) bool {
	if c < 0 {
		return false
	}
	if c < 0x80 {
		return c == ' ' || (c >= 0x09 && c <= 0x0d)
	}
	return C.gr_isuwhitespace(C.int(c)) != 0
}

func uToLower(c rune) rune {
	if c < 0 {
		return c
	}
	if c < 0x80 {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	return rune(C.gr_tolower(C.int(c)))
}

// nameprep applies RFC 3491 nameprep to a UTF-8 host name; the result must
// fit in len(in) bytes, as upstream converts in place. ASCII names are
// converted in place.
func nameprep(in []byte) ([]byte, bool) {
	if len(in) == 0 {
		return nil, false
	}
	if isASCII(in) {
		// Nameprep maps ASCII letters to lowercase and prohibits no ASCII
		// character (see TestNameprepASCII).
		for i, c := range in {
			in[i] = encoding.LowerASCIIByte(c)
		}
		return in, true
	}
	return icuNameprep(in)
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// icuNameprep runs ICU's RFC 3491 profile.
func icuNameprep(in []byte) ([]byte, bool) {
	out := make([]byte, len(in))
	icuMu.Lock()
	n := C.gr_nameprep((*C.char)(unsafe.Pointer(&in[0])), C.int(len(in)),
		(*C.char)(unsafe.Pointer(&out[0])))
	icuMu.Unlock()
	if n < 0 {
		return nil, false
	}
	return out[:n], true
}

// nfkcCodePoints returns the code points of UTF-8 input (invalid sequences
// replaced by U+FFFD), NFKC-normalised unless ICU's quick check says the
// input is already normal, and whether it was.
func nfkcCodePoints(in []byte) ([]rune, bool, bool) {
	if len(in) == 0 {
		return nil, true, true
	}
	var out *C.int32_t
	var normal C.int
	n := C.gr_nfkc((*C.char)(unsafe.Pointer(&in[0])), C.int(len(in)), &out, &normal)
	if n < 0 {
		return nil, false, false
	}
	defer C.free(unsafe.Pointer(out))
	src := unsafe.Slice((*int32)(unsafe.Pointer(out)), int(n))
	res := make([]rune, n)
	for i, c := range src {
		res[i] = rune(c)
	}
	return res, normal != 0, true
}

// IDNToUnicode converts an (ASCII compatible) host name to Unicode with
// UTS #46 default options, as ICU's IDNA::nameToUnicodeUTF8 does. It
// reports false when the conversion has errors.
func IDNToUnicode(host string) (string, bool) {
	if host == "" {
		return "", false
	}
	in := []byte(host)
	capacity := len(in)*4 + 16
	for {
		out := make([]byte, capacity)
		icuMu.Lock()
		n := C.gr_idna_to_unicode((*C.char)(unsafe.Pointer(&in[0])), C.int(len(in)),
			(*C.char)(unsafe.Pointer(&out[0])), C.int(capacity))
		icuMu.Unlock()
		switch {
		case n >= 0:
			return string(out[:n]), true
		case n == -1:
			return "", false
		default:
			capacity = int(-2-n) + 1
		}
	}
}
