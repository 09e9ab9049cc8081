#!/bin/bash
# goldens.sh -- regenerate the /checkv2 goldens from the oracle (raw replies,
# one NAME.json per message), the oracle running without Redis:
#   golden/4.1.5/checkv2/shared   the shared corpus (../shared/corpus), nxdomain DNS
#   golden/4.1.5/checkv2/project  compat-tests/corpus (all of it), nxdomain DNS
#   golden/4.1.5/checkv2-zone     compat-tests/corpus/zone, DNS from its *.zone files
# After recording, the oracle is compared with the new goldens CHECKS times
# (default 2): a reply that is not the same every time makes this fail.
# The oracle is started when it is not running, and stopped (or put back in
# nxdomain mode) at the end. Run through `make goldens`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_oracle
list_corpora

record() { # corpus-dir golden-dir
  rm -rf "${2:?}"
  local t0; t0=$(date +%s.%N)
  "$BIN/rspamd-diff" -oracle "$ORACLE_URL" -record "$2" "$1"
  awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "(%.1fs)\n", b-a}'
}
oracle_txt() { # golden-dir dns-description
  {
    echo "# The oracle these goldens were taken from (written by goldens.sh)."
    $SUDO chroot "$ROOT" rspamd --version 2>/dev/null | head -1
    $SUDO chroot "$ROOT" dpkg-query -W -f='Debian package: ${Package} ${Version}\n' rspamd
    echo "DNS: $2"
    echo "Redis: none"
  } > "$1/ORACLE.txt"
}
checks() { # label dir golden...
  local n i
  for n in $(seq "${CHECKS:-2}"); do
    echo "-- determinism check $n"
    for i in "${!dirs[@]}"; do compare oracle -oracle "$ORACLE_URL" "${dirs[$i]}" "${golds[$i]}"; done
  done
}

rc=0
for i in "${!dirs[@]}"; do record "${dirs[$i]}" "${golds[$i]}"; done
oracle_txt "$GOLD" "fakedns, NXDOMAIN for every name"
checks

zones=("$ZONE_CORPUS"/*.zone)
oracle_restart zone "${zones[@]}"
dirs=("$ZONE_CORPUS") golds=("$GOLD_ZONE")
record "$ZONE_CORPUS" "$GOLD_ZONE"
oracle_txt "$GOLD_ZONE" "fakedns, answers from compat-tests/corpus/zone/*.zone, NXDOMAIN otherwise"
checks

[ $rc = 0 ] || echo "the oracle's replies are not deterministic: fix the messages or the harness before committing" >&2
exit $rc
