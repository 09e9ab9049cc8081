# Sourced by goldens.sh and compat.sh: start the oracle when it is not
# running (nxdomain DNS, no Redis) and stop it again on exit; refuse an
# oracle whose DNS or Redis state would make replies differ from goldens.
ROOT=${ORACLE_ROOT:-/srv/oracle-sid}
STATE=$ROOT/.oracle-state
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
BIN=${COMPAT_BIN:-$TOP/.cache/compat}
ORACLE_URL=${ORACLE_URL:-http://127.0.0.1:11333}

oracle_up() { curl -s -m 2 "$ORACLE_URL/ping" 2>/dev/null | grep -q pong; }

# ensure_oracle: start it if needed (remembering to stop it), then check
# that it is in the golden configuration.
ensure_oracle() {
  if ! oracle_up; then
    $SUDO env ORACLE_DNS=nxdomain ORACLE_REDIS=0 ORACLE_ROOT="$ROOT" ORACLE_FAKEDNS="$BIN/fakedns" "$HERE/start.sh"
    trap '$SUDO env ORACLE_ROOT="$ROOT" "$HERE/stop.sh"' EXIT
  fi
  if [ "$(cat "$STATE/dns-mode" 2>/dev/null)" != nxdomain ]; then
    echo "the oracle's DNS is not in nxdomain mode ($(cat "$STATE/dns-mode" 2>/dev/null)); run compat-tests/oracle/zones.sh with no files" >&2
    exit 2
  fi
  if [ -s "$STATE/redis.pid" ]; then
    echo "the oracle runs with Redis; goldens are taken without (make oracle-stop && make oracle-start)" >&2
    exit 2
  fi
}

# shared_corpus prints the shared corpus directory, or nothing when absent.
shared_corpus() {
  local d=${SHARED_CORPUS:-$TOP/../shared/corpus}
  [ -d "$d" ] && (cd "$d" && pwd)
}
