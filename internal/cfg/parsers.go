package cfg

import (
	"strconv"
	"strings"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// parseField runs a field's parser on obj, storing into the structure ud.
func (c *Config) parseField(f *field, obj *ucl.Object, ud any, sec *section) error {
	if f.kind == kindCustom {
		return f.custom(c, obj, ud)
	}
	return c.parseValue(f.kind, f.flags, obj, f.target(ud), sec)
}

// parseValue converts obj with the parser of kind and stores it through
// target, a pointer of the type the kind expects.
func (c *Config) parseValue(kind fieldKind, flags Flag, obj *ucl.Object, target any, sec *section) error {
	switch kind {
	case kindString:
		return parseString(obj, target.(*string))
	case kindInt:
		v, ok := obj.AsInt()
		if !ok {
			return errorf("cannot convert %s to integer in option %s", obj.Type(), cStr(obj.Key()))
		}
		storeInt(target, v)
	case kindDouble:
		v, ok := obj.AsFloat()
		if !ok {
			return errorf("cannot convert %s to double in option %s", obj.Type(), cStr(obj.Key()))
		}
		*target.(*float64) = v
	case kindTime:
		return parseTime(obj, flags, target)
	case kindStringList:
		return parseStringList(obj, flags, target)
	case kindBool:
		var v bool
		switch obj.Type() {
		case ucl.TypeBoolean:
			v = obj.Bool()
		case ucl.TypeInt:
			v = obj.Int() != 0
		default:
			return errorf("cannot convert %s to boolean in option %s", obj.Type(), cStr(obj.Key()))
		}
		if flags&FlagBoolInverse != 0 {
			v = !v
		}
		*target.(*bool) = v
	case kindUCL:
		*target.(**ucl.Object) = obj
	case kindKeypair:
		return parseKeypair(obj, target.(**cryptobox.Keypair), sec)
	case kindPubkey:
		return parsePubkey(obj, flags, target.(*string))
	}
	return nil
}

// parseString stores obj as a string: strings as they are, numbers and
// booleans printed, null as the empty string.
func parseString(obj *ucl.Object, target *string) error {
	switch obj.Type() {
	case ucl.TypeString:
		*target = obj.Str()
	case ucl.TypeInt:
		*target = strconv.FormatInt(obj.Int(), 10)
	case ucl.TypeFloat:
		*target = string(logger.AppendFloat(nil, obj.Float(), 20, false))
	case ucl.TypeBoolean:
		*target = strconv.FormatBool(obj.Bool())
	case ucl.TypeNull:
		*target = ""
	default:
		return errorf("cannot convert %s to string in option %s", obj.Type(), cStr(obj.Key()))
	}
	return nil
}

// storeInt stores v into an integer field of any width, truncating as C
// assignments do.
func storeInt(target any, v int64) {
	switch t := target.(type) {
	case *int:
		*t = int(int32(v))
	case *int16:
		*t = int16(v)
	case *int32:
		*t = int32(v)
	case *int64:
		*t = v
	case *uint32:
		*t = uint32(v)
	case *uint64:
		*t = uint64(v)
	default:
		panic("cfg: bad integer target")
	}
}

// parseTime stores a number of seconds in the representation flags select.
func parseTime(obj *ucl.Object, flags Flag, target any) error {
	v, ok := obj.AsFloat()
	if !ok {
		return errorf("cannot convert %s to double in option %s", obj.Type(), cStr(obj.Key()))
	}
	switch {
	case flags == FlagTimeFloat:
		*target.(*float64) = v
	case flags == FlagTimeInteger:
		*target.(*int32) = int32(v * 1000)
	case flags == FlagTimeUint32:
		*target.(*uint32) = uint32(v * 1000)
	default:
		return errorf("cannot convert %s to time in option %s", obj.Type(), cStr(obj.Key()))
	}
	return nil
}

// parseStringList adds the elements of obj (strings split at commas and
// spaces, numbers and booleans printed) to a list or a set.
func parseStringList(obj *ucl.Object, flags Flag, target any) error {
	var add func(string)
	if flags&FlagListHash != 0 {
		set := target.(*StringSet)
		if *set == nil {
			*set = StringSet{}
		}
		add = func(s string) { (*set)[s] = struct{}{} }
	} else {
		list := target.(*[]string)
		add = func(s string) { *list = append(*list, s) }
	}
	for cur := range obj.Iterate(ucl.IterateBoth) {
		switch cur.Type() {
		case ucl.TypeString:
			for _, elt := range strings.FieldsFunc(cur.Str(), func(r rune) bool { return r == ',' || r == ' ' }) {
				add(elt)
			}
		case ucl.TypeInt:
			add(strconv.FormatInt(cur.Int(), 10))
		case ucl.TypeFloat:
			add(string(logger.AppendFloat(nil, cur.Float(), 20, false)))
		case ucl.TypeBoolean:
			add(strconv.FormatBool(cur.Bool()))
		default:
			return errorf("cannot convert %s to a string list in option %s", obj.Type(), cStr(obj.Key()))
		}
	}
	return nil
}

// parseKeypair loads a keypair from an object.
func parseKeypair(obj *ucl.Object, target **cryptobox.Keypair, sec *section) error {
	if obj.Type() != ucl.TypeObject {
		return errorf("no sane pubkey or privkey found in the keypair: %s", cStr(obj.Key()))
	}
	kp, err := cryptobox.KeypairFromObject(toMap(obj))
	if err != nil {
		return errorf("cannot load the keypair specified: %s; section: %s; value: %s",
			cStr(obj.Key()), sec.name, ucl.Emit(obj, ucl.FormatJSONCompact))
	}
	*target = kp
	return nil
}

// parsePubkey checks a base32 public key and stores its text.
func parsePubkey(obj *ucl.Object, flags Flag, target *string) error {
	if obj.Type() != ucl.TypeString {
		return errorf("no sane pubkey found in the element: %s", cStr(obj.Key()))
	}
	t := cryptobox.KEX
	if flags&FlagSignKey != 0 {
		t = cryptobox.SignKey
	}
	if _, err := cryptobox.PublicKeyFromBase32(obj.Str(), t); err != nil {
		return errorf("cannot load the pubkey specified: %s", cStr(obj.Key()))
	}
	*target = obj.Str()
	return nil
}

// KeypairFromUCL loads a keypair from its UCL form (rspamd_keypair_from_ucl).
func KeypairFromUCL(obj *ucl.Object) (*cryptobox.Keypair, error) {
	return cryptobox.KeypairFromObject(toMap(obj))
}

// toMap converts an object to the map form cryptobox reads keypairs from:
// strings as strings, objects as maps, anything else as nil.
func toMap(obj *ucl.Object) map[string]any {
	m := map[string]any{}
	for cur := range obj.All() {
		switch cur.Type() {
		case ucl.TypeString:
			m[cur.Key()] = cur.Str()
		case ucl.TypeObject:
			m[cur.Key()] = toMap(cur)
		default:
			m[cur.Key()] = nil
		}
	}
	return m
}
