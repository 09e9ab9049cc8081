#include <stdio.h>
#include <stdint.h>
typedef int UErrorCode;
typedef uint16_t UChar;
typedef struct UConverter UConverter;
#define CAT2(a,b) a##b
#define CAT(a,b) CAT2(a,b)
#define F(n) CAT(n, SFX)
UConverter *F(ucnv_open)(const char *, UErrorCode *);
int32_t F(ucnv_toUChars)(UConverter *, UChar *, int32_t, const char *, int32_t, UErrorCode *);
static UConverter *c;
static void one(const char *s, int n) {
	UChar out[8]; UErrorCode err = 0;
	int32_t r = F(ucnv_toUChars)(c, out, 8, s, n, &err);
	for (int i = 0; i < n; i++) printf("%02X", (unsigned char)s[i]);
	printf("\t");
	for (int i = 0; i < r; i++) printf("%04X ", out[i]);
	printf("\n");
}
int main(void) {
	UErrorCode err = 0;
	c = F(ucnv_open)("gb18030", &err);
	char s[4];
	for (int a = 0x81; a <= 0xFE; a++) for (int b = 0x40; b <= 0xFE; b++) { s[0]=a; s[1]=b; one(s, 2); }
	for (int a = 0x81; a <= 0x84; a++) for (int b = 0x30; b <= 0x39; b++) for (int d = 0x81; d <= 0xFE; d++) for (int e = 0x30; e <= 0x39; e++) { s[0]=a; s[1]=b; s[2]=d; s[3]=e; one(s, 4); }
	return 0;
}
