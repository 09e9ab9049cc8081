#ifndef RS_HS_SCAN_H
#define RS_HS_SCAN_H

#include <hs/hs.h>
#include <stddef.h>
#include <stdint.h>

// Matches are passed to Go in batches of RS_HS_BATCH, one cgo callback per
// batch rather than per match.
#define RS_HS_BATCH 128

typedef struct {
	unsigned int id;
	unsigned long long from;
	unsigned long long to;
} rs_hs_match;

typedef struct {
	uintptr_t handle;
	size_t n;
	rs_hs_match m[RS_HS_BATCH];
} rs_hs_ctx;


int rs_hs_scan(const hs_database_t *db, const char *data, unsigned int len,
		hs_scratch_t *scratch, rs_hs_ctx *ctx);

#endif
