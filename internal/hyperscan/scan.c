//go:build !nohyperscan

#include "scan.h"
#include "_cgo_export.h"

// rs_hs_on_match buffers a match; a full buffer is handed to Go, which may
// ask to stop the scan.
int rs_hs_on_match(unsigned int id, unsigned long long from,
		unsigned long long to, unsigned int flags, void *ctx) {
	rs_hs_ctx *c = ctx;
	(void)flags;
	c->m[c->n].id = id;
	c->m[c->n].from = from;
	c->m[c->n].to = to;
	c->n++;
	if (c->n == RS_HS_BATCH) {
		int stop = rsHSFlush(c->handle);
		c->n = 0;
		return stop;
	}
	return 0;
}

int rs_hs_scan(const hs_database_t *db, const char *data, unsigned int len,
		hs_scratch_t *scratch, rs_hs_ctx *ctx) {
	ctx->n = 0;
	return hs_scan(db, data, len, 0, scratch, rs_hs_on_match, ctx);
}
