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
// printed, which must be one per probe. The probes may not contain
// newlines; running the oracle needs root.
func Lines(path string, probes []string) ([]string, error) {
	script, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("oracle probe: %w", err)
	}
	var in bytes.Buffer
	for _, p := range probes {
		if strings.ContainsAny(p, "\r\n") {
			return nil, fmt.Errorf("oracle probe %q: has a newline", p)
		}
		in.WriteString(p + "\n")
	}
	cmd := oraclebench.Command("lua", "-b", "-e", string(script))
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("oracle probe %s: %w: %s", path, err, stderr.Bytes())
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(out) == 0 {
		lines = nil
	}
	if len(lines) != len(probes) {
		return nil, fmt.Errorf("oracle probe %s: %d answers to %d probes: %.200q", path, len(lines), len(probes), out)
	}
	return lines, nil
}
