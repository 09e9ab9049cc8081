// Package ucl implements UCL, the configuration language of rspamd, with
// the exact behaviour of the libucl that rspamd 4.1.5 embeds: what it
// accepts and rejects, its error messages (line and column included), the
// shape of the resulting object tree and every output byte of its emitters.
//
// It owns:
//   - the object model (Object): scalars, ordered objects, arrays, implicit
//     arrays built from repeated keys (Values/Next), per-object priorities
//     (four bits, as upstream) and flags;
//   - the parser (Parser): UCL and JSON input with all separators, comments,
//     heredocs, number suffixes, variables ($VAR, ${VAR}), the macros
//     .include/.try_include/.includes/.priority/.load/.inherit with all
//     their arguments, duplicate strategies, chunk priorities, saved
//     comments, special handlers (the hook rspamd's Jinja pre-processor and
//     config decryption use), custom macros and include tracing; plus
//     MessagePack and canonical S-expression input;
//   - the emitters (Emit, EmitWith, Append): json, json-compact, config,
//     yaml and msgpack, byte-identical to libucl's, with optional comments
//     and a pluggable float format;
//   - helpers: Lookup, LookupPath, Merge, Copy, Compare, SortKeys,
//     FromString.
//
// Upstream quirks are reproduced on purpose where they change results
// (error texts, implicit array rendering, lengths kept by Copy that show in
// msgpack output, .try_include failing on missing files). The few places
// where this package deliberately differs are commented where they occur.
//
// A Parser and the objects it builds are not safe for concurrent use;
// finished objects may be read from several goroutines.
//
// A typical configuration load:
//
//	p := ucl.NewParser(ucl.ParserSaveComments)
//	p.RegisterVariable("CONFDIR", "/etc/rspamd")
//	if err := p.SetFileVars(path, true); err != nil { ... }
//	if err := p.AddChunk(data); err != nil { ... }
//	cfg := p.Object()
package ucl
