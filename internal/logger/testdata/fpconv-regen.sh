#!/bin/sh
# Regenerates fpconv.golden from the oracle (real rspamd 4.1.5 in the Debian
# sid chroot): fpconv.lua prints every case with the oracle's rspamd_snprintf.
# One case per line: "<bits hex> <precision> <scientific> <output>",
# precision 20 meaning every significant digit (a bare %f or %g). The cases
# (special values and rounding boundaries at several precisions plus random
# doubles) are the first three columns of the current golden.
#   internal/logger/testdata/fpconv-regen.sh [chroot]
set -eu
root=${1:-/srv/oracle-sid}
here=$(cd "$(dirname "$0")" && pwd)
work=/tmp/gorspamd-fpconv
rm -rf "$root$work"
mkdir -p "$root$work"
trap 'rm -rf "$root$work"' EXIT
cp "$here/fpconv.lua" "$root$work/"
cut -d' ' -f1-3 "$here/fpconv.golden" >"$root$work/cases"
chroot "$root" rspamadm lua "$work/fpconv.lua" -a "$work/cases" -a "$work/out"
cp "$root$work/out" "$here/fpconv.golden"
