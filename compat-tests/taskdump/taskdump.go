// Package taskdump reads the task dumps that dump.lua prints with the
// oracle (see README.md) and lists the corpus messages they belong to, so
// that the packages which parse messages can compare their results with
// real rspamd's.
package taskdump

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is the kind of a dumped value.
type Kind int

// Value kinds.
const (
	Nil Kind = iota
	Bool
	Number
	String
	EmptyTable
	Error
)

// Value is one dumped value.
type Value struct {
	Kind Kind
	// Text is the value as printed (the unescaped bytes for strings and
	// errors).
	Text string
	Bool bool
	Num  float64
}

// Dump is one message's dump: keys in file order and their values.
type Dump struct {
	Keys   []string
	Values map[string]Value
}

// Crashed reports that the oracle crashed on the message.
func (d *Dump) Crashed() bool {
	v, ok := d.Values["task.oracle_crash"]
	return ok && v.Kind == Bool && v.Bool
}

// Get returns the value of key.
func (d *Dump) Get(key string) (Value, bool) {
	v, ok := d.Values[key]
	return v, ok
}

// Str returns the string value of key and whether it is a string.
func (d *Dump) Str(key string) (string, bool) {
	v, ok := d.Values[key]
	if !ok || v.Kind != String {
		return "", false
	}
	return v.Text, true
}

// Prefix returns the keys starting with prefix+"." or equal to prefix, in
// file order.
func (d *Dump) Prefix(prefix string) []string {
	var out []string
	for _, k := range d.Keys {
		if k == prefix || strings.HasPrefix(k, prefix+".") {
			out = append(out, k)
		}
	}
	return out
}

// Section returns the lines of the keys under prefix, "key value" each,
// as printed by Format.
func (d *Dump) Section(prefix string) []string {
	var out []string
	for _, k := range d.Prefix(prefix) {
		out = append(out, k+" "+Format(d.Values[k]))
	}
	return out
}

// Count returns the number of list elements prefix.1, prefix.2, ...
func (d *Dump) Count(prefix string) int {
	n := 0
	for {
		p := prefix + "." + strconv.Itoa(n+1)
		found := false
		for _, k := range d.Keys {
			if k == p || strings.HasPrefix(k, p+".") {
				found = true
				break
			}
		}
		if !found {
			return n
		}
		n++
	}
}

// Parse reads a dump.
func Parse(data []byte) (*Dump, error) {
	d := &Dump{Values: make(map[string]Value)}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" {
			continue
		}
		sp := strings.IndexByte(l, ' ')
		if sp < 0 {
			return nil, fmt.Errorf("line %d: no value", line)
		}
		key, raw := l[:sp], l[sp+1:]
		v, err := parseValue(raw)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if _, dup := d.Values[key]; !dup {
			d.Keys = append(d.Keys, key)
		}
		d.Values[key] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading dump: %w", err)
	}
	return d, nil
}

// ReadFile reads and parses a dump file.
func ReadFile(path string) (*Dump, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("taskdump: %w", err)
	}
	d, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("taskdump %s: %w", path, err)
	}
	return d, nil
}

func parseValue(raw string) (Value, error) {
	switch {
	case raw == "nil":
		return Value{Kind: Nil, Text: raw}, nil
	case raw == "true" || raw == "false":
		return Value{Kind: Bool, Text: raw, Bool: raw == "true"}, nil
	case raw == "{}":
		return Value{Kind: EmptyTable, Text: raw}, nil
	case strings.HasPrefix(raw, "!error "):
		s, err := Unquote(raw[len("!error "):])
		return Value{Kind: Error, Text: s}, err
	case strings.HasPrefix(raw, `"`):
		s, err := Unquote(raw)
		return Value{Kind: String, Text: s}, err
	}
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		switch raw {
		case "nan", "inf", "-inf":
			f, _ = strconv.ParseFloat(raw, 64)
			return Value{Kind: Number, Text: raw, Num: f}, nil
		}
		return Value{}, fmt.Errorf("bad value %q", raw)
	}
	return Value{Kind: Number, Text: raw, Num: f}, nil
}

// Unquote decodes a dumped string literal.
func Unquote(q string) (string, error) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return "", fmt.Errorf("bad string %q", q)
	}
	q = q[1 : len(q)-1]
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(q) {
			return "", fmt.Errorf("dangling escape")
		}
		switch q[i] {
		case '\\', '"':
			b.WriteByte(q[i])
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'x':
			if i+2 >= len(q) {
				return "", fmt.Errorf("short \\x escape")
			}
			v, err := strconv.ParseUint(q[i+1:i+3], 16, 8)
			if err != nil {
				return "", fmt.Errorf("bad \\x escape: %w", err)
			}
			b.WriteByte(byte(v))
			i += 2
		default:
			return "", fmt.Errorf("unknown escape \\%c", q[i])
		}
	}
	return b.String(), nil
}

// Quote encodes a string as dump.lua does.
func Quote(s string) string {
	valid := utf8.ValidString(s)
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '"':
			b.WriteString(`\"`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 32 || c == 127 || (c >= 128 && !valid):
			fmt.Fprintf(&b, `\x%02X`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// FormatNumber formats a number as dump.lua does.
func FormatNumber(f float64) string {
	if f == float64(int64(f)) && f < 1<<53 && f > -(1<<53) {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'g', 17, 64)
}

// Format prints a value as dump.lua does.
func Format(v Value) string {
	switch v.Kind {
	case String:
		return Quote(v.Text)
	case Error:
		return "!error " + Quote(v.Text)
	}
	return v.Text
}

// Message is a corpus message with its dump.
type Message struct {
	// Name is the path relative to the golden directory (without .dump).
	Name string
	// Path is the message file, Golden the dump file.
	Path, Golden string
}

// RepoRoot returns the repository root (where go.mod is).
func RepoRoot() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "."
	}
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// GoldenDir is the directory of the task dump goldens.
func GoldenDir() string {
	return filepath.Join(RepoRoot(), "compat-tests", "golden", "4.1.5", "taskdump")
}

// SharedCorpus is the shared corpus directory ($SHARED_CORPUS or
// ../shared/corpus next to the repository).
func SharedCorpus() string {
	if s := os.Getenv("SHARED_CORPUS"); s != "" {
		return s
	}
	return filepath.Join(RepoRoot(), "..", "shared", "corpus")
}

// Corpus lists the messages that have a dump and whose message file is
// present: "shared/..." from the shared corpus, "own/..." from
// compat-tests/corpus, "synth/..." from compat-tests/taskdump/synth.
func Corpus() ([]Message, error) {
	roots := map[string]string{
		"shared": SharedCorpus(),
		"own":    filepath.Join(RepoRoot(), "compat-tests", "corpus"),
		"synth":  filepath.Join(RepoRoot(), "compat-tests", "taskdump", "synth"),
	}
	var out []Message
	gd := GoldenDir()
	err := filepath.WalkDir(gd, func(path string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if de.IsDir() || !strings.HasSuffix(path, ".dump") {
			return nil
		}
		rel, _ := filepath.Rel(gd, path)
		rel = strings.TrimSuffix(rel, ".dump")
		top, sub, ok := strings.Cut(filepath.ToSlash(rel), "/")
		if !ok || roots[top] == "" {
			return nil
		}
		msg := filepath.Join(roots[top], filepath.FromSlash(sub))
		if _, err := os.Stat(msg); err != nil {
			return nil
		}
		out = append(out, Message{Name: filepath.ToSlash(rel), Path: msg, Golden: path})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("taskdump: listing goldens: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}
