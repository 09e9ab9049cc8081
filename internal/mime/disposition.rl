// Content-Disposition grammar (RFC 2183 with RFC 2045 tokens), with the
// actions rspamd runs on it. Generated code: disposition_rl.go.
package mime

%%{
  machine disposition;
  include base "base.rl";

  action TypeInline { cd.Type = DispositionInline }
  action TypeAttachment { cd.Type = DispositionAttachment }

  action NameStart {
    qs, qe = -1, -1
    ns, ne = p, -1
  }
  action NameEnd {
    if qs >= 0 {
      ns = qs
    }
    if qe >= 0 && qe >= qs {
      ne = qe
    } else if p >= ns {
      ne = p
    }
    qs, qe = -1, -1
  }
  action ValueStart {
    qs, qe = -1, -1
    if ne >= 0 {
      vs, ve = p, -1
    }
  }
  action ValueEnd {
    if ne >= 0 {
      if qs >= 0 {
        vs = qs
      }
      if qe >= 0 && qe >= qs {
        ve = qe
      } else if p >= vs {
        ve = p
      }
      if ve >= 0 && ve > vs && ne > ns {
        cd.Params.addParam(dupBytes(data[ns:ne]), dupBytes(data[vs:ve]))
      }
    }
    ns, ne, vs, ve, qs, qe = -1, -1, -1, -1, -1, -1
  }
  action QuotedStart {
    qs, qe = p, -1
  }
  action QuotedEnd {
    if qs >= 0 {
      qe = p
    }
  }

  prepush {
    if top >= maxCommentNesting {
      p++
      goto _out
    }
    if top >= len(stack) {
      stack = append(stack, 0)
    };
  }

  ccontent = ctext | FWS | '(' @{ fcall comment_rest; };
  comment_rest := ccontent* ')' @{ fret; };
  comment = "(" (FWS? ccontent)* FWS? ")";
  CFWS = ((FWS? comment)+ FWS?) | FWS;
  qcontent = qtext | qpair;
  quoted = CFWS? (DQUOTE (((FWS? qcontent)* FWS?) >QuotedStart %QuotedEnd) DQUOTE) CFWS?;
  value = (quoted | (mtoken -- ('"' | '=' | u8))+) >ValueStart %ValueEnd;
  attribute = (quoted | (mtoken -- ('"' | '='))+) >NameStart %NameEnd;
  parameter = CFWS? attribute FWS? "=" FWS? value CFWS?;
  dtype = /inline/i %TypeInline | /attachment/i %TypeAttachment | mtoken+;
  main := dtype (";" parameter)*;
}%%

%% write data;

// maxCommentNesting bounds nested comments, as upstream bounds its stack.
const maxCommentNesting = 64

// parseDispositionValue runs the Content-Disposition machine over data and
// reports whether it found a type or a parameter.
func parseDispositionValue(data []byte, cd *ContentDisposition) bool {
	cs, p, pe := 0, 0, len(data)
	eof := pe
	top := 0
	var stack []int
	ns, ne, vs, ve, qs, qe := -1, -1, -1, -1, -1, -1
	%% write init;
	%% write exec;
	return len(cd.Params.list) > 0 || cd.Type != DispositionUnknown
}
