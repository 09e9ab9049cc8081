%%{
  # Character classes shared by the Ragel grammars of the mail parsers
  # (included with -I internal/ragel). They follow RFC 5321/5322 with
  # RFC 6532 UTF-8 as rspamd's parsers accept it; headers reach the machines
  # already unfolded, so folding white space is plain spaces.

  machine base;
  alphtype byte;

  WSP = " ";
  DQUOTE = '"';

  # UTF-8 multi-byte sequences, checked only for their shape.
  u8cont = 0x80..0xbf;
  u8two = 0xc0..0xdf u8cont;
  u8three = 0xe0..0xef u8cont u8cont;
  u8four = 0xf0..0xf7 u8cont u8cont u8cont;
  u8 = u8two | u8three | u8four;

  atext = alpha | digit | [!#$%&'*+/=?\^_`{|}~\-] | u8;
  dtext = 33..90 | 94..126 | u8;
  ctext = 33..39 | 42..91 | 93..126 | u8;
  qtext = 32..33 | 35..91 | 93..126 | u8;
  qpair = "\\" 32..126;

  letdig = alpha | digit | u8;
  ldh = (letdig | "_" | "-")* letdig;
  subdomain = letdig ldh?;
  domain = subdomain ("." subdomain)*;
  atom = atext+;
  dotstring = atom ("." atom)*;

  FWS = WSP+;

  # MIME token (RFC 2045): printable ASCII without specials and space.
  mtoken = 0x21..0x27 | 0x2a..0x2b | 0x2c..0x2e | 0x30..0x39 | 0x41..0x5a | 0x5e..0x7e;
}%%
