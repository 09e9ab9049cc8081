#!/bin/sh
# Regenerates compat-tests/golden/4.1.5/luaapi/ from the oracle (real rspamd
# 4.1.5 in the Debian sid chroot): each oracle script of this directory runs
# as `rspamadm lua <script> 2>&1` and its output, log messages included, is
# the golden <script>.out; the scripts run in a scratch directory holding
# helpers.lua and testdata/ (testdata/kann_neural.kann is the oracle's
# output of kann_gen.lua). Usage: compat-tests/luaapi/regen.sh [chroot]
set -eu
root=${1:-/srv/oracle-sid}
here=$(cd "$(dirname "$0")" && pwd)
golden="$here/../golden/4.1.5/luaapi"
work=/tmp/gorspamd-luaapi
rm -rf "$root$work"
mkdir -p "$root$work" "$golden"
cp "$here/helpers.lua" "$here"/testdata/* "$root$work/"
for s in ip mempool cryptobox misc maps caseless zstd rsa sqlite archive uclconv staticembed pdftext kann; do
	cp "$here/$s.lua" "$root$work/"
	(cd "$root$work" && chroot "$root" sh -c "cd $work && rspamadm lua $s.lua 2>&1") >"$golden/$s.out"
	echo "regen: $s.out: $(wc -l <"$golden/$s.out") lines"
done
rm -rf "$root$work"
