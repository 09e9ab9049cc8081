# Sourced (bash) by the scripts that regenerate goldens by running Lua
# scripts of compat-tests with the oracle's `rspamadm lua` (real rspamd 4.1.5
# in the Debian sid chroot):
#
#   . "$(dirname "$0")/../lib/oracle_lua.sh" TOPIC WORK [ORACLE_ROOT]
#
# It sets here (the calling script's directory), top (the checkout), oracle
# (the chroot, /srv/oracle-sid unless ORACLE_ROOT is given), golden
# (compat-tests/golden/4.1.5/TOPIC, created) and work, a scratch directory
# /tmp/WORK.<pid> in the chroot, removed on exit, whose path inside the
# chroot is inner. work/lib holds this directory's Lua modules; stage copies
# files to work/run, so that scripts find the modules at ../lib/ from their
# own directory there as in the checkout. It stops when there is no oracle.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
oracle=${3:-/srv/oracle-sid}
golden=$top/compat-tests/golden/4.1.5/$1
prog=$(basename "$0" .sh)

if [ ! -x "$oracle/usr/bin/rspamadm" ]; then
	echo "$prog: no oracle at $oracle" >&2
	exit 1
fi

inner=/tmp/$2.$$
work=$oracle$inner
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lib" "$work/run" "$golden"
cp "$top"/compat-tests/lib/*.lua "$work/lib/"

# stage FILE...: copies files to $work/run ($inner/run in the chroot).
stage() {
	cp "$@" "$work/run/"
}
