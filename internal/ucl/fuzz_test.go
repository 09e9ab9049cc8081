package ucl

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addSeeds adds the files of testdata/seed and a few inline inputs.
func addSeeds(f *testing.F, withFlags bool) {
	files, err := filepath.Glob(filepath.Join("testdata", "seed", "*"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seeds: %v", err)
	}
	inline := []string{"", "{", "[", "a = [1, {b = <<EOD\nx\nEOD\n}]", ".priority 3\na = 1k", `a = "\u00e9\"`}
	var seeds [][]byte
	for _, s := range inline {
		seeds = append(seeds, []byte(s))
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	for i, s := range seeds {
		if withFlags {
			f.Add(s, uint8(i))
		} else {
			f.Add(s)
		}
	}
}

// FuzzParse parses arbitrary input with arbitrary flags (macros that touch
// the file system are disabled), emits the result in every format and
// checks that JSON output parses back and settles after one round trip.
func FuzzParse(f *testing.F) {
	addSeeds(f, true)
	f.Fuzz(func(t *testing.T, data []byte, fl uint8) {
		flags := ParserFlags(fl) & (ParserKeyLowercase | ParserNoTime | ParserNoImplicitArrays | ParserSaveComments)
		flags |= ParserNoFileVars
		if fl&0x80 != 0 {
			flags |= ParserDisableMacro
		}
		p := NewParser(flags)
		p.RegisterVariable("A", "value")
		for _, m := range []string{"include", "try_include", "includes", "load"} {
			p.RegisterMacro(m, func(*Parser, []byte, *Object, *Object) error { return nil })
		}
		pt := ParseType(fl>>5) & 3
		if p.AddChunkFull(data, 0, DuplicateAppend, pt) != nil {
			p.ErrorMessage()
			return
		}
		obj := p.Object()
		if obj == nil {
			return
		}
		for fm := FormatJSON; fm <= FormatMsgpack; fm++ {
			EmitWith(obj, fm, EmitOptions{Comments: p.Comments()})
		}
		round := func(in []byte) ([]byte, bool) {
			q := NewParser(ParserNoFileVars | ParserDisableMacro)
			if err := q.AddChunk(in); err != nil {
				// subnormal floats print in a form the lexer rejects
				if strings.Contains(err.Error(), "numeric value out of range") {
					return nil, false
				}
				t.Fatalf("emitted JSON does not parse: %v\n%q", err, in)
			}
			return Emit(q.Object(), FormatJSONCompact), true
		}
		first, ok := round(Emit(obj, FormatJSON))
		if !ok {
			return
		}
		second, _ := round(first)
		if third, _ := round(second); !bytes.Equal(second, third) {
			t.Fatalf("JSON round trip unstable:\n%q\n%q", second, third)
		}
		mp := Emit(obj, FormatMsgpack)
		q := NewParser(ParserNoFileVars)
		_ = q.AddChunkFull(mp, 0, DuplicateAppend, ParseMsgpack)
	})
}

// FuzzMsgpack feeds arbitrary bytes to the msgpack and csexp parsers.
func FuzzMsgpack(f *testing.F) {
	addSeeds(f, false)
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, pt := range []ParseType{ParseMsgpack, ParseCSexp, ParseAuto} {
			p := NewParser(ParserNoFileVars)
			if p.AddChunkFull(data, 0, DuplicateAppend, pt) == nil && p.Object() != nil {
				Emit(p.Object(), FormatJSON)
				Emit(p.Object(), FormatMsgpack)
			}
		}
	})
}
