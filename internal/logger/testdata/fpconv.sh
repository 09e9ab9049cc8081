#!/bin/sh
# Regenerates fpconv.golden: doubles formatted by upstream's own float
# printer (contrib/fpconv and src/libutil/fpconv_format.c of rspamd 4.1.5,
# compiled from the upstream mirror into a throwaway program), one case per
# line: "<bits hex> <precision> <scientific> <output>", precision 20 meaning
# every significant digit (a bare %f or %g). The cases are special values
# and rounding boundaries at several precisions plus random doubles.
#   testdata/fpconv.sh [/path/to/rspamd/git/mirror]
set -e
here=$(cd "$(dirname "$0")" && pwd)
repo=${1:-/work/.mirror/rspamd+rspamd/repo}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/contrib/fpconv"
for f in contrib/fpconv/fpconv.c contrib/fpconv/fpconv.h contrib/fpconv/powers.h; do
	git -C "$repo" show "4.1.5:$f" >"$tmp/$f"
done
git -C "$repo" show 4.1.5:src/libutil/fpconv_format.c >"$tmp/fpconv_format.c"
git -C "$repo" show 4.1.5:src/libutil/fpconv_format.h >"$tmp/fpconv_format.h"
cat >"$tmp/main.c" <<'C'
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stdbool.h>
#include "fpconv_format.h"
int main(void) {
	char line[128], out[64];
	while (fgets(line, sizeof(line), stdin)) {
		uint64_t bits;
		unsigned prec;
		int sci;
		double d;
		if (sscanf(line, "%lx %u %d", &bits, &prec, &sci) != 3) {
			continue;
		}
		memcpy(&d, &bits, 8);
		int n = fpconv_format_dtoa(d, out, prec, sci);
		out[n] = 0;
		printf("%016lx %u %d %s\n", bits, prec, sci, out);
	}
	return 0;
}
C
cc -O2 -I"$tmp" -o "$tmp/fpc" "$tmp/main.c" "$tmp/fpconv_format.c" "$tmp/contrib/fpconv/fpconv.c"
# the inputs are those of the current golden (its first three columns)
cut -d' ' -f1-3 "$here/fpconv.golden" >"$tmp/cases"
"$tmp/fpc" <"$tmp/cases" >"$here/fpconv.golden"
