package difftest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
)

// envelopeFields are the sidecar field names, in the form the HTTP header
// takes: the envelope a mail server hands to rspamd (see /checkv2's request
// headers).
var envelopeFields = []string{
	"IP", "Helo", "Hostname", "From", "Rcpt", "User", "Settings", "Settings-ID", "Queue-ID", "Deliver-To",
}

// Envelope is the SMTP envelope a message is scanned with: header name (as
// in envelopeFields) to values. Only Rcpt may have several values. An empty
// Envelope sends no envelope headers.
type Envelope map[string][]string

// SidecarPath returns the envelope file of the message at path: NAME.env for
// NAME.eml, and PATH.env for any other name.
func SidecarPath(path string) string {
	return strings.TrimSuffix(path, ".eml") + ".env"
}

// ReadEnvelope reads the sidecar of the message at path. A message without
// a sidecar has the empty envelope.
func ReadEnvelope(path string) (Envelope, error) {
	side := SidecarPath(path)
	data, err := os.ReadFile(side)
	if os.IsNotExist(err) {
		return Envelope{}, nil
	} else if err != nil {
		return nil, fmt.Errorf("envelope: %w", err)
	}
	return ParseEnvelope(bytes.NewReader(data), side)
}

// ParseEnvelope parses a sidecar: one "Field: value" per line, field names
// from envelopeFields (any case), blank lines and lines starting with '#'
// ignored. Values are trimmed and must not be empty; only Rcpt may repeat.
// name names the input in error messages.
func ParseEnvelope(r io.Reader, name string) (Envelope, error) {
	env := Envelope{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		key, value, ok := strings.Cut(text, ":")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want \"Field: value\", got %q", name, line, text)
		}
		field := canonicalField(strings.TrimSpace(key))
		if field == "" {
			return nil, fmt.Errorf("%s:%d: unknown field %q (known: %s)", name, line, strings.TrimSpace(key), strings.Join(envelopeFields, ", "))
		}
		value = strings.TrimSpace(value)
		if value == "" {
			return nil, fmt.Errorf("%s:%d: empty value for %s", name, line, field)
		}
		if len(env[field]) > 0 && field != "Rcpt" {
			return nil, fmt.Errorf("%s:%d: %s given twice (only Rcpt may repeat)", name, line, field)
		}
		env[field] = append(env[field], value)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return env, nil
}

func canonicalField(key string) string {
	for _, f := range envelopeFields {
		if strings.EqualFold(f, key) {
			return f
		}
	}
	return ""
}

// setHeaders adds the envelope to an HTTP request's headers, one header line
// per value, with the field names spelt as rspamc spells them ("IP", not
// Go's canonical "Ip").
func (e Envelope) setHeaders(h http.Header) {
	for k, vs := range e {
		h[k] = append(h[k], vs...)
	}
}
