#!/bin/sh
# Regenerates compat-tests/golden/4.1.5/ucl/out from the oracle (real
# rspamd 4.1.5 in the Debian sid chroot at /srv/oracle-sid): every case of
# cases.txt is parsed by the oracle's libucl through its Lua binding, then
# emitted in each format; comments/*.conf are dumped with configdump -s.
# Run as root from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
gold=$here/../golden/4.1.5/ucl
root=${ORACLE_ROOT:-/srv/oracle-sid}
work=$root/tmp/uclgold
rm -rf "$work"
mkdir -p "$work/out"
cp -a "$gold/cases" "$work/cases"
cp "$gold/cases.txt" "$here/gen.lua" "$work/"
# The packaged conf tree (see conftree/README.md), when `make upstream` has
# extracted it.
top=$here/../..
if [ -f "$top/conf/rspamd.conf" ]; then
	cp -a "$top/conf" "$work/conf"
	cp -a "$here/conftree/." "$work/conf/"
	rm -f "$work/conf/README.md"
	python3 "$here/dejinja.py" "$work/conf"
	mkdir -p "$work/conftree"
fi
(cd / && chroot "$root" rspamadm lua /tmp/uclgold/gen.lua)
# Saved comments are only observable through rspamd's config loader:
# configdump -s prints the "test" section of each file with its comments
# (-T skips Jinja templating).
cp -a "$gold/comments" "$work/comments"
mkdir -p "$work/out/comments"
for f in "$gold"/comments/*.conf; do
	n=$(basename "$f")
	(cd / && chroot "$root" rspamadm configdump -T -s -c "/tmp/uclgold/comments/$n" test) \
		>"$work/out/comments/$n.out" 2>/dev/null || true
done
rm -rf "$gold/out"
cp -a "$work/out" "$gold/out"
if [ -f "$work/conftree/result" ]; then
	{
		printf 'result %s\n' "$(cat "$work/conftree/result")"
		for fmt in json json-compact config yaml; do
			sum=$(sed 's|/tmp/uclgold/conf|@CONF@|g' "$work/conftree/$fmt" | sha256sum | cut -d' ' -f1)
			printf '%s %s\n' "$fmt" "$sum"
		done
	} >"$gold/out/conftree.sha256"
fi
rm -rf "$work"
echo "goldens written to $gold/out"
