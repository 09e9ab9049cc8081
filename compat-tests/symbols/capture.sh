#!/bin/bash
# capture.sh: record the oracle's modules, symbols, groups and configtest
# results on the packaged configuration for each variant of
# compat-tests/configs-lua (README there), into
# compat-tests/golden/4.1.5/symbols/<variant>/:
#   modules.txt          rspamadm configdump -m
#   details.json         rspamadm configdump -d -j
#   groups.json          rspamadm configdump -g -j
#   configtest.{stdout,stderr,rc}
#   symcache.init.json   the symbol cache after initialisation (dump.lua,
#   symcache.validated.json    read from upstream's structures), and again
#                        after validation
# and config.lua.out and load.lua.out, what config.lua and load.lua (on
# the base variant) print under rspamadm lua.
# Needs root and the oracle chroot (make oracle); the daemon is not used
# (see controller.sh for the controller's /symbols and /counters).
#   ORACLE_ROOT   chroot (default /srv/oracle-sid)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=variants.sh
. "$HERE/variants.sh"
W=/tmp/symcfg
[ "$(id -u)" = 0 ] || { echo "must run as root" >&2; exit 1; }
[ -x "$ROOT/usr/bin/rspamadm" ] || { echo "no oracle in $ROOT" >&2; exit 1; }

rm -rf "${ROOT:?}$W"
mkdir -p "$ROOT$W/lualib"
# the Lua library with plugins_stats replaced by the dump script
for f in "$ROOT"/usr/share/rspamd/lualib/*; do
  n=$(basename "$f")
  [ "$n" = plugins_stats.lua ] || ln -s "/usr/share/rspamd/lualib/$n" "$ROOT$W/lualib/$n"
done
cp "$HERE/dump.lua" "$ROOT$W/lualib/plugins_stats.lua"

trap stop_redis EXIT

for v in "${VARIANTS[@]}"; do
  assemble "$v" "$ROOT$W/$v"
  start_redis "$v" "$ROOT$W/$v"
  out=$GOLD/$v
  mkdir -p "$out"
  vars=(--var="LOCAL_CONFDIR=$W/$v" --var="DBDIR=$W/$v/db")
  run() { chroot "$ROOT" env -i PATH=/usr/bin:/bin HOME=/root "$@"; }
  run rspamadm "${vars[@]}" configdump -d -j | norm_json > "$out/details.json"
  run rspamadm "${vars[@]}" configdump -g -j | norm_json > "$out/groups.json"
  set +e
  run rspamadm "${vars[@]}" configtest > "$out/configtest.stdout" 2> "$out/configtest.stderr"
  echo $? > "$out/configtest.rc"
  set -e
  run SYMDUMP_OUT="$W/$v/symcache" SYMDUMP_STATS=/usr/share/rspamd/lualib/plugins_stats.lua \
    rspamadm "${vars[@]}" --var="LUALIBDIR=$W/lualib" configdump -m | norm_modules > "$out/modules.txt"
  for s in init validated; do
    norm_json < "$ROOT$W/$v/symcache.$s.json" > "$out/symcache.$s.json"
  done
  stop_redis
  echo "$v: $(grep -c '"name"' "$out/symcache.init.json") cache items, $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['symbols']))" "$out/details.json") metric symbols"
done

# the rspamd{config} methods on rspamadm lua's bare configuration
cp "$HERE/config.lua" "$ROOT$W/config.lua"
set +e
chroot "$ROOT" env -i PATH=/usr/bin:/bin HOME=/root sh -c "cd $W && rspamadm lua config.lua" > "$GOLD/config.lua.out" 2>&1
echo "rc=$?" >> "$GOLD/config.lua.out"
# the names made up for unnamed symbols hold addresses
sed -i -E 's/AUTO_0x[0-9a-f]+_0x[0-9a-f]+/AUTO_0x0_0x0/g' "$GOLD/config.lua.out"
set -e
echo "config.lua: $(wc -l < "$GOLD/config.lua.out") lines"
cp "$HERE/load.lua" "$ROOT$W/load.lua"
set +e
chroot "$ROOT" env -i PATH=/usr/bin:/bin HOME=/root sh -c \
  "cd $W && rspamadm --var=LOCAL_CONFDIR=$W/base --var=DBDIR=$W/base/db lua load.lua" > "$GOLD/load.lua.out" 2>&1
echo "rc=$?" >> "$GOLD/load.lua.out"
set -e
rm -rf "${ROOT:?}$W"
