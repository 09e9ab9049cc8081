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
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
oracle=${1:-/srv/oracle-sid}
golden=$top/compat-tests/golden/4.1.5/upstream

if [ ! -x "$oracle/usr/bin/rspamadm" ]; then
	echo "gen: no oracle at $oracle" >&2
	exit 1
fi

work=$oracle/tmp/upsgen.$$
trap 'rm -rf "$work"' EXIT
mkdir -p "$work" "$golden"
cp "$here/gen.lua" "$here"/inputs/*.txt "$work/"

for section in parse hash ops; do
	chroot "$oracle" rspamadm lua -a "$section" -a "/tmp/upsgen.$$/$section.txt" \
		"/tmp/upsgen.$$/gen.lua" >"$golden/$section.dump.new" 2>/dev/null
	mv "$golden/$section.dump.new" "$golden/$section.dump"
	echo "gen: $section.dump: $(grep -c '\.input ' "$golden/$section.dump") cases"
done
