package url

// Character classes of rspamd_url_encode.
const (
	encUnreserved = 1 << iota
	encSubdelim
	encPathSafe
	encQuerySafe
	encFragmentSafe
	encHostSafe
	encUserSafe
)

const (
	encHost     = encUnreserved | encHostSafe | encSubdelim
	encUser     = encUnreserved | encUserSafe | encSubdelim
	encPath     = encUnreserved | encPathSafe | encSubdelim
	encQuery    = encUnreserved | encQuerySafe | encSubdelim
	encFragment = encUnreserved | encFragmentSafe | encSubdelim
)

var encClasses = func() [256]uint8 {
	var t [256]uint8
	set := func(chars string, fl uint8) {
		for i := 0; i < len(chars); i++ {
			t[chars[i]] |= fl
		}
	}
	set("!$&'()*+,;=", encSubdelim)
	set("-._~", encUnreserved)
	for c := '0'; c <= '9'; c++ {
		t[c] |= encUnreserved
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= encUnreserved
		t[c-32] |= encUnreserved
	}
	set("/", encPathSafe|encQuerySafe|encFragmentSafe)
	set(":", encUserSafe|encHostSafe|encPathSafe|encQuerySafe|encFragmentSafe)
	set("?", encQuerySafe|encFragmentSafe)
	set("@", encPathSafe|encQuerySafe|encFragmentSafe)
	set("[]", encHostSafe)
	return t
}()

// Encode returns the URL with the unsafe characters of each component
// percent-encoded (rspamd_url_encode); the text is returned unchanged when
// nothing needs encoding.
func (u *URL) Encode() string {
	comps := []struct {
		s     string
		class uint8
	}{
		{u.Host(), encHost}, {u.User(), encUser}, {u.Path(), encPath},
		{u.Query(), encQuery}, {u.Fragment(), encFragment},
	}
	need := false
	for _, c := range comps {
		for i := 0; i < len(c.s); i++ {
			if encClasses[c.s[i]]&c.class == 0 {
				need = true
			}
		}
	}
	if !need {
		return u.str
	}
	const hexdigits = "0123456789ABCDEF"
	b := make([]byte, 0, len(u.str)*3)
	enc := func(s string, class uint8) {
		for i := 0; i < len(s); i++ {
			if encClasses[s[i]]&class == 0 {
				b = append(b, '%', hexdigits[s[i]>>4], hexdigits[s[i]&0xf])
			} else {
				b = append(b, s[i])
			}
		}
	}
	switch {
	case u.protoLen > 0 && u.Protocol&ProtoUnknown == 0:
		b = append(b, u.Protocol.String()...)
		b = append(b, "://"...)
	case u.protoLen > 0:
		b = append(b, u.str[:u.protoLen]...)
		b = append(b, "://"...)
	default:
		b = append(b, "http://"...)
	}
	if u.user.len > 0 {
		enc(u.User(), encUser)
		b = append(b, '@')
	}
	enc(u.Host(), encHost)
	if u.data.len > 0 {
		b = append(b, '/')
		enc(u.Path(), encPath)
	}
	if u.query.len > 0 {
		b = append(b, '?')
		enc(u.Query(), encQuery)
	}
	if u.fragment.len > 0 {
		b = append(b, '#')
		enc(u.Fragment(), encFragment)
	}
	return string(b)
}
