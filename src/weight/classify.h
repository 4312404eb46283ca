/* classify.h - which margin group and which cell a record belongs to, by
 * the record's columns named in the margins (and its source, when the
 * margins are given per channel). */
#ifndef WEIGHT_CLASSIFY_H
#define WEIGHT_CLASSIFY_H

#include <stddef.h>
#include <stdint.h>

#include "csvio.h"
#include "weight/margins.h"

enum match_kind {
	MATCH_OK,
	MATCH_NO_CHANNEL, /* per-channel margins: none for the record's source */
	MATCH_NO_VALUE    /* a dimension's value is not among the margins' */
};

typedef struct {
	enum match_kind kind;
	size_t group;    /* MATCH_OK, MATCH_NO_VALUE: the margin group */
	size_t dim;      /* MATCH_NO_VALUE: the dimension */
	const uint32_t *cats; /* MATCH_OK: the cell's category indices */
} class_match;

typedef struct {
	const margin_set *m;
	long source_col;   /* per-channel: the records' source column */
	long **dim_cols;   /* per group, per dimension: the record column */
	uint32_t *cats;    /* scratch for one record's indices */
} classifier;

/* Find the columns the margins name in HEADER; exit 1 with FILE:1 when
 * one is missing. */
void classifier_init(classifier *c, const margin_set *m,
		     const csv_record *header, const char *file);
void classify(classifier *c, const csv_record *rec, class_match *out);
void classifier_free(classifier *c);

#endif
