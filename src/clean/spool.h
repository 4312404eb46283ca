/* spool.h - a temporary file of chunks, for an export with an identity
 * column.  Whether such a record stays depends on later records (a later
 * resubmission overrules it), so its canonical row and its reports wait in
 * a spool, tagged with the record's identity and line, until the file has
 * been read.  Then the chunks are read back in order and each is kept or
 * dropped by the final answer of its identity.  Memory stays one chunk. */
#ifndef CLEAN_SPOOL_H
#define CLEAN_SPOOL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "clean/index.h"
#include "util.h"

enum spool_kind {
	SPOOL_PLAIN,    /* no identity: always kept */
	SPOOL_IDENTITY  /* kept only if its record is the identity's final one */
};

typedef struct {
	int64_t line;      /* the record's line */
	uint64_t len;      /* bytes that follow */
	uint32_t kind;     /* enum spool_kind */
	uint32_t ninvalid; /* rows: invalid_value reports of the record */
	hash128 id;        /* SPOOL_IDENTITY: the identity hash; last, as only
			    * a spool opened with ids stores it */
} spool_head;

typedef struct {
	FILE *fp;     /* NULL: not open */
	char *wbuf;   /* fp's buffer (glibc ignores a size without one) */
	strbuf data;  /* reading: a block of the file, data.s[pos..len) unread */
	size_t pos;
	size_t headsize; /* bytes of a spool_head in the file */
} spool;

/* Create the temporary file; -1 with a message on failure.  WITH_IDS:
 * chunks keep their identity hash (else it reads back as zero). */
int spool_open(spool *s, const char *name, bool with_ids);
void spool_put(spool *s, const spool_head *h, const char *data);
/* Switch from writing to reading; -1 with a message if writing failed. */
int spool_rewind(spool *s, const char *name);
/* Next chunk: 1 (*data valid until the next call), 0 at the end, -1 on a
 * read error (message printed). */
int spool_next(spool *s, const char *name, spool_head *h, const char **data);
void spool_close(spool *s);

#endif
