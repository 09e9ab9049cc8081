package difftest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
)

// Options says what Run does.
type Options struct {
	// Sources are the two sources to compare (the first is called A, the
	// second B), or the one source to record.
	Sources []Source
	// Corpus is the message directory. It may be empty when every source is
	// a Golden: the messages are then those with a golden reply.
	Corpus string
	// Record, when set, makes Run write the replies of its one source there
	// instead of comparing.
	Record *Golden
	// Parallel is how many messages are scanned at once (at least 1).
	Parallel int
}

// Result counts the messages of a run.
type Result struct {
	Messages  int
	Identical int // compared equal (or recorded)
	Differ    int // differed, or a source had no usable reply
}

// Run compares (or records) the sources' replies for every message and
// writes the report to w: the differences of each message, a table of
// mismatches per symbol, and as last line "N messages: X identical, Y
// differ". An error means the run could not be made at all.
func Run(ctx context.Context, opts Options, w io.Writer) (Result, error) {
	want := 2
	if opts.Record != nil {
		want = 1
	}
	if len(opts.Sources) != want {
		return Result{}, fmt.Errorf("need %d sources, got %d", want, len(opts.Sources))
	}
	msgs, err := listMessages(opts)
	if err != nil {
		return Result{}, err
	}
	replies := fetchAll(ctx, opts.Sources, msgs, max(opts.Parallel, 1))
	if opts.Record != nil {
		return record(*opts.Record, opts.Sources[0].Label(), msgs, replies, w)
	}
	la, lb := opts.Sources[0].Label(), opts.Sources[1].Label()
	if la == lb {
		la, lb = la+"1", lb+"2"
	}
	rep := newReport(la, lb)
	for i, m := range msgs {
		rep.add(m.Name, compareReplies(replies[i], la, lb))
	}
	rep.write(w)
	return rep.result, nil
}

// listMessages returns the corpus, or without one the messages the golden
// sources have replies for.
func listMessages(opts Options) ([]Message, error) {
	if opts.Corpus != "" {
		return ListCorpus(opts.Corpus)
	}
	seen := map[string]bool{}
	var msgs []Message
	for _, s := range opts.Sources {
		g, ok := s.(Golden)
		if !ok {
			return nil, errors.New("a live source needs the corpus directory")
		}
		gm, err := g.Messages()
		if err != nil {
			return nil, err
		}
		for _, m := range gm {
			if !seen[m.Name] {
				seen[m.Name] = true
				msgs = append(msgs, m)
			}
		}
	}
	if len(msgs) == 0 {
		return nil, errors.New("no messages: the golden directories are empty")
	}
	sortMessages(msgs)
	return msgs, nil
}

// reply is one source's answer for one message.
type reply struct {
	data []byte
	err  error
}

// fetchAll gets every source's reply for every message, parallel messages
// at a time; result[i][j] is source j's reply for message i.
func fetchAll(ctx context.Context, sources []Source, msgs []Message, parallel int) [][]reply {
	out := make([][]reply, len(msgs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range parallel {
		wg.Go(func() {
			for i := range next {
				out[i] = make([]reply, len(sources))
				for j, s := range sources {
					out[i][j].data, out[i][j].err = s.Reply(ctx, msgs[i])
				}
			}
		})
	}
	for i := range msgs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// compareReplies parses and compares the two replies of one message; a
// reply that is missing or does not parse is a KindError difference.
func compareReplies(rs []reply, la, lb string) []Diff {
	var parsed [2]*Reply
	var diffs []Diff
	for j, r := range rs {
		err := r.err
		if err == nil {
			parsed[j], err = ParseReply(r.data)
		}
		if err != nil {
			diffs = append(diffs, Diff{Kind: KindError, A: []string{la, lb}[j] + ": " + err.Error()})
		}
	}
	if diffs != nil {
		return diffs
	}
	return Compare(parsed[0], parsed[1])
}

func record(g Golden, label string, msgs []Message, replies [][]reply, w io.Writer) (Result, error) {
	res := Result{Messages: len(msgs)}
	for i, m := range msgs {
		r := replies[i][0]
		err := r.err
		if err == nil {
			if _, err = ParseReply(r.data); err == nil {
				err = g.Record(m, r.data)
			}
		}
		if err != nil {
			fmt.Fprintf(w, "%s: %s: %v\n", m.Name, label, err)
			res.Differ++
			continue
		}
		res.Identical++
	}
	fmt.Fprintf(w, "%d messages: %d recorded in %s, %d failed\n", res.Messages, res.Identical, g.Dir, res.Differ)
	if res.Differ > 0 {
		return res, fmt.Errorf("%d replies could not be recorded", res.Differ)
	}
	return res, nil
}
