// Compiles Google's compact_enc_det (vendored unmodified under src/, see
// src/VERSION and src/LICENSE) as part of this cgo package.
#include "src/compact_enc_det/compact_enc_det.cc"
