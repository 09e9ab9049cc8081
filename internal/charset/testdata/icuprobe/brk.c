#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
typedef int UErrorCode;
typedef void UBreakIterator;
#define CAT2(a,b) a##b
#define CAT(a,b) CAT2(a,b)
#define F(n) CAT(n, SFX)
UBreakIterator *F(ubrk_open)(int, const char *, const void *, int32_t, UErrorCode *);
int32_t F(ubrk_getBinaryRules)(UBreakIterator *, uint8_t *, int32_t, UErrorCode *);
int main(void) {
	UErrorCode err = 0;
	UBreakIterator *bi = F(ubrk_open)(1 /* UBRK_WORD */, NULL, NULL, 0, &err);
	if (err > 0) { fprintf(stderr, "open %d\n", err); return 1; }
	int32_t n = F(ubrk_getBinaryRules)(bi, NULL, 0, &err);
	err = 0;
	uint8_t *b = malloc(n);
	F(ubrk_getBinaryRules)(bi, b, n, &err);
	uint32_t *h = (uint32_t *)b;
	uint32_t off = h[10], len = h[11];
	fprintf(stderr, "fmt %d.%d len %u src %u %u\n", b[4], b[5], n, off, len);
	fwrite(b + off, 1, len, stdout);
	return 0;
}
