package cconv

import "strings"

// SplitSet splits s at every byte found in seps, keeping empty fields, as
// GLib's g_strsplit_set does (an empty string gives no fields).
func SplitSet(s, seps string) []string {
	if s == "" {
		return nil
	}
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(seps, s[i]) >= 0 {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
