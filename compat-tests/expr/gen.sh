#!/bin/bash
# Regenerates the expression goldens with the oracle (real rspamd 4.1.5 in
# the Debian sid chroot):
#
#   compat-tests/expr/gen.sh [ORACLE_ROOT]
#
# inputs/cases.txt and gen.lua's random expressions -> golden/4.1.5/expr/expr.dump
. "$(dirname "$0")/../lib/oracle_lua.sh" expr exprgen "$@"
stage "$here/gen.lua" "$here/inputs/cases.txt"

chroot "$oracle" rspamadm lua -a "$inner/run/cases.txt" \
	"$inner/run/gen.lua" >"$golden/expr.dump.new"
mv "$golden/expr.dump.new" "$golden/expr.dump"
echo "gen: expr.dump: $(grep -c '\.expr ' "$golden/expr.dump") cases"
