#!/bin/bash
# runconf.sh DIR -- write the run-time configuration `make run` gives rspamd as
# LOCAL_CONFDIR: console logging, loopback listeners, the public-suffix list
# extracted by `make upstream`. The packaged tree in conf/ stays untouched.
set -euo pipefail
DIR=$1
TOP=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$DIR/etc/local.d" "$DIR/etc/override.d" "$DIR/run" "$DIR/db" "$DIR/log"
cat > "$DIR/etc/override.d/logging.inc" <<EOT
# make run: log to the console
type = "console";
EOT
cat > "$DIR/etc/local.d/options.inc" <<EOT
# make run: public-suffix list from make upstream
url_tld = "$TOP/.cache/upstream/public_suffix_list.dat";
EOT
for w in normal:11333 controller:11334 proxy:11332; do
  cat > "$DIR/etc/override.d/worker-${w%%:*}.inc" <<EOT
# make run: loopback only
bind_socket = "127.0.0.1:${w##*:}";
EOT
done
