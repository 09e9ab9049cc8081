#include "src/util/encodings/encodings.cc"
