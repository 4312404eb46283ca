/* margins.h - population margins for raking, read from the CSV files of
 * trygg-margins(5): rows of [source,]dimension,value,population.
 *
 * Rows without a source form one pooled group (every record is raked to
 * them together); rows with a source form one group per channel, raked
 * separately.  One file set is one or the other: a source-less row among
 * per-channel rows is an error, as are duplicate rows, population cells
 * that are not plain decimal numbers, and dimensions of a group that
 * disagree on its total. */
#ifndef WEIGHT_MARGINS_H
#define WEIGHT_MARGINS_H

#include <stdbool.h>
#include <stddef.h>

#include "text.h"

/* One value of a dimension and its population. */
typedef struct {
	char *value;
	double population;
	const char *file; /* where the row is, for messages */
	long line;
} margin_cat;

/* A raking dimension: a column of the records and its values. */
typedef struct {
	char *name;
	margin_cat *cats;
	size_t ncats, catcap;
	strmap *index; /* value -> category index + 1 */
} margin_dim;

/* The margins one set of records is raked to. */
typedef struct {
	char *source; /* the channel; NULL for pooled margins */
	margin_dim *dims;
	size_t ndims, dimcap;
	double total; /* the population total the dimensions agree on */
} margin_group;

typedef struct {
	margin_group *groups;
	size_t ngroups, groupcap;
	strmap *group_index; /* source ("" when pooled) -> group index + 1 */
	bool per_channel;    /* groups are channels (rows have a source) */
	char **files;        /* names of the files read, for messages */
	size_t nfiles;
} margin_set;

/* Add the rows of PATH ("-" is stdin).  Exits 1 with FILE:LINE on a bad
 * file or row. */
void margins_load(margin_set *m, const char *path);

/* Check the set as a whole once every file is read: not empty, not mixed
 * pooled and per-channel rows, each group's dimensions agreeing on the
 * total within TOLERANCE (relative).  Exits 1 with FILE:LINE otherwise. */
void margins_check(margin_set *m, double tolerance);

/* The group for records of channel SOURCE (any record when pooled), or
 * NULL when the channel has no margins. */
const margin_group *margins_group(const margin_set *m,
					 const char *source, size_t len);

/* Index of VALUE among DIM's values, or -1. */
long margin_dim_find(const margin_dim *dim, const char *value, size_t len);

/* "staff" or, for pooled margins, "all" (translated). */
const char *margin_group_name(const margin_group *g);

/* "staff: " for a channel's margins, "" for pooled ones: the start of a
 * message about the group, built in B. */
const char *margin_group_prefix(const margin_group *g, strbuf *b);

/* Parse a population cell: a plain decimal number, digits with at most one
 * '.' or ',' followed by digits ("2800", "1234.5"); no sign, exponent,
 * hexadecimal, spaces, inf or nan.  False when S is not one. */
bool parse_population(const char *s, size_t len, double *out);

void margins_free(margin_set *m);

#endif
