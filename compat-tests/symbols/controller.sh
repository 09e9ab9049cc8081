#!/bin/bash
# controller.sh: record the oracle controller's /symbols and /counters
# replies for each variant of compat-tests/configs-lua into
# compat-tests/golden/4.1.5/symbols/<variant>/{symbols,counters}.json.
# It runs a private rspamd 4.1.5 in the oracle chroot for each variant:
# its own LOCAL_CONFDIR, run, log and db directories, listeners on
# 127.0.0.1:2133x (so a running oracle is not disturbed), and stops it.
# Needs root.
#   ORACLE_ROOT   chroot (default /srv/oracle-sid)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=variants.sh
. "$HERE/variants.sh"
W=/tmp/symctl
[ "$(id -u)" = 0 ] || { echo "must run as root" >&2; exit 1; }
[ -x "$ROOT/usr/bin/rspamd" ] || { echo "no oracle in $ROOT" >&2; exit 1; }
PID=
MOUNTS=()
# stop the running rspamd and wait until its workers are gone too
stop() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    for _ in $(seq 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
  fi
  PID=
  for _ in $(seq 100); do curl -s -m 1 http://127.0.0.1:21334/ping >/dev/null 2>&1 || break; sleep 0.2; done
}
cleanup() {
  stop
  stop_redis
  for m in "${MOUNTS[@]}"; do umount "$m" || true; done
  rm -rf "${ROOT:?}$W"
}
trap cleanup EXIT
# the mounts rspamd needs in the chroot, when no running oracle made them
if ! mountpoint -q "$ROOT/proc"; then mount -t proc proc "$ROOT/proc"; MOUNTS+=("$ROOT/proc"); fi
if ! mountpoint -q "$ROOT/dev/shm"; then
  mkdir -p "$ROOT/dev/shm"; mount -t tmpfs -o mode=1777,size=512m tmpfs "$ROOT/dev/shm"; MOUNTS+=("$ROOT/dev/shm")
fi

for v in "${VARIANTS[@]}"; do
  d=$ROOT$W/$v
  rm -rf "$d"
  assemble "$v" "$d"
  start_redis "$v" "$d"
  mkdir -p "$d/run" "$d/log"
  # private listeners (nothing else in the configuration changes)
  echo 'bind_socket = "127.0.0.1:21333";' > "$d/override.d/worker-normal.inc"
  printf 'bind_socket = "127.0.0.1:21334";\nsecure_ip = ["127.0.0.1", "::1"];\n' > "$d/override.d/worker-controller.inc"
  printf 'bind_socket = "127.0.0.1:21332";\nupstream "local" {\n  default = yes;\n  hosts = "127.0.0.1:21333";\n}\n' > "$d/override.d/worker-proxy.inc"
  chroot "$ROOT" chown -R _rspamd:_rspamd "$W/$v/db" "$W/$v/run" "$W/$v/log"
  setsid chroot "$ROOT" /usr/bin/rspamd -f -c /etc/rspamd/rspamd.conf -u _rspamd -g _rspamd \
    --var="LOCAL_CONFDIR=$W/$v" --var="DBDIR=$W/$v/db" --var="RUNDIR=$W/$v/run" --var="LOGDIR=$W/$v/log" \
    </dev/null >"$d/stdout" 2>&1 &
  PID=$!
  up=0
  for _ in $(seq 300); do
    if curl -s -m 1 http://127.0.0.1:21334/ping 2>/dev/null | grep -q pong; then up=1; break; fi
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.2
  done
  [ "$up" = 1 ] || { cat "$d/stdout" >&2; echo "rspamd did not come up for $v" >&2; exit 1; }
  mkdir -p "$GOLD/$v"
  curl -s -m 10 http://127.0.0.1:21334/symbols | norm_json --sort-lists > "$GOLD/$v/symbols.json"
  curl -s -m 10 http://127.0.0.1:21334/counters | norm_json --sort-lists > "$GOLD/$v/counters.json"
  stop
  stop_redis
  echo "$v: $(grep -c '"symbol"' "$GOLD/$v/symbols.json") symbols, $(grep -c '"symbol"' "$GOLD/$v/counters.json") counters"
done
