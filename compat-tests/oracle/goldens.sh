#!/bin/bash
# goldens.sh -- regenerate compat-tests/golden/4.1.5/checkv2 from the oracle:
# the raw /checkv2 reply of every message of the shared corpus into shared/,
# and of compat-tests/corpus into project/. The oracle runs with nxdomain DNS
# and without Redis; it is started (and stopped again) when it is not
# running. Then the oracle is compared with the new goldens CHECKS times
# (default 2): a message whose reply is not the same every time makes this
# fail. Run through `make goldens`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_oracle
list_corpora

for i in "${!dirs[@]}"; do
  rm -rf "${GOLD:?}/${subs[$i]}"
  t0=$(date +%s.%N)
  "$BIN/rspamd-diff" -oracle "$ORACLE_URL" -record "$GOLD/${subs[$i]}" "${dirs[$i]}"
  awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "(%.1fs)\n", b-a}'
done
{
  echo "# The oracle these goldens were taken from (written by goldens.sh)."
  $SUDO chroot "$ROOT" rspamd --version 2>/dev/null | head -1
  $SUDO chroot "$ROOT" dpkg-query -W -f='Debian package: ${Package} ${Version}\n' rspamd
  echo "DNS: fakedns, NXDOMAIN for every name"
  echo "Redis: none"
} > "$GOLD/ORACLE.txt"

rc=0
for n in $(seq "${CHECKS:-2}"); do
  echo "-- determinism check $n"
  for i in "${!dirs[@]}"; do compare oracle -oracle "$ORACLE_URL" "${dirs[$i]}" "${subs[$i]}"; done
done
[ $rc = 0 ] || echo "the oracle's replies are not deterministic: fix the messages or the harness before committing" >&2
exit $rc
