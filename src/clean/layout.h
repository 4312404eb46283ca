/* layout.h - what each column of an export means: the header resolved
 * against the codebook, once per file. */
#ifndef CLEAN_LAYOUT_H
#define CLEAN_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "codebook.h"
#include "csvio.h"

#define NSCHEMA_MAX 32

enum role {
	ROLE_UNKNOWN,   /* not in the codebook: dropped, reported */
	ROLE_DROP,      /* known, not mapped */
	ROLE_IDENTITY,  /* respondent identity, for resubmissions */
	ROLE_ID,        /* response id */
	ROLE_TIMESTAMP, /* collected_at */
	ROLE_CODED,     /* one label -> one code */
	ROLE_PLACE,     /* a place code: site's own labels, then the places' */
	ROLE_AGE,       /* age band label or exact age */
	ROLE_LIST,      /* multi-select, the chosen labels in one cell */
	ROLE_OPTION,    /* multi-select, one column per option */
	ROLE_TEXT       /* free text, copied as written */
};

typedef struct {
	enum role role;
	int target;  /* schema index of the canonical column, -1 if none */
	long option; /* ROLE_OPTION: index in the column's code list */
	bool typed;  /* ROLE_OPTION: the "other" option, any text chooses it */
} in_column;

/* A header taken for a codebook header it is close to (reported). */
typedef struct {
	char *header;          /* as in the file (trimmed) */
	const cb_entry *entry; /* the codebook's row */
} near_match;

typedef struct {
	const char *profile;  /* the export profile that fits best */
	size_t ncols;         /* header columns (after the trailing rule) */
	bool trailing;        /* lines end with a delimiter (rule 2.1) */
	in_column *cols;
	long first[NSCHEMA_MAX]; /* first input column of each target, or -1 */
	long identity;        /* input column or -1 */
	size_t nknown;        /* columns found in the codebook */
	char **unknown;       /* header texts (trimmed) of unknown columns */
	size_t *unknown_col;  /* and their positions, from 1 */
	size_t nunknown, unknowncap;
	near_match *near;     /* headers matched by being close */
	size_t nnear, nearcap;
	bool present[NSCHEMA_MAX]; /* some input column fills the target */
} layout;

/* The role of a column mapped to canonical COLUMN (with option CODE). */
enum role layout_column_role(const char *column, const char *code);

/* Resolve HDR: each header by the codebook's exact key (codebook_fold),
 * else, for the headers left, by a near match: the same letters and
 * digits (loose_key: spaces, punctuation, case and accents aside), or a
 * few edits away (an eighth of the length), among the chosen profile's
 * headers (and those of every profile) whose column is not filled yet;
 * a tie between two columns is no match.  Never fails; the caller
 * decides what nknown == 0 means and reports lo->near. */
void layout_build(layout *lo, const codebook *cb, const csv_record *hdr);

/* A column of the profile's own header rows that no input column fills
 * (unless ALLOW[its schema index]): its schema index, the codebook's
 * header text for it, and the position (from 1) of the unknown column of
 * the file whose header is closest to that (0 if the file has none).
 * Call with *from = 0, then again with *from as left, until it returns
 * -1. */
long layout_missing(const layout *lo, const codebook *cb, const bool *allow, size_t *from,
		    const char **wanted, size_t *closest);
void layout_free(layout *lo);

#endif
