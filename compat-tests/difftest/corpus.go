package difftest

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
)

// Message is one message of a corpus.
type Message struct {
	// Name is the message's path relative to the corpus directory, with '/'
	// separators; it names the message in reports and its golden reply.
	Name string
	// Path is the message file ("" when the message is known only from
	// golden replies).
	Path string
	// Envelope is the envelope from the message's sidecar.
	Envelope Envelope
}

// notMessages are the name endings of the corpus files that are not
// messages: envelope sidecars, DNS zones, documentation.
var notMessages = []string{".env", ".zone", ".md"}

// isMessage reports whether a corpus file name is a message: every file is,
// except hidden ones and those ending as in notMessages.
func isMessage(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	for _, suffix := range notMessages {
		if strings.HasSuffix(name, suffix) {
			return false
		}
	}
	return true
}

// ListCorpus returns the messages under dir (all subdirectories), sorted by
// name, each with the envelope of its sidecar.
func ListCorpus(dir string) ([]Message, error) {
	var msgs []Message
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !isMessage(d.Name()) {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		env, err := ReadEnvelope(path)
		if err != nil {
			return err
		}
		msgs = append(msgs, Message{Name: filepath.ToSlash(rel), Path: path, Envelope: env})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	if len(msgs) == 0 {
		return nil, fmt.Errorf("corpus %s: no messages", dir)
	}
	sortMessages(msgs)
	return msgs, nil
}

func sortMessages(msgs []Message) {
	sort.Slice(msgs, func(i, j int) bool { return msgs[i].Name < msgs[j].Name })
}
