// SMTP path grammar (RFC 5321 section 4.1.2 with RFC 6532 UTF-8), with the
// actions rspamd runs on it. Generated code: smtp_rl.go.
package mailaddr

%%{
  machine smtp_path;
  include base "base.rl";

  action UserStart { a.us = p }
  action UserEnd {
    if a.us >= 0 {
      a.ue = p
    }
  }
  action DomainStart { a.ds = p }
  action DomainEnd {
    if a.ds >= 0 {
      a.de = p
    }
  }
  action LiteralStart {
    a.ds = p
    a.flags |= IP
  }
  action Backslash { a.flags |= HasBackslash }
  action Quoted { a.flags |= Quoted }
  action EmptyPath {
    a.flags |= Empty | Valid
    a.empty = true
  }
  action ValidPath {
    if a.ae > a.as {
      a.flags |= Valid
    }
  }
  action Angled { a.flags |= Braced }
  action AddrStart { a.as = p }
  action AddrEnd {
    if a.as >= 0 {
      a.ae = p
    }
  }

  snum = digit{1,3};
  ipv4 = snum ("." snum){3};
  hex16 = xdigit{1,4};
  ipv6full = hex16 (":" hex16){7};
  ipv6comp = (hex16 (":" hex16){0,5})? "::" (hex16 (":" hex16){0,5})?;
  ipv6v4full = hex16 (":" hex16){5} ":" ipv4;
  ipv6v4comp = (hex16 (":" hex16){0,3})? "::" (hex16 (":" hex16){0,3} ":")? ipv4;
  ipv6 = ipv6full | ipv6comp | ipv6v4full | ipv6v4comp;
  general = ldh ":" dtext+;
  literal = "[" (ipv4 | "IPv6:" ipv6 | general) >LiteralStart %DomainEnd "]";

  qcontent = qtext | qpair %Backslash;
  quoted = (DQUOTE qcontent* >UserStart %UserEnd DQUOTE) %Quoted;
  local = dotstring >UserStart %UserEnd | quoted;
  mailbox = local "@" (literal | domain >DomainStart %DomainEnd);
  atdomain = "@" domain;
  adl = atdomain ("," atdomain)*;
  unangled = (adl ":")? mailbox >AddrStart %AddrEnd "."?;
  angled = "<" space* unangled space* ">" %Angled;
  main := space* (angled | unangled | "<>" %EmptyPath) %ValidPath space*;
}%%

%% write data;

// pathScan holds the offsets the SMTP path machine records (-1 when
// unset).
type pathScan struct {
	us, ue, ds, de, as, ae int
	flags                  Flags
	empty                  bool
}

func scanPath(data []byte) pathScan {
	a := pathScan{us: -1, ue: -1, ds: -1, de: -1, as: -1, ae: -1}
	cs, p, pe := 0, 0, len(data)
	eof := pe
	%% write init;
	%% write exec;
	return a
}
