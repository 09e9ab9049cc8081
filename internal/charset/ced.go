package charset

import "github.com/gorspamd/rspamd/internal/charset/ced"

func detectCED(data []byte) (string, bool) {
	name := ced.Detect(data)
	if name == "" {
		return "", false
	}
	return cedRename(name), true
}
