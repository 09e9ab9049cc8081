package maps

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"runtime"
	"syscall"

	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/syserr"
)

// errCDBFormat is tinycdb's EPROTO: the file is not a valid cdb.
var errCDBFormat = errors.New("Protocol error")

// cdbFile is a memory-mapped constant database in tinycdb's (DJB's)
// format: a 2048-byte table of 256 (position, slots) pairs, records of
// (key length, value length, key, value), then the hash tables.
type cdbFile struct {
	name string
	mem  []byte
	dend uint32 // end of the data section
}

func openCDB(name string) (*cdbFile, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() < 2048 {
		return nil, errCDBFormat
	}
	size := int(st.Size() & 0xffffffff)
	mem, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, err
	}
	c := &cdbFile{name: name, mem: mem}
	// Values handed out point into the mapping: it goes when the last
	// reference to the file does.
	runtime.AddCleanup(c, func(b []byte) { syscall.Munmap(b) }, mem)
	c.dend = binary.LittleEndian.Uint32(mem)
	if c.dend < 2048 {
		c.dend = 2048
	} else if c.dend >= uint32(size) {
		c.dend = uint32(size)
	}
	return c, nil
}

func cdbHash(key []byte) uint32 {
	h := uint32(5381)
	for _, b := range key {
		h = (h + h<<5) ^ uint32(b)
	}
	return h
}

// find is tinycdb's cdb_find: the value of the first record with key.
func (c *cdbFile) find(key []byte) ([]byte, bool, error) {
	klen := uint32(len(key))
	if uint64(len(key)) >= uint64(c.dend) {
		return nil, false, nil
	}
	mem := c.mem
	fsize := uint32(len(mem))
	u32 := func(off uint32) uint32 { return binary.LittleEndian.Uint32(mem[off:]) }
	h := cdbHash(key)
	toc := (h << 3) & 2047
	n := u32(toc + 4)
	if n == 0 {
		return nil, false, nil
	}
	pos := u32(toc)
	todo := uint64(n) << 3
	if n > fsize>>3 || pos < c.dend || pos > fsize || todo > uint64(fsize-pos) {
		return nil, false, errCDBFormat
	}
	htab, htend := pos, pos+uint32(todo)
	htp := htab + ((h>>8)%n)<<3
	for {
		rpos := u32(htp + 4)
		if rpos == 0 {
			return nil, false, nil
		}
		if u32(htp) == h {
			if rpos > c.dend-8 {
				return nil, false, errCDBFormat
			}
			if u32(rpos) == klen {
				if c.dend-klen < rpos+8 {
					return nil, false, errCDBFormat
				}
				if string(mem[rpos+8:rpos+8+klen]) == string(key) {
					vlen := u32(rpos + 4)
					kpos := rpos + 8
					if c.dend < vlen || c.dend-vlen < kpos+klen {
						return nil, false, errCDBFormat
					}
					return mem[kpos+klen : kpos+klen+vlen], true, nil
				}
			}
		}
		todo -= 8
		if todo == 0 {
			return nil, false, nil
		}
		if htp += 8; htp >= htend {
			htp = htab
		}
	}
}

// cdbContent backs "cdb" maps (rspamd_cdb_map_helper): each backend is a
// cdb file, searched in order.
type cdbContent struct {
	m     *Map
	files []*cdbFile
	total int64
	hst   *fasthash.State
}

func newCDBContent(m *Map) *cdbContent {
	return &cdbContent{m: m, hst: fasthash.NewDefault(mapHashSeed)}
}

func (c *cdbContent) insert(string, string) {}

// add opens the cdb file a backend names (rspamd_cdb_list_read).
func (c *cdbContent) add(name string) {
	for _, f := range c.files {
		if f.name == name {
			return
		}
	}
	f, err := openCDB(name)
	if err != nil {
		if errors.Is(err, errCDBFormat) {
			c.m.errf("rspamd_cdb_list_read", "cannot init cdb map from %s: %s", name, err)
		} else {
			c.m.errf("rspamd_cdb_list_read", "cannot open cdb map from %s: %s", name, syserr.Text(err))
		}
		return
	}
	c.files = append(c.files, f)
	c.total += int64(len(f.mem))
	c.hst.Write([]byte(name))
}

func (c *cdbContent) finish() (int, uint64) {
	c.m.infof("rspamd_cdb_list_fin", "read cdb of %s size", humanSize(c.total))
	return 0, c.hst.Sum64()
}

func (c *cdbContent) each(func(string, *entry) bool) {}

func (c *cdbContent) lookup(key string) ([]byte, bool) {
	for _, f := range c.files {
		v, ok, err := f.find(bytesOf(key))
		if err != nil {
			continue
		}
		if ok {
			return v, true
		}
	}
	return nil, false
}

// humanSize is rspamd's %Hz (rspamd_humanize_number with 1024 steps).
func humanSize(n int64) string {
	prefixes := [...]string{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	sign := int64(1)
	if n < 0 {
		sign, n = -1, -n
	}
	i, rem := 0, int64(0)
	for i < 6 && n > 1024 {
		rem = n % 1024
		n /= 1024
		i++
	}
	if rem == 0 || n > 512 {
		return fmt.Sprintf("%d%s", sign*(n+(rem+50)/1024), prefixes[i])
	}
	return fmt.Sprintf("%.2f%s", float64(sign)*(float64(n)+float64(rem)/1024), prefixes[i])
}
