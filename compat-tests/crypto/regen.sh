#!/bin/bash
# Regenerates compat-tests/golden/4.1.5/crypto/ from the oracle (real rspamd
# 4.1.5 in the Debian sid chroot). Usage: compat-tests/crypto/regen.sh [chroot]
. "$(dirname "$0")/../lib/oracle_lua.sh" crypto gorspamd-crypto "$@"
stage "$here/vectors.lua"
mkdir -p "$work/out"
chroot "$oracle" rspamadm lua "$inner/run/vectors.lua" -a "$inner/out"
# rspamadm pw: one encoding per algorithm and password, checked by our tests
for t in catena pbkdf2; do
	for p in a password 'with space' "$(printf 'x%.0s' $(seq 1 70))"; do
		printf 'pw\t%s\t%s\t%s\n' "$t" "$(printf '%s' "$p" | od -An -v -tx1 | tr -d ' \n')" \
			"$(chroot "$oracle" rspamadm pw -t "$t" -e -p "$p")"
	done
done >"$work/out/pw.tsv"
cp "$work"/out/*.tsv "$golden/"
