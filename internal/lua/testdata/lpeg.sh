#!/bin/sh
# Regenerates lpeg.golden (stdout) and lpeg.stderr.golden (type error logs)
# from real rspamd 4.1.5 (the oracle chroot).
set -e
here=$(dirname "$0")
root=${ORACLE_ROOT:-/srv/oracle-sid}
cp "$here/lpeg.lua" "$root/tmp/lpeg.lua"
chroot "$root" rspamadm lua /tmp/lpeg.lua >"$here/lpeg.golden" 2>"$here/lpeg.stderr.golden"
rm -f "$root/tmp/lpeg.lua"
