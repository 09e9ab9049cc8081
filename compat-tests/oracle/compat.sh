#!/bin/bash
# compat.sh -- the live differential comparison: the oracle (and our rspamd
# when OURS_URL is set, e.g. http://127.0.0.1:21333) against the goldens
# that goldens.sh takes, with the same DNS set-up (nxdomain, then the zone
# corpus with its zones). The oracle is started when it is not running, and
# stopped (or put back in nxdomain mode) at the end. Run through `make compat`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_oracle
list_corpora

rc=0
run_all() {
  local i
  for i in "${!dirs[@]}"; do
    compare oracle -oracle "$ORACLE_URL" "${dirs[$i]}" "${golds[$i]}"
    if [ -n "${OURS_URL:-}" ]; then compare ours -ours "$OURS_URL" "${dirs[$i]}" "${golds[$i]}"; fi
  done
}
run_all
zones=("$ZONE_CORPUS"/*.zone)
oracle_restart zone "${zones[@]}"
dirs=("$ZONE_CORPUS") golds=("$GOLD_ZONE")
run_all
exit $rc
