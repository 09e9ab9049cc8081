#!/bin/sh
# Regenerates luajit_behaviour.golden from real rspamd 4.1.5 (the oracle chroot).
set -e
here=$(dirname "$0")
root=${ORACLE_ROOT:-/srv/oracle-sid}
cp "$here/luajit_behaviour.lua" "$root/tmp/luajit_behaviour.lua"
chroot "$root" rspamadm lua /tmp/luajit_behaviour.lua >"$here/luajit_behaviour.golden"
rm -f "$root/tmp/luajit_behaviour.lua"
