// Package encoding implements the text encodings of binary data exactly as
// rspamd writes and reads them: its three base32 alphabets (the default
// zbase32-like one with least-significant-bit-first packing, bleach and RFC
// 4648), its base64 encoder with optional line folding and its lenient
// base64 decoder, and its hex codec.
//
// The quirks of rspamd's decoders are part of the contract: keys, salts and
// hashes written by real rspamd must read back to the same bytes, and bad
// input must be rejected (or tolerated) exactly where rspamd rejects (or
// tolerates) it.
package encoding
