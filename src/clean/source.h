/* source.h - which channel a file's answers came from: a manifest beside
 * the exports (trygg-manifest(5): file pattern -> source), else the file
 * name's prefix.  trygg-monthly and trygg-clean share this rule. */
#ifndef CLEAN_SOURCE_H
#define CLEAN_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

#include "codebook.h"

typedef struct {
	char **pattern, **source;
	size_t n, cap;
} manifest;

/* Load PATH (columns pattern and source, found by name; '#' rows are
 * comments).  A source that is not a code of the codebook's source
 * column is an error.  -1 with "prog: FILE:LINE: ..." */
int manifest_load(manifest *m, const char *path, const codebook *cb);
void manifest_free(manifest *m);

/* The source of the file NAME (no directories): the first manifest row
 * whose pattern matches it (a shell pattern, case ignored), else its
 * prefix: a source code or a label of the codebook's source column (elev,
 * personal, gata...), case ignored, followed by '-', '_', '.', a space or
 * a digit.  NULL when neither tells.  M may be NULL; the string returned
 * is the codebook's and outlives M. */
const char *source_of_file(const manifest *m, const codebook *cb, const char *name);

/* "school-*, elev-*, staff-*, ...": the prefixes, for messages (malloc'd). */
char *source_prefix_list(const codebook *cb);

#endif
