package mime

// DecodeQP decodes quoted-printable text as rspamd_decode_qp_buf does (see
// decodeQP); the Lua API's rspamd_util.decode_qp uses it.
func DecodeQP(in []byte) []byte {
	return decodeQP(in)
}
