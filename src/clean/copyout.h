/* copyout.h - the spools of an export with an identity column (rule 3.4).
 * A resubmission needs the future ("is there a later answer?"), so such
 * an export's rows and reports go to spools (spool.h) tagged with their
 * line; at the end of the file they are copied out, keeping only the
 * final submission of each identity (the lines of the others are in a
 * bit set, filled as they lose). */
#ifndef CLEAN_COPYOUT_H
#define CLEAN_COPYOUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "clean/index.h"
#include "clean/process.h"
#include "clean/rejects.h"
#include "clean/spool.h"

typedef struct {
	spool rows, rejects;
	rec_index ids;     /* the latest submission per identity so far */
	line_set lost;     /* lines of submissions overruled */
	long candidates;   /* records with an identity past rules 3.1-3.3 */
	bool keep_reports; /* there is a rejects file: spool the reports */
} copyout;

/* Open the spools (the reports' only with KEEP_REPORTS); -1 with a
 * message on failure.  NAME is the input's, for messages. */
int copyout_open(copyout *co, const char *name, bool keep_reports);
/* Start loading what a copyout_leads of ID will touch. */
void copyout_prefetch(const copyout *co, const hash128 *id);
/* Rule 3.4 as far as it is known now: is the submission at LINE with
 * timestamp ORDER (-1: none) the latest of identity ID so far?  (Latest
 * timestamp; a tie goes to the later line.)  The loser's line is marked
 * lost. */
bool copyout_leads(copyout *co, const hash128 *id, long line, int64_t order);
/* A row or a chunk of reports that waits for the end of the file. */
void copyout_put_row(copyout *co, const spool_head *h, const char *row);
void copyout_put_reports(copyout *co, const spool_head *h, const char *text);
/* The end of the file: the wanted rows to OUT, their invalid_value
 * reports and the resubmissions counted in IN's counts, the wanted
 * reports to RJ (a lost submission's as one resubmission line naming the
 * final one).  -1 on a spool error (message printed). */
int copyout_finish(copyout *co, clean_input *in, FILE *out, rejects *rj);
void copyout_close(copyout *co);

#endif
