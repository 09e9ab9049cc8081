package charset

func detectCED(data []byte) (string, bool) {
	_ = cedRename
	return "", false
}
