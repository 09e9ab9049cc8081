package maildate

import "testing"

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Tue, 14 Jan 2025 10:23:45 +0100", "14 Jan 99 10:23 EST", "Tue, 14 Jan 2025 10:23:45 +0100 (((c)))", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Parse(s)
	})
}
