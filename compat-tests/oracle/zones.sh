#!/bin/bash
# zones.sh [ZONE-FILE...] -- set the zone data the oracle's DNS responder
# (fakedns, started by start.sh) answers from, and make it reload. With no
# files it answers NXDOMAIN to everything again (nxdomain mode).
# Zone files are RFC 1035 master files; see compat-tests/README.md.
# With --prepare first, only the files are put in place (start.sh uses this
# before fakedns runs).
set -euo pipefail
ROOT=${ORACLE_ROOT:-/srv/oracle-sid}
STATE=$ROOT/.oracle-state
PREPARE=0
if [ "${1:-}" = --prepare ]; then PREPARE=1; shift; fi

for f in "$@"; do [ -f "$f" ] || { echo "zones.sh: no zone file $f" >&2; exit 1; }; done
mkdir -p "$STATE/zones"
rm -f "$STATE/zones/"*.zone
i=0
for f in "$@"; do
  i=$((i + 1))
  cp "$f" "$STATE/zones/$(printf %02d "$i")-$(basename "${f%.zone}").zone"
done
if [ $# = 0 ]; then echo nxdomain > "$STATE/dns-mode"; else echo "zone $*" > "$STATE/dns-mode"; fi
[ "$PREPARE" = 1 ] && exit 0

pid=$(cat "$STATE/dns.pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null ||
  { echo "zones.sh: fakedns is not running (make oracle-start)" >&2; exit 1; }
before=$(grep -c -E 'reloaded|reload failed' "$STATE/dns.log" || true)
kill -HUP "$pid"
for _ in $(seq 50); do
  now=$(grep -c -E 'reloaded|reload failed' "$STATE/dns.log" || true)
  [ "$now" -gt "$before" ] && break
  sleep 0.1
done
last=$(grep -E 'reloaded|reload failed' "$STATE/dns.log" | tail -1)
echo "$last"
case $last in *"reload failed"*) exit 1 ;; esac
