package mime

func dupBytes(b []byte) []byte { return append([]byte(nil), b...) }
