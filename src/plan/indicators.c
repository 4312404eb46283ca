/* indicators.c - the headline measures and their NTU wording. */
#include "plan/indicators.h"

#include <stddef.h>
#include <string.h>

#include "util.h"

/* Worry "often or very often" is the derived value trygg-tally makes
 * with -u worry=3,4 (it is named `unsafe` like every derived share). */
const indicator indicators[NIND] = {
	[IND_UNSAFE] = { NULL, "unsafe", N_("Unsafe"),
		N_("feel unsafe out alone late in the evening in their own area"),
		"unsafe_evening",
		N_("Unsafe out alone late in the evening in one's own area: "
		   "the same measure as NTU's"),
		N_("The same measure as NTU's: very or fairly unsafe, or staying in "
		   "because of insecurity, when out alone late in the evening in "
		   "one's own residential area."), true, true },
	[IND_VICTIM] = { "victim_12m", "yes", N_("Victims of crime"),
		N_("were victims of a crime in the last 12 months"),
		"victim_person",
		N_("Victims of crime: NTU asks about crimes against the person "
		   "in the previous year"),
		N_("NTU asks about crimes against the person (assault, threats, "
		   "sexual offences, robbery, pickpocketing, fraud and online "
		   "harassment) in the previous calendar year; this survey asks about "
		   "any crime in the last 12 months, so the figures are not directly "
		   "comparable."), false, true },
	[IND_WORRY] = { "worry", "unsafe", N_("Often worried"),
		N_("worry often or very often about becoming a victim of crime"),
		"worry_crime_society",
		N_("Worry: NTU asks about worry about crime in society"),
		N_("NTU's nearest measure is the share who worry to a large extent "
		   "about crime in society: a different question (worry about "
		   "society, not about becoming a victim oneself)."), false, true },
	[IND_STAYS_IN] = { NULL, "5", N_("Stay in"),
		N_("stay in because they feel unsafe"),
		NULL, NULL,
		N_("NTU counts those who stay in because of insecurity among the "
		   "unsafe; so does this report."), false, false },
};

const char *indicator_var(enum indicator_id i, const tally_set *ts)
{
	const char *var = indicators[i].var;

	if (var) {
		for (size_t k = 0; k < ts->nrows; k++)
			if (strcmp(ts->rows[k].var, var) == 0)
				return var;
		return NULL;
	}
	return tallies_unsafe_var(ts);
}

const tally_row *indicator_row(enum indicator_id i, const tally_set *ts,
			       const char *gcols, const char *gvals)
{
	const char *var = indicator_var(i, ts);

	return var ? tallies_find(ts, gcols, gvals, var, indicators[i].val) : NULL;
}
