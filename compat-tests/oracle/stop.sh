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

if [ -s "$STATE/mounts" ]; then
  sleep 0.5
  tac "$STATE/mounts" | while read -r m; do
    mountpoint -q "$m" && umount "$m" && echo "unmounted $m"
  done
  rm -f "$STATE/mounts"
fi
