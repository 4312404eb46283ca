/* refdata.h - reference figures from elsewhere (trygg-reference(5)): the
 * national crime survey's shares, Brå's reported offences, any published
 * figure, one per row in tidy form.  trygg-plan sets them beside its own
 * figures and names them in the sources.  (This reader follows the
 * format's manual page; it will give way to the shared loader in
 * src/lib/reference.c when that lands.) */
#ifndef PLAN_REFDATA_H
#define PLAN_REFDATA_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

enum ref_unit { REF_COUNT, REF_PER100K, REF_SHARE };

typedef struct {
	char *source, *indicator, *area, *group, *period;
	enum ref_unit unit;
	double value, base, lo, hi; /* NAN when absent */
	char *population, *title, *url, *note; /* "" when absent */
} ref_figure;

typedef struct {
	ref_figure *f;
	size_t n;
} ref_figures;

/* Add the figures of PATH; exits with status 1 and "FILE:LINE: ..." on a
 * file that cannot be read or a row that breaks the format. */
void refs_load(ref_figures *rf, const char *path);
void refs_free(ref_figures *rf);

/* For INDICATOR: the latest figure of each source, area and group, the
 * whole population first, then by area (Sweden, police region, county,
 * municipality, other) and group.  Free the array only. */
const ref_figure **refs_latest(const ref_figures *rf, const char *indicator,
			       size_t *n);

/* True when the report shows F: the latest of its series for a measure
 * set beside the survey's, or any figure of another measure. */
bool refs_shown(const ref_figures *rf, const ref_figure *f);

/* True when INDICATOR is one the report puts beside its own questions. */
bool refs_known_indicator(const char *indicator);

/* "Sweden", "Police region Väst", "County 14", "Municipality 1440", or the
 * name as given. */
void refs_area_label(strbuf *out, const char *area);
/* "27%", "1,234", "5,678 per 100,000 inhabitants". */
void refs_value(strbuf *out, const ref_figure *f);

#endif
