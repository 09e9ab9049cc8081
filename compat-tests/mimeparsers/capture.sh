#!/bin/bash
# Regenerates the parser goldens with the oracle (rspamd 4.1.5 in the Debian
# sid chroot): compat-tests/golden/4.1.5/mimeparsers/<topic>.dump for every
# cases/<topic>.txt. Re-runnable.
#
#   compat-tests/mimeparsers/capture.sh [ORACLE_ROOT]
. "$(dirname "$0")/../lib/oracle_lua.sh" mimeparsers mimeparsers "$@"
stage "$here/parsers.lua" "$here"/cases/*.txt
for c in "$here"/cases/*.txt; do
	topic=$(basename "$c" .txt)
	chroot "$oracle" rspamadm lua -a "$topic" -a "$inner/run/$topic.txt" \
		"$inner/run/parsers.lua" >"$golden/$topic.dump.new"
	mv "$golden/$topic.dump.new" "$golden/$topic.dump"
	echo "capture: $topic: $(grep -c '\.in ' "$golden/$topic.dump") cases"
done
