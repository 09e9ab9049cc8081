package cryptocompat

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
)

// runOracleLua runs a Lua script with rspamadm lua inside the oracle and
// returns its standard output.
func runOracleLua(t testing.TB, script string) string {
	t.Helper()
	dir, inner := oraclebench.TempDir(t)
	if err := os.WriteFile(filepath.Join(dir, "t.lua"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	cmd := oraclebench.Command("lua", inner+"/t.lua")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("rspamadm lua: %v\n%s", err, stderr.String())
	}
	return stdout.String()
}

// TestOracleDecryptsOurs has real rspamd decrypt blobs and cookies we
// encrypted and verify signatures we made.
func TestOracleDecryptsOurs(t *testing.T) {
	oraclebench.Need(t)
	kp, err := cryptobox.GenerateKeypair(cryptobox.KEX, nil)
	if err != nil {
		t.Fatal(err)
	}
	skp, err := cryptobox.GenerateKeypair(cryptobox.SignKey, nil)
	if err != nil {
		t.Fatal(err)
	}
	var script strings.Builder
	fmt.Fprintf(&script, `local cb = require "rspamd_cryptobox"
local kpmod = require "rspamd_cryptobox_keypair"
local pkmod = require "rspamd_cryptobox_pubkey"
local sigmod = require "rspamd_cryptobox_signature"
local util = require "rspamd_util"
local function unhex(s) return (s:gsub('..', function(h) return string.char(tonumber(h, 16)) end)) end
local kp = kpmod.load({privkey = %q, pubkey = %q})
local spk = pkmod.create(%q, "sign")
`, kp.Print(cryptobox.EncodingZbase32, cryptobox.PartSecretKey), kp.Print(cryptobox.EncodingZbase32, cryptobox.PartPublicKey),
		skp.Print(cryptobox.EncodingZbase32, cryptobox.PartPublicKey))
	var want []string
	for _, n := range []int{1, 63, 64, 65, 1000, 5000} {
		msg := bytes.Repeat([]byte{byte(n)}, n)
		blob, err := kp.Pubkey().EncryptBlob(msg, nil)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&script, "do local ok, res = cb.decrypt_memory(kp, unhex(%q)); print(ok, #tostring(res), tostring(res) == unhex(%q)) end\n",
			encoding.EncodeHex(blob), encoding.EncodeHex(msg))
		want = append(want, fmt.Sprintf("true\t%d\ttrue", n))
		sig, err := cryptobox.Sign(skp.SecretKey(), msg)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&script, "print(cb.verify_memory(spk, sigmod.create(unhex(%q)), unhex(%q)))\n", encoding.EncodeHex(sig), encoding.EncodeHex(msg))
		want = append(want, "true")
	}
	key := "0123456789abcdef0123456789abcdef"
	for _, c := range []string{"", "cookie", "fifteen bytes!!"} {
		enc, err := cryptobox.EncryptCookie([]byte(key), []byte(c), 1700000000, nil)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&script, "print(cb.decrypt_cookie(%q, %q))\n", key, enc)
		want = append(want, c+"\t1700000000")
	}
	got := strings.Split(strings.TrimSpace(runOracleLua(t, script.String())), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("oracle says\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
