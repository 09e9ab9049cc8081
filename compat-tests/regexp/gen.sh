#!/bin/sh
# Regenerates compat-tests/golden/4.1.5/regexp/golden.txt from the oracle
# (real rspamd 4.1.5 in the Debian sid chroot at $ORACLE, /srv/oracle-sid by
# default). Needs root for chroot. Output lines:
#   C <json>   one case (strings hex encoded), see gen.lua
#   V <lib> <version>  a library version of the oracle (pcre2, hyperscan)
#   L <text>   a log line the oracle emitted while running the next case
#              (timestamp stripped; a line of a multi-line message starts
#              with "L+ ")
set -eu
ORACLE=${ORACLE:-/srv/oracle-sid}
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../golden/4.1.5/regexp/golden.txt
mkdir -p "$ORACLE/tmp/compat-regexp"
cp "$here/gen.lua" "$ORACLE/tmp/compat-regexp/gen.lua"
{
for p in pcre2:libpcre2-8-0 hyperscan:libhyperscan5; do
	printf 'V %s %s\n' "${p%%:*}" "$(chroot "$ORACLE" dpkg-query -W -f='${Version}' "${p#*:}" | sed 's/-[^-]*$//')"
done
chroot "$ORACLE" rspamadm -v lua /tmp/compat-regexp/gen.lua 2>&1 |
	awk '
	/^@@BEGIN$/ { on = 1; next }
	/^@@END$/ { on = 0; done = 1; next }
	!on { next }
	/^@@CASE / { print "C " substr($0, 8); next }
	/^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9:.]+ / {
		sub(/^[0-9-]+ [0-9:.]+ /, ""); print "L " $0; next }
	{ print "L+ " $0 }
	END { if (!done) { print "gen.sh: the oracle did not finish gen.lua" >"/dev/stderr"; exit 1 } }
	'
} >"$out.tmp"
mv "$out.tmp" "$out"
rm -rf "$ORACLE/tmp/compat-regexp"
wc -l "$out"
