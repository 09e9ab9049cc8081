// Package fakedns is the loopback DNS responder of the differential tests.
// It answers from zone data written in the RFC 1035 master-file format and
// with NXDOMAIN for every name the zones do not hold, so that a scan's DNS
// lookups complete at once and the same way on every run. With no zone data
// at all it answers NXDOMAIN to everything.
package fakedns

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/miekg/dns"
)

// DefaultTTL is the TTL of records whose zone file gives none (no TTL field
// and no $TTL directive before them).
const DefaultTTL = 300

// Zone is a set of resource records indexed by owner name. The zero value is
// not usable; build one with NewZone, ParseZone or LoadZones.
type Zone struct {
	// records holds the records of each owner name (lower-case, fully
	// qualified).
	records map[string][]dns.RR
	// nodes holds every owner name and every ancestor of one, up to (not
	// including) the root: a name in nodes without records is an empty
	// non-terminal, answered with NODATA rather than NXDOMAIN.
	nodes map[string]bool
}

// NewZone returns a zone without records: every query gets NXDOMAIN.
func NewZone() *Zone {
	return &Zone{records: map[string][]dns.RR{}, nodes: map[string]bool{}}
}

// Add adds one record to the zone.
func (z *Zone) Add(rr dns.RR) {
	name := strings.ToLower(dns.Fqdn(rr.Header().Name))
	rr.Header().Name = name
	z.records[name] = append(z.records[name], rr)
	for off, end := 0, false; !end; off, end = dns.NextLabel(name, off) {
		z.nodes[name[off:]] = true
	}
	delete(z.nodes, ".")
}

// Len returns the number of records in the zone.
func (z *Zone) Len() int {
	n := 0
	for _, rrs := range z.records {
		n += len(rrs)
	}
	return n
}

// ParseZone reads records in master-file format from r into z. Names that
// are not fully qualified are relative to the root unless an $ORIGIN
// directive says otherwise; a record without TTL (and no $TTL before it)
// gets DefaultTTL. $INCLUDE is refused. file names r in error messages.
func (z *Zone) ParseZone(r io.Reader, file string) error {
	zp := dns.NewZoneParser(r, ".", file)
	zp.SetDefaultTTL(DefaultTTL)
	for rr, ok := zp.Next(); ok; rr, ok = zp.Next() {
		z.Add(rr)
	}
	if err := zp.Err(); err != nil {
		return fmt.Errorf("zone %s: %w", file, err)
	}
	return nil
}

// LoadZones reads zone files into a new zone. A path that is a directory
// stands for every *.zone file in it, in name order.
func LoadZones(paths ...string) (*Zone, error) {
	z := NewZone()
	for _, p := range paths {
		files := []string{p}
		if st, err := os.Stat(p); err != nil {
			return nil, fmt.Errorf("zone: %w", err)
		} else if st.IsDir() {
			if files, err = filepath.Glob(filepath.Join(p, "*.zone")); err != nil {
				return nil, fmt.Errorf("zone directory %s: %w", p, err)
			}
			sort.Strings(files)
		}
		for _, f := range files {
			if err := z.loadFile(f); err != nil {
				return nil, err
			}
		}
	}
	return z, nil
}

func (z *Zone) loadFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("zone: %w", err)
	}
	defer f.Close()
	return z.ParseZone(f, path)
}
