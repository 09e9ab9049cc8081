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

GOLD=$TOP/compat-tests/golden/4.1.5/checkv2

# list_corpora sets dirs[i] (a corpus directory) and subs[i] (its golden
# subdirectory): the shared corpus (../shared/corpus, or $SHARED_CORPUS) when
# present, and the project corpus.
list_corpora() {
  dirs=() subs=()
  local shared=${SHARED_CORPUS:-$TOP/../shared/corpus}
  if [ -d "$shared" ]; then
    dirs+=("$(cd "$shared" && pwd)") subs+=(shared)
  else
    echo "no shared corpus ($shared): the project corpus only" >&2
  fi
  dirs+=("$TOP/compat-tests/corpus") subs+=(project)
}

# compare LABEL FLAG URL DIR SUB: compare a live source with golden/SUB for
# the corpus DIR; sets rc=1 when they differ.
compare() {
  local t0; t0=$(date +%s.%N)
  echo "== $1 vs golden/$5 ($4)"
  "$BIN/rspamd-diff" -golden "$GOLD/$5" "$2" "$3" "$4" || rc=1
  awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "(%.1fs)\n", b-a}'
}
