/* labels.h - readable, translated names for column names and codes. */
#ifndef PLAN_LABELS_H
#define PLAN_LABELS_H

#include "codebook.h"
#include "plan/num.h"
#include "util.h"

/* "Gender", "Age band", ... for a canonical column; the name itself
 * otherwise.  For joined group columns ("source,area") joins with " × ". */
void label_column(strbuf *out, const char *cols);

/* The label of CODE in column COL ("woman" in gender -> "Women").  Codes
 * no table knows are shown tidied ("town_square" -> "Town square").  COLS and
 * CODES may be joined lists (group columns); labels are joined by ", ". */
void label_code(strbuf *out, const char *cols, const char *codes);

/* Take the names of areas and places from the codebook CB (the code rows
 * of area and unsafe_places, trygg-codebook(5)), so a report names the
 * municipality's own places.  LANG picks the name. */
void labels_load_codebook(const codebook *cb, enum report_lang lang);
void labels_free(void);

#endif
