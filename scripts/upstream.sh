#!/bin/bash
# upstream.sh -- fill lualib/ plugins/ rules/ conf/ www/ languages/ from the
# Debian rspamd package (suite sid) and fetch the public-suffix list the
# packaged config points at (url_tld), using apt's own tools with a private
# sources list and state directory (scripts/debapt.sh).
#
# Env: UPSTREAM_VERSION (default 4.1.5), UPSTREAM_SUITE (sid),
#      UPSTREAM_MIRROR (default: the host's Debian mirror from apt).
# Idempotent: a stamp (.cache/upstream/stamp) records the extracted versions;
# when it matches and every folder is present, nothing is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
TOP=$PWD
VERSION=${UPSTREAM_VERSION:-4.1.5}
SUITE=${UPSTREAM_SUITE:-sid}
CACHE=$TOP/.cache/upstream
STAMP=$CACHE/stamp
TREES="lualib plugins rules www languages"

have_trees() {
  for d in $TREES conf; do [ -n "$(ls -A "$d" 2>/dev/null | grep -v '^README.md$')" ] || return 1; done
  [ -s "$CACHE/public_suffix_list.dat" ]
}
if [ -f "$STAMP" ] && grep -q "^rspamd $VERSION-" "$STAMP" && have_trees; then
  echo "upstream: rspamd $(awk '$1=="rspamd"{print $2}' "$STAMP") already extracted"
  exit 0
fi

APT=$CACHE/apt
. scripts/debapt.sh
debapt_init "$APT" deb "$SUITE" "${UPSTREAM_MIRROR:-}"
mkdir -p "$CACHE/debs"
echo "upstream: apt-get update ($MIRROR $SUITE, private state in $APT)"
apt-get "${APTOPTS[@]}" -qq update

pick() { # package -> newest candidate version matching $2 (a prefix)
  apt-cache "${APTOPTS[@]}" madison "$1" | awk -v p="$2" '$3 ~ "^"p {print $3; exit}'
}
RV=$(pick rspamd "$VERSION-")
[ -n "$RV" ] || { echo "upstream: rspamd $VERSION not in $SUITE at $MIRROR; available: $(apt-cache "${APTOPTS[@]}" madison rspamd | awk '{print $3}' | tr '\n' ' ')" >&2; exit 1; }
PV=$(pick publicsuffix "")
(cd "$CACHE/debs" && apt-get "${APTOPTS[@]}" -qq download "rspamd=$RV" "publicsuffix=$PV")

X=$CACHE/x
rm -rf "$X"; mkdir -p "$X"
dpkg-deb -x "$CACHE/debs/rspamd_${RV//:/%3a}_"*.deb "$X"
dpkg-deb -x "$CACHE/debs/publicsuffix_${PV//:/%3a}_"*.deb "$X"
got=$(dpkg-deb -f "$CACHE/debs/rspamd_${RV//:/%3a}_"*.deb Version)
[ "$got" = "$RV" ] || { echo "upstream: package says $got, expected $RV" >&2; exit 1; }

copy_tree() { # src dst: replace dst's contents but keep its README.md
  find "$2" -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +
  # our committed README.md wins over one the package ships (www/ has one)
  [ ! -f "$2/README.md" ] || rm -f "$1/README.md"
  cp -a "$1/." "$2/"
}
for d in $TREES; do mkdir -p "$d"; copy_tree "$X/usr/share/rspamd/$d" "$d"; done
mkdir -p conf; copy_tree "$X/etc/rspamd" conf
# The packaged options.inc names the system list; keep our own copy beside it.
PSL=$(find "$X/usr/share/publicsuffix" -name 'public_suffix_list.dat' | head -1)
cp "$PSL" "$CACHE/public_suffix_list.dat"
rm -rf "$X"
printf 'rspamd %s\npublicsuffix %s\nsuite %s\nmirror %s\n' "$RV" "$PV" "$SUITE" "$MIRROR" > "$STAMP"
echo "upstream: extracted rspamd $RV and publicsuffix $PV"
