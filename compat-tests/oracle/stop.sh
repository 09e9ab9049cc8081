#!/bin/bash
# Stop the oracle started by start.sh: signals only the pids start.sh
# recorded, then unmounts only the mounts it recorded.
set -uo pipefail
ROOT=${ORACLE_ROOT:-/srv/oracle-sid}
STATE=$ROOT/.oracle-state

stop_pid() { # name pidfile
  local name=$1 f=$2 pid
  [ -s "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then echo "$name ($pid) still alive, sending KILL"; kill -KILL "$pid"; fi
    echo "stopped $name (pid $pid)"
  fi
  rm -f "$f"
}

# The rspamd master stops its workers itself before it exits.
stop_pid rspamd "$STATE/rspamd.pid"
stop_pid redis "$STATE/redis.pid"
stop_pid fakedns "$STATE/dns.pid"

# A mount that stays busy (someone else's chroot command is using it) is
# left in place and kept on the list, for the next stop to retry.
if [ -s "$STATE/mounts" ]; then
  left=()
  while read -r m; do
    for _ in $(seq 20); do
      mountpoint -q "$m" || break
      umount "$m" 2>/dev/null && { echo "unmounted $m"; break; }
      sleep 0.25
    done
    if mountpoint -q "$m"; then echo "left mounted (busy): $m"; left+=("$m"); fi
  done < <(tac "$STATE/mounts")
  if [ ${#left[@]} = 0 ]; then rm -f "$STATE/mounts"; else printf '%s\n' "${left[@]}" | tac > "$STATE/mounts"; fi
fi
