#!/bin/bash
# ced.sh -- fetch Google's Compact Encoding Detector (CED), which upstream
# rspamd uses to guess charsets, into .cache/ced/src for internal/charset/ced
# to compile with cgo. CED is not packaged by Debian; the npm registry's `ced`
# package carries its unmodified sources (vendor/compact_enc_det), so we take
# them from there, pinned by the registry's own sha512, and never commit them.
# Idempotent: a stamp records the extracted version.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=2.0.0
SHA512=7798fec6c6436d26aba2fe6203cc2b0a828d0deb339bca99a8062b486f8ac6a5fc5f745b571085006b5024ba3dca8aae4d645b5a5c0fc1d32a6bf0def7d8b77b
URL=https://registry.npmjs.org/ced/-/ced-$VERSION.tgz
DIR=.cache/ced
STAMP=$DIR/stamp
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "ced $VERSION" ] && [ -f "$DIR/src/compact_enc_det/compact_enc_det.cc" ]; then
  exit 0
fi
mkdir -p "$DIR"
echo "ced: fetching $URL"
curl -fsSL --retry 3 -o "$DIR/ced.tgz" "$URL"
echo "$SHA512  $DIR/ced.tgz" | sha512sum -c --quiet -
rm -rf "$DIR/src" "$DIR/x"; mkdir -p "$DIR/x"
tar -xzf "$DIR/ced.tgz" -C "$DIR/x"
mv "$DIR/x/package/vendor/compact_enc_det" "$DIR/src"
rm -rf "$DIR/x" "$DIR/ced.tgz"
echo "ced $VERSION" > "$STAMP"
echo "ced: extracted CED sources from npm ced@$VERSION into $DIR/src"
