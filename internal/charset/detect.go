package charset

import "github.com/gorspamd/rspamd/internal/encoding"

// Detect guesses the charset of data as rspamd_mime_charset_find_by_content
// does with CED (without the UTF-8 shortcut): it returns the charset name
// (CED's MIME name, with rspamd's renames) and whether CED gave one.
func Detect(data []byte) (string, bool) {
	return detectCED(data)
}

// DetectMaybeSplit is rspamd_mime_charset_find_by_content_maybe_split:
// short texts are detected whole; for long ones (1536 bytes or more) three
// 512-byte samples (head, middle, tail) vote, with US-ASCII samples
// ignored.
func DetectMaybeSplit(data []byte) (string, bool) {
	const sample = 512
	if len(data) < sample*3 {
		return Detect(data)
	}
	var c [3]string
	c[0], _ = Detect(data[:sample])
	c[1], _ = Detect(data[len(data)/2 : len(data)/2+sample])
	c[2], _ = Detect(data[len(data)-sample:])
	for i := range c {
		if c[i] == "US-ASCII" {
			c[i] = ""
		}
	}
	if c[0] == "" {
		if c[1] != "" {
			c[0] = c[1]
		} else {
			c[0] = c[2]
		}
	}
	if c[1] == "" {
		if c[2] != "" {
			c[1] = c[2]
		} else {
			c[1] = c[0]
		}
	}
	if c[2] == "" {
		if c[0] != "" {
			c[2] = c[1]
		} else {
			c[2] = c[0]
		}
	}
	if c[0] == "" || c[1] == "" || c[2] == "" {
		return "", false
	}
	switch {
	case c[0] == c[1]:
		return c[0], true
	case c[1] == c[2]:
		return c[1], true
	case c[0] == c[2]:
		return c[2], true
	}
	return c[0], true
}

// cedRenames maps the names CED gives EUC-TW to one ICU knows.
func cedRename(name string) string {
	switch encoding.LowerASCII(name) {
	case "cns", "euc":
		return "euc-tw"
	}
	return name
}
