package rfc2047

import "github.com/gorspamd/rspamd/internal/encoding"

// decodeQP2047 decodes the "Q" encoding of an encoded word as
// rspamd_decode_qp2047_buf does: '_' is a space, "=XY" a byte (a non-hex
// digit counts as zero), "=" and a line break a soft break, and a trailing
// '=' is kept.
func decodeQP2047(in []byte) []byte {
	out := make([]byte, 0, len(in))
	p := 0
	n := len(in)
	for p < n {
		if in[p] == '_' {
			out = append(out, ' ')
			p++
			continue
		}
		if in[p] != '=' {
			out = append(out, in[p])
			p++
			continue
		}
		p++
		if p == n {
			out = append(out, '=')
			break
		}
		c := in[p]
		p++
		if c == '\r' || c == '\n' {
			for p < n && (in[p] == '\r' || in[p] == '\n') {
				p++
			}
			continue
		}
		v, _ := encoding.HexValue(c)
		if p < n {
			lo, _ := encoding.HexValue(in[p])
			p++
			out = append(out, v*16+lo)
		}
	}
	return out
}
