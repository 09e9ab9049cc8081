package maps

import (
	"encoding/binary"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/hyperscan"
	"github.com/gorspamd/rspamd/internal/khash"
	"github.com/gorspamd/rspamd/internal/re"
)

// smallRegexpMap is the pattern count below which upstream compiles a
// regexp map's Hyperscan database at once; larger maps are matched with
// PCRE until a background compilation finishes.
const smallRegexpMap = 100

// hsMagic is rspamd's Hyperscan serialization magic, which upstream mixes
// into the digest of regexp maps when it is built with Hyperscan.
const hsMagic = "rshsre12"

// hsDB is a compiled Hyperscan database with a pool of scans.
type hsDB struct {
	db    *hyperscan.Database
	scans sync.Pool
}

// hsScan is a scratch space with the state of the scan using it; its
// callback is bound once, so a scan does not allocate.
type hsScan struct {
	s     *hyperscan.Scratch
	onHit func(id uint32, from, to uint64) bool
	all   bool     // every match, or the first
	ids   []uint32 // the matches so far
}

func (h *hsScan) hit(id uint32, _, _ uint64) bool {
	h.ids = append(h.ids, id)
	return !h.all
}

func (d *hsDB) newScan() (*hsScan, error) {
	s, err := hyperscan.NewScratch(d.db)
	if err != nil {
		return nil, err
	}
	h := &hsScan{s: s}
	h.onHit = h.hit
	return h, nil
}

// scan finds the patterns matching text (h.ids, in Hyperscan's order;
// only the first unless all); h goes back with d.scans.Put once read.
func (d *hsDB) scan(text []byte, all bool) (h *hsScan, err error) {
	h, _ = d.scans.Get().(*hsScan)
	if h == nil {
		if h, err = d.newScan(); err != nil {
			return nil, err
		}
	}
	h.all, h.ids = all, h.ids[:0]
	if _, err = h.s.Scan(d.db, text, h.onHit); err != nil {
		d.scans.Put(h)
		return nil, err
	}
	return h, nil
}

// regexpContent backs the regexp, regexp_multi, glob and glob_multi maps
// (rspamd_regexp_map_helper): each key is a regexp (or a glob matched
// against the whole subject), tried in the order of the list.
type regexpContent struct {
	m       *Map
	glob    bool
	utf     bool // some pattern is in UTF-8 mode: subjects are validated
	table   khash.Table[string, *entry, keyOps]
	regexps []*re.Regexp
	values  []*entry
	hst     *cryptobox.Hasher
	hs      atomic.Pointer[hsDB]
}

func newRegexpContent(m *Map, glob bool) *regexpContent {
	h, err := cryptobox.NewHasher("", nil)
	if err != nil {
		panic("maps: BLAKE2b hasher: " + err.Error())
	}
	return &regexpContent{m: m, glob: glob, hst: h}
}

func (rc *regexpContent) insert(key, value string) {
	x, found := rc.table.GetOrPut(key)
	if found {
		oldValue := ""
		if old := rc.table.Value(x); old != nil {
			oldValue = old.value
		}
		rc.m.warnf("rspamd_map_helper_insert_re", "duplicate re entry found for map %s: %s (old value: '%s', new: '%s')",
			rc.m.name, key, oldValue, value)
		return
	}
	var r *re.Regexp
	var err error
	if rc.glob {
		r, err = re.Compile(re.Escape(key, re.EscapeGlob|re.EscapeUTF|re.EscapeAnchor))
	} else {
		r, err = re.Compile(key)
	}
	if err != nil {
		// Like upstream the key stays in the table (and in the element
		// count) without a value.
		rc.m.errf("rspamd_map_helper_insert_re", "cannot parse regexp %s: %v", key, err)
		return
	}
	e := &entry{value: value}
	rc.table.SetValue(x, e)
	rc.hst.Write(bytesOf(rc.table.Key(x)))
	if r.PCREFlags()&re.PCREUTF != 0 {
		rc.utf = true
	}
	rc.regexps = append(rc.regexps, r)
	rc.values = append(rc.values, e)
}

func (rc *regexpContent) digest() uint64 {
	if hyperscan.Available() {
		rc.hst.Write([]byte(hsMagic))
	}
	return binary.LittleEndian.Uint64(rc.hst.Sum())
}

func (rc *regexpContent) finish() (int, uint64) {
	d := rc.digest()
	rc.finalize()
	rc.m.infof("rspamd_regexp_list_fin", "read regexp list of %d elements", len(rc.regexps))
	return rc.table.Len(), d
}

// hsExpressions returns the Hyperscan form of the regexps, as
// rspamd_re_map_finalize prepares them.
func (rc *regexpContent) hsExpressions() []hyperscan.Expression {
	exprs := make([]hyperscan.Expression, len(rc.regexps))
	for i, r := range rc.regexps {
		esc := re.EscapeRE
		if r.Flags()&re.FlagUTF != 0 {
			esc |= re.EscapeUTF
		}
		fl := hyperscan.SingleMatch
		opts := r.PCREFlags()
		if opts&re.PCREUTF != 0 {
			fl |= hyperscan.UTF8
		}
		if opts&re.PCRECaseless != 0 {
			fl |= hyperscan.Caseless
		}
		if opts&re.PCREMultiline != 0 {
			fl |= hyperscan.Multiline
		}
		if opts&re.PCREDotAll != 0 {
			fl |= hyperscan.DotAll
		}
		exprs[i] = hyperscan.Expression{Pattern: re.Escape(r.Pattern(), esc), Flags: fl, ID: uint32(i)}
	}
	return exprs
}

// finalize is rspamd_re_map_finalize: small maps get their Hyperscan
// database now, larger ones in the background (when the registry allows
// it), PCRE matching them meanwhile.
func (rc *regexpContent) finalize() {
	m := rc.m
	if len(rc.regexps) == 0 {
		if hyperscan.Available() {
			m.errf("rspamd_re_map_finalize", "regexp map is empty")
		}
		return
	}
	if !hyperscan.Available() {
		return
	}
	exprs := rc.hsExpressions()
	if len(exprs) >= smallRegexpMap {
		m.infof("rspamd_re_map_finalize", "regexp map %s (%d patterns) queued for async hyperscan compilation, using PCRE fallback",
			m.name, len(exprs))
		if m.reg.cfg.AsyncHyperscan {
			go rc.compile(exprs, false)
		}
		return
	}
	m.infof("rspamd_re_map_finalize", "regexp map %s (%d patterns) is small, compiling in memory", m.name, len(exprs))
	rc.compile(exprs, true)
}

func (rc *regexpContent) compile(exprs []hyperscan.Expression, logResult bool) {
	m := rc.m
	db, err := hyperscan.Compile(exprs)
	if err != nil {
		msg, idx := err.Error(), -1
		if ce, ok := err.(*hyperscan.CompileError); ok {
			msg, idx = ce.Message, ce.Expression
		}
		m.warnf("rspamd_re_map_finalize", "cannot compile hyperscan for regexp map %s: %s (pattern %d), using PCRE fallback",
			m.name, msg, idx)
		return
	}
	d := &hsDB{db: db}
	h, err := d.newScan()
	if err != nil {
		m.errf("rspamd_re_map_finalize", "cannot allocate scratch for regexp map %s, using PCRE fallback", m.name)
		return
	}
	d.scans.Put(h)
	rc.hs.Store(d)
	if logResult {
		m.infof("rspamd_re_map_finalize", "regexp map %s compiled in memory successfully", m.name)
	}
}

func (rc *regexpContent) each(fn func(key string, e *entry) bool) {
	eachEntry(&rc.table, func(key string, e *entry) bool {
		// Keys whose regexp did not compile have no value; upstream
		// crashes on them, they are skipped here.
		if e == nil {
			return true
		}
		return fn(key, e)
	})
}

func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// match is rspamd_match_regexp_map_single (all: _all): it appends to out
// the matching elements, in Hyperscan's order (by match end) when the
// database is ready and the subject valid, in list order otherwise; only
// the first one unless all.
func (rc *regexpContent) match(text string, all bool, out []*entry) []*entry {
	if len(text) == 0 {
		return out
	}
	in := bytesOf(text)
	validated := !rc.utf || utf8.Valid(in)
	if d := rc.hs.Load(); d != nil && validated {
		if h, err := d.scan(in, all); err == nil {
			for _, id := range h.ids {
				if int(id) < len(rc.values) {
					e := rc.values[id]
					e.hits.Add(1)
					out = append(out, e)
				}
			}
			d.scans.Put(h)
			return out
		}
	}
	for i, r := range rc.regexps {
		if _, _, ok := r.Search(in, 0, !validated); ok {
			e := rc.values[i]
			e.hits.Add(1)
			out = append(out, e)
			if !all {
				return out
			}
		}
	}
	return out
}
