package goption

import "strings"

// Vars holds the variables that rspamd's and rspamadm's --var NAME=VALUE
// options (and rspamd's NAME=VALUE arguments) define. Names compare
// ASCII-case-insensitively; redefining a name keeps its first spelling
// and replaces the value, as upstream's hash table does.
type Vars struct {
	names, values []string
}

// Parse splits NAME=VALUE at the first '='; ok is false without one.
func (v *Vars) Parse(s string) (ok bool) {
	name, value, ok := strings.Cut(s, "=")
	if ok {
		v.Set(name, value)
	}
	return ok
}

// Set defines a variable.
func (v *Vars) Set(name, value string) {
	if i := v.index(name); i >= 0 {
		v.values[i] = value
		return
	}
	v.names = append(v.names, name)
	v.values = append(v.values, value)
}

// Get returns a variable's value.
func (v *Vars) Get(name string) (string, bool) {
	if i := v.index(name); i >= 0 {
		return v.values[i], true
	}
	return "", false
}

// Names returns the variable names in definition order.
func (v *Vars) Names() []string {
	return append([]string(nil), v.names...)
}

func (v *Vars) index(name string) int {
	for i, n := range v.names {
		if asciiEqualFold(n, name) {
			return i
		}
	}
	return -1
}

func asciiEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
