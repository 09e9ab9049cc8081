// Command capture regenerates compat-tests/golden/4.1.5/cli: it runs every
// case of package cli against the oracle (real rspamd 4.1.5 in a Debian
// sid chroot) and stores each case's stdout, stderr and exit code.
//
// Run as root from the repository root:
//
//	go run ./compat-tests/cli/capture [-root /srv/oracle-sid] [-run regexp]
//
// Each command runs in a new session (no controlling terminal), with
// stdin from the case's Stdin (or /dev/null), the environment PATH and HOME (plus the case's
// own), in a copy of compat-tests/cli/testdata/fixture, exactly as
// cli_test.go runs ours. An exit by signal is stored as 128+signal.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"

	"github.com/gorspamd/rspamd/compat-tests/cli"
)

const fixtureInRoot = "/tmp/rspamd-cli-fixture"

func main() {
	root := flag.String("root", "/srv/oracle-sid", "oracle chroot")
	out := flag.String("out", "compat-tests/golden/4.1.5/cli", "golden directory")
	fixture := flag.String("fixture", "compat-tests/cli/testdata/fixture", "fixture directory")
	only := flag.String("run", "", "capture only the cases whose name matches this regular expression")
	flag.Parse()
	match, err := regexp.Compile(*only)
	if err != nil {
		log.Fatalf("-run: %v", err)
	}
	log.SetFlags(0)
	if os.Geteuid() != 0 {
		log.Fatal("capture needs root (chroot)")
	}

	dst := filepath.Join(*root, fixtureInRoot)
	if err := os.RemoveAll(dst); err != nil {
		log.Fatal(err)
	}
	if err := os.CopyFS(dst, os.DirFS(*fixture)); err != nil {
		log.Fatalf("copying the fixture into the chroot: %v", err)
	}
	defer os.RemoveAll(dst)
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, c := range cli.Cases() {
		if !match.MatchString(c.Name) {
			continue
		}
		var stop func()
		if c.Control != nil {
			if stop, err = cli.ServeControl(filepath.Join(dst, cli.ControlSocket), *c.Control); err != nil {
				log.Fatalf("%s: %v", c.Name, err)
			}
		}
		stdout, stderr, rc, err := run(*root, c)
		if stop != nil {
			stop()
		}
		if err != nil {
			log.Fatalf("%s: %v", c.Name, err)
		}
		for ext, data := range map[string][]byte{".out": stdout, ".err": stderr, ".rc": []byte(strconv.Itoa(rc) + "\n")} {
			if err := os.WriteFile(filepath.Join(*out, c.Name+ext), data, 0o644); err != nil {
				log.Fatal(err)
			}
		}
		fmt.Printf("%-45s rc=%d\n", c.Name, rc)
	}
}

func run(root string, c cli.Case) (stdout, stderr []byte, rc int, err error) {
	args := append([]string{root, "/bin/sh", "-c", `cd ` + fixtureInRoot + ` && exec "$@"`, "sh", c.Bin}, c.Args...)
	cmd := exec.Command("chroot", args...)
	cmd.Env = append(cli.BaseEnv(), c.Env...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if c.Stdin != "" {
		cmd.Stdin = strings.NewReader(c.Stdin)
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	rc, err = cli.ExitCode(cmd.Run())
	return o.Bytes(), e.Bytes(), rc, err
}
