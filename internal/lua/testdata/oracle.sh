#!/bin/sh
# Regenerates NAME.golden (stdout) and NAME.stderr.golden (stderr: rspamd's
# log lines) by running testdata/NAME.lua in real rspamd 4.1.5, the oracle
# chroot, as /tmp/NAME.lua:  testdata/oracle.sh luajit_behaviour lua52 lpeg lualib
set -e
here=$(dirname "$0")
root=${ORACLE_ROOT:-/srv/oracle-sid}
for name in "$@"; do
	cp "$here/$name.lua" "$root/tmp/$name.lua"
	chroot "$root" rspamadm lua "/tmp/$name.lua" >"$here/$name.golden" 2>"$here/$name.stderr.golden"
	rm -f "$root/tmp/$name.lua"
done
