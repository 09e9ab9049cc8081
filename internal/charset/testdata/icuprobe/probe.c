#include <stdio.h>
#include <stdint.h>
#include <string.h>
typedef int UErrorCode;
#define CAT2(a,b) a##b
#define CAT(a,b) CAT2(a,b)
#define F(n) CAT(n, SFX)
const char *F(ucnv_getCanonicalName)(const char *, const char *, UErrorCode *);
const char *F(ucnv_getAlias)(const char *, uint16_t, UErrorCode *);
uint16_t F(ucnv_countAliases)(const char *, UErrorCode *);
int32_t F(ucnv_countAvailable)(void);
const char *F(ucnv_getAvailableName)(int32_t);
static const char *canon(const char *name) {
	UErrorCode err = 0;
	const char *c = F(ucnv_getCanonicalName)(name, "MIME", &err);
	if (c == NULL) { err = 0; c = F(ucnv_getCanonicalName)(name, "IANA", &err); }
	if (c == NULL) { err = 0; c = F(ucnv_getCanonicalName)(name, "", &err); }
	if (c == NULL) { err = 0; c = F(ucnv_getAlias)(name, 0, &err); }
	return c;
}
int main(int argc, char **argv) {
	char line[512];
	/* names from stdin, plus every alias of every converter */
	while (fgets(line, sizeof line, stdin)) {
		line[strcspn(line, "\n")] = 0;
		const char *c = canon(line);
		printf("%s\t%s\n", line, c ? c : "(null)");
	}
	int32_t n = F(ucnv_countAvailable)();
	for (int32_t i = 0; i < n; i++) {
		const char *nm = F(ucnv_getAvailableName)(i);
		UErrorCode err = 0;
		uint16_t na = F(ucnv_countAliases)(nm, &err);
		for (uint16_t j = 0; j < na; j++) {
			err = 0;
			const char *a = F(ucnv_getAlias)(nm, j, &err);
			const char *c = canon(a);
			printf("%s\t%s\n", a, c ? c : "(null)");
		}
	}
	return 0;
}
