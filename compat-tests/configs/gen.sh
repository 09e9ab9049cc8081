#!/bin/bash
# Regenerates compat-tests/golden/4.1.5/configdump/ and .../configtest/ from
# the oracle (rspamd 4.1.5 in the Debian sid chroot). Run as root from the
# repository root after `make oracle` and `make upstream`:
#
#     compat-tests/configs/gen.sh [VARIANT...]
#
# Every variant directory here is a configuration tree: "kind standalone"
# trees are loaded with -c VARIANT/rspamd.conf, "kind overlay" trees are a
# LOCAL_CONFDIR (local.d/, override.d/, rspamd.conf.local...) over a copy of
# the packaged conf/. The trees are copied to /tmp/rspamd-cfgtest inside the
# chroot; the Go test lays them out the same way in a temporary directory
# and maps its paths back before comparing. Each case runs twice: when the
# outputs differ, the golden is marked "order varies" (the oracle's key
# order is not stable) and is compared as content in any order. Dumps run
# five times; a CASES line "order varies" marks every case of a tree whose
# output holds tables lua_cfg_transform rebuilt (Lua's table order).
set -euo pipefail

ROOT=${ORACLE_ROOT:-/srv/oracle-sid}
TOP=$(cd "$(dirname "$0")/../.." && pwd)
SRC=$TOP/compat-tests/configs
GOLD=$TOP/compat-tests/golden/4.1.5
DEST=/tmp/rspamd-cfgtest

[ -x "$ROOT/usr/bin/rspamadm" ] || { echo "no oracle at $ROOT (make oracle)" >&2; exit 1; }
[ -f "$TOP/conf/rspamd.conf" ] || { echo "conf/ is empty (make upstream)" >&2; exit 1; }

rm -rf "$ROOT$DEST"
mkdir -p "$ROOT$DEST" "$GOLD/configdump" "$GOLD/configtest"
cp -r "$TOP/conf" "$ROOT$DEST/conf"
rm -f "$ROOT$DEST/conf/README.md"

# default cases of each kind
STANDALONE_DUMP=("configdump" "configdump -j" "configdump -C" "configdump -h" "configdump -s"
	"configdump -h -s" "configdump -g" "configdump -d" "configdump --local" "configdump --override"
	"configdump -T" "configdump -T -C")
OVERLAY_DUMP=("configdump" "configdump -C" "configdump -g" "configdump -d" "configdump --local"
	"configdump --override")
TESTS=("configtest" "configtest -q" "configtest -s" "configtest -T")

# run VARIANT OUTFILE CASE...: runs each case twice in the chroot and
# appends its golden record to OUTFILE.
run() {
	local v=$1 out=$2
	shift 2
	local kind vars=() envs=() line
	kind=$(awk '$1=="kind"{print $2}' "$SRC/$v/CASES")
	while read -r key val; do
		case $key in
		var) vars+=("--var=$val") ;;
		env) envs+=("$val") ;;
		esac
	done <"$SRC/$v/CASES"
	local globals=() config=()
	if [ "$kind" = overlay ]; then
		globals=("--var=CONFDIR=$DEST/conf" "--var=LOCAL_CONFDIR=$DEST/$v")
	else
		globals=("--var=CONFDIR=$DEST/$v" "--var=LOCAL_CONFDIR=$DEST/$v/local")
		config=(-c "$DEST/$v/rspamd.conf")
	fi
	for c in "$@"; do
		read -r -a words <<<"$c"
		local cmd=("${words[0]}" "${config[@]}" "${words[@]:1}")
		# the Lua-made parts of a configuration come out in Lua's table
		# order, which changes between runs only now and then
		local n=2
		if [ "${words[0]}" = configdump ]; then
			n=5
		fi
		local runs=()
		for ((i = 1; i <= n; i++)); do
			local o e rc=0
			o=$(mktemp) e=$(mktemp)
			# a configuration upstream loops on must not take the machine down
			(
				ulimit -v 3000000
				exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "${envs[@]}" \
					timeout 60 chroot "$ROOT" rspamadm "${globals[@]}" "${vars[@]}" "${cmd[@]}"
			) >"$o" 2>"$e" || rc=$?
			runs+=("$o" "$e" "$rc")
		done
		local order=fixed
		if grep -qx "order varies" "$SRC/$v/CASES"; then
			order=varies
		fi
		# overlays load every Lua rule and plugin: the regexp rules, the
		# symbols they register and the plugins' state come in Lua's order
		if [ "$kind" = overlay ]; then
			case $c in
			"configdump" | "configdump -C" | "configdump -g" | "configdump -d" | "configdump -m") order=varies ;;
			esac
		fi
		for ((i = 3; i < ${#runs[@]}; i += 3)); do
			if ! cmp -s "${runs[0]}" "${runs[i]}" || ! cmp -s "${runs[1]}" "${runs[i + 1]}"; then
				order=varies
			fi
		done
		{
			printf '=== %s\n' "$c"
			printf -- '--- rc %s\n' "${runs[2]}"
			printf -- '--- order %s\n' "$order"
			printf -- '--- stdout %s\n' "$(stat -c %s "${runs[0]}")"
			cat "${runs[0]}"
			printf -- '--- stderr %s\n' "$(stat -c %s "${runs[1]}")"
			cat "${runs[1]}"
		} >>"$out"
		for ((i = 0; i < ${#runs[@]}; i += 3)); do
			rm -f "${runs[i]}" "${runs[i + 1]}"
		done
	done
}

variants=("$@")
if [ ${#variants[@]} -eq 0 ]; then
	for d in "$SRC"/*/; do
		[ -f "$d/CASES" ] && variants+=("$(basename "$d")")
	done
fi

# the documentation strings of the packaged configuration
chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root rspamadm \
	"--var=CONFDIR=$DEST/conf" "--var=LOCAL_CONFDIR=$DEST/none" confighelp -j >"$GOLD/configdump/docs.json"

for v in "${variants[@]}"; do
	cp -r "$SRC/$v" "$ROOT$DEST/$v"
	rm -f "$ROOT$DEST/$v/CASES"
	kind=$(awk '$1=="kind"{print $2}' "$SRC/$v/CASES")
	extra=()
	while read -r key val; do
		[ "$key" = case ] && extra+=("$val")
	done <"$SRC/$v/CASES"
	dumps=("${STANDALONE_DUMP[@]}")
	[ "$kind" = overlay ] && dumps=("${OVERLAY_DUMP[@]}")
	: >"$GOLD/configdump/$v.golden"
	: >"$GOLD/configtest/$v.golden"
	run "$v" "$GOLD/configdump/$v.golden" "${dumps[@]}" "${extra[@]}"
	run "$v" "$GOLD/configtest/$v.golden" "${TESTS[@]}"
	echo "$v"
done
rm -rf "${ROOT:?}$DEST"
