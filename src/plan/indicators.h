/* indicators.h - the survey's headline measures and how each compares
 * with the national crime survey (NTU, DOMAIN.md 2 and 7.1): the share
 * unsafe, the share victimised, the share often worried, and staying in
 * as a consequence of insecurity. */
#ifndef PLAN_INDICATORS_H
#define PLAN_INDICATORS_H

#include <stdbool.h>

#include "plan/tallies.h"

enum indicator_id { IND_UNSAFE, IND_VICTIM, IND_WORRY, IND_STAYS_IN, NIND };

typedef struct {
	const char *var;      /* tally variable; NULL: the unsafe variable */
	const char *val;      /* its value */
	const char *head;     /* N_() column head, "Unsafe" */
	const char *label;    /* N_() "feel unsafe out alone late in the evening" */
	const char *ntu;      /* the NTU indicator of trygg-reference(5), or NULL */
	const char *ntu_head; /* N_() what NTU measures, "Unsafe ... (same measure)" */
	const char *ntu_note; /* N_() how NTU's question compares */
	bool same_as_ntu;     /* our question is NTU's */
	bool compared;        /* groups are tested against each other */
} indicator;

extern const indicator indicators[NIND];

/* The tally variable of indicator I in TS (NULL when not tallied). */
const char *indicator_var(enum indicator_id i, const tally_set *ts);

/* The row of indicator I for group (GCOLS, GVALS), or NULL. */
const tally_row *indicator_row(enum indicator_id i, const tally_set *ts,
			       const char *gcols, const char *gvals);

#endif
