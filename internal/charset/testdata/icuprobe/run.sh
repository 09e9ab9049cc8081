#!/bin/bash
# Compares ICU's converter alias table, GB18030 decoding and word break rules
# between the local ICU and the oracle's (ICU 78 in /srv/oracle-sid). The
# differences found are hard-coded in ../../charset.go (icu78Names,
# gb18030v2022); the oracle's word rules are
# internal/text/word_rules_icu78.txt (written by this script with -w).
#
#   internal/charset/testdata/icuprobe/run.sh [ORACLE_ROOT [-w]]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oracle=${1:-/srv/oracle-sid}
local_ver=$(pkg-config --modversion icu-uc | cut -d. -f1)
oracle_lib=$(ls "$oracle"/usr/lib/x86_64-linux-gnu/libicuuc.so.[0-9]* | head -1)
oracle_ver=$(basename "$oracle_lib" | sed 's/libicuuc.so.\([0-9]*\).*/\1/')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; rm -f "$oracle/tmp/icuprobe.$$"*' EXIT
for p in probe gb brk; do
	gcc -O1 -DSFX=_"$local_ver" "$here/$p.c" -o "$tmp/$p.local" -licuuc
	gcc -O1 -DSFX=_"$oracle_ver" "$here/$p.c" -o "$oracle/tmp/icuprobe.$$.$p" \
		-Wl,--unresolved-symbols=ignore-all "$oracle_lib"
done
# Names to resolve: every label and target of the rspamd substitution table.
names=$(sed -n 's/^\t"\([^"]*\)": *"\([^"]*\)",$/\1\n\2/p' "$here/../../aliases.go" | sort -u)
echo "$names" | "$tmp/probe.local" | sort -u >"$tmp/alias.local"
echo "$names" | chroot "$oracle" /tmp/icuprobe.$$.probe | sort -u >"$tmp/alias.oracle"
echo "== canonical names (label, ICU $local_ver, ICU $oracle_ver)"
join -t$'\t' "$tmp/alias.local" "$tmp/alias.oracle" | awk -F'\t' '$2 != $3'
"$tmp/gb.local" >"$tmp/gb.local.txt"
chroot "$oracle" /tmp/icuprobe.$$.gb >"$tmp/gb.oracle.txt"
echo "== gb18030 decoding (bytes, ICU $local_ver, ICU $oracle_ver)"
paste "$tmp/gb.local.txt" "$tmp/gb.oracle.txt" | awk -F'\t' '$2 != $4 {print $1 "\t" $2 "\t" $4}'
"$tmp/brk.local" >"$tmp/rules.local" 2>/dev/null
chroot "$oracle" /tmp/icuprobe.$$.brk >"$tmp/rules.oracle" 2>/dev/null
echo "== word break rules (< ICU $local_ver, > ICU $oracle_ver)"
diff <(tr ';' '\n' <"$tmp/rules.local") <(tr ';' '\n' <"$tmp/rules.oracle") || true
if [ "${2:-}" = "-w" ]; then
	cp "$tmp/rules.oracle" "$here/../../../text/word_rules_icu78.txt"
fi
