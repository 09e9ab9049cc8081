package mime

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"
)

// seedMessages adds the synthetic task dump messages (and a few inline
// ones) as fuzz seeds.
func seedMessages(f *testing.F) {
	f.Add([]byte("From: a@b.c\nSubject: x\n\nbody\n"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nA\n--x--\n"))
	f.Add([]byte(""))
	files, _ := filepath.Glob(filepath.Join("..", "..", "compat-tests", "taskdump", "synth", "*", "*.eml"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
			f.Add(b)
		}
	}
}

// FuzzParse runs the whole message pipeline (MIME structure, headers,
// addresses, Received, text parts, words) on arbitrary input.
func FuzzParse(f *testing.F) {
	seedMessages(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		msg, err := Parse(data, &Options{})
		if err != nil {
			return
		}
		msg.Process()
		if len(msg.Parts) > maxParts {
			t.Fatalf("%d parts", len(msg.Parts))
		}
	})
}

func FuzzParseContentType(f *testing.F) {
	for _, s := range []string{"text/plain; charset=utf-8", "multipart/mixed; boundary=\"x\"",
		"a/b; n*0*=utf-8''%41; n*1=b", "text/plain (c); x=\"q\\\"\"", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseContentType(s)
	})
}

func FuzzParseContentDisposition(f *testing.F) {
	for _, s := range []string{"attachment; filename=\"a.txt\"", "inline", "attachment; filename*=utf-8''%D1%84",
		"attachment; filename*0=a; filename*1=b", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseContentDisposition(s)
	})
}

func FuzzHeaders(f *testing.F) {
	f.Add([]byte("A: b\nC: d\n e\n\nbody"))
	f.Add([]byte("A:\r\n\r\n"))
	f.Add([]byte(":\n \n\t\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var lim headerLimits
		parseHeaders(data, true, &lim)
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("a=3Db=\r\nc"))
	f.Add([]byte("begin 644 x\n,2&5L;&\\L\n`\nend\n"))
	f.Add([]byte("SGVsbG8="))
	f.Fuzz(func(t *testing.T, data []byte) {
		if out := DecodeQP(data); len(out) > len(data) {
			t.Fatalf("QP output longer than input")
		}
		decodeUUE(data)
		guessCTE(data)
	})
}

// hostile builds messages that stress the parser's limits.
func hostile() map[string][]byte {
	m := map[string][]byte{}
	var b bytes.Buffer
	// Deep multipart nesting.
	b.WriteString("Content-Type: multipart/mixed; boundary=\"n0\"\n\n")
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&b, "--n%d\nContent-Type: multipart/mixed; boundary=\"n%d\"\n\n", i, i+1)
	}
	m["deep-multipart"] = bytes.Clone(b.Bytes())
	b.Reset()
	// Deep message/rfc822 nesting.
	for i := 0; i < 5000; i++ {
		b.WriteString("Content-Type: message/rfc822\n\n")
	}
	b.WriteString("Subject: leaf\n\nleaf\n")
	m["deep-rfc822"] = bytes.Clone(b.Bytes())
	b.Reset()
	// Many parts.
	b.WriteString("Content-Type: multipart/mixed; boundary=x\n\n")
	for i := 0; i < 50000; i++ {
		b.WriteString("--x\n\np\n")
	}
	m["many-parts"] = bytes.Clone(b.Bytes())
	b.Reset()
	// Many boundaries that close nothing.
	b.WriteString("Content-Type: multipart/mixed; boundary=x\n\n")
	for i := 0; i < 200000; i++ {
		b.WriteString("--y\n--x--\n")
	}
	m["many-boundaries"] = bytes.Clone(b.Bytes())
	b.Reset()
	// One huge header and many headers.
	m["huge-header"] = []byte("X-Big: " + strings.Repeat("a", 8<<20) + "\n\nbody\n")
	m["huge-folded"] = []byte("X-Big: a" + strings.Repeat("\n b", 1<<20) + "\n\nbody\n")
	m["many-headers"] = []byte(strings.Repeat("X-H: v\n", 300000) + "\nbody\n")
	m["many-received"] = []byte(strings.Repeat("Received: from a (a [10.0.0.1]) by b with ESMTP; Tue, 14 Jan 2025 10:23:45 +0100\n", 50000) + "\nbody\n")
	m["many-addresses"] = []byte("To: " + strings.Repeat("a@b.c, ", 500000) + "\n\nbody\n")
	m["long-line"] = []byte("Subject: x\n\n" + strings.Repeat("word ", 2<<20) + "\n")
	m["many-newlines"] = []byte("Subject: x\n\n" + strings.Repeat("\n", 4<<20))
	m["nul-bytes"] = bytes.Repeat([]byte{0}, 4<<20)
	return m
}

// TestHostile checks that hostile messages are parsed without panics in
// bounded time and memory.
func TestHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for name, data := range hostile() {
		t.Run(name, func(t *testing.T) {
			var before, after goruntime.MemStats
			goruntime.GC()
			goruntime.ReadMemStats(&before)
			start := time.Now()
			msg, err := Parse(data, &Options{})
			if err == nil {
				msg.Process()
			}
			el := time.Since(start)
			goruntime.ReadMemStats(&after)
			alloc := after.TotalAlloc - before.TotalAlloc
			t.Logf("%d bytes: %v, %d MB allocated, err=%v", len(data), el, alloc>>20, err)
			if el > 20*time.Second {
				t.Errorf("took %v", el)
			}
			if alloc > uint64(len(data))*64+(256<<20) {
				t.Errorf("allocated %d MB for %d bytes", alloc>>20, len(data))
			}
		})
	}
}
