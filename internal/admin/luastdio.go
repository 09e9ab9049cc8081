package admin

// #include <stdio.h>
import "C"

// flushStdout writes out what C's stdio buffered for the standard output:
// Lua's print and io.write go through it, rspamadm's own output does not,
// so it is flushed whenever Lua code has run and before the process ends.
func flushStdout() { C.fflush(C.stdout) }
