package goption

// Constructors of the common kinds of entries, for compact option tables.

// Bool returns an ArgNone entry.
func Bool(long string, short byte, v *bool, desc string) Entry {
	return Entry{Long: long, Short: short, Arg: ArgNone, Value: v, Description: desc}
}

// String returns an ArgString entry storing into a *string or a **string.
func String[T *string | **string](long string, short byte, v T, desc string) Entry {
	return Entry{Long: long, Short: short, Arg: ArgString, Value: v, Description: desc}
}

// Filename returns an ArgFilename entry storing into a *string or a
// **string.
func Filename[T *string | **string](long string, short byte, v T, desc string) Entry {
	return Entry{Long: long, Short: short, Arg: ArgFilename, Value: v, Description: desc}
}

// Strings returns an ArgStringArray entry.
func Strings(long string, short byte, v *[]string, desc string) Entry {
	return Entry{Long: long, Short: short, Arg: ArgStringArray, Value: v, Description: desc}
}

// Filenames returns an ArgFilenameArray entry.
func Filenames(long string, short byte, v *[]string, desc string) Entry {
	return Entry{Long: long, Short: short, Arg: ArgFilenameArray, Value: v, Description: desc}
}

// Int returns an ArgInt entry.
func Int(long string, short byte, v *int, desc string) Entry {
	return Entry{Long: long, Short: short, Arg: ArgInt, Value: v, Description: desc}
}

// Double returns an ArgDouble entry.
func Double(long string, short byte, v *float64, desc string) Entry {
	return Entry{Long: long, Short: short, Arg: ArgDouble, Value: v, Description: desc}
}

// Func returns an ArgCallback entry.
func Func(long string, short byte, flags Flag, cb Callback, desc string) Entry {
	return Entry{Long: long, Short: short, Flags: flags, Arg: ArgCallback, Value: cb, Description: desc}
}
