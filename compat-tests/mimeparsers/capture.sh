#!/bin/bash
# Regenerates the parser goldens with the oracle (rspamd 4.1.5 in the Debian
# sid chroot): compat-tests/golden/4.1.5/mimeparsers/<topic>.dump for every
# cases/<topic>.txt. Re-runnable.
#
#   compat-tests/mimeparsers/capture.sh [ORACLE_ROOT]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
oracle=${1:-/srv/oracle-sid}
golden=$top/compat-tests/golden/4.1.5/mimeparsers

if [ ! -x "$oracle/usr/bin/rspamadm" ]; then
	echo "capture: no oracle at $oracle" >&2
	exit 1
fi
work=$oracle/tmp/mimeparsers.$$
trap 'rm -rf "$work"' EXIT
mkdir -p "$work" "$golden"
cp "$here/parsers.lua" "$here"/cases/*.txt "$work/"
for c in "$here"/cases/*.txt; do
	topic=$(basename "$c" .txt)
	chroot "$oracle" rspamadm lua -a "$topic" -a "/tmp/mimeparsers.$$/$topic.txt" \
		"/tmp/mimeparsers.$$/parsers.lua" >"$golden/$topic.dump.new"
	mv "$golden/$topic.dump.new" "$golden/$topic.dump"
	echo "capture: $topic: $(grep -c '\.in ' "$golden/$topic.dump") cases"
done
