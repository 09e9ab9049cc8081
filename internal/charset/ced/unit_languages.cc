#include "src/util/languages/languages.cc"
