package difftest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// Source gives the /checkv2 reply for a message: a live scanner or a
// directory of golden replies.
type Source interface {
	// Label names the source in reports ("oracle", "ours", "golden").
	Label() string
	// Reply returns the raw reply body for m. Its errors need not name
	// the source: the caller adds the label.
	Reply(ctx context.Context, m Message) ([]byte, error)
}

// Scanner is a live scanner reached over HTTP: each message is POSTed to
// its /checkv2 with the message's envelope as request headers.
type Scanner struct {
	label  string
	url    string
	client *http.Client
}

// NewScanner returns the scanner at base, an http URL; when base has no
// path, /checkv2 is used.
func NewScanner(label, base string, client *http.Client) (*Scanner, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", label, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("%s: want an http URL such as http://127.0.0.1:11333, got %q", label, base)
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = "/checkv2"
	}
	return &Scanner{label: label, url: u.String(), client: client}, nil
}

// Label implements Source.
func (s *Scanner) Label() string { return s.label }

// Reply implements Source: a reply other than 200 OK is an error.
func (s *Scanner) Reply(ctx context.Context, m Message) ([]byte, error) {
	if m.Path == "" {
		return nil, fmt.Errorf("no message file for %s (give the corpus directory)", m.Name)
	}
	body, err := os.ReadFile(m.Path)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	m.Envelope.setHeaders(req.Header)
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	reply, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("reading reply: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %s: %.200s", resp.Status, reply)
	}
	return reply, nil
}

// Golden is a directory of replies recorded from a scanner: the reply for
// message NAME is the file NAME.json.
type Golden struct {
	Dir string
}

// goldenExt ends the name of every golden reply file.
const goldenExt = ".json"

// Label implements Source.
func (g Golden) Label() string { return "golden" }

// Reply implements Source.
func (g Golden) Reply(_ context.Context, m Message) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(g.Dir, filepath.FromSlash(m.Name)+goldenExt))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no reply for %s in %s", m.Name, g.Dir)
	}
	return data, err
}

// Messages returns the messages the directory has replies for, sorted by
// name, without message files or envelopes.
func (g Golden) Messages() ([]Message, error) {
	var msgs []Message
	err := filepath.WalkDir(g.Dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, goldenExt) {
			return err
		}
		rel, err := filepath.Rel(g.Dir, strings.TrimSuffix(path, goldenExt))
		if err != nil {
			return err
		}
		msgs = append(msgs, Message{Name: filepath.ToSlash(rel)})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("golden %s: %w", g.Dir, err)
	}
	sortMessages(msgs)
	return msgs, nil
}

// Record writes reply as the golden reply of m, creating directories as
// needed.
func (g Golden) Record(m Message, reply []byte) error {
	path := filepath.Join(g.Dir, filepath.FromSlash(m.Name)+goldenExt)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("golden: %w", err)
	}
	if err := os.WriteFile(path, reply, 0o644); err != nil {
		return fmt.Errorf("golden: %w", err)
	}
	return nil
}
