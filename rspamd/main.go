// Command rspamd is the Go replacement for upstream's rspamd.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "rspamd: command-line interface not built yet")
	os.Exit(1)
}
