#!/bin/sh
# Regenerates compat-tests/golden/4.1.5/crypto/ from the oracle (real rspamd
# 4.1.5 in the Debian sid chroot). Usage: compat-tests/crypto/regen.sh [chroot]
set -eu
root=${1:-/srv/oracle-sid}
here=$(cd "$(dirname "$0")" && pwd)
golden="$here/../golden/4.1.5/crypto"
work=/tmp/gorspamd-crypto
rm -rf "$root$work"
mkdir -p "$root$work/out"
cp "$here/vectors.lua" "$root$work/"
chroot "$root" rspamadm lua "$work/vectors.lua" -a "$work/out"
# rspamadm pw: one encoding per algorithm and password, checked by our tests
for t in catena pbkdf2; do
	for p in a password 'with space' "$(printf 'x%.0s' $(seq 1 70))"; do
		printf 'pw\t%s\t%s\t%s\n' "$t" "$(printf '%s' "$p" | od -An -v -tx1 | tr -d ' \n')" \
			"$(chroot "$root" rspamadm pw -t "$t" -e -p "$p")"
	done
done >"$root$work/out/pw.tsv"
mkdir -p "$golden"
cp "$root$work"/out/*.tsv "$golden/"
rm -rf "$root$work"
