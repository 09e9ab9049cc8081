// Content-Disposition grammar (RFC 2183 with RFC 2045 tokens), with the
// actions rspamd runs on it. Generated code: disposition_rl.go.
//
//line disposition.rl:1
package mime

//line disposition.rl:79

//line disposition_rl.go:10
var _disposition_actions []byte = []byte{
	0, 1, 0, 1, 1, 1, 2, 1, 3,
	1, 4, 1, 5, 1, 6, 1, 7,
	1, 8, 1, 9, 2, 6, 7,
}

var _disposition_key_offsets []int16 = []int16{
	0, 0, 14, 27, 40, 42, 55, 67,
	69, 71, 73, 83, 93, 105, 107, 109,
	111, 113, 115, 117, 119, 131, 134, 136,
	138, 140, 150, 160, 163, 175, 177, 179,
	181, 183, 185, 187, 189, 201, 203, 205,
	207, 219, 221, 223, 225, 236, 250, 253,
	256, 269, 282, 295, 308, 321, 334, 347,
	360, 373, 384, 397, 410, 423, 436, 449,
	460,
}

var _disposition_trans_keys []byte = []byte{
	65, 73, 97, 105, 33, 39, 42, 46,
	48, 57, 66, 90, 94, 126, 32, 34,
	40, 33, 39, 42, 46, 48, 57, 65,
	90, 94, 126, 32, 33, 61, 35, 39,
	42, 46, 48, 57, 65, 90, 94, 126,
	32, 61, 32, 34, 40, 33, 39, 42,
	46, 48, 57, 65, 90, 94, 126, 40,
	41, 32, 91, 93, 126, 192, 223, 224,
	239, 240, 247, 128, 191, 128, 191, 128,
	191, 34, 92, 32, 126, 192, 223, 224,
	239, 240, 247, 34, 92, 32, 126, 192,
	223, 224, 239, 240, 247, 40, 41, 32,
	91, 93, 126, 192, 223, 224, 239, 240,
	247, 128, 191, 128, 191, 128, 191, 32,
	126, 128, 191, 128, 191, 128, 191, 40,
	41, 32, 91, 93, 126, 192, 223, 224,
	239, 240, 247, 32, 34, 40, 128, 191,
	128, 191, 128, 191, 34, 92, 32, 126,
	192, 223, 224, 239, 240, 247, 34, 92,
	32, 126, 192, 223, 224, 239, 240, 247,
	32, 40, 61, 40, 41, 32, 91, 93,
	126, 192, 223, 224, 239, 240, 247, 128,
	191, 128, 191, 128, 191, 32, 126, 128,
	191, 128, 191, 128, 191, 40, 41, 32,
	91, 93, 126, 192, 223, 224, 239, 240,
	247, 128, 191, 128, 191, 128, 191, 40,
	41, 32, 91, 93, 126, 192, 223, 224,
	239, 240, 247, 128, 191, 128, 191, 128,
	191, 59, 33, 39, 42, 46, 48, 57,
	65, 90, 94, 126, 32, 33, 40, 59,
	35, 39, 42, 46, 48, 57, 65, 90,
	94, 126, 32, 40, 59, 32, 40, 59,
	59, 84, 116, 33, 39, 42, 46, 48,
	57, 65, 90, 94, 126, 59, 84, 116,
	33, 39, 42, 46, 48, 57, 65, 90,
	94, 126, 59, 65, 97, 33, 39, 42,
	46, 48, 57, 66, 90, 94, 126, 59,
	67, 99, 33, 39, 42, 46, 48, 57,
	65, 90, 94, 126, 59, 72, 104, 33,
	39, 42, 46, 48, 57, 65, 90, 94,
	126, 59, 77, 109, 33, 39, 42, 46,
	48, 57, 65, 90, 94, 126, 59, 69,
	101, 33, 39, 42, 46, 48, 57, 65,
	90, 94, 126, 59, 78, 110, 33, 39,
	42, 46, 48, 57, 65, 90, 94, 126,
	59, 84, 116, 33, 39, 42, 46, 48,
	57, 65, 90, 94, 126, 59, 33, 39,
	42, 46, 48, 57, 65, 90, 94, 126,
	59, 78, 110, 33, 39, 42, 46, 48,
	57, 65, 90, 94, 126, 59, 76, 108,
	33, 39, 42, 46, 48, 57, 65, 90,
	94, 126, 59, 73, 105, 33, 39, 42,
	46, 48, 57, 65, 90, 94, 126, 59,
	78, 110, 33, 39, 42, 46, 48, 57,
	65, 90, 94, 126, 59, 69, 101, 33,
	39, 42, 46, 48, 57, 65, 90, 94,
	126, 59, 33, 39, 42, 46, 48, 57,
	65, 90, 94, 126,
}

var _disposition_single_lengths []byte = []byte{
	0, 4, 3, 3, 2, 3, 2, 0,
	0, 0, 2, 2, 2, 0, 0, 0,
	0, 0, 0, 0, 2, 3, 0, 0,
	0, 2, 2, 3, 2, 0, 0, 0,
	0, 0, 0, 0, 2, 0, 0, 0,
	2, 0, 0, 0, 1, 4, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3,
	3, 1, 3, 3, 3, 3, 3, 1,
	0,
}

var _disposition_range_lengths []byte = []byte{
	0, 5, 5, 5, 0, 5, 5, 1,
	1, 1, 4, 4, 5, 1, 1, 1,
	1, 1, 1, 1, 5, 0, 1, 1,
	1, 4, 4, 0, 5, 1, 1, 1,
	1, 1, 1, 1, 5, 1, 1, 1,
	5, 1, 1, 1, 5, 5, 0, 0,
	5, 5, 5, 5, 5, 5, 5, 5,
	5, 5, 5, 5, 5, 5, 5, 5,
	0,
}

var _disposition_index_offsets []int16 = []int16{
	0, 0, 10, 19, 28, 31, 40, 48,
	50, 52, 54, 61, 68, 76, 78, 80,
	82, 84, 86, 88, 90, 98, 102, 104,
	106, 108, 115, 122, 126, 134, 136, 138,
	140, 142, 144, 146, 148, 156, 158, 160,
	162, 170, 172, 174, 176, 183, 193, 197,
	201, 210, 219, 228, 237, 246, 255, 264,
	273, 282, 289, 298, 307, 316, 325, 334,
	341,
}

var _disposition_indicies []byte = []byte{
	2, 3, 2, 3, 0, 0, 0, 0,
	0, 1, 4, 6, 7, 5, 5, 5,
	5, 5, 1, 8, 9, 10, 9, 9,
	9, 9, 9, 1, 11, 12, 1, 13,
	15, 16, 14, 14, 14, 14, 14, 1,
	18, 19, 17, 17, 20, 21, 22, 1,
	17, 1, 20, 1, 21, 1, 24, 25,
	23, 26, 27, 28, 1, 30, 31, 29,
	32, 33, 34, 1, 36, 37, 35, 35,
	38, 39, 40, 1, 35, 1, 38, 1,
	39, 1, 29, 1, 29, 1, 32, 1,
	33, 1, 42, 43, 41, 41, 44, 45,
	46, 1, 43, 47, 41, 1, 41, 1,
	44, 1, 45, 1, 49, 50, 48, 51,
	52, 53, 1, 55, 56, 54, 57, 58,
	59, 1, 60, 61, 10, 1, 62, 63,
	61, 61, 64, 65, 66, 1, 61, 1,
	64, 1, 65, 1, 54, 1, 54, 1,
	57, 1, 58, 1, 68, 69, 67, 67,
	70, 71, 72, 1, 67, 1, 70, 1,
	71, 1, 74, 75, 73, 73, 76, 77,
	78, 1, 73, 1, 76, 1, 77, 1,
	69, 0, 0, 0, 0, 0, 1, 79,
	80, 81, 82, 80, 80, 80, 80, 80,
	1, 19, 17, 69, 1, 83, 84, 82,
	1, 69, 85, 85, 0, 0, 0, 0,
	0, 1, 69, 86, 86, 0, 0, 0,
	0, 0, 1, 69, 87, 87, 0, 0,
	0, 0, 0, 1, 69, 88, 88, 0,
	0, 0, 0, 0, 1, 69, 89, 89,
	0, 0, 0, 0, 0, 1, 69, 90,
	90, 0, 0, 0, 0, 0, 1, 69,
	91, 91, 0, 0, 0, 0, 0, 1,
	69, 92, 92, 0, 0, 0, 0, 0,
	1, 69, 93, 93, 0, 0, 0, 0,
	0, 1, 94, 0, 0, 0, 0, 0,
	1, 69, 95, 95, 0, 0, 0, 0,
	0, 1, 69, 96, 96, 0, 0, 0,
	0, 0, 1, 69, 97, 97, 0, 0,
	0, 0, 0, 1, 69, 98, 98, 0,
	0, 0, 0, 0, 1, 69, 99, 99,
	0, 0, 0, 0, 0, 1, 100, 0,
	0, 0, 0, 0, 1, 1,
}

var _disposition_trans_targs []byte = []byte{
	44, 0, 48, 58, 2, 3, 25, 36,
	4, 3, 5, 4, 5, 5, 45, 10,
	20, 6, 6, 46, 7, 8, 9, 11,
	47, 16, 17, 18, 19, 11, 47, 16,
	17, 18, 19, 12, 12, 47, 13, 14,
	15, 20, 20, 21, 22, 23, 24, 10,
	26, 27, 32, 33, 34, 35, 26, 27,
	32, 33, 34, 35, 27, 28, 28, 27,
	29, 30, 31, 36, 36, 2, 37, 38,
	39, 40, 40, 64, 41, 42, 43, 46,
	45, 6, 2, 47, 12, 49, 50, 51,
	52, 53, 54, 55, 56, 57, 2, 59,
	60, 61, 62, 63, 2,
}

var _disposition_trans_actions []byte = []byte{
	0, 0, 0, 0, 5, 5, 5, 5,
	7, 0, 7, 0, 0, 9, 9, 9,
	9, 0, 17, 0, 0, 0, 0, 13,
	21, 13, 13, 13, 13, 0, 15, 0,
	0, 0, 0, 0, 17, 0, 0, 0,
	0, 0, 17, 0, 0, 0, 0, 0,
	13, 21, 13, 13, 13, 13, 0, 15,
	0, 0, 0, 0, 7, 0, 17, 0,
	0, 0, 0, 0, 17, 0, 0, 0,
	0, 0, 17, 19, 0, 0, 0, 11,
	0, 11, 11, 11, 11, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 3, 0,
	0, 0, 0, 0, 1,
}

var _disposition_eof_actions []byte = []byte{
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 11, 0, 11,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 3, 0, 0, 0, 0, 0, 1,
	0,
}

const disposition_start int = 1
const disposition_first_final int = 44
const disposition_error int = 0

const disposition_en_comment_rest int = 40
const disposition_en_main int = 1

//line disposition.rl:82

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

//line disposition_rl.go:236
	{
		cs = disposition_start
		top = 0
	}

//line disposition.rl:95

//line disposition_rl.go:242
	{
		var _klen int
		var _trans int
		var _acts int
		var _nacts uint
		var _keys int
		if p == pe {
			goto _test_eof
		}
		if cs == 0 {
			goto _out
		}
	_resume:
		_keys = int(_disposition_key_offsets[cs])
		_trans = int(_disposition_index_offsets[cs])

		_klen = int(_disposition_single_lengths[cs])
		if _klen > 0 {
			_lower := int(_keys)
			var _mid int
			_upper := int(_keys + _klen - 1)
			for {
				if _upper < _lower {
					break
				}

				_mid = _lower + ((_upper - _lower) >> 1)
				switch {
				case data[p] < _disposition_trans_keys[_mid]:
					_upper = _mid - 1
				case data[p] > _disposition_trans_keys[_mid]:
					_lower = _mid + 1
				default:
					_trans += int(_mid - int(_keys))
					goto _match
				}
			}
			_keys += _klen
			_trans += _klen
		}

		_klen = int(_disposition_range_lengths[cs])
		if _klen > 0 {
			_lower := int(_keys)
			var _mid int
			_upper := int(_keys + (_klen << 1) - 2)
			for {
				if _upper < _lower {
					break
				}

				_mid = _lower + (((_upper - _lower) >> 1) & ^1)
				switch {
				case data[p] < _disposition_trans_keys[_mid]:
					_upper = _mid - 2
				case data[p] > _disposition_trans_keys[_mid+1]:
					_lower = _mid + 2
				default:
					_trans += int((_mid - int(_keys)) >> 1)
					goto _match
				}
			}
			_trans += _klen
		}

	_match:
		_trans = int(_disposition_indicies[_trans])
		cs = int(_disposition_trans_targs[_trans])

		if _disposition_trans_actions[_trans] == 0 {
			goto _again
		}

		_acts = int(_disposition_trans_actions[_trans])
		_nacts = uint(_disposition_actions[_acts])
		_acts++
		for ; _nacts > 0; _nacts-- {
			_acts++
			switch _disposition_actions[_acts-1] {
			case 0:
//line disposition.rl:9
				cd.Type = DispositionInline
			case 1:
//line disposition.rl:10
				cd.Type = DispositionAttachment
			case 2:
//line disposition.rl:12

				qs, qe = -1, -1
				ns, ne = p, -1

			case 3:
//line disposition.rl:16

				if qs >= 0 {
					ns = qs
				}
				if qe >= 0 && qe >= qs {
					ne = qe
				} else if p >= ns {
					ne = p
				}
				qs, qe = -1, -1

			case 4:
//line disposition.rl:27

				qs, qe = -1, -1
				if ne >= 0 {
					vs, ve = p, -1
				}

			case 5:
//line disposition.rl:33

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

			case 6:
//line disposition.rl:49

				qs, qe = p, -1

			case 7:
//line disposition.rl:52

				if qs >= 0 {
					qe = p
				}

			case 8:
//line disposition.rl:68
				{
					if top >= maxCommentNesting {
						p++
						goto _out
					}
					if top >= len(stack) {
						stack = append(stack, 0)
					}
					stack[top] = cs
					top++
					cs = 40
					goto _again
				}
			case 9:
//line disposition.rl:69
				top--
				cs = stack[top]
				goto _again

//line disposition_rl.go:401
			}
		}

	_again:
		if cs == 0 {
			goto _out
		}
		p++
		if p != pe {
			goto _resume
		}
	_test_eof:
		{
		}
		if p == eof {
			__acts := _disposition_eof_actions[cs]
			__nacts := uint(_disposition_actions[__acts])
			__acts++
			for ; __nacts > 0; __nacts-- {
				__acts++
				switch _disposition_actions[__acts-1] {
				case 0:
//line disposition.rl:9
					cd.Type = DispositionInline
				case 1:
//line disposition.rl:10
					cd.Type = DispositionAttachment
				case 5:
//line disposition.rl:33

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

//line disposition_rl.go:444
				}
			}
		}

	_out:
		{
		}
	}

//line disposition.rl:96
	return len(cd.Params.list) > 0 || cd.Type != DispositionUnknown
}
