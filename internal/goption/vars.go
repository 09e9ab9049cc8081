package goption

import (
	"strings"

	"github.com/gorspamd/rspamd/internal/encoding"
)

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
		if encoding.EqualFoldASCII(n, name) {
			return i
		}
	}
	return -1
}
