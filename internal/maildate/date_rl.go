// RFC 5322 date-time grammar (section 3.3 with the obsolete zones), with
// the actions rspamd runs on it. Generated code: date_rl.go.
//
//line date.rl:1
package maildate

import "github.com/gorspamd/rspamd/internal/cconv"

//line date.rl:112

//line date_rl.go:12
var _smtp_date_actions []byte = []byte{
	0, 1, 0, 1, 1, 1, 2, 1, 3,
	1, 4, 1, 5, 1, 6, 1, 7,
	1, 8, 1, 9, 1, 10, 1, 11,
	1, 12, 1, 13, 1, 14, 1, 15,
	1, 16, 1, 17, 1, 18, 1, 19,
	1, 20, 1, 21, 1, 22, 1, 23,
	1, 24, 1, 25, 1, 26, 1, 27,
	1, 28, 1, 29, 1, 30, 1, 31,
	1, 32, 1, 33, 1, 34, 1, 35,
}

var _smtp_date_key_offsets []byte = []byte{
	0, 0, 8, 11, 20, 22, 23, 24,
	27, 29, 32, 35, 37, 38, 40, 42,
	44, 61, 63, 65, 67, 69, 81, 83,
	85, 87, 88, 89, 90, 91, 92, 93,
	94, 95, 96, 98, 100, 101, 104, 105,
	106, 107, 108, 109, 110, 111, 112, 113,
	115, 116, 117, 119, 120, 121, 122, 124,
	125, 126, 127, 128, 129, 130, 131, 132,
	133, 134, 135, 136, 137, 138, 139, 142,
	143, 144, 146, 147, 149, 150, 151, 152,
	153, 165, 167, 169, 171, 173, 175, 179,
	181, 183, 187, 189, 191, 194, 196, 200,
	202, 204, 208, 210, 212, 215, 217,
}

var _smtp_date_trans_keys []byte = []byte{
	32, 70, 77, 83, 84, 87, 48, 57,
	32, 48, 57, 32, 65, 68, 70, 74,
	77, 78, 79, 83, 112, 117, 114, 32,
	32, 48, 57, 48, 57, 32, 48, 57,
	32, 48, 57, 48, 57, 58, 48, 57,
	48, 57, 32, 58, 32, 43, 45, 67,
	69, 71, 77, 80, 85, 65, 73, 75,
	90, 97, 105, 107, 122, 48, 57, 48,
	57, 48, 57, 48, 57, 40, 41, 32,
	91, 93, 126, 192, 223, 224, 239, 240,
	247, 128, 191, 128, 191, 128, 191, 84,
	84, 84, 84, 84, 84, 84, 84, 84,
	48, 57, 48, 57, 32, 32, 48, 57,
	32, 103, 32, 101, 99, 32, 101, 98,
	32, 97, 117, 110, 32, 108, 110, 32,
	32, 97, 114, 121, 32, 32, 111, 118,
	32, 99, 116, 32, 101, 112, 32, 32,
	114, 105, 44, 32, 48, 57, 111, 110,
	97, 117, 116, 104, 117, 117, 101, 101,
	100, 40, 41, 32, 91, 93, 126, 192,
	223, 224, 239, 240, 247, 128, 191, 128,
	191, 128, 191, 32, 40, 32, 40, 32,
	40, 68, 83, 32, 40, 32, 40, 32,
	40, 68, 83, 32, 40, 32, 40, 32,
	40, 77, 32, 40, 32, 40, 68, 83,
	32, 40, 32, 40, 32, 40, 68, 83,
	32, 40, 32, 40, 32, 40, 84, 32,
	40,
}

var _smtp_date_single_lengths []byte = []byte{
	0, 6, 1, 9, 2, 1, 1, 1,
	0, 1, 1, 0, 1, 0, 0, 2,
	9, 0, 0, 0, 0, 2, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 0, 0, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 2,
	1, 1, 2, 1, 1, 1, 2, 1,
	1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1,
	1, 2, 1, 2, 1, 1, 1, 1,
	2, 0, 0, 0, 2, 2, 4, 2,
	2, 4, 2, 2, 3, 2, 4, 2,
	2, 4, 2, 2, 3, 2, 0,
}

var _smtp_date_range_lengths []byte = []byte{
	0, 1, 1, 0, 0, 0, 0, 1,
	1, 1, 1, 1, 0, 1, 1, 0,
	4, 1, 1, 1, 1, 5, 1, 1,
	1, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 1, 1, 0, 1, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	5, 1, 1, 1, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0,
}

var _smtp_date_index_offsets []int16 = []int16{
	0, 0, 8, 11, 21, 24, 26, 28,
	31, 33, 36, 39, 41, 43, 45, 47,
	50, 64, 66, 68, 70, 72, 80, 82,
	84, 86, 88, 90, 92, 94, 96, 98,
	100, 102, 104, 106, 108, 110, 113, 115,
	117, 119, 121, 123, 125, 127, 129, 131,
	134, 136, 138, 141, 143, 145, 147, 150,
	152, 154, 156, 158, 160, 162, 164, 166,
	168, 170, 172, 174, 176, 178, 180, 183,
	185, 187, 190, 192, 195, 197, 199, 201,
	203, 211, 213, 215, 217, 220, 223, 228,
	231, 234, 239, 242, 245, 249, 252, 257,
	260, 263, 268, 271, 274, 278, 281,
}

var _smtp_date_trans_targs []byte = []byte{
	1, 67, 71, 73, 75, 78, 2, 0,
	3, 66, 0, 3, 4, 41, 44, 47,
	53, 57, 60, 63, 0, 5, 39, 0,
	6, 0, 7, 0, 7, 8, 0, 9,
	0, 10, 37, 0, 10, 11, 0, 12,
	0, 13, 0, 14, 0, 15, 0, 16,
	34, 0, 16, 17, 17, 86, 89, 92,
	94, 97, 100, 85, 85, 85, 85, 0,
	18, 0, 19, 0, 20, 0, 84, 0,
	21, 85, 21, 21, 22, 23, 24, 0,
	21, 0, 22, 0, 23, 0, 87, 0,
	88, 0, 90, 0, 91, 0, 93, 0,
	95, 0, 96, 0, 98, 0, 99, 0,
	35, 0, 36, 0, 16, 0, 10, 38,
	0, 10, 0, 40, 0, 7, 0, 42,
	0, 43, 0, 7, 0, 45, 0, 46,
	0, 7, 0, 48, 50, 0, 49, 0,
	7, 0, 51, 52, 0, 7, 0, 7,
	0, 54, 0, 55, 56, 0, 7, 0,
	7, 0, 58, 0, 59, 0, 7, 0,
	61, 0, 62, 0, 7, 0, 64, 0,
	65, 0, 7, 0, 3, 0, 68, 0,
	69, 0, 70, 0, 70, 2, 0, 72,
	0, 69, 0, 74, 72, 0, 69, 0,
	76, 77, 0, 69, 0, 69, 0, 79,
	0, 69, 0, 80, 102, 80, 80, 81,
	82, 83, 0, 80, 0, 81, 0, 82,
	0, 85, 21, 0, 85, 21, 0, 85,
	21, 25, 26, 0, 85, 21, 0, 85,
	21, 0, 85, 21, 27, 28, 0, 85,
	21, 0, 85, 21, 0, 85, 21, 29,
	0, 85, 21, 0, 85, 21, 30, 31,
	0, 85, 21, 0, 85, 21, 0, 85,
	21, 32, 33, 0, 85, 21, 0, 85,
	21, 0, 85, 21, 101, 0, 85, 21,
	0, 0,
}

var _smtp_date_trans_actions []byte = []byte{
	0, 0, 0, 0, 0, 0, 1, 0,
	3, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 35, 0, 0, 5, 0, 0,
	0, 7, 0, 0, 0, 9, 0, 0,
	0, 11, 0, 13, 0, 0, 0, 15,
	15, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	21, 0, 0, 0, 0, 0, 0, 0,
	25, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	17, 0, 0, 0, 19, 0, 7, 0,
	0, 7, 0, 0, 0, 43, 0, 0,
	0, 0, 0, 51, 0, 0, 0, 0,
	0, 31, 0, 0, 0, 0, 0, 0,
	29, 0, 0, 0, 0, 41, 0, 39,
	0, 0, 0, 0, 0, 0, 33, 0,
	37, 0, 0, 0, 0, 0, 49, 0,
	0, 0, 0, 0, 47, 0, 0, 0,
	0, 0, 45, 0, 3, 0, 0, 0,
	0, 0, 0, 0, 0, 1, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 25, 27, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 23, 23, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 63, 63, 0, 61,
	61, 0, 0, 0, 0, 0, 0, 59,
	59, 0, 57, 57, 0, 0, 0, 0,
	0, 55, 55, 0, 0, 0, 0, 0,
	0, 67, 67, 0, 65, 65, 0, 0,
	0, 0, 0, 0, 71, 71, 0, 69,
	69, 0, 0, 0, 0, 0, 53, 53,
	0, 0,
}

var _smtp_date_eof_actions []byte = []byte{
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 23, 0, 0, 63,
	61, 0, 59, 57, 0, 55, 0, 67,
	65, 0, 71, 69, 0, 53, 0,
}

const smtp_date_start int = 1
const smtp_date_first_final int = 84
const smtp_date_error int = 0

const smtp_date_en_comment_rest int = 80
const smtp_date_en_main int = 1

//line date.rl:115

// maxCommentNesting bounds nested comments, as upstream bounds its stack.
const maxCommentNesting = 64

// broken down time as struct tm holds it (year from 1900, month from 0).
type tm struct {
	year, mon, mday, hour, min, sec int
}

// scan runs the machine; ok is false unless it ends in a final state, and
// then p and cs are where and in which state the machine stopped.
func scan(data []byte) (t tm, tz int64, p, cs int, ok bool) {
	pe := len(data)
	eof := pe
	top := 0
	var stack []int
	tmp := 0

//line date_rl.go:239
	{
		cs = smtp_date_start
		top = 0
	}

//line date.rl:133

//line date_rl.go:245
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
		_keys = int(_smtp_date_key_offsets[cs])
		_trans = int(_smtp_date_index_offsets[cs])

		_klen = int(_smtp_date_single_lengths[cs])
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
				case data[p] < _smtp_date_trans_keys[_mid]:
					_upper = _mid - 1
				case data[p] > _smtp_date_trans_keys[_mid]:
					_lower = _mid + 1
				default:
					_trans += int(_mid - int(_keys))
					goto _match
				}
			}
			_keys += _klen
			_trans += _klen
		}

		_klen = int(_smtp_date_range_lengths[cs])
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
				case data[p] < _smtp_date_trans_keys[_mid]:
					_upper = _mid - 2
				case data[p] > _smtp_date_trans_keys[_mid+1]:
					_lower = _mid + 2
				default:
					_trans += int((_mid - int(_keys)) >> 1)
					goto _match
				}
			}
			_trans += _klen
		}

	_match:
		cs = int(_smtp_date_trans_targs[_trans])

		if _smtp_date_trans_actions[_trans] == 0 {
			goto _again
		}

		_acts = int(_smtp_date_trans_actions[_trans])
		_nacts = uint(_smtp_date_actions[_acts])
		_acts++
		for ; _nacts > 0; _nacts-- {
			_acts++
			switch _smtp_date_actions[_acts-1] {
			case 0:
//line date.rl:11
				tmp = p
			case 1:
//line date.rl:12

				if p > tmp {
					if n, ok := cconv.RspamdStrtoul(data[tmp:p]); ok {
						if n > 0 && n <= 31 {
							t.mday = int(n)
						} else {
							p++
							goto _out
						}
					}
				}

			case 2:
//line date.rl:24
				tmp = p
			case 3:
//line date.rl:25

				if p > tmp {
					if n, ok := cconv.RspamdStrtoul(data[tmp:p]); ok {
						switch {
						case n < 50:
							t.year = int(n) + 100
						case n < 1000:
							t.year = int(n)
						default:
							t.year = int(n) - 1900
						}
					}
				}

			case 4:
//line date.rl:39
				tmp = p
			case 5:
//line date.rl:40

				if n, ok := cconv.RspamdStrtoul(data[tmp:p]); p <= tmp || (ok && n >= 24) {
					p++
					goto _out
				} else if ok {
					t.hour = int(n)
				}

			case 6:
//line date.rl:48
				tmp = p
			case 7:
//line date.rl:49

				if n, ok := cconv.RspamdStrtoul(data[tmp:p]); p <= tmp || (ok && n >= 60) {
					p++
					goto _out
				} else if ok {
					t.min = int(n)
				}

			case 8:
//line date.rl:57
				tmp = p
			case 9:
//line date.rl:58

				if n, ok := cconv.RspamdStrtoul(data[tmp:p]); p <= tmp || (ok && n > 60) {
					p++
					goto _out
				} else if ok {
					t.sec = int(n)
				}

			case 10:
//line date.rl:66
				tmp = p
			case 11:
//line date.rl:67

				if p > tmp {
					n, _ := cconv.RspamdStrtoul(data[tmp:p])
					tz = int64(n)
					if data[tmp-1] == '-' {
						tz = -tz
					}
				}

			case 12:
//line date.rl:87
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
					cs = 80
					goto _again
				}
			case 13:
//line date.rl:88
				top--
				cs = stack[top]
				goto _again

			case 14:
//line date.rl:95
				t.mon = 0
			case 15:
//line date.rl:95
				t.mon = 1
			case 16:
//line date.rl:95
				t.mon = 2
			case 17:
//line date.rl:96
				t.mon = 3
			case 18:
//line date.rl:96
				t.mon = 4
			case 19:
//line date.rl:96
				t.mon = 5
			case 20:
//line date.rl:97
				t.mon = 6
			case 21:
//line date.rl:97
				t.mon = 7
			case 22:
//line date.rl:97
				t.mon = 8
			case 23:
//line date.rl:98
				t.mon = 9
			case 24:
//line date.rl:98
				t.mon = 10
			case 25:
//line date.rl:98
				t.mon = 11
			case 26:
//line date.rl:104
				tz = 0
			case 27:
//line date.rl:104
				tz = 0
			case 28:
//line date.rl:105
				tz = -500
			case 29:
//line date.rl:105
				tz = -400
			case 30:
//line date.rl:106
				tz = -600
			case 31:
//line date.rl:106
				tz = -500
			case 32:
//line date.rl:107
				tz = -700
			case 33:
//line date.rl:107
				tz = -600
			case 34:
//line date.rl:108
				tz = -800
			case 35:
//line date.rl:108
				tz = -700
//line date_rl.go:495
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
			__acts := _smtp_date_eof_actions[cs]
			__nacts := uint(_smtp_date_actions[__acts])
			__acts++
			for ; __nacts > 0; __nacts-- {
				__acts++
				switch _smtp_date_actions[__acts-1] {
				case 11:
//line date.rl:67

					if p > tmp {
						n, _ := cconv.RspamdStrtoul(data[tmp:p])
						tz = int64(n)
						if data[tmp-1] == '-' {
							tz = -tz
						}
					}

				case 26:
//line date.rl:104
					tz = 0
				case 27:
//line date.rl:104
					tz = 0
				case 28:
//line date.rl:105
					tz = -500
				case 29:
//line date.rl:105
					tz = -400
				case 30:
//line date.rl:106
					tz = -600
				case 31:
//line date.rl:106
					tz = -500
				case 32:
//line date.rl:107
					tz = -700
				case 33:
//line date.rl:107
					tz = -600
				case 34:
//line date.rl:108
					tz = -800
				case 35:
//line date.rl:108
					tz = -700
//line date_rl.go:555
				}
			}
		}

	_out:
		{
		}
	}

//line date.rl:134
	return t, tz, p, cs, cs >= smtp_date_first_final
}
