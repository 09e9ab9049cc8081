package admin

import (
	"bufio"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

// history is the interactive loop's input history, kept in a file in the
// format of the replxx line editor upstream uses: each entry is a line
// "### YYYY-MM-DD HH:MM:SS.mmm" followed by the input.
type history struct {
	path    string
	max     int
	entries []historyEntry
}

type historyEntry struct {
	when, text string
}

// historyTimeFormat is the format of an entry's time stamp.
const historyTimeFormat = "2006-01-02 15:04:05.000"

// newHistory loads the history file at path, keeping at most max entries.
func newHistory(path string, max int) *history {
	h := &history{path: path, max: max}
	h.entries = loadHistory(path)
	h.normalize()
	return h
}

// loadHistory reads the entries of a history file (none when it cannot be
// read).
func loadHistory(path string) []historyEntry {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	return parseHistory(f)
}

// parseHistory reads history entries; lines before any time stamp get the
// zero time, empty lines are skipped.
func parseHistory(r io.Reader) []historyEntry {
	var out []historyEntry
	when := "0000-00-00 00:00:00.000"
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexAny(line, "\r\n"); i >= 0 {
			line = line[:i]
		}
		if isHistoryStamp(line) {
			when = line[4:]
			continue
		}
		if line != "" {
			out = append(out, historyEntry{when, line})
		}
	}
	return out
}

// isHistoryStamp reports whether line is "### dddd-dd-dd dd:dd:dd.ddd".
func isHistoryStamp(line string) bool {
	const pattern = "### dddd-dd-dd dd:dd:dd.ddd"
	if len(line) != len(pattern) {
		return false
	}
	for i := range len(pattern) {
		if pattern[i] == 'd' {
			if line[i] < '0' || line[i] > '9' {
				return false
			}
		} else if line[i] != pattern[i] {
			return false
		}
	}
	return true
}

// add records an input line.
func (h *history) add(text string) {
	if h.max <= 0 || text == "" {
		return
	}
	now := time.Now().Format(historyTimeFormat)
	if n := len(h.entries); n > 0 && h.entries[n-1].text == text {
		h.entries[n-1].when = now
		return
	}
	h.entries = slices.DeleteFunc(h.entries, func(e historyEntry) bool { return e.text == text })
	h.entries = append(h.entries, historyEntry{now, text})
	h.trim()
}

// normalize sorts the entries by time, keeps the latest of equal inputs
// and trims to the maximum size.
func (h *history) normalize() {
	slices.SortStableFunc(h.entries, func(a, b historyEntry) int { return strings.Compare(a.when, b.when) })
	seen := map[string]bool{}
	var keep []historyEntry
	for i := len(h.entries) - 1; i >= 0; i-- {
		if e := h.entries[i]; !seen[e.text] {
			seen[e.text] = true
			keep = append(keep, e)
		}
	}
	slices.Reverse(keep)
	h.entries = keep
	h.trim()
}

func (h *history) trim() {
	if h.max >= 0 && len(h.entries) > h.max {
		h.entries = h.entries[len(h.entries)-h.max:]
	}
}

// save merges the entries with those the file holds now (another session
// may have written it) and writes the file, readable by its owner only.
func (h *history) save() error {
	merged := &history{path: h.path, max: h.max, entries: append(slices.Clone(h.entries), loadHistory(h.path)...)}
	merged.normalize()
	var b strings.Builder
	for _, e := range merged.entries {
		b.WriteString("### " + e.when + "\n" + e.text + "\n")
	}
	if err := os.WriteFile(h.path, []byte(b.String()), 0o600); err != nil {
		return err
	}
	return os.Chmod(h.path, 0o600)
}
