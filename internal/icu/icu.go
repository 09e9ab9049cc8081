// Package icu is a thin cgo binding to the parts of ICU that rspamd's
// content functions use directly: spoofing checks (confusable strings,
// mixed-script confusables, characters outside an allowed range), Unicode
// scripts, the transliterator rspamd builds from its own rules, primary
// strength collation, and the character classes of rspamd's text quality
// statistics. Text is UTF-8 and is read code point by code point as ICU's
// U8_NEXT reads it (an ill-formed sequence counts as one negative code
// point).
package icu

/*
#cgo pkg-config: icu-uc icu-i18n
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/ucol.h>
#include <unicode/utf8.h>

// The counters of TextQuality, in the order of the Go struct.
enum { Q_LETTERS, Q_DIGITS, Q_PUNCT, Q_SPACES, Q_PRINTABLE, Q_WORDS,
	Q_WORD_CHARS, Q_TOTAL, Q_EMOJIS, Q_UPPER, Q_LOWER, Q_ASCII, Q_NON_ASCII,
	Q_VOWELS, Q_CONSONANTS, Q_TRANSITIONS, Q_DOUBLE_SPACES, Q_NON_PRINTABLE,
	Q_MAX };

static int icu_latin_vowel(UChar32 c) {
	switch (c) {
	case 'a': case 'e': case 'i': case 'o': case 'u':
	case 'A': case 'E': case 'I': case 'O': case 'U':
		return 1;
	}
	return 0;
}

// icu_text_quality counts the classes of the code points of s.
static void icu_text_quality(const char *s, int32_t len, int32_t *q) {
	int32_t i = 0, word_len = 0;
	int in_word = 0, prev_space = 0;
	UScriptCode prev_script = USCRIPT_INVALID_CODE;
	memset(q, 0, sizeof(int32_t) * Q_MAX);
#define END_WORD() do { \
		if (in_word && word_len >= 2) { q[Q_WORDS]++; q[Q_WORD_CHARS] += word_len; } \
		word_len = 0; in_word = 0; } while (0)
	while (i < len) {
		UChar32 c;
		U8_NEXT(s, i, len, c);
		q[Q_TOTAL]++;
		if (c < 0) {
			q[Q_NON_PRINTABLE]++;
			in_word = 0;
			if (word_len >= 2) { q[Q_WORDS]++; q[Q_WORD_CHARS] += word_len; }
			word_len = 0;
			prev_space = 0;
			prev_script = USCRIPT_INVALID_CODE;
			continue;
		}
		if (c <= 127) q[Q_ASCII]++; else q[Q_NON_ASCII]++;
		if (u_isalpha(c)) {
			UErrorCode err = U_ZERO_ERROR;
			UScriptCode sc;
			q[Q_LETTERS]++;
			q[Q_PRINTABLE]++;
			word_len++;
			in_word = 1;
			if (u_isupper(c)) q[Q_UPPER]++;
			else if (u_islower(c)) q[Q_LOWER]++;
			sc = uscript_getScript(c, &err);
			if (sc == USCRIPT_LATIN) {
				if (icu_latin_vowel(c)) q[Q_VOWELS]++; else q[Q_CONSONANTS]++;
			}
			if (prev_script != USCRIPT_INVALID_CODE && prev_script != USCRIPT_COMMON &&
					prev_script != USCRIPT_INHERITED && sc != USCRIPT_COMMON &&
					sc != USCRIPT_INHERITED && sc != prev_script) {
				q[Q_TRANSITIONS]++;
			}
			if (sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED) prev_script = sc;
			prev_space = 0;
		} else if (u_isdigit(c)) {
			q[Q_DIGITS]++;
			q[Q_PRINTABLE]++;
			END_WORD();
			prev_space = 0;
		} else if (u_isUWhiteSpace(c)) {
			q[Q_SPACES]++;
			q[Q_PRINTABLE]++;
			if (prev_space) q[Q_DOUBLE_SPACES]++;
			prev_space = 1;
			END_WORD();
		} else if (u_ispunct(c)) {
			q[Q_PUNCT]++;
			q[Q_PRINTABLE]++;
			END_WORD();
			prev_space = 0;
		} else if (u_hasBinaryProperty(c, UCHAR_EMOJI)) {
			q[Q_EMOJIS]++;
			q[Q_PRINTABLE]++;
			END_WORD();
			prev_space = 0;
			prev_script = USCRIPT_INVALID_CODE;
		} else if (u_isgraph(c)) {
			q[Q_PRINTABLE]++;
			END_WORD();
			prev_space = 0;
		} else {
			q[Q_NON_PRINTABLE]++;
			END_WORD();
			prev_space = 0;
		}
	}
	if (in_word && word_len >= 2) { q[Q_WORDS]++; q[Q_WORD_CHARS] += word_len; }
#undef END_WORD
}

// icu_mixed_script returns 1 when s mixes scripts (Common and Inherited
// aside), 0 when not, -1 for ill-formed UTF-8 and -2 when ICU fails.
static int icu_mixed_script(const char *s, int32_t len) {
	int32_t i = 0;
	UScriptCode last = USCRIPT_INVALID_CODE;
	while (i < len) {
		UChar32 c;
		UErrorCode err = U_ZERO_ERROR;
		UScriptCode sc;
		U8_NEXT(s, i, len, c);
		if (c < 0) return -1;
		sc = uscript_getScript(c, &err);
		if (U_FAILURE(err)) return -2;
		if (sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED) {
			if (last == USCRIPT_INVALID_CODE) last = sc;
			else if (last != sc) return 1;
		}
	}
	return 0;
}

static USpoofChecker *icu_spoof_open(int32_t checks) {
	UErrorCode err = U_ZERO_ERROR;
	USpoofChecker *sc = uspoof_open(&err);
	if (U_FAILURE(err)) return NULL;
	uspoof_setChecks(sc, checks, &err);
	if (U_FAILURE(err)) { uspoof_close(sc); return NULL; }
	return sc;
}

static USpoofChecker *icu_spoof_range(UChar32 start, UChar32 end) {
	UErrorCode err = U_ZERO_ERROR;
	USpoofChecker *sc = uspoof_open(&err);
	USet *allowed;
	if (U_FAILURE(err)) return NULL;
	allowed = uset_openEmpty();
	uset_addRange(allowed, start, end);
	uspoof_setAllowedChars(sc, allowed, &err);
	uspoof_setChecks(sc, USPOOF_CHAR_LIMIT | USPOOF_ANY_CASE, &err);
	uset_close(allowed);
	if (U_FAILURE(err)) { uspoof_close(sc); return NULL; }
	return sc;
}

static int32_t icu_confusable(USpoofChecker *sc, const char *a, int32_t alen, const char *b, int32_t blen) {
	UErrorCode err = U_ZERO_ERROR;
	return uspoof_areConfusableUTF8(sc, a, alen, b, blen, &err);
}

static int32_t icu_spoof_check(USpoofChecker *sc, const char *s, int32_t len) {
	UErrorCode err = U_ZERO_ERROR;
	int32_t pos = 0;
	return uspoof_checkUTF8(sc, s, len, &pos, &err);
}

static UTransliterator *icu_translit_open(const UChar *rules, int32_t len) {
	UErrorCode err = U_ZERO_ERROR;
	UParseError perr;
	static const UChar id[] = {'R','s','p','a','m','d','T','r','a','n','s','l','i','t',0};
	UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, rules, len, &perr, &err);
	if (U_FAILURE(err)) return NULL;
	return t;
}

// icu_translit transliterates UTF-8 s; the result (UTF-8, malloc'ed) is
// stored in *out and its length returned, -1 on failure.
static int32_t icu_translit(UTransliterator *t, const char *s, int32_t len, char **out) {
	UErrorCode err = U_ZERO_ERROR;
	int32_t ulen = 0, cap, limit, olen = 0;
	UChar *u;
	u_strFromUTF8WithSub(NULL, 0, &ulen, s, len, 0xFFFD, NULL, &err);
	err = U_ZERO_ERROR;
	cap = ulen * 4 + 16;
	u = malloc(sizeof(UChar) * cap);
	u_strFromUTF8WithSub(u, cap, &ulen, s, len, 0xFFFD, NULL, &err);
	if (U_FAILURE(err)) { free(u); return -1; }
	limit = ulen;
	utrans_transUChars(t, u, &ulen, cap, 0, &limit, &err);
	if (err == U_BUFFER_OVERFLOW_ERROR) {
		int32_t need = ulen;
		free(u);
		err = U_ZERO_ERROR;
		cap = need + 16;
		u = malloc(sizeof(UChar) * cap);
		u_strFromUTF8WithSub(u, cap, &ulen, s, len, 0xFFFD, NULL, &err);
		limit = ulen;
		utrans_transUChars(t, u, &ulen, cap, 0, &limit, &err);
	}
	if (U_FAILURE(err)) { free(u); return -1; }
	u_strToUTF8WithSub(NULL, 0, &olen, u, ulen, 0xFFFD, NULL, &err);
	err = U_ZERO_ERROR;
	*out = malloc(olen + 1);
	u_strToUTF8WithSub(*out, olen + 1, &olen, u, ulen, 0xFFFD, NULL, &err);
	free(u);
	if (U_FAILURE(err)) { free(*out); *out = NULL; return -1; }
	return olen;
}

static UCollator *icu_collator(void) {
	UErrorCode err = U_ZERO_ERROR;
	UCollator *c = ucol_open("en", &err);
	if (U_FAILURE(err)) return NULL;
	ucol_setStrength(c, UCOL_PRIMARY);
	return c;
}

static int icu_collate(UCollator *c, const char *a, int32_t alen, const char *b, int32_t blen) {
	UErrorCode err = U_ZERO_ERROR;
	return ucol_strcollUTF8(c, a, alen, b, blen, &err);
}
*/
import "C"

import (
	"errors"
	"sync"
	"unicode/utf16"
	"unsafe"
)

// cbytes returns a C view of b (nil for an empty slice); b must stay
// alive for the call.
func cbytes(b []byte) (*C.char, C.int32_t) {
	if len(b) == 0 {
		return nil, 0
	}
	return (*C.char)(unsafe.Pointer(&b[0])), C.int32_t(len(b))
}

// TextQuality are the counters of rspamd_util.get_text_quality.
type TextQuality struct {
	Letters, Digits, Punctuation, Spaces, Printable, Words, WordChars, Total int
	Emojis, Uppercase, Lowercase, ASCII, NonASCII, LatinVowels               int
	LatinConsonants, ScriptTransitions, DoubleSpaces, NonPrintable           int
}

// Quality counts the letters, digits, spaces, words and other classes of
// the code points of s.
func Quality(s []byte) TextQuality {
	var q [C.Q_MAX]C.int32_t
	p, n := cbytes(s)
	C.icu_text_quality(p, n, &q[0])
	return TextQuality{
		Letters: int(q[C.Q_LETTERS]), Digits: int(q[C.Q_DIGITS]), Punctuation: int(q[C.Q_PUNCT]),
		Spaces: int(q[C.Q_SPACES]), Printable: int(q[C.Q_PRINTABLE]), Words: int(q[C.Q_WORDS]),
		WordChars: int(q[C.Q_WORD_CHARS]), Total: int(q[C.Q_TOTAL]), Emojis: int(q[C.Q_EMOJIS]),
		Uppercase: int(q[C.Q_UPPER]), Lowercase: int(q[C.Q_LOWER]), ASCII: int(q[C.Q_ASCII]),
		NonASCII: int(q[C.Q_NON_ASCII]), LatinVowels: int(q[C.Q_VOWELS]),
		LatinConsonants: int(q[C.Q_CONSONANTS]), ScriptTransitions: int(q[C.Q_TRANSITIONS]),
		DoubleSpaces: int(q[C.Q_DOUBLE_SPACES]), NonPrintable: int(q[C.Q_NON_PRINTABLE]),
	}
}

// Errors of MixedScript.
var (
	ErrInvalidUTF8 = errors.New("passed string is not valid utf")
	ErrScript      = errors.New("cannot get unicode script for character")
)

// MixedScript reports whether s has letters of more than one script
// (Common and Inherited aside).
func MixedScript(s []byte) (bool, error) {
	p, n := cbytes(s)
	switch C.icu_mixed_script(p, n) {
	case 1:
		return true, nil
	case -1:
		return false, ErrInvalidUTF8
	case -2:
		return false, ErrScript
	}
	return false, nil
}

// Spoof check results (USPOOF_* bits).
const (
	SingleScriptConfusable = int(C.USPOOF_SINGLE_SCRIPT_CONFUSABLE)
	MixedScriptConfusable  = int(C.USPOOF_MIXED_SCRIPT_CONFUSABLE)
	WholeScriptConfusable  = int(C.USPOOF_WHOLE_SCRIPT_CONFUSABLE)
)

// ErrSpoofChecker is returned when ICU cannot make a spoof checker.
var ErrSpoofChecker = errors.New("cannot init spoof checker")

var (
	spoofMu      sync.Mutex
	confusableSC *C.USpoofChecker
	singleSC     *C.USpoofChecker
	rangeSC      = map[uint64]*C.USpoofChecker{}
)

// Confusable checks whether a and b look alike across scripts (single
// script confusables aside) and returns the USPOOF_* bits found.
func Confusable(a, b []byte) (int, error) {
	spoofMu.Lock()
	defer spoofMu.Unlock()
	if confusableSC == nil {
		if confusableSC = C.icu_spoof_open(C.USPOOF_CONFUSABLE &^ C.USPOOF_SINGLE_SCRIPT_CONFUSABLE); confusableSC == nil {
			return 0, ErrSpoofChecker
		}
	}
	pa, na := cbytes(a)
	pb, nb := cbytes(b)
	return int(C.icu_confusable(confusableSC, pa, na, pb, nb)), nil
}

// Spoofed checks s alone for invisible characters and mixed-script
// confusables (any case) and returns the USPOOF_* bits found.
func Spoofed(s []byte) (int, error) {
	spoofMu.Lock()
	defer spoofMu.Unlock()
	if singleSC == nil {
		if singleSC = C.icu_spoof_open(C.USPOOF_INVISIBLE | C.USPOOF_MIXED_SCRIPT_CONFUSABLE | C.USPOOF_ANY_CASE); singleSC == nil {
			return 0, ErrSpoofChecker
		}
	}
	p, n := cbytes(s)
	return int(C.icu_spoof_check(singleSC, p, n)), nil
}

// OutsideRange reports whether s has characters outside [start, end]
// (case variants included). The checker is kept under key, as the caller
// caches it.
func OutsideRange(s []byte, key uint64, start, end uint32) (bool, error) {
	spoofMu.Lock()
	defer spoofMu.Unlock()
	sc := rangeSC[key]
	if sc == nil {
		if sc = C.icu_spoof_range(C.UChar32(start), C.UChar32(end)); sc == nil {
			return false, ErrSpoofChecker
		}
		rangeSC[key] = sc
	}
	p, n := cbytes(s)
	return C.icu_spoof_check(sc, p, n) != 0, nil
}

// translitRules are rspamd's transliteration rules: any script to Latin,
// marks, punctuation, symbols and format characters removed, Latin to
// ASCII, lower case, spaces as ' '.
const translitRules = ":: Any-Latin;:: [:Nonspacing Mark:] Remove;:: [:Punctuation:] Remove;" +
	":: [:Symbol:] Remove;:: [:Format:] Remove;:: Latin-ASCII;:: Lower();:: NULL;[:Space Separator:] > ' '"

var (
	translitOnce sync.Once
	translitMu   sync.Mutex
	translit     *C.UTransliterator
)

// ErrTransliterator is returned when ICU cannot build the transliterator.
var ErrTransliterator = errors.New("cannot init libicu transliteration engine")

// Transliterate converts s to lower case ASCII with rspamd's rules.
func Transliterate(s []byte) ([]byte, error) {
	translitOnce.Do(func() {
		rules := utf16.Encode([]rune(translitRules))
		translit = C.icu_translit_open((*C.UChar)(unsafe.Pointer(&rules[0])), C.int32_t(len(rules)))
	})
	if translit == nil {
		return nil, ErrTransliterator
	}
	translitMu.Lock()
	defer translitMu.Unlock()
	p, n := cbytes(s)
	var out *C.char
	olen := C.icu_translit(translit, p, n, &out)
	if olen < 0 {
		return nil, ErrTransliterator
	}
	defer C.free(unsafe.Pointer(out))
	return C.GoBytes(unsafe.Pointer(out), C.int(olen)), nil
}

var (
	collOnce sync.Once
	coll     *C.UCollator
)

// ErrCollator is returned when ICU cannot open the collator.
var ErrCollator = errors.New("cannot init libicu collation engine")

// CompareFold compares a and b with English collation at primary strength
// (case and accents ignored): -1, 0 or 1.
func CompareFold(a, b []byte) (int, error) {
	collOnce.Do(func() { coll = C.icu_collator() })
	if coll == nil {
		return 0, ErrCollator
	}
	pa, na := cbytes(a)
	pb, nb := cbytes(b)
	switch r := C.icu_collate(coll, pa, na, pb, nb); {
	case r == C.UCOL_EQUAL:
		return 0, nil
	case r == C.UCOL_GREATER:
		return 1, nil
	}
	return -1, nil
}
