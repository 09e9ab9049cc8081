package goption

/*
#include <locale.h>
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>

// env_codeset returns the codeset of the locale the environment selects
// (LC_ALL, then each category, then LANG), or NULL when that locale is not
// available. It does not change the process locale.
static char *env_codeset(void) {
	locale_t l = newlocale(LC_ALL_MASK, "", (locale_t)0);
	if (l == (locale_t)0) {
		return NULL;
	}
	char *cs = strdup(nl_langinfo_l(CODESET, l));
	freelocale(l);
	return cs;
}
*/
import "C"

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Charset is the character set of the locale in effect when options are
// parsed. GLib converts string arguments (not file names) from it to
// UTF-8 and fails on bytes that do not convert.
type Charset int

// Charsets.
const (
	// ASCII is the "C"/"POSIX" locale's charset (ANSI_X3.4-1968): any byte
	// above 0x7f fails to convert.
	ASCII Charset = iota
	// UTF8 is any UTF-8 locale: arguments must be valid UTF-8.
	UTF8
	// Other is any other locale charset. Arguments are accepted unchanged;
	// conversion from such charsets is not reproduced.
	Other
)

// EnvCharset returns the charset of the locale the environment selects
// (LC_ALL, LC_* and LANG, as setlocale(LC_ALL, "") reads them). ok is
// false when that locale is not installed, in which case C programs stay
// in the "C" locale.
func EnvCharset() (cs Charset, ok bool) {
	p := C.env_codeset()
	if p == nil {
		return ASCII, false
	}
	defer C.free(unsafe.Pointer(p))
	return charsetOf(C.GoString(p)), true
}

// charsetOf classifies a codeset name as GLib does: any name containing
// "UTF-8" is UTF-8.
func charsetOf(codeset string) Charset {
	switch {
	case strings.Contains(codeset, "UTF-8"):
		return UTF8
	case codeset == "ANSI_X3.4-1968" || codeset == "ASCII" || codeset == "US-ASCII":
		return ASCII
	default:
		return Other
	}
}

// toUTF8 converts a string argument from the locale charset, as
// g_locale_to_utf8.
func (cs Charset) toUTF8(s string) (string, error) {
	switch cs {
	case UTF8:
		if !utf8.ValidString(s) {
			return "", errInvalidSequence
		}
	case ASCII:
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return "", errInvalidSequence
			}
		}
	}
	return s, nil
}

var errInvalidSequence = &Error{Code: ErrFailed, Msg: "Invalid byte sequence in conversion input"}
