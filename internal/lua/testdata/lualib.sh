#!/bin/sh
# Regenerates lualib.golden from real rspamd 4.1.5 (the oracle chroot).
set -e
here=$(dirname "$0")
root=${ORACLE_ROOT:-/srv/oracle-sid}
cp "$here/lualib.lua" "$root/tmp/lualib.lua"
chroot "$root" rspamadm lua /tmp/lualib.lua >"$here/lualib.golden"
rm -f "$root/tmp/lualib.lua"
