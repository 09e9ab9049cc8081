#!/bin/bash
# Start the oracle: the packaged rspamd 4.1.5 of the Debian sid chroot made by
# setup.sh, on loopback only, with the loopback DNS responder fakedns.
#   ORACLE_ROOT     chroot (default /srv/oracle-sid)
#   ORACLE_DNS      nxdomain (default): fakedns answers NXDOMAIN to everything;
#                   zone: fakedns answers from the files in ORACLE_ZONES (space-
#                   separated zone files), NXDOMAIN otherwise. zones.sh changes
#                   the zone data of a running oracle.
#   ORACLE_REDIS=1  also run redis-server on 127.0.0.1:6379 and point rspamd's
#                   global redis at it (default 0: no redis, stateless oracle)
#   ORACLE_WORKERS  normal worker count (default: the package's)
#   ORACLE_FAKEDNS  fakedns binary (default: built into .cache/compat/)
# Listeners: normal 127.0.0.1:11333, controller 127.0.0.1:11334,
# proxy 127.0.0.1:11332, fakedns 127.0.0.1:5353 (udp+tcp).
# Everything started is recorded in $ORACLE_ROOT/.oracle-state; stop.sh stops
# exactly that.
set -euo pipefail

ROOT=${ORACLE_ROOT:-/srv/oracle-sid}
STATE=$ROOT/.oracle-state
REDIS=${ORACLE_REDIS:-0}
WORKERS=${ORACLE_WORKERS:-}
DNSMODE=${ORACLE_DNS:-nxdomain}
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
FAKEDNS=${ORACLE_FAKEDNS:-$TOP/.cache/compat/fakedns}

[ "$(id -u)" = 0 ] || { echo "must run as root" >&2; exit 1; }
[ -x "$ROOT/usr/bin/rspamd" ] || { echo "no rspamd in $ROOT; run make oracle" >&2; exit 1; }
alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

if alive "$STATE/rspamd.pid"; then
  echo "oracle already running (pid $(cat "$STATE/rspamd.pid"), dns $(cat "$STATE/dns-mode"))"; exit 0
fi
mkdir -p "$STATE"

# DNS: fakedns serves $STATE/zones/*.zone (empty: NXDOMAIN for everything).
case "$DNSMODE" in
  nxdomain) "$HERE/zones.sh" --prepare ;;
  zone) [ -n "${ORACLE_ZONES:-}" ] || { echo "ORACLE_DNS=zone needs ORACLE_ZONES" >&2; exit 1; }
        # shellcheck disable=SC2086
        "$HERE/zones.sh" --prepare $ORACLE_ZONES ;;
  *) echo "ORACLE_DNS must be nxdomain or zone" >&2; exit 1 ;;
esac
if [ -z "${ORACLE_FAKEDNS:-}" ]; then
  (cd "$TOP" && go build -o "$FAKEDNS" ./compat-tests/cmd/fakedns)
fi
if ! alive "$STATE/dns.pid"; then
  setsid "$FAKEDNS" -listen 127.0.0.1:5353 "$STATE/zones" </dev/null >"$STATE/dns.log" 2>&1 &
  echo $! > "$STATE/dns.pid"
  for _ in $(seq 50); do grep -q serving "$STATE/dns.log" && break; alive "$STATE/dns.pid" || break; sleep 0.1; done
  grep -q serving "$STATE/dns.log" || { cat "$STATE/dns.log" >&2; echo "fakedns did not start" >&2; exit 1; }
fi

# Mounts needed inside the chroot; recorded so that stop.sh unmounts only these.
if ! mountpoint -q "$ROOT/proc"; then
  mount -t proc proc "$ROOT/proc"; echo "$ROOT/proc" >> "$STATE/mounts"
fi
if ! mountpoint -q "$ROOT/dev/shm"; then
  mkdir -p "$ROOT/dev/shm"
  mount -t tmpfs -o mode=1777,size=512m tmpfs "$ROOT/dev/shm"; echo "$ROOT/dev/shm" >> "$STATE/mounts"
fi

# Loopback-only name resolution for the chroot's own tools.
printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' > "$ROOT/etc/resolv.conf"
printf '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n' > "$ROOT/etc/hosts"

# Config overrides (override.d replaces the keys it names). Our own rspamd
# must run with the same ones when compared (compat-tests/README.md).
OD=$ROOT/etc/rspamd/override.d
LD=$ROOT/etc/rspamd/local.d
cat > "$OD/worker-normal.inc" <<EOF
# oracle: loopback only
bind_socket = "127.0.0.1:11333";
${WORKERS:+count = $WORKERS;}
EOF
cat > "$OD/worker-controller.inc" <<'EOF'
# oracle: loopback only, password-less from localhost
bind_socket = "127.0.0.1:11334";
secure_ip = ["127.0.0.1", "::1"];
EOF
cat > "$OD/worker-proxy.inc" <<'EOF'
# oracle: loopback only
bind_socket = "127.0.0.1:11332";
upstream "local" {
  default = yes;
  hosts = "127.0.0.1:11333";
}
EOF
cat > "$OD/options.inc" <<'EOF'
# oracle: every DNS query goes to fakedns on loopback
dns {
  nameserver = ["127.0.0.1:5353"];
  timeout = 2s;
  retransmits = 2;
  sockets = 16;
}
EOF
cat > "$OD/spf.conf" <<'EOF'
# oracle: no SPF record cache. A record taken from the cache marks the
# R_SPF_* option with ":c", which would make replies depend on scan order.
spf_cache_size = 0;
EOF
if [ "$REDIS" = 1 ]; then
  echo 'servers = "127.0.0.1:6379";' > "$LD/redis.conf"
else
  rm -f "$LD/redis.conf"
fi

mkdir -p "$ROOT/run/rspamd"
chroot "$ROOT" chown _rspamd:_rspamd /run/rspamd /var/lib/rspamd /var/log/rspamd

if [ "$REDIS" = 1 ] && ! alive "$STATE/redis.pid"; then
  chroot "$ROOT" install -d -o redis -g redis /var/lib/redis /var/log/redis
  RUID=$(chroot "$ROOT" id -u redis); RGID=$(chroot "$ROOT" id -g redis)
  setsid chroot --userspec="$RUID:$RGID" "$ROOT" /usr/bin/redis-server \
      --bind 127.0.0.1 --port 6379 --protected-mode yes --daemonize no \
      --save '' --appendonly no --dir /var/lib/redis \
      --logfile /var/log/redis/redis-server.log </dev/null >/dev/null 2>&1 &
  echo $! > "$STATE/redis.pid"
  for _ in $(seq 50); do
    chroot "$ROOT" redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG && break
    sleep 0.2
  done
fi

# rspamd's master in the foreground (-f) under setsid, so that $! is its pid.
: > "$ROOT/var/log/rspamd/rspamd.log"
chroot "$ROOT" chown _rspamd:_rspamd /var/log/rspamd/rspamd.log
setsid chroot "$ROOT" /usr/bin/rspamd -f -c /etc/rspamd/rspamd.conf -u _rspamd -g _rspamd \
  </dev/null >"$STATE/rspamd.stdout" 2>&1 &
echo $! > "$STATE/rspamd.pid"

# Up means: both workers answer, and the normal worker has its Hyperscan
# databases (until then it scans with the PCRE fallback). The first start
# compiles them (about 30 s); later starts load them from /var/lib/rspamd.
LOG=$ROOT/var/log/rspamd/rspamd.log
hs_ready() {
  grep '(normal)' "$LOG" | grep -q 'full hyperscan database' &&
    grep '(normal)' "$LOG" | grep -q 'loaded hyperscan database from cache backend'
}
t0=$(date +%s.%N)
for _ in $(seq 1500); do
  if curl -s -m 1 http://127.0.0.1:11333/ping 2>/dev/null | grep -q pong &&
     curl -s -m 1 http://127.0.0.1:11334/ping 2>/dev/null | grep -q pong && hs_ready; then
    echo "rspamd oracle up (master pid $(cat "$STATE/rspamd.pid"), dns $(cat "$STATE/dns-mode"), redis $REDIS)" \
      "after $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')s"
    exit 0
  fi
  alive "$STATE/rspamd.pid" || break
  sleep 0.2
done
echo "rspamd did not come up; see $STATE/rspamd.stdout and $ROOT/var/log/rspamd/rspamd.log" >&2
tail -20 "$STATE/rspamd.stdout" "$ROOT/var/log/rspamd/rspamd.log" >&2 || true
exit 1
