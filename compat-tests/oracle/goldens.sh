#!/bin/bash
# goldens.sh -- regenerate compat-tests/golden/4.1.5/checkv2 from the oracle:
# the raw /checkv2 reply of every message of the shared corpus (../shared/corpus,
# or $SHARED_CORPUS) into shared/, and of compat-tests/corpus into project/.
# The oracle runs with nxdomain DNS and without Redis; it is started (and
# stopped again) when it is not running. Run through `make goldens`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
GOLD=$TOP/compat-tests/golden/4.1.5/checkv2
ensure_oracle

record() { # corpus-dir golden-subdir
  rm -rf "${GOLD:?}/$2"
  local t0; t0=$(date +%s.%N)
  "$BIN/rspamd-diff" -oracle "$ORACLE_URL" -record "$GOLD/$2" "$1"
  awk -v a="$t0" -v b="$(date +%s.%N)" -v d="$2" 'BEGIN{printf "%s: %.1fs\n", d, b-a}'
}
if shared=$(shared_corpus); then
  record "$shared" shared
else
  echo "no shared corpus (../shared/corpus): keeping the shared goldens as they are" >&2
fi
record "$TOP/compat-tests/corpus" project

{
  echo "# The oracle these goldens were taken from (written by goldens.sh)."
  $SUDO chroot "$ROOT" rspamd --version 2>/dev/null | head -1
  $SUDO chroot "$ROOT" dpkg-query -W -f='Debian package: ${Package} ${Version}\n' rspamd
  echo "DNS: fakedns, NXDOMAIN for every name"
  echo "Redis: none"
} > "$GOLD/ORACLE.txt"
