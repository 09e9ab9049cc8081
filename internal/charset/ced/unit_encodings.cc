// See unit_ced.cc.
#include "util/encodings/encodings.cc"
