#!/bin/bash
# Regenerates the upstream list goldens with the oracle (real rspamd 4.1.5
# in the Debian sid chroot):
#
#   compat-tests/upstream/gen.sh [ORACLE_ROOT]
#
# inputs/parse.txt -> golden/4.1.5/upstream/parse.dump (definitions parsed)
# inputs/hash.txt  -> golden/4.1.5/upstream/hash.dump  (get_upstream_by_hash)
# inputs/ops.txt   -> golden/4.1.5/upstream/ops.dump   (rotations, fail/ok,
#                     watchers; sleeps about a minute for error_time)
. "$(dirname "$0")/../lib/oracle_lua.sh" upstream upsgen "$@"
stage "$here/gen.lua" "$here"/inputs/*.txt

for section in parse hash ops; do
	chroot "$oracle" rspamadm lua -a "$section" -a "$inner/run/$section.txt" \
		"$inner/run/gen.lua" >"$golden/$section.dump.new" 2>/dev/null
	mv "$golden/$section.dump.new" "$golden/$section.dump"
	echo "gen: $section.dump: $(grep -c '\.input ' "$golden/$section.dump") cases"
done
