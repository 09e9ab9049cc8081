#!/bin/bash
# compat.sh -- the live differential comparison: the oracle (and our rspamd
# when OURS_URL is set, e.g. http://127.0.0.1:21333) against the goldens of
# compat-tests/golden/4.1.5/checkv2, corpus by corpus. The oracle is started
# (and stopped again) when it is not running. Run through `make compat`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
GOLD=$TOP/compat-tests/golden/4.1.5/checkv2
ensure_oracle

rc=0
compare() { # label flag url corpus-dir golden-subdir
  local t0; t0=$(date +%s.%N)
  echo "== $1 vs golden/$5 ($4)"
  "$BIN/rspamd-diff" -golden "$GOLD/$5" "$2" "$3" "$4" || rc=1
  awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "(%.1fs)\n", b-a}'
}
dirs=() subs=()
if shared=$(shared_corpus); then
  dirs+=("$shared") subs+=(shared)
else
  echo "no shared corpus (../shared/corpus): comparing the project corpus only" >&2
fi
dirs+=("$TOP/compat-tests/corpus") subs+=(project)
for i in "${!dirs[@]}"; do
  compare oracle -oracle "$ORACLE_URL" "${dirs[$i]}" "${subs[$i]}"
  if [ -n "${OURS_URL:-}" ]; then compare ours -ours "$OURS_URL" "${dirs[$i]}" "${subs[$i]}"; fi
done
exit $rc
