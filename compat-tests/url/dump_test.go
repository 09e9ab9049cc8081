package urlcompat

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// dumpValue is a value of the line-oriented dump format.
type dumpValue struct {
	isNil bool
	s     string // quoted string, number or boolean text
}

func (v dumpValue) String() string {
	if v.isNil {
		return "nil"
	}
	return strconv.Quote(v.s)
}

// readDump parses a "<key> <value>" dump (see gen.lua) into a map and
// the ordered list of keys.
func readDump(path string) (map[string]dumpValue, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open dump: %w", err)
	}
	defer f.Close()
	res := map[string]dumpValue{}
	var keys []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		sp := strings.IndexByte(line, ' ')
		if sp < 0 {
			continue
		}
		k, raw := line[:sp], line[sp+1:]
		v, err := parseDumpValue(raw)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %s: %w", path, k, err)
		}
		res[k] = v
		keys = append(keys, k)
	}
	return res, keys, sc.Err()
}

func parseDumpValue(raw string) (dumpValue, error) {
	if raw == "nil" {
		return dumpValue{isNil: true}, nil
	}
	if !strings.HasPrefix(raw, `"`) {
		return dumpValue{s: raw}, nil
	}
	if len(raw) < 2 || raw[len(raw)-1] != '"' {
		return dumpValue{}, fmt.Errorf("bad quoted value %q", raw)
	}
	body := raw[1 : len(raw)-1]
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b.WriteByte(c)
			continue
		}
		i++
		switch body[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'x':
			if i+2 >= len(body)+1 {
				return dumpValue{}, fmt.Errorf("bad escape in %q", raw)
			}
			n, err := strconv.ParseUint(body[i+1:i+3], 16, 8)
			if err != nil {
				return dumpValue{}, fmt.Errorf("bad escape in %q: %w", raw, err)
			}
			b.WriteByte(byte(n))
			i += 2
		default:
			b.WriteByte(body[i])
		}
	}
	return dumpValue{s: b.String()}, nil
}

// str builds a dump string value; empty strings become nil when nilEmpty.
func str(s string, nilEmpty bool) dumpValue {
	if nilEmpty && s == "" {
		return dumpValue{isNil: true}
	}
	return dumpValue{s: s}
}

func num(v int64) dumpValue { return dumpValue{s: strconv.FormatInt(v, 10)} }

// luaNumber formats a float the way gen.lua prints Lua numbers.
func luaNumber(v float64) dumpValue {
	if v == math.Floor(v) && math.Abs(v) < 1<<53 {
		return dumpValue{s: strconv.FormatInt(int64(v), 10)}
	}
	return dumpValue{s: strconv.FormatFloat(v, 'g', 17, 64)}
}

// caseNumbers returns the case numbers present in a dump.
func caseNumbers(keys []string) []int {
	seen := map[int]bool{}
	var res []int
	for _, k := range keys {
		if !strings.HasPrefix(k, "case.") {
			continue
		}
		rest := k[len("case."):]
		dot := strings.IndexByte(rest, '.')
		if dot < 0 {
			continue
		}
		n, err := strconv.Atoi(rest[:dot])
		if err != nil || seen[n] {
			continue
		}
		seen[n] = true
		res = append(res, n)
	}
	sort.Ints(res)
	return res
}

// groupCases splits the "case.N." entries of a dump by case number,
// keyed by the rest of their keys.
func groupCases(m map[string]dumpValue) map[int]map[string]dumpValue {
	res := map[int]map[string]dumpValue{}
	for k, v := range m {
		rest, ok := strings.CutPrefix(k, "case.")
		if !ok {
			continue
		}
		dot := strings.IndexByte(rest, '.')
		if dot < 0 {
			continue
		}
		n, err := strconv.Atoi(rest[:dot])
		if err != nil {
			continue
		}
		if res[n] == nil {
			res[n] = map[string]dumpValue{}
		}
		res[n][rest[dot+1:]] = v
	}
	return res
}

// diffMaps lists the differing keys of two flat maps.
func diffMaps(want, got map[string]dumpValue) []string {
	var res []string
	keys := map[string]bool{}
	for k := range want {
		keys[k] = true
	}
	for k := range got {
		keys[k] = true
	}
	var sorted []string
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		w, wok := want[k]
		g, gok := got[k]
		if !wok || !gok || w != g {
			res = append(res, fmt.Sprintf("%s: want %v got %v", k, w, g))
		}
	}
	return res
}
