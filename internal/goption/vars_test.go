package goption

import (
	"slices"
	"testing"
)

func TestVars(t *testing.T) {
	var v Vars
	if v.Parse("novalue") {
		t.Error("Parse accepted a string without '='")
	}
	for _, s := range []string{"CONFDIR=/etc/rspamd", "a=b=c", "confdir=/tmp", "É=1", "é=2", "EMPTY="} {
		if !v.Parse(s) {
			t.Errorf("Parse(%q) failed", s)
		}
	}
	for name, want := range map[string]string{"ConfDir": "/tmp", "A": "b=c", "É": "1", "é": "2", "empty": ""} {
		if got, ok := v.Get(name); !ok || got != want {
			t.Errorf("Get(%q) = %q %v, want %q", name, got, ok, want)
		}
	}
	if _, ok := v.Get("missing"); ok {
		t.Error("Get of an undefined name succeeded")
	}
	if got, want := v.Names(), []string{"CONFDIR", "a", "É", "é", "EMPTY"}; !slices.Equal(got, want) {
		t.Errorf("Names() = %q, want %q", got, want)
	}
}
