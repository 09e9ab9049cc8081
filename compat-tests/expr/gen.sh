#!/bin/bash
# Regenerates the expression goldens with the oracle (real rspamd 4.1.5 in
# the Debian sid chroot):
#
#   compat-tests/expr/gen.sh [ORACLE_ROOT]
#
# inputs/cases.txt and gen.lua's random expressions -> golden/4.1.5/expr/expr.dump
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
oracle=${1:-/srv/oracle-sid}
golden=$top/compat-tests/golden/4.1.5/expr

if [ ! -x "$oracle/usr/bin/rspamadm" ]; then
	echo "gen: no oracle at $oracle" >&2
	exit 1
fi

work=$oracle/tmp/exprgen.$$
trap 'rm -rf "$work"' EXIT
mkdir -p "$work" "$golden"
cp "$here/gen.lua" "$here/inputs/cases.txt" "$work/"

chroot "$oracle" rspamadm lua -a "/tmp/exprgen.$$/cases.txt" \
	"/tmp/exprgen.$$/gen.lua" >"$golden/expr.dump.new"
mv "$golden/expr.dump.new" "$golden/expr.dump"
echo "gen: expr.dump: $(grep -c '\.expr ' "$golden/expr.dump") cases"
