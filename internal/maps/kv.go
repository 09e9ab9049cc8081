package maps

import (
	"errors"
	"io"
)

// kvState is the state of the list parser, kept between chunks.
type kvState uint8

const (
	kvSkipSpacesBeforeKey kvState = iota
	kvReadKey
	kvReadKeyQuoted
	kvReadKeySlashed
	kvSkipSpacesAfterKey
	kvBackslashQuoted
	kvBackslashSlashed
	kvReadKeyAfterSlash
	kvReadValue
	kvReadCommentStart
	kvSkipComment
	kvReadEOL
)

// isSpace is g_ascii_isspace (no vertical tab).
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// strip is g_strstrip applied to a C string copied out of b: the text
// ends at the first NUL and loses its leading and trailing spaces.
func strip(b []byte) string {
	for i, c := range b {
		if c == 0 {
			b = b[:i]
			break
		}
	}
	i, j := 0, len(b)
	for i < j && isSpace(b[i]) {
		i++
	}
	for j > i && isSpace(b[j-1]) {
		j--
	}
	return string(b[i:j])
}

// kvParser is rspamd_parse_kv_list, the state machine that reads every
// list-like map: one "key [value]" per line, "#" comments, keys in double
// quotes (backslash escapes the next byte and stays in the key; spaces
// inside are allowed) or slashes (a regexp "/.../flags" whose slashes may
// enclose spaces and newlines). A key alone gets the default value.
//
// Like upstream it is fed chunk by chunk and keeps only its state between
// chunks, not the key read so far: a line cut between its key and its value
// by a chunk boundary loses its key (the value then reports "empty or
// invalid key"), and a boundary right after a line makes the driver feed
// its last token again. Upstream reads files in 1 MiB chunks, so these
// quirks show in maps over 1 MiB; feedChunks reproduces them.
type kvParser struct {
	state  kvState
	def    string
	insert func(key, value string)
	// invalid reports "empty or invalid key found on line N" (N counts
	// newlines from the start of the current chunk).
	invalid func(line int)
}

// parse consumes chunk and returns the offset of the first byte the next
// chunk must start with (upstream's returned pointer). With final the
// pending key or value is stored and the state reset.
func (kp *kvParser) parse(chunk []byte, final bool) int {
	p, c, end := 0, 0, len(chunk)
	var key string
	hasKey := false
	line := 0
	storeKey := func() {
		for p > c && isSpace(chunk[c]) {
			c++
		}
		key, hasKey = strip(chunk[c:p]), true
	}
	storeValue := func() string {
		for p > c && isSpace(chunk[c]) {
			c++
		}
		return strip(chunk[c:p])
	}
	// endKey stores the key read so far (if any) with the default value.
	endKey := func() {
		if p-c > 0 {
			storeKey()
			kp.insert(key, kp.def)
		}
		hasKey = false
	}
	// endValue stores the pending key with the value read so far.
	endValue := func() {
		if p-c > 0 {
			kp.insert(key, storeValue())
		} else {
			kp.insert(key, kp.def)
		}
		hasKey = false
	}
	for p < end {
		ch := chunk[p]
		switch kp.state {
		case kvSkipSpacesBeforeKey:
			switch {
			case isSpace(ch):
				p++
			case ch == '"':
				p++
				c = p
				kp.state = kvReadKeyQuoted
			case ch == '/':
				c = p
				p++
				kp.state = kvReadKeySlashed
			default:
				c = p
				kp.state = kvReadKey
			}
		case kvReadKey, kvReadKeyAfterSlash:
			escaped := kp.state == kvReadKey && p > c && chunk[p-1] == '\\'
			switch {
			case ch == '#' && !escaped:
				endKey()
				kp.state = kvReadCommentStart
			case ch == '\r' || ch == '\n':
				endKey()
				kp.state = kvReadEOL
			case isSpace(ch):
				if p-c > 0 {
					storeKey()
					kp.state = kvSkipSpacesAfterKey
				} else {
					kp.invalid(line)
					kp.state = kvSkipComment
				}
			default:
				p++
			}
		case kvReadKeyQuoted:
			switch ch {
			case '\\':
				kp.state = kvBackslashQuoted
			case '"':
				storeKey()
				kp.state = kvSkipSpacesAfterKey
			}
			p++
		case kvReadKeySlashed:
			switch ch {
			case '\\':
				kp.state = kvBackslashSlashed
				p++
			case '/':
				kp.state = kvReadKeyAfterSlash
			default:
				p++
			}
		case kvBackslashQuoted:
			p++
			kp.state = kvReadKeyQuoted
		case kvBackslashSlashed:
			p++
			kp.state = kvReadKeySlashed
		case kvSkipSpacesAfterKey:
			if ch == ' ' || ch == '\t' {
				p++
			} else {
				c = p
				kp.state = kvReadValue
			}
		case kvReadValue:
			switch {
			case !hasKey:
				kp.invalid(line)
				kp.state = kvSkipComment
			case ch == '#':
				endValue()
				kp.state = kvReadCommentStart
			case ch == '\r' || ch == '\n':
				endValue()
				kp.state = kvReadEOL
			default:
				p++
			}
		case kvReadCommentStart:
			// Only entered on a '#', which is consumed here.
			kp.state = kvSkipComment
			p++
		case kvSkipComment:
			if ch == '\r' || ch == '\n' {
				kp.state = kvReadEOL
			} else {
				p++
			}
		case kvReadEOL:
			if ch == '\r' || ch == '\n' {
				if ch == '\n' {
					line++
				}
				p++
			} else {
				kp.state = kvSkipSpacesBeforeKey
			}
		}
	}
	if final {
		switch kp.state {
		case kvReadKey, kvReadKeySlashed, kvReadKeyQuoted, kvReadKeyAfterSlash:
			endKey()
		case kvReadValue:
			if hasKey {
				endValue()
			} else {
				kp.invalid(line)
			}
		}
		kp.state = kvSkipSpacesBeforeKey
	}
	return c
}

// chunkSize is the buffer upstream reads map files with.
const chunkSize = 1 << 20

// consumedAll is what a reader returns when it keeps nothing of a chunk
// (upstream's NULL).
const consumedAll = -1

// feedChunks is read_map_file_chunks: it reads size bytes from r through a
// buffer of at most 1 MiB and hands the reader the buffered bytes, keeping
// for the next read whatever the reader returns the offset of. final is
// set for the read that returns exactly the bytes still expected.
func feedChunks(r io.Reader, size int64, read func(chunk []byte, final bool) int) error {
	return feedChunksOf(r, size, chunkSize, read)
}

// feedChunksOf is feedChunks with a buffer of at most bufMax bytes.
func feedChunksOf(r io.Reader, size int64, bufMax int, read func(chunk []byte, final bool) int) error {
	bufLen := int(min(size, int64(bufMax)))
	if bufLen <= 0 {
		return nil
	}
	buf := make([]byte, bufLen)
	avail, pos := bufLen, 0
	remaining := size
	for {
		n, err := io.ReadAtLeast(r, buf[pos:pos+avail], avail)
		if n == 0 {
			if err != nil && !errors.Is(err, io.EOF) {
				return err
			}
			return nil
		}
		end := pos + n
		rest := read(buf[:end], int64(n) == remaining)
		if rest > 0 && rest < end {
			remain := end - rest
			copy(buf, buf[rest:end])
			pos = remain
			avail = bufLen - remain
		} else {
			avail, pos = bufLen, 0
		}
		remaining -= int64(n)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			return err
		}
	}
}
