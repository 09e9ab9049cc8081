#!/bin/sh
# Regenerates compat-tests/golden/4.1.5/maps/golden.json: runs every case of
# cases.json with gen.lua in the oracle (real rspamd 4.1.5 in the Debian sid
# chroot at /srv/oracle-sid; needs root for chroot), once quiet and once with
# rspamadm -v, and records the answers and log lines.
set -eu
cd "$(dirname "$0")"
exec go test -count=1 -run '^TestRegen$' . -args -regen
