package cfg

import (
	"github.com/gorspamd/rspamd/internal/ucl"
	"github.com/gorspamd/rspamd/internal/upstream"
)

// validUpstreamHosts checks an upstream hosts definition (a string or an
// array of strings) as rspamd_upstreams_from_ucl parses it with port 11333:
// true when the last string has at least one usable host.
func (c *Config) validUpstreamHosts(in *ucl.Object) bool {
	ctx := upstream.NewContext()
	ctx.SetHostResolver(c.resolver())
	l := upstream.NewList(ctx)
	defer l.Destroy()
	ok := false
	for cur := range in.Iterate(ucl.IterateBoth) {
		if cur.Type() == ucl.TypeString {
			ok = l.ParseLine(cur.Str(), 11333, nil)
		}
	}
	return ok
}
