// Command rspamadm is the Go replacement for upstream's rspamadm.
package main

import (
	"os"

	"github.com/gorspamd/rspamd/internal/admin"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/passphrase"
)

func main() {
	env := admin.Env{
		Stdout:         os.Stdout,
		Stderr:         os.Stderr,
		Stdin:          os.Stdin,
		CommandPath:    os.Getenv("RSPAMADM_COMMAND_PATH"),
		CheckPassword:  os.Getenv("RSPAMADM_PASSWORD"),
		ReadPassphrase: passphrase.Read,
		Lua:            admin.NewLuaRuntime(),
	}
	// Upstream switches to the environment's locale only when LANG is set.
	if _, ok := os.LookupEnv("LANG"); ok {
		env.Charset, _ = goption.EnvCharset()
	}
	os.Exit(admin.Main(os.Args, env))
}
