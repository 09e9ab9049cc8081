package passphrase

import (
	"os"
	"os/exec"
	"syscall"
	"testing"
)

// TestNoTerminal runs Read in a child process without a controlling
// terminal: it must fail with ErrNoTerminal rather than read stdin.
func TestNoTerminal(t *testing.T) {
	if os.Getenv("PASSPHRASE_CHILD") == "1" {
		if _, err := Read("Enter passphrase: ", false); err != ErrNoTerminal {
			os.Exit(3)
		}
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run=TestNoTerminal")
	cmd.Env = append(os.Environ(), "PASSPHRASE_CHILD=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
}
