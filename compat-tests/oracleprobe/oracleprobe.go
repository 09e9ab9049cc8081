// Package oracleprobe asks the oracle (real rspamd 4.1.5 in its chroot)
// one question per line, for the generators that derive tables from its
// behaviour (internal/html, internal/css, internal/charset).
package oracleprobe

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
)

// Lines runs the Lua script at path with the oracle's rspamadm lua, feeds
// it the probes on standard input, one per line, and returns the lines it
// printed, which must be one per probe. Running the oracle needs root.
func Lines(path string, probes []string) ([]string, error) {
	lines, err := Run(path, nil, probes)
	if err != nil {
		return nil, err
	}
	if len(lines) != len(probes) {
		return nil, fmt.Errorf("oracle probe %s: %d answers to %d probes", path, len(lines), len(probes))
	}
	return lines, nil
}

// Run runs the Lua script at path with the oracle's rspamadm lua, with
// args as the script's arguments and the input lines on its standard
// input, and returns the lines it printed. Input lines may not contain
// newlines.
func Run(path string, args, input []string) ([]string, error) {
	script, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("oracle probe: %w", err)
	}
	var in bytes.Buffer
	for _, p := range input {
		if strings.ContainsAny(p, "\r\n") {
			return nil, fmt.Errorf("oracle probe %q: has a newline", p)
		}
		in.WriteString(p + "\n")
	}
	cmdArgs := []string{"lua", "-b"}
	for _, a := range args {
		cmdArgs = append(cmdArgs, "-a", a)
	}
	cmd := oraclebench.Command(append(cmdArgs, "-e", string(script))...)
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("oracle probe %s: %w: %s", path, err, stderr.Bytes())
	}
	if len(out) == 0 {
		return nil, nil
	}
	return strings.Split(strings.TrimSuffix(string(out), "\n"), "\n"), nil
}
