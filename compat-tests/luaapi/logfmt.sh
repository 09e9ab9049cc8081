#!/bin/sh
# Regenerates golden/4.1.5/luaapi/logfmt_*.log: the lines logfmt.lua logs
# while real rspamd 4.1.5 (the oracle chroot) loads a minimal configuration
# with each logging variant below. rspamd exits from the script, before it
# binds any socket or starts workers, so this never touches a running
# oracle. Time stamps become <time> and pids <pid>.
set -e
here=$(cd "$(dirname "$0")" && pwd)
gold=$here/../golden/4.1.5/luaapi
root=${ORACLE_ROOT:-/srv/oracle-sid}
dir=/tmp/luaapi_logfmt
rm -rf "$root$dir"
mkdir -p "$root$dir" "$gold"
cp "$here/logfmt.lua" "$root$dir/logfmt.lua"
chmod -R a+rX "$root$dir"
chmod a+w "$root$dir"
# variant name and logging section
variants='
console|type = "console"; level = "info";
severity|type = "console"; level = "info"; severity = true;
systemd|type = "console"; level = "info"; systemd = true;
json|type = "console"; level = "info"; json = true;
usec|type = "console"; level = "info"; log_usec = true;
error|type = "console"; level = "error";
file|type = "file"; filename = "'$dir'/rspamd.log"; level = "info";
filejson|type = "file"; filename = "'$dir'/rspamd.log"; level = "info"; json = true;
tagleft|type = "console"; level = "info"; tag_strip_policy = "left"; max_tag_len = 8;
tagmiddle|type = "console"; level = "info"; tag_strip_policy = "middle"; max_tag_len = 9;
debug|type = "console"; level = "info"; debug_modules = ["mymodule"];
'
echo "$variants" | while IFS='|' read -r name section; do
	[ -n "$name" ] || continue
	rm -f "$root$dir/rspamd.log"
	printf 'logging { %s }\nlua = "%s/logfmt.lua";\n' "$section" "$dir" >"$root$dir/rspamd.conf"
	timeout 60 chroot "$root" rspamd -f -c "$dir/rspamd.conf" -u _rspamd -g _rspamd \
		>"$root$dir/stdout" 2>"$root$dir/stderr" || true
	if [ -f "$root$dir/rspamd.log" ]; then
		src="$root$dir/rspamd.log"
	else
		src="$root$dir/stderr"
	fi
	grep -a -e 'logfmt' -e 'Last message repeated' "$src" |
		sed -E -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{5})?/<time>/' \
			-e 's/#[0-9]+\(/#<pid>(/' \
			-e 's/"ts": [0-9.]+, "pid": [0-9]+/"ts": <time>, "pid": <pid>/' \
		>"$gold/logfmt_$name.log" || true
done
rm -rf "$root$dir"
