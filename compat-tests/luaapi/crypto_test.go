package luaapi_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// replayedKinds are the crypto golden records crypto_replay.lua
// regenerates through the Lua API.
var replayedKinds = map[string]bool{
	"in": true, "fast_hash64": true, "hash": true, "reset": true, "kp": true, "kpdump": true,
	"kpload": true, "sig": true, "verify": true, "sigcreate": true, "pubkey": true, "kpenc": true,
	"kpdec": true, "sbox": true, "sboxdec": true, "cookie": true,
}

// TestCryptoReplay regenerates the records of the crypto goldens that
// compat-tests/crypto/vectors.lua made with rspamd_cryptobox,
// rspamd_cryptobox_hash, rspamd_cryptobox_keypair, rspamd_cryptobox_pubkey,
// rspamd_cryptobox_signature and rspamd_cryptobox_secretbox, through ours
// (crypto_replay.lua, which reproduces them exactly on the oracle).
func TestCryptoReplay(t *testing.T) {
	for _, name := range []string{"luahash.tsv", "cryptobox.tsv", "hashes.tsv"} {
		t.Run(name, func(t *testing.T) {
			var want []string
			for _, l := range lines(readGolden(t, "crypto", name)) {
				kind, _, _ := strings.Cut(l, "\t")
				if replayedKinds[kind] {
					want = append(want, l)
				}
			}
			got := lines(run(t, quiet, "crypto_replay.lua", filepath.Join(goldenDir, "crypto", name)))
			compareLines(t, got, want)
		})
	}
}
