#!/bin/bash
# Regenerates the URL goldens with the oracle (real rspamd 4.1.5 in the Debian
# sid chroot):
#
#   compat-tests/url/gen.sh [ORACLE_ROOT]
#
# inputs/urls.txt  -> golden/4.1.5/url/create.dump (rspamd_url.create)
#                  -> golden/4.1.5/url/create_all.dump (rspamd_url.all)
# inputs/texts.txt -> golden/4.1.5/url/all.dump    (rspamd_url.all)
# inputs/hosts.txt -> golden/4.1.5/url/tld.dump    (rspamd_util.get_tld)
# inputs/html.txt  -> golden/4.1.5/html/html.dump  (parse_html and tasks)
# inputs/subjects.txt -> golden/4.1.5/url/subject.dump (subjects of tasks)
# inputs/bodies.txt -> golden/4.1.5/url/body.dump (plain text bodies of tasks)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
oracle=${1:-/srv/oracle-sid}
golden=$top/compat-tests/golden/4.1.5

if [ ! -x "$oracle/usr/bin/rspamadm" ]; then
	echo "gen: no oracle at $oracle" >&2
	exit 1
fi

work=$oracle/tmp/urlgen.$$
trap 'rm -rf "$work"' EXIT
mkdir -p "$work" "$golden/url" "$golden/html"
cp "$here/gen.lua" "$here"/inputs/*.txt "$work/"

run() { # run MODE INPUT OUTPUT
	chroot "$oracle" rspamadm lua -a "$1" -a "/tmp/urlgen.$$/$2" \
		"/tmp/urlgen.$$/gen.lua" >"$golden/$3.new"
	mv "$golden/$3.new" "$golden/$3"
	echo "gen: $3: $(grep -c '\.input ' "$golden/$3") cases"
}

run create urls.txt url/create.dump
run all urls.txt url/create_all.dump
run all texts.txt url/all.dump
run tld hosts.txt url/tld.dump
run subject subjects.txt url/subject.dump
run body bodies.txt url/body.dump
run html html.txt html/html.dump
