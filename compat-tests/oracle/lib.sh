# Sourced by goldens.sh and compat.sh. ensure_oracle starts the oracle when
# it is not running (nxdomain DNS, no Redis), and on exit stops it again, or
# brings it back to nxdomain mode if a zone phase (oracle_restart zone ...)
# changed it.
ROOT=${ORACLE_ROOT:-/srv/oracle-sid}
STATE=$ROOT/.oracle-state
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
BIN=${COMPAT_BIN:-$TOP/.cache/compat}
ORACLE_URL=${ORACLE_URL:-http://127.0.0.1:11333}
GOLD=$TOP/compat-tests/golden/4.1.5/checkv2
GOLD_ZONE=$TOP/compat-tests/golden/4.1.5/checkv2-zone
ZONE_CORPUS=$TOP/compat-tests/corpus/zone
STARTED=0

oracle_up() { curl -s -m 2 "$ORACLE_URL/ping" 2>/dev/null | grep -q pong; }

# oracle_restart MODE [ZONE-FILE...]: restart the oracle with nxdomain DNS or
# with the given zones. rspamd caches SPF records and DKIM keys for a day, so
# new zone data needs a fresh rspamd, not only a reloaded fakedns.
oracle_restart() {
  local mode=$1; shift
  $SUDO env ORACLE_ROOT="$ROOT" "$HERE/stop.sh" >/dev/null
  $SUDO env ORACLE_DNS="$mode" ORACLE_ZONES="$*" ORACLE_REDIS=0 ORACLE_ROOT="$ROOT" \
    ORACLE_FAKEDNS="$BIN/fakedns" "$HERE/start.sh"
}

finish_oracle() {
  if [ "$STARTED" = 1 ]; then
    $SUDO env ORACLE_ROOT="$ROOT" "$HERE/stop.sh"
  elif [ "$(cat "$STATE/dns-mode" 2>/dev/null)" != nxdomain ]; then
    oracle_restart nxdomain
  fi
}

# ensure_oracle: start the oracle if needed, then check that it is in the
# goldens' configuration.
ensure_oracle() {
  if ! oracle_up; then
    $SUDO env ORACLE_DNS=nxdomain ORACLE_REDIS=0 ORACLE_ROOT="$ROOT" ORACLE_FAKEDNS="$BIN/fakedns" "$HERE/start.sh"
    STARTED=1
  fi
  trap finish_oracle EXIT
  if [ "$(cat "$STATE/dns-mode" 2>/dev/null)" != nxdomain ]; then
    echo "the oracle's DNS is not in nxdomain mode ($(cat "$STATE/dns-mode" 2>/dev/null)): make oracle-stop first" >&2
    STARTED=0; trap - EXIT; exit 2
  fi
  if [ -s "$STATE/redis.pid" ]; then
    echo "the oracle runs with Redis; goldens are taken without: make oracle-stop first" >&2
    STARTED=0; trap - EXIT; exit 2
  fi
}

# list_corpora sets dirs[i] (a corpus directory) and golds[i] (its golden
# directory): the shared corpus (../shared/corpus, or $SHARED_CORPUS) when
# present, and the project corpus, both with nxdomain DNS.
list_corpora() {
  dirs=() golds=()
  local shared=${SHARED_CORPUS:-$TOP/../shared/corpus}
  if [ -d "$shared" ]; then
    dirs+=("$(cd "$shared" && pwd)") golds+=("$GOLD/shared")
  else
    echo "no shared corpus ($shared): the project corpus only" >&2
  fi
  dirs+=("$TOP/compat-tests/corpus") golds+=("$GOLD/project")
}

# compare LABEL FLAG URL DIR GOLDEN: compare a live source with the goldens
# for the corpus DIR; sets rc=1 when they differ.
compare() {
  local t0; t0=$(date +%s.%N)
  echo "== $1 vs ${5#"$TOP"/} ($4)"
  "$BIN/rspamd-diff" -golden "$5" "$2" "$3" "$4" || rc=1
  awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "(%.1fs)\n", b-a}'
}
