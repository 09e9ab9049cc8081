#!/bin/bash
# compat.sh -- the live differential comparison: the oracle (and our rspamd
# when OURS_URL is set, e.g. http://127.0.0.1:21333) against the goldens of
# compat-tests/golden/4.1.5/checkv2, corpus by corpus. The oracle is started
# (and stopped again) when it is not running. Run through `make compat`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_oracle
list_corpora

rc=0
for i in "${!dirs[@]}"; do
  compare oracle -oracle "$ORACLE_URL" "${dirs[$i]}" "${subs[$i]}"
  if [ -n "${OURS_URL:-}" ]; then compare ours -ours "$OURS_URL" "${dirs[$i]}" "${subs[$i]}"; fi
done
exit $rc
