// See unit_ced.cc.
#include "compact_enc_det/compact_enc_det_hint_code.cc"
