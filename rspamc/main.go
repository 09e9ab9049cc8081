// Command rspamc is the Go replacement for upstream's rspamc.
package main

import (
	"os"

	"github.com/gorspamd/rspamd/internal/client"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/passphrase"
)

func main() {
	// Upstream selects the environment's locale (LC_ALL, LC_CTYPE, LANG);
	// an unavailable locale leaves the "C" one.
	cs, _ := goption.EnvCharset()
	os.Exit(client.Main(os.Args, client.Env{
		Stdin:          os.Stdin,
		Stdout:         os.Stdout,
		Stderr:         os.Stderr,
		Charset:        cs,
		ReadPassphrase: func() (string, error) { return passphrase.Read("Enter passphrase: ", false) },
		Resolve:        client.Resolve,
	}))
}
