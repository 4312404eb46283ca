/* labels.h - readable, translated names for column names and codes. */
#ifndef PLAN_LABELS_H
#define PLAN_LABELS_H

#include "plan/num.h"
#include "util.h"

/* "Gender", "Age band", ... for a canonical column; the name itself
 * otherwise.  For joined group columns ("source,area") joins with " × ". */
void label_column(strbuf *out, const char *cols);

/* The label of CODE in column COL ("woman" in gender -> "Women").  Codes
 * no table knows are shown tidied ("ale_torg" -> "Ale torg").  COLS and
 * CODES may be joined lists (group columns); labels are joined by ", ". */
void label_code(strbuf *out, const char *cols, const char *codes);

/* Take the names of areas and places from a codebook (trygg-codebook(5):
 * rows "code,,COLUMN,CODE,Swedish name,English name"), so a report names
 * the municipality's own places.  LANG picks the name.  Exits with status
 * 1 when the file cannot be read. */
void labels_load_codebook(const char *path, enum report_lang lang);
void labels_free(void);

#endif
