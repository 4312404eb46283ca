/* refdata.h - reference figures from elsewhere, read by the shared loader
 * of trygg-reference(5) (src/lib/reference.h): the national crime
 * survey's shares, Brå's reported offences, any published figure.  This
 * is what the report asks of them: the latest figure of each series set
 * beside the survey's, which figures are shown, and how they are written. */
#ifndef PLAN_REFDATA_H
#define PLAN_REFDATA_H

#include <stdbool.h>
#include <stddef.h>

#include "reference.h"
#include "util.h"

typedef struct {
	refset *rs; /* NULL until a file is read */
} ref_figures;

/* Add the figures of PATH; every bad row is reported ("FILE:LINE: ...")
 * and then the program exits with status 1. */
void refs_load(ref_figures *rf, const char *path);
void refs_free(ref_figures *rf);
/* Add every DIR/\*.csv in name order; a missing DIR adds nothing. */
void refs_load_dir(ref_figures *rf, const char *dir);

size_t refs_count(const ref_figures *rf);
const ref_row *refs_row(const ref_figures *rf, size_t i);

/* For INDICATOR: the latest figure of each source, area and group, the
 * whole population first, then by area (Sweden, police region, county,
 * municipality, other) and group.  Free the array only. */
const ref_row **refs_latest(const ref_figures *rf, const char *indicator,
			    size_t *n);

/* True when the report shows F: the latest of its series for a measure
 * set beside the survey's, or any figure of another measure. */
bool refs_shown(const ref_figures *rf, const ref_row *f);

/* True when INDICATOR is one the report puts beside its own questions. */
bool refs_known_indicator(const char *indicator);

/* "Sweden", "Police region Väst", "County 14", "Municipality 1440", or the
 * name as given. */
void refs_area_label(strbuf *out, const char *area);
/* "27%", "1,234", "5,678 per 100,000 inhabitants". */
void refs_value(strbuf *out, const ref_row *f);

#endif
