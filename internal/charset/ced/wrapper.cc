// C entry point for the Go package: detect the encoding of a text the way
// rspamd asks CED (e-mail corpus, no hints but an encoding hint of 0).
#include "wrapper.h"
#include "compact_enc_det/compact_enc_det.h"
#include "util/encodings/encodings.h"

extern "C" const char *gr_ced_detect(const char *text, int len) {
	int consumed = 0;
	bool reliable = false;
	Encoding enc = CompactEncDet::DetectEncoding(
		text, len, nullptr, nullptr, nullptr, 0, default_language(),
		CompactEncDet::EMAIL_CORPUS, false, &consumed, &reliable);
	if (!IsValidEncoding(enc)) {
		return nullptr;
	}
	return MimeEncodingName(enc);
}
