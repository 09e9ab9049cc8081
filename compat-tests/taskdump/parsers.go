package taskdump

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Table is a Lua table with string keys, for Lines.
type Table map[string]any

// Lines prints v under key as dump.lua's emit_value prints a Lua value:
// nil, bool, integers, float64, string, []any (a Lua array, keys 1..n),
// Table (keys sorted) and nested combinations. Empty tables print "{}".
func Lines(key string, v any) []string {
	var out []string
	emitLines(&out, key, v)
	return out
}

func emitLines(out *[]string, key string, v any) {
	switch x := v.(type) {
	case nil:
		*out = append(*out, key+" nil")
	case bool:
		*out = append(*out, key+" "+strconv.FormatBool(x))
	case int:
		*out = append(*out, key+" "+strconv.Itoa(x))
	case int64:
		*out = append(*out, key+" "+strconv.FormatInt(x, 10))
	case float64:
		*out = append(*out, key+" "+formatFloat(x))
	case string:
		*out = append(*out, key+" "+Quote(x))
	case []any:
		if len(x) == 0 {
			*out = append(*out, key+" {}")
		}
		for i, e := range x {
			emitLines(out, key+"."+strconv.Itoa(i+1), e)
		}
	case Table:
		if len(x) == 0 {
			*out = append(*out, key+" {}")
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			emitLines(out, key+"."+k, x[k])
		}
	default:
		panic(fmt.Sprintf("taskdump.Lines: unsupported %T", v))
	}
}

func formatFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	return FormatNumber(f)
}

// ParserCase is one case of a parser golden made by
// compat-tests/mimeparsers/parsers.lua.
type ParserCase struct {
	Index int
	Input string
	// Lines are the result lines with the "N." prefix removed, so they
	// start with "out".
	Lines []string
}

// ParserGoldenDir is compat-tests/golden/4.1.5/mimeparsers.
func ParserGoldenDir() string {
	return filepath.Join(RepoRoot(), "compat-tests", "golden", "4.1.5", "mimeparsers")
}

// ReadParserGolden reads the golden of one parser topic (addr, ctype,
// date, qp).
func ReadParserGolden(topic string) ([]ParserCase, error) {
	data, err := os.ReadFile(filepath.Join(ParserGoldenDir(), topic+".dump"))
	if err != nil {
		return nil, err
	}
	var cases []ParserCase
	for ln, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		num, rest, ok := strings.Cut(line, ".")
		n, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("%s.dump:%d: bad line %q", topic, ln+1, line)
		}
		if strings.HasPrefix(rest, "in ") {
			in, err := Unquote(rest[3:])
			if err != nil {
				return nil, fmt.Errorf("%s.dump:%d: %w", topic, ln+1, err)
			}
			cases = append(cases, ParserCase{Index: n, Input: in})
			continue
		}
		if len(cases) == 0 || cases[len(cases)-1].Index != n {
			return nil, fmt.Errorf("%s.dump:%d: result before input", topic, ln+1)
		}
		c := &cases[len(cases)-1]
		c.Lines = append(c.Lines, rest)
	}
	return cases, nil
}
