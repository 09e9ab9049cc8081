// Package difftest is the differential runner: it scans a corpus of
// messages with two sources (the oracle, our rspamd, or a directory of
// golden replies) and reports where their /checkv2 replies differ: action,
// score (within ScoreTolerance), the set of symbols, each symbol's score,
// options and other fields, and every other top-level reply field except
// the time measurements. It also records a live source's replies as goldens.
//
// Each message may have an envelope sidecar (see ParseEnvelope and
// compat-tests/README.md) whose fields go out as the /checkv2 request
// headers.
package difftest
