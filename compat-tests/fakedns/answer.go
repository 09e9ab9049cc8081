package fakedns

import (
	"strings"

	"github.com/miekg/dns"
)

// maxChain bounds how many CNAMEs an answer follows inside the zone.
const maxChain = 8

// Answer builds the reply to req from the zone:
//   - a name with records of the asked type gets them (ANY gets all);
//   - a name with a CNAME gets the CNAME, followed inside the zone while the
//     target has records (at most maxChain links);
//   - a name that is not in the zone takes the records of the wildcard
//     "*.<closest existing ancestor>", if there is one, answered under the
//     asked name;
//   - a name that exists (or is an empty non-terminal) without records of
//     the asked type gets NOERROR with an empty answer (NODATA);
//   - every other name gets NXDOMAIN.
//
// Queries other than standard QUERY get NOTIMP, and a query without exactly
// one question gets FORMERR.
func (z *Zone) Answer(req *dns.Msg) *dns.Msg {
	m := new(dns.Msg)
	m.SetReply(req)
	m.Authoritative = true
	m.RecursionAvailable = true
	if req.Opcode != dns.OpcodeQuery {
		m.Rcode = dns.RcodeNotImplemented
		return m
	}
	if len(req.Question) != 1 {
		m.Rcode = dns.RcodeFormatError
		return m
	}
	q := req.Question[0]
	name := strings.ToLower(q.Name)
	for range maxChain {
		rrs, found := z.lookup(name)
		if !found {
			if len(m.Answer) == 0 {
				m.Rcode = dns.RcodeNameError
			}
			return m
		}
		var cname *dns.CNAME
		matched := false
		for _, rr := range rrs {
			if q.Qtype == dns.TypeANY || rr.Header().Rrtype == q.Qtype {
				m.Answer = append(m.Answer, rename(rr, name))
				matched = true
			} else if c, ok := rr.(*dns.CNAME); ok {
				cname = c
			}
		}
		if matched || cname == nil {
			return m
		}
		m.Answer = append(m.Answer, rename(cname, name))
		name = strings.ToLower(cname.Target)
	}
	return m
}

// lookup returns the records answering for name (its own, or a wildcard's)
// and whether the name exists at all.
func (z *Zone) lookup(name string) ([]dns.RR, bool) {
	if rrs, ok := z.records[name]; ok {
		return rrs, true
	}
	if z.nodes[name] {
		return nil, true
	}
	for off, end := dns.NextLabel(name, 0); !end; off, end = dns.NextLabel(name, off) {
		parent := name[off:]
		if rrs, ok := z.records["*."+parent]; ok {
			return rrs, true
		}
		if z.nodes[parent] {
			break
		}
	}
	return nil, false
}

// rename returns rr under owner name, copying it when the name changes (a
// wildcard's records are answered under the asked name).
func rename(rr dns.RR, name string) dns.RR {
	if rr.Header().Name == name {
		return rr
	}
	c := dns.Copy(rr)
	c.Header().Name = name
	return c
}
