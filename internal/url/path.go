package url

import "bytes"

// NormalizePath removes "." and ".." segments and repeated slashes from a
// URL path in place, as upstream's rspamd_normalize_path_inplace, and
// returns the new length.
func NormalizePath(path []byte) int {
	const (
		stNormal = iota
		stGotDot
		stGotDotDot
		stGotSlash
		stGotSlashSlash
	)
	p, end, o := 0, len(path), 0
	slash, dot := -1, -1
	state := stNormal

	// lastSlashBefore is rspamd_memrchr(path, '/', n).
	lastSlashBefore := func(n int) int {
		return bytes.LastIndexByte(path[:n], '/')
	}

	for p < end {
		switch state {
		case stNormal:
			switch path[p] {
			case '/':
				state = stGotSlash
				slash = p
			case '.':
				state = stGotDot
				dot = p
			default:
				path[o] = path[p]
				o++
			}
			p++
		case stGotSlash:
			switch path[p] {
			case '/':
				path[o] = path[p]
				o++
				state = stGotSlashSlash
			case '.':
				dot = p
				state = stGotDot
			default:
				path[o] = '/'
				path[o+1] = path[p]
				o += 2
				slash, dot = -1, -1
				state = stNormal
			}
			p++
		case stGotSlashSlash:
			if path[p] != '/' {
				slash = p - 1
				dot = -1
				state = stNormal
				continue
			}
			p++
		case stGotDot:
			switch path[p] {
			case '/':
				if ((o > 0 && path[o-1] != '/') || o == 0) && slash >= 0 {
					path[o] = '/'
					o++
				}
				slash = p
				dot = -1
				state = stNormal
			case '.':
				state = stGotDotDot
			default:
				if dot >= 0 && p > dot {
					if slash >= 0 && slash == dot-1 && o > 0 && path[o-1] != '/' {
						o += copy(path[o:], path[slash:p])
					} else {
						o += copy(path[o:], path[dot:p])
					}
				}
				slash, dot = -1, -1
				state = stNormal
				continue
			}
			p++
		case stGotDotDot:
			if path[p] == '/' {
				if slash >= 0 {
					switch {
					case o > 2 && path[o-1] == '/':
						slash = lastSlashBefore(o - 2)
					case o > 1:
						slash = lastSlashBefore(o - 1)
					default:
						slash = -1
					}
					if slash >= 0 {
						o = slash
					}
					slash = p
					state = stGotSlash
				} else {
					if o > 0 && dot >= 0 && p > dot {
						o += copy(path[o:], path[dot:p])
					}
					slash, dot = -1, -1
					state = stNormal
					continue
				}
			} else {
				if slash >= 0 {
					path[o] = '/'
					o++
				}
				if dot >= 0 && p > dot {
					o += copy(path[o:], path[dot:p])
				}
				slash, dot = -1, -1
				state = stNormal
				continue
			}
			p++
		}
	}

	switch state {
	case stGotDotDot:
		if slash >= 0 {
			switch {
			case o > 2 && path[o-1] == '/':
				slash = lastSlashBefore(o - 2)
			case o > 1:
				slash = lastSlashBefore(o - 1)
			default:
				if o == 0 {
					path[o] = '/'
					o++
				}
				slash = -1
			}
			if slash >= 0 {
				o = slash
			}
		} else {
			if o == 0 {
				path[o] = '/'
				o++
			} else if dot >= 0 && p > dot {
				o += copy(path[o:], path[dot:p])
			}
		}
	case stGotDot:
		if slash >= 0 {
			path[o] = '/'
			o++
		} else if o > 0 {
			path[o] = '.'
			o++
		}
	case stGotSlash:
		path[o] = '/'
		o++
	}
	return o
}
