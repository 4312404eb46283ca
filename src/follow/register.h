/* register.h - the register of adopted measures (trygg-register(5)): a CSV
 * the crime-prevention coordinator keeps in a spreadsheet, one measure a
 * row, with English or Swedish column names.
 *
 * Loading checks every row and reports each problem as "prog: FILE:LINE:
 * what is wrong" (never a cell's text); the caller stops after the count
 * of problems.  Indicator variables and codes are checked against the
 * codebook, so that a misspelt indicator is an error here rather than a
 * measure that is silently never followed up. */
#ifndef FOLLOW_REGISTER_H
#define FOLLOW_REGISTER_H

#include <stdbool.h>
#include <stddef.h>

#include "codebook.h"
#include "csvio.h"
#include "follow/period.h"
#include "reference.h"

/* The columns in normal form (the order trygg-follow writes them). */
enum reg_col {
	RC_ID, RC_MEASURE, RC_CATALOGUE, RC_PROBLEM, RC_CAUSE, RC_PLACE,
	RC_RESPONSIBLE, RC_PARTNERS, RC_RESOURCES, RC_START, RC_DUE,
	RC_SOURCE, RC_VARIABLE, RC_VALUE, RC_GROUP, RC_UNIT, RC_AREA,
	RC_BASELINE_PERIOD, RC_BASELINE, RC_TARGET, RC_TARGET_DATE, RC_BETTER,
	RC_STATUS, RC_STATUS_DATE, RC_COMMENT,
	RC_NCOLS
};

/* The English name of column C (the normal form's header). */
const char *register_column_name(enum reg_col c);

enum status { ST_PLANNED, ST_STARTED, ST_DONE, ST_PAUSED, ST_STOPPED };
enum better { BETTER_LOWER, BETTER_HIGHER };

/* Codes and (translated) words. */
const char *status_code(enum status s);
const char *status_word(enum status s);

/* The tally an indicator refers to: the share of VALUE among those who
 * answered VARIABLE, in the group where each of the columns BY[i] has the
 * value GROUP[i] (none: everyone).  The pairs are sorted by column, so
 * that "age_band:65+&area:north" and "area:north&age_band:65+" are the same. */
typedef struct {
	bool reference;        /* a reference figure (source given), not a tally */
	const char *variable;  /* survey column, or the reference's indicator */
	const char *value;     /* code or "unsafe"; "" for a reference */
	char **by, **group;
	size_t ngroup;
	/* A reference figure (trygg-reference(5)): its unit, and its area in
	 * normal form (malloc'd). */
	enum ref_unit unit;
	char *area;
} reg_indicator;

#define NO_DATE (-1000000L)

typedef struct {
	char *cell[RC_NCOLS];  /* as written, surrounding spaces removed */
	long line;
	reg_indicator ind;
	long start, due, target_date;        /* day numbers or NO_DATE */
	bool has_baseline_window;
	month_t baseline_from, baseline_to;
	bool has_baseline, has_target;
	double baseline, target;             /* percent (shares) */
	enum better better;
	enum status status;
} reg_measure;

typedef struct {
	reg_measure *m;
	size_t n, cap;
	const char *path;
} register_set;

/* Load PATH ("-": standard input) with delimiter DELIM (0: sniffed).
 * WINDOW is the length in months a "YYYY-MM" baseline period stands for.
 * Returns the number of problems reported (0: every row is good); a file
 * that cannot be read or has no header exits with status 1. */
size_t register_load(register_set *rs, const char *path,
		     unsigned char delim, const codebook *cb, long window);
void register_free(register_set *rs);

#endif
