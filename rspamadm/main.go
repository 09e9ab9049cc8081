// Command rspamadm is the Go replacement for upstream's rspamadm.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "rspamadm: command-line interface not built yet")
	os.Exit(1)
}
