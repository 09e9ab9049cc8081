// Command rspamc is the Go replacement for upstream's rspamc.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "rspamc: command-line interface not built yet")
	os.Exit(1)
}
