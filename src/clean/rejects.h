/* rejects.h - the rejects file: why each record or cell was set aside.
 * It holds raw personal data, so it is created mode 0600, written to a
 * temporary file beside its target and renamed into place only when the
 * whole run succeeded.  The temporary file is locked while it is written;
 * one that a killed run left (nobody holds its lock) is removed by the
 * next run. */
#ifndef CLEAN_REJECTS_H
#define CLEAN_REJECTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "util.h"

/* Reasons, in the order rejects are sorted within a line. */
enum reject_reason {
	R_UNKNOWN_COLUMN,
	R_EMPTY_ROW,
	R_RAGGED_ROW,
	R_DUPLICATE,
	R_RESUBMISSION,
	R_INVALID_VALUE,
	R_NREASONS
};

typedef struct {
	char *path, *tmp; /* NULL path: rejects are only counted */
	FILE *fp;
} rejects;

/* Open the temporary file for PATH (NULL: no rejects file).  -1 on error
 * (message printed). */
int rejects_open(rejects *rj, const char *path);
/* Append one line of the rejects file to B (FIELD and VALUE may be NULL:
 * empty). */
void rejects_format(strbuf *b, const char *file, long line, enum reject_reason r,
		    const char *field, const char *value, size_t vlen);
/* Write lines made by rejects_format (nothing without a rejects file). */
void rejects_put(rejects *rj, const char *text, size_t n);
/* Flush, close and rename into place; -1 on error (message printed). */
int rejects_commit(rejects *rj);
/* Remove the temporary file (after a failed run). */
void rejects_abort(rejects *rj);

#endif
