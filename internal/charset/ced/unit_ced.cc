// Compiles Google's compact_enc_det, fetched unmodified into .cache/ced/src
// by scripts/ced.sh (see ced.go), as part of this cgo package.
#include "compact_enc_det/compact_enc_det.cc"
