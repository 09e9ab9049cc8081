#!/bin/bash
# Regenerates the task dump goldens with the oracle (real rspamd 4.1.5 in the
# Debian sid chroot). Re-runnable: every dump is rewritten and dumps whose
# message disappeared are removed.
#
#   compat-tests/taskdump/capture.sh [ORACLE_ROOT]
#   TREES="synth" compat-tests/taskdump/capture.sh    # only some trees
#
# Inputs:  ../shared/corpus (recursively)   -> golden/4.1.5/taskdump/shared/
#          compat-tests/corpus/*.eml (if present) -> golden/4.1.5/taskdump/own/
#          compat-tests/taskdump/synth/*/*.eml    -> golden/4.1.5/taskdump/synth/
#            (synthetic cases written by synth/gen.go)
#          util.lua (rspamd_util's content functions) -> golden/4.1.5/contentutil/util.dump
#          task.lua (task, part and text part methods) -> golden/4.1.5/contentutil/task.dump
. "$(dirname "$0")/../lib/oracle_lua.sh" taskdump taskdump "$@"
shared=${SHARED_CORPUS:-$(cd "$top/.." && pwd)/shared/corpus}
own=$top/compat-tests/corpus
mkdir -p "$work/in"
stage "$here/dump.lua"

# capture_tree NAME SRC GLOB: dump every regular file under SRC whose name
# matches GLOB into $golden/NAME.
capture_tree() {
	local name=$1 src=$2 glob=$3 n=0 fail=0
	[ -d "$src" ] || { echo "capture: $src absent, skipping $name"; return 0; }
	rm -rf "$work/in/$name"
	mkdir -p "$work/in/$name"
	cp -r "$src/." "$work/in/$name/"
	local tmp=$golden/.$name.new
	rm -rf "$tmp"
	mkdir -p "$tmp"
	while IFS= read -r -d '' f; do
		local rel=${f#"$work/in/$name/"}
		mkdir -p "$tmp/$(dirname "$rel")"
		if chroot "$oracle" rspamadm lua -a "$inner/in/$name/$rel" \
			"$inner/run/dump.lua" >"$tmp/$rel.dump" 2>/dev/null; then
			n=$((n + 1))
		else
			# The oracle itself crashes on a few inputs (e.g. GTUBE
			# messages in the rspamadm context): record that fact.
			echo "capture: oracle failed on $name/$rel" >&2
			echo "task.oracle_crash true" >"$tmp/$rel.dump"
			fail=$((fail + 1))
		fi
	done < <(find "$work/in/$name" -type f -name "$glob" -print0 | sort -z)
	rm -rf "${golden:?}/$name"
	mv "$tmp" "$golden/$name"
	echo "capture: $name: $n dumps, $fail failures"
}

want() { [ -z "${TREES:-}" ] || [[ " $TREES " == *" $1 "* ]]; }

want shared && capture_tree shared "$shared" '*'
# The project corpus also holds .env (envelope) and .zone (DNS) files.
want own && capture_tree own "$own" '*.eml'
want synth && capture_tree synth "$here/synth" '*.eml'
if want util; then
	mkdir -p "$top/compat-tests/golden/4.1.5/contentutil"
	stage "$here/emit.lua" "$here/util.lua" "$here/task.lua"
	for s in util task; do
		chroot "$oracle" rspamadm lua "$inner/run/$s.lua" >"$top/compat-tests/golden/4.1.5/contentutil/$s.dump"
	done
	echo "capture: util and task done"
fi
exit 0
