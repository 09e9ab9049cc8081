// See unit_ced.cc.
#include "util/languages/languages.cc"
