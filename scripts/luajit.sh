#!/bin/bash
# luajit.sh -- build the LuaJIT that real rspamd 4.1.5 runs (Debian sid's
# libluajit-5.1-2, source package luajit) as a static library for
# internal/lua: Debian's source package is fetched with apt's own tools
# (scripts/debapt.sh: private sources list and state directory), unpacked
# with Debian's patches applied, and built the way its debian/rules builds
# the library, with Debian sid's default compiler flags plus the ones
# debian/rules appends (-DLUAJIT_ENABLE_LUA52COMPAT). Headers and
# libluajit-5.1.a land in .cache/luajit/{include/luajit-2.1,lib}, the files
# libluajit-5.1-dev ships.
#
# Env: LUAJIT_DEB_VERSION (default 2.1.0+openresty20251030-1, the oracle's),
#      LUAJIT_SUITE (sid), LUAJIT_MIRROR (default: the host's Debian mirror
#      from apt; e.g. a snapshot.debian.org URL once sid has moved on).
# Idempotent: a stamp (.cache/luajit/stamp) records the version and flags;
# when it matches and the library is present, nothing is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
TOP=$PWD
VERSION=${LUAJIT_DEB_VERSION:-2.1.0+openresty20251030-1}
SUITE=${LUAJIT_SUITE:-sid}
CACHE=$TOP/.cache/luajit
STAMP=$CACHE/stamp
LIB=$CACHE/lib/libluajit-5.1.a
INC=$CACHE/include/luajit-2.1

for tool in dpkg-source dpkg-architecture make; do
	command -v $tool >/dev/null || { echo "luajit: $tool missing (apt-get install build-essential dpkg-dev)" >&2; exit 1; }
done
ARCH=$(dpkg-architecture -qDEB_HOST_ARCH)
MULTIARCH=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
GNUTYPE=$(dpkg-architecture -qDEB_HOST_GNU_TYPE)
UPVER=${VERSION%-*}
BUILD=$CACHE/build/luajit-$UPVER

# Debian sid's dpkg-buildflags defaults (dpkg >= 1.22: hardening features
# stackclash and branch are on) for the build directory; LuaJIT's own
# Makefile then appends -U_FORTIFY_SOURCE and -fno-stack-protector.
case $ARCH in
amd64) HARDEN="-fstack-protector-strong -fstack-clash-protection -Wformat -Werror=format-security -fcf-protection" ;;
arm64) HARDEN="-fstack-protector-strong -fstack-clash-protection -Wformat -Werror=format-security -mbranch-protection=standard" ;;
*) HARDEN="-fstack-protector-strong -Wformat -Werror=format-security" ;;
esac
BASE_CFLAGS="-g -O2 -ffile-prefix-map=$BUILD=. $HARDEN"
LDFLAGS="-Wl,-z,relro"

if [ -f "$STAMP" ] && [ -s "$LIB" ] && [ -s "$INC/luajit.h" ] &&
	head -1 "$STAMP" | grep -qxF "luajit $VERSION $ARCH" && grep -qF "cflags $BASE_CFLAGS " "$STAMP"; then
	echo "luajit: $(sed -n 2p "$STAMP") already built in .cache/luajit"
	exit 0
fi

APT=$CACHE/apt
. scripts/debapt.sh
debapt_init "$APT" deb-src "$SUITE" "${LUAJIT_MIRROR:-}"
mkdir -p "$CACHE/src"
DSC=$CACHE/src/luajit_${VERSION#*:}.dsc
if [ ! -f "$DSC" ]; then
	echo "luajit: apt-get update ($MIRROR $SUITE sources, private state in $APT)"
	apt-get "${APTOPTS[@]}" -qq update
	if ! apt-cache "${APTOPTS[@]}" showsrc luajit | grep -qxF "Version: $VERSION"; then
		echo "luajit: source luajit $VERSION not in $SUITE at $MIRROR; available:" \
			"$(apt-cache "${APTOPTS[@]}" showsrc luajit | awk '$1=="Version:"{print $2}' | tr '\n' ' ')" >&2
		exit 1
	fi
	# apt checks the files against the signed Sources index.
	(cd "$CACHE/src" && apt-get "${APTOPTS[@]}" -qq source --download-only "luajit=$VERSION")
fi

rm -rf "$CACHE/build"
mkdir -p "$CACHE/build"
# Unpacks the .orig and .debian tarballs and applies debian/patches/series.
# The uploader's signature cannot be checked without debian-keyring; the
# checksums are (and apt checked the .dsc itself).
dpkg-source -q -x "$DSC" "$BUILD" 2>&1 | grep -v "signature\|gpgv" || true
[ -f "$BUILD/debian/rules" ] || { echo "luajit: unpacking $DSC failed" >&2; exit 1; }

# The flags debian/rules appends to the defaults; any other tuning there
# (hardening options, build-mode changes) needs a look before we follow it.
RULES=$BUILD/debian/rules
APPEND=$(sed -n 's/^DEB_CFLAGS_MAINT_APPEND[[:space:]]*:\?=[[:space:]]*//p' "$RULES")
if [ -z "$APPEND" ] || grep -q "DEB_BUILD_MAINT_OPTIONS\|_MAINT_SET\|_MAINT_STRIP\|BUILDMODE\|XCFLAGS" "$RULES" ||
	! grep -q '$(MAKE) amalg PREFIX=/usr' "$RULES"; then
	echo "luajit: $RULES is not what this script follows; review it:" >&2
	cat "$RULES" >&2
	exit 1
fi
CFLAGS="$BASE_CFLAGS $APPEND"

# debian/rules: make amalg PREFIX=/usr MULTILIB=lib/<multiarch> CROSS=<gnu
# type>- (commands echoed into build.log). The default (mixed) build mode compiles every object twice, for
# libluajit-5.1.a and, with -fPIC, for the shared library; the static mode
# compiles the static objects only, with the same flags.
echo "luajit: building $VERSION (CFLAGS=$CFLAGS)"
start=$(date +%s)
if ! make -C "$BUILD" -j"$(nproc)" amalg BUILDMODE=static PREFIX=/usr MULTILIB="lib/$MULTIARCH" \
	CROSS="$GNUTYPE-" CFLAGS="$CFLAGS" LDFLAGS="$LDFLAGS" Q= E=@: >"$CACHE/build.log" 2>&1; then
	tail -30 "$CACHE/build.log" >&2
	echo "luajit: build failed (full log: $CACHE/build.log)" >&2
	exit 1
fi
DEST=$CACHE/build/dest
make -C "$BUILD" install PREFIX=/usr MULTILIB="lib/$MULTIARCH" DESTDIR="$DEST" LDCONFIG=: >>"$CACHE/build.log" 2>&1
rm -rf "$CACHE/include" "$CACHE/lib"
mkdir -p "$CACHE/include" "$CACHE/lib"
cp -a "$DEST/usr/include/luajit-2.1" "$CACHE/include/"
cp -a "$DEST/usr/lib/$MULTIARCH/libluajit-5.1.a" "$LIB"
JITVER=$(sed -n 's/^#define LUAJIT_VERSION[[:space:]]*"\(.*\)"/\1/p' "$INC/luajit.h")
rm -rf "$CACHE/build"
printf 'luajit %s %s\n%s\ncflags %s\nldflags %s\nmirror %s %s\n' "$VERSION" "$ARCH" "$JITVER" \
	"$CFLAGS" "$LDFLAGS" "$MIRROR" "$SUITE" >"$STAMP"
echo "luajit: installed $JITVER (Debian $VERSION) in .cache/luajit in $(($(date +%s) - start))s"
