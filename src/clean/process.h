/* process.h - clean one export: the rules of clean-dev/README.md sections
 * 2-4 applied record by record, canonical rows to an output stream.
 * Opening an export and its header is header.c; the record pass is
 * process.c, with the answer cache (anscache.h) and, for an export with
 * identities, the spools (copyout.h). */
#ifndef CLEAN_PROCESS_H
#define CLEAN_PROCESS_H

#include <stdio.h>

#include "clean/layout.h"
#include "clean/rejects.h"
#include "codebook.h"
#include "csvio.h"

/* Records read and what became of them, for the summary. */
typedef struct {
	long read, kept;
	long reasons[R_NREASONS]; /* unknown_column and invalid_value count cells */
} clean_counts;

/* One input file, from open to the end of its header. */
typedef struct {
	const char *path;  /* as given */
	const char *name;  /* file name without directories ("-" for stdin) */
	char *stem;        /* name without its extension (.csv .tsv .txt
			      .xlsx, any case), for response ids */
	const char *source;
	csv_reader *reader;
	layout lo;
	clean_counts counts;
} clean_input;

typedef struct {
	const codebook *cb;
	int year;          /* survey year for dates without one */
	FILE *out;
	rejects *rj;
	const bool *allow_missing; /* per schema index: may be missing */
} clean_settings;

/* Set IN->name and IN->stem from IN->path. */
void clean_name(clean_input *in);
/* Open INPUT->path and resolve its header.  -1 on error (message printed:
 * unreadable, not CSV, no known column, a column of the profile missing).
 * Headers matched by being close, and unknown columns, are warned about. */
int clean_open(clean_input *in, const clean_settings *cs, const csv_options *opt);
/* Write the canonical rows of one opened input.  -1 on a read error. */
int clean_run(clean_input *in, const clean_settings *cs);
void clean_close(clean_input *in);
/* Print IN's reader error as FILE:LINE: message; returns -1. */
int clean_read_error(clean_input *in);

#endif
