package text

/*
#cgo pkg-config: icu-uc icu-i18n
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>
#include <unicode/utf16.h>

// gr_word_tmpl is the word break iterator compiled from the oracle's ICU
// word rules (NULL: ICU's built-in rules).
static UBreakIterator *gr_word_tmpl = NULL;

static int gr_word_init(const UChar *rules, int len) {
	UErrorCode err = U_ZERO_ERROR;
	UParseError pe;
	UBreakIterator *bi = ubrk_openRules(rules, len, NULL, 0, &pe, &err);
	if (U_FAILURE(err)) {
		return -1;
	}
	gr_word_tmpl = bi;
	return 0;
}

// gr_word_breaks fills out with the word boundaries of UTF-8 text and
// returns their count, or -1 on error. cap must be at least len + 1.
static int gr_word_breaks(const char *text, int len, int *out, int cap) {
	UErrorCode err = U_ZERO_ERROR;
	UText ut = UTEXT_INITIALIZER;
	utext_openUTF8(&ut, text, len, &err);
	if (U_FAILURE(err)) {
		return -1;
	}
	UBreakIterator *bi = gr_word_tmpl != NULL ? ubrk_clone(gr_word_tmpl, &err) :
		ubrk_open(UBRK_WORD, NULL, NULL, 0, &err);
	if (U_FAILURE(err)) {
		utext_close(&ut);
		return -1;
	}
	ubrk_setUText(bi, &ut, &err);
	int n = 0;
	int32_t p = ubrk_first(bi);
	while (p != UBRK_DONE && n < cap) {
		out[n++] = p;
		p = ubrk_next(bi);
	}
	ubrk_close(bi);
	utext_close(&ut);
	return n;
}

static int gr_java_id_part(const char *text, int start, int finish) {
	UChar32 c;
	U8_NEXT(text, start, finish, c);
	return u_isJavaIDPart(c) ? 1 : 0;
}

enum {
	GR_BROKEN = 1,
	GR_NORMALISED = 2,
	GR_INVISIBLE = 4,
	GR_EMOJI = 8,
};

// gr_to_ucs32 keeps the graphic characters of a word (lowercasing letters,
// marks, numbers, connector punctuation, math and currency symbols) and
// flags invisible ones.
static int gr_to_ucs32(const UChar *src, int srclen, UChar32 *dst, int *flags) {
	int32_t i = 0;
	int n = 0;
	UChar32 t;
	while (i < srclen) {
		U16_NEXT_UNSAFE(src, i, t);
		if (u_isgraph(t)) {
			UCharCategory cat = u_charType(t);
			if (u_hasBinaryProperty(t, UCHAR_EMOJI)) {
				*flags |= GR_EMOJI;
			}
			if ((cat >= U_UPPERCASE_LETTER && cat <= U_OTHER_NUMBER) ||
				cat == U_CONNECTOR_PUNCTUATION || cat == U_MATH_SYMBOL ||
				cat == U_CURRENCY_SYMBOL) {
				dst[n++] = u_tolower(t);
			}
		}
		else {
			*flags |= GR_INVISIBLE;
		}
	}
	return n;
}

// gr_normalize_word is rspamd_normalize_single_word for a UTF-8 word: it
// converts to UTF-16 (at most 1024 units), applies NFKC when needed and
// keeps the lowercased graphic characters in dst (capacity 2048). It
// returns the number of code points and sets *mode: 0 when both the code
// points and the normalised form are set, 1 when only the code points are,
// 2 when neither is.
static int gr_normalize_word(const char *word, int len, UChar32 *dst, int *flags, int *mode) {
	static UConverter *conv = NULL;
	static const UNormalizer2 *norm = NULL;
	UErrorCode err = U_ZERO_ERROR;
	UChar tmp[1024], nb[1024];
	*flags = 0;
	*mode = 2;
	if (conv == NULL) {
		conv = ucnv_open("UTF-8", &err);
		if (U_FAILURE(err)) {
			conv = NULL;
			return 0;
		}
		ucnv_setFromUCallBack(conv, UCNV_FROM_U_CALLBACK_SUBSTITUTE, NULL, NULL, NULL, &err);
		ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_SUBSTITUTE, NULL, NULL, NULL, &err);
		err = U_ZERO_ERROR;
		norm = unorm2_getInstance(NULL, "nfkc", UNORM2_COMPOSE, &err);
		if (U_FAILURE(err)) {
			return 0;
		}
	}
	int32_t ulen = ucnv_toUChars(conv, tmp, 1024, word, len, &err);
	if (U_FAILURE(err)) {
		*flags |= GR_BROKEN;
		return 0;
	}
	int32_t end = unorm2_spanQuickCheckYes(norm, tmp, ulen, &err);
	if (U_FAILURE(err)) {
		*flags |= GR_BROKEN;
		*mode = 1;
		return gr_to_ucs32(tmp, ulen, dst, flags);
	}
	if (end == ulen) {
		*mode = 0;
		return gr_to_ucs32(tmp, ulen, dst, flags);
	}
	memcpy(nb, tmp, end * sizeof(UChar));
	int32_t nlen = unorm2_normalizeSecondAndAppend(norm, nb, end, 1024, tmp + end, ulen - end, &err);
	if (U_FAILURE(err)) {
		if (err != U_BUFFER_OVERFLOW_ERROR) {
			*flags |= GR_BROKEN;
			*mode = 0;
			return gr_to_ucs32(tmp, ulen, dst, flags);
		}
		return 0;
	}
	*flags |= GR_NORMALISED;
	*mode = 0;
	return gr_to_ucs32(nb, nlen, dst, flags);
}
*/
import "C"

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf16"
	"unsafe"
)

// wordRules are the word break rules of the oracle's ICU (78), taken from
// its data by internal/charset/testdata/icuprobe/run.sh. They differ
// from ICU 72's (Debian 12) in two definitions: ICU 72 made '@' a letter,
// so that "user@example" stayed one word, and left U+FE55 and U+FF1A out
// of MidLetter; ICU 73+ reverted both. Compiling them with the local ICU
// gives the oracle's words whatever ICU the binary links (the character
// properties still come from the local ICU's Unicode version). The rules
// are ICU data: Copyright © Unicode, Inc., Unicode License v3.
//
//go:embed word_rules_icu78.txt
var wordRules string

var wordRulesOnce sync.Once

func initWordRules() {
	u := utf16.Encode([]rune(strings.TrimSpace(wordRules)))
	if len(u) == 0 || C.gr_word_init((*C.UChar)(unsafe.Pointer(&u[0])), C.int(len(u))) != 0 {
		panic("text: cannot compile the ICU word break rules")
	}
}

// wordBreaks returns the ICU word boundaries of UTF-8 text as byte offsets
// (the first is 0, the last len(text)).
func wordBreaks(text []byte) []int {
	wordRulesOnce.Do(initWordRules)
	if len(text) == 0 {
		return []int{0}
	}
	out := make([]C.int, len(text)+1)
	n := C.gr_word_breaks((*C.char)(unsafe.Pointer(&text[0])), C.int(len(text)), &out[0], C.int(len(out)))
	if n < 0 {
		return nil
	}
	res := make([]int, n)
	for i := range res {
		res[i] = int(out[i])
	}
	return res
}

// javaIDPart reports whether the character at text[start:finish] starts
// with an ICU Java identifier part.
func javaIDPart(text []byte, start, finish int) bool {
	return C.gr_java_id_part((*C.char)(unsafe.Pointer(&text[0])), C.int(start), C.int(finish)) != 0
}

const (
	normBroken     = 1
	normNormalised = 2
	normInvisible  = 4
	normEmoji      = 8
)

// normalizer guards the ICU converter the C side keeps.
var normalizer sync.Mutex

// normalizeUTF normalises one UTF-8 word: ucs holds the kept code points
// (nil when upstream leaves them unset) and hasNorm tells whether the
// normalised form is set.
func normalizeUTF(word []byte) (ucs []rune, flags int, hasNorm bool) {
	if len(word) == 0 {
		return nil, 0, true
	}
	if ucs, flags, ok := normalizeASCII(word); ok {
		return ucs, flags, true
	}
	return normalizeICU(word)
}

// normalizeASCII is gr_normalize_word for ASCII words, without cgo: NFKC
// leaves ASCII alone, and the kept characters, invisible ones and those
// with the Emoji property (digits, '#' and '*') are fixed. ok is false for
// other words (and for words too long for upstream's UTF-16 buffer).
func normalizeASCII(word []byte) (ucs []rune, flags int, ok bool) {
	if len(word) > 1024 {
		return nil, 0, false
	}
	for _, c := range word {
		if c >= 0x80 {
			return nil, 0, false
		}
	}
	ucs = make([]rune, 0, len(word))
	for _, c := range word {
		switch {
		case c <= ' ' || c == 0x7f:
			flags |= normInvisible
			continue
		case c >= '0' && c <= '9', c == '#', c == '*':
			flags |= normEmoji
		}
		switch {
		case c >= 'A' && c <= 'Z':
			ucs = append(ucs, rune(c+'a'-'A'))
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_', c == '$',
			c == '+', c == '<', c == '=', c == '>', c == '|', c == '~':
			ucs = append(ucs, rune(c))
		}
	}
	return ucs, flags, true
}

func normalizeICU(word []byte) (ucs []rune, flags int, hasNorm bool) {
	normalizer.Lock()
	defer normalizer.Unlock()
	var dst [2048]C.UChar32
	var cf, mode C.int
	n := C.gr_normalize_word((*C.char)(unsafe.Pointer(&word[0])), C.int(len(word)), &dst[0], &cf, &mode)
	flags = int(cf)
	if mode == 2 {
		return nil, flags, false
	}
	ucs = make([]rune, n)
	for i := range ucs {
		ucs[i] = rune(dst[i])
	}
	return ucs, flags, mode == 0
}
