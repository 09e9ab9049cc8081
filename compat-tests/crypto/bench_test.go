package cryptocompat

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/password"
)

// benchCase is one operation timed on both sides: run is ours, lua is the
// body of the oracle's timing loop (buf holds size bytes).
type benchCase struct {
	name string
	size int
	run  func(b *testing.B, buf []byte)
	lua  string
}

var benchSizes = []int{16, 256, 4096}

func benchCases() []benchCase {
	var cs []benchCase
	fast := []struct {
		name string
		typ  fasthash.Type
	}{{"xxh64", fasthash.XXH64}, {"xxh32", fasthash.XXH32}, {"xxh3", fasthash.XXH3}, {"mum", fasthash.Mum}, {"t1ha2", fasthash.T1ha}}
	for _, f := range fast {
		for _, n := range benchSizes {
			typ := f.typ
			cs = append(cs, benchCase{
				name: f.name, size: n,
				run: func(b *testing.B, buf []byte) {
					for b.Loop() {
						fasthash.Sum(typ, buf, 42)
					}
				},
				lua: fmt.Sprintf("C.rspamd_cryptobox_fast_hash_specific(%d, buf, %d, 42)", typ, n),
			})
		}
	}
	for _, n := range benchSizes {
		cs = append(cs, benchCase{
			name: "siphash", size: n,
			run: func(b *testing.B, buf []byte) {
				var k [16]byte
				for b.Loop() {
					fasthash.SipHash24(&k, buf)
				}
			},
			lua: fmt.Sprintf("C.rspamd_cryptobox_siphash(out, buf, %d, key)", n),
		}, benchCase{
			name: "blake2b", size: n,
			run: func(b *testing.B, buf []byte) {
				for b.Loop() {
					cryptobox.Hash(buf)
				}
			},
			lua: fmt.Sprintf("C.rspamd_cryptobox_hash(out, buf, %d, nil, 0)", n),
		}, benchCase{
			name: "icase", size: n,
			run: func(b *testing.B, buf []byte) {
				for b.Loop() {
					fasthash.CaselessHash(buf, 42)
				}
			},
			lua: fmt.Sprintf("C.rspamd_icase_hash(buf, %d, 42)", n),
		}, benchCase{
			name: "encrypt", size: n,
			run: func(b *testing.B, buf []byte) {
				var nonce [24]byte
				var nm cryptobox.NM
				for b.Loop() {
					cryptobox.EncryptNM(buf, &nonce, &nm)
				}
			},
			lua: fmt.Sprintf("C.rspamd_cryptobox_encrypt_nm_inplace(buf, %d, key, key, out)", n),
		})
	}
	salt := make([]byte, 20)
	for _, a := range password.Algorithms {
		alg := a
		cs = append(cs, benchCase{
			name: alg.Alias, size: 8,
			run: func(b *testing.B, buf []byte) {
				for b.Loop() {
					alg.Derive(buf, salt)
				}
			},
			lua: fmt.Sprintf("C.rspamd_cryptobox_pbkdf(buf, 8, key, 20, out, 32, %d, %d)", alg.Rounds, alg.Kind),
		})
	}
	return cs
}

var (
	oracleOnce    sync.Once
	oracleTimings map[string]float64
	oracleErr     string
)

// oracleNsPerOp times every case in the oracle once, through LuaJIT's FFI
// on its own librspamd-server.so (so each call carries a few nanoseconds
// of FFI overhead).
func oracleNsPerOp(b *testing.B) map[string]float64 {
	oracleOnce.Do(func() {
		if _, err := os.Stat(oraclebench.Root + "/usr/bin/rspamadm"); err != nil || os.Geteuid() != 0 {
			oracleErr = "oracle not available (needs " + oraclebench.Root + " and root)"
			return
		}
		var s strings.Builder
		s.WriteString(`local ffi = require "ffi"
local util = require "rspamd_util"
ffi.cdef[[
uint64_t rspamd_cryptobox_fast_hash_specific(int type, const void *data, size_t len, uint64_t seed);
void rspamd_cryptobox_siphash(unsigned char *out, const unsigned char *in, unsigned long long inlen, const unsigned char *k);
void rspamd_cryptobox_hash(unsigned char *out, const unsigned char *data, size_t len, const unsigned char *key, size_t keylen);
uint64_t rspamd_icase_hash(const char *in, size_t len, uint64_t seed);
void rspamd_cryptobox_encrypt_nm_inplace(unsigned char *data, size_t len, const unsigned char *nonce, const unsigned char *nm, unsigned char *sig);
int rspamd_cryptobox_pbkdf(const char *pass, size_t pass_len, const uint8_t *salt, size_t salt_len, uint8_t *key, size_t key_len, unsigned int complexity, int type);
]]
local C = ffi.C
local buf = ffi.new("unsigned char[4096]")
local out = ffi.new("unsigned char[64]")
local key = ffi.new("unsigned char[64]")
-- the best of three runs of at least 0.1 s each
local function time(name, f)
  local n = 1
  while true do
    local t0 = util.get_ticks()
    f(n)
    local dt = util.get_ticks() - t0
    if dt > 0.1 then
      local best = dt
      for _ = 1, 2 do
        t0 = util.get_ticks()
        f(n)
        best = math.min(best, util.get_ticks() - t0)
      end
      print(name, best * 1e9 / n)
      return
    end
    n = n * 4
  end
end
`)
		for _, c := range benchCases() {
			fmt.Fprintf(&s, "time(%q, function(n) for _ = 1, n do %s end end)\n", c.name+"/"+strconv.Itoa(c.size), c.lua)
		}
		oracleTimings = map[string]float64{}
		out := runOracleLua(b, s.String())
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			name, v, ok := strings.Cut(line, "\t")
			f, err := strconv.ParseFloat(v, 64)
			if !ok || err != nil {
				oracleErr = "bad oracle timing line: " + line
				return
			}
			oracleTimings[name] = f
		}
	})
	if oracleErr != "" {
		b.Log(oracleErr)
	}
	return oracleTimings
}

// BenchmarkVsOracle times each hash, cipher and KDF and reports the
// oracle's ns/op and our ratio to it (ours/oracle: below 1 is faster).
func BenchmarkVsOracle(b *testing.B) {
	for _, c := range benchCases() {
		b.Run(c.name+"/"+strconv.Itoa(c.size), func(b *testing.B) {
			buf := make([]byte, c.size)
			for i := range buf {
				buf[i] = byte(i)
			}
			b.SetBytes(int64(c.size))
			c.run(b, buf)
			if ns, ok := oracleNsPerOp(b)[c.name+"/"+strconv.Itoa(c.size)]; ok && b.N > 0 {
				ours := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
				b.ReportMetric(ns, "oracle-ns/op")
				b.ReportMetric(ours/ns, "ratio")
			}
		})
	}
}
