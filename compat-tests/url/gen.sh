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
. "$(dirname "$0")/../lib/oracle_lua.sh" . urlgen "$@"
mkdir -p "$golden/url" "$golden/html"
stage "$here/gen.lua" "$here"/inputs/*.txt

run() { # run MODE INPUT OUTPUT
	chroot "$oracle" rspamadm lua -a "$1" -a "$inner/run/$2" \
		"$inner/run/gen.lua" >"$golden/$3.new"
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
