# variants.sh: the LOCAL_CONFDIR variants of compat-tests/configs-lua,
# sourced by capture.sh and controller.sh once they set HERE (their
# directory), with the paths both use (symbols_test.go assembles the
# variants the same way).
VARIANTS=(base redis local local-redis regexp)
ROOT=${ORACLE_ROOT:-/srv/oracle-sid}
TOP=$(cd "$HERE/../.." && pwd)
CONFIGS=$TOP/compat-tests/configs-lua
GOLD=$TOP/compat-tests/golden/4.1.5/symbols

# assemble VARIANT DIR: DIR gets override.d and, for each part of the
# variant's name other than "base", the contents of configs-lua/<part>.
assemble() {
  local v=$1 d=$2 part
  mkdir -p "$d/local.d" "$d/db"
  cp -r "$CONFIGS/override.d" "$d/"
  IFS=- read -ra parts <<< "$v"
  for part in "${parts[@]}"; do
    [ "$part" = base ] || cp -r "$CONFIGS/$part/." "$d/"
  done
}

# A variant with Redis gets a server on loopback while it is recorded
# (Debian's redis-server, outside the chroot; the configuration points at
# it). Loading the configuration does not connect, but the daemon's
# workers may.
REDIS_PORT=${REDIS_PORT:-26379}
REDIS_PID=
REDIS_DIR=
start_redis() {
  local v=$1 d=$2
  case "-$v-" in *-redis-*) ;; *) return 0 ;; esac
  echo "servers = \"127.0.0.1:$REDIS_PORT\";" > "$d/local.d/redis.conf"
  REDIS_DIR=$(mktemp -d)
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --dir "$REDIS_DIR" >/dev/null &
  REDIS_PID=$!
  for _ in $(seq 100); do redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && return 0; sleep 0.1; done
  echo "redis-server did not come up on $REDIS_PORT" >&2
  return 1
}
stop_redis() {
  if [ -n "$REDIS_PID" ]; then kill "$REDIS_PID"; wait "$REDIS_PID" 2>/dev/null || true; fi
  REDIS_PID=
  if [ -n "$REDIS_DIR" ]; then rm -rf "$REDIS_DIR"; fi
  REDIS_DIR=
}

# The oracle's outputs come in hash order, which changes from run to run;
# the goldens are stored normalised so that recording them again changes
# nothing when rspamd's answers are the same (the tests compare them as
# sets where the order is the hash's).
# norm_json [--sort-lists] < in > out: object keys sorted; with
# --sort-lists, lists of objects sorted by their "group" or "symbol".
norm_json() {
  python3 -c '
import json, sys
def walk(v, lists):
    if isinstance(v, dict):
        return {k: walk(x, lists) for k, x in v.items()}
    if isinstance(v, list):
        v = [walk(x, lists) for x in v]
        if lists and v and all(isinstance(x, dict) for x in v):
            for key in ("group", "symbol"):
                if all(key in x for x in v):
                    v.sort(key=lambda x: x[key])
                    break
        return v
    return v
json.dump(walk(json.load(sys.stdin), len(sys.argv) > 1), sys.stdout, indent=1, sort_keys=True)
print()
' "$@"
}
# norm_modules < in > out: configdump -m's module lists sorted.
norm_modules() {
  python3 -c '
import sys
for line in sys.stdin.read().splitlines():
    k, sep, v = line.partition(": ")
    print(k + sep + ", ".join(sorted(x for x in v.split(", ") if x)))
'
}
