/* proposals.h - the plan's new proposals as rows of the register of
 * adopted measures (trygg-register(5), --proposals): a council that
 * adopts a proposal copies its row into the register, and trygg-follow(1)
 * follows it up from the next month.  The file is written atomically. */
#ifndef PLAN_PROPOSALS_H
#define PLAN_PROPOSALS_H

#include <stdio.h>

#include "plan/causes.h"
#include "plan/measures.h"
#include "plan/report.h"

/* A temporary file beside PATH, renamed over PATH by proposals_commit();
 * removed if the program ends any other way.  Exit 1 when it cannot be
 * made. */
FILE *proposals_open(const char *path);
void proposals_commit(FILE *f);

/* The register's header, in Swedish when the report is. */
void proposals_header(FILE *out, enum report_lang lang);
/* Proposal NUMBER: catalogue measure M for the leading problem C, whose
 * plan row states the problem as PROBLEM. */
void proposal_row(FILE *out, const report_input *in, const leading *c,
		  const measure *m, int number, const char *problem);

#endif
