#!/bin/sh
# Regenerates the goldens of the Lua API scripts in this directory by running
# them in real rspamd 4.1.5 (the oracle chroot) as `rspamadm lua` scripts:
#   compat-tests/luaapi/oracle.sh            the core scripts (see below)
#   compat-tests/luaapi/oracle.sh text ucl   some scripts
# NAME.lua gives golden/4.1.5/luaapi/NAME.stdout and NAME.stderr. A script
# whose first line is "-- rspamadm: -v" runs with `rspamadm -v`; only the
# lines holding "LUATEST" are kept then (the others are rspamadm's own
# debug lines), their time stamps are replaced by "<time>" and the id
# rspamadm prints after it (stack garbage derived from the time) by "<id>".
# The environment variable RSPAMD_LUAAPI_TEST=yes is set for every run.
set -e
here=$(cd "$(dirname "$0")" && pwd)
gold=$here/../golden/4.1.5/luaapi
root=${ORACLE_ROOT:-/srv/oracle-sid}
mkdir -p "$gold" "$root/tmp/luaapi"
if [ $# -eq 0 ]; then
	# the scripts of internal/luaapi's TestScriptsAgainstGoldens
	set -- logger logger_verbose text ucl util globals lualib
fi
for name in "$@"; do
	cp "$here/$name.lua" "$root/tmp/luaapi/$name.lua"
	if head -1 "$here/$name.lua" | grep -q '^-- rspamadm: -v'; then
		env RSPAMD_LUAAPI_TEST=yes chroot "$root" rspamadm -v lua "/tmp/luaapi/$name.lua" \
			>"$gold/$name.stdout.raw" 2>"$gold/$name.stderr.raw" || true
		for f in stdout stderr; do
			grep 'LUATEST' "$gold/$name.$f.raw" |
				sed -E -e 's/^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{5}/<time>/' \
					-e 's/^<time>; 0[.0-9]*;/<time>; <id>;/' \
				>"$gold/$name.$f" || true
			rm -f "$gold/$name.$f.raw"
		done
	else
		env RSPAMD_LUAAPI_TEST=yes chroot "$root" rspamadm lua "/tmp/luaapi/$name.lua" \
			>"$gold/$name.stdout" 2>"$gold/$name.stderr" || true
	fi
done
rm -rf "$root/tmp/luaapi"
