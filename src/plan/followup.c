/* followup.c - read trygg-follow's follow-up and series CSVs. */
#include "plan/followup.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csvcols.h"
#include "util.h"

/* English and Swedish spellings, in the order of the enums (codes are
 * what trygg-follow writes; words what it writes with --labels). */
static const char *const light_names[] = {
	"", "", "green", "grön", "yellow", "gul", "red", "röd"
};
static const char *const status_names[] = {
	"planned", "planerad", "started", "påbörjad", "done", "genomförd",
	"paused", "pausad", "stopped", "avbruten"
};
static const char *const status_words[] = {
	N_("planned"), N_("started"), N_("done"), N_("paused"), N_("stopped")
};
/* trygg-follow's reasons, in the words trygg-follow itself uses. */
static const char *const reasons[] = {
	"past_due", N_("past the due date and not done"),
	"worse", N_("clearly worse than the baseline"),
	"target_met", N_("the target is met"),
	"toward_target", N_("clearly better than the baseline, on the way to the target"),
	"behind_schedule", N_("better than the baseline, but behind the planned path to the target"),
	"no_clear_change", N_("no clear change since the baseline"),
	"no_baseline", N_("no baseline to compare with"),
	"no_figure", N_("no figure for this period"),
};

const char *light_word(enum light l)
{
	static const char *const words[] = { "", N_("green"), N_("yellow"), N_("red") };
	return l == LIGHT_NONE ? _("no light") : _(words[l]);
}

const char *light_class(enum light l)
{
	static const char *const cls[] = {
		NULL, "light light-green", "light light-yellow", "light light-red"
	};
	return cls[l];
}

const char *status_word(enum status s)
{
	return _(status_words[s]);
}

const char *status_code(enum status s)
{
	return status_names[2 * s];
}

const char *reason_word(const char *code)
{
	for (size_t i = 0; i < sizeof reasons / sizeof *reasons; i += 2)
		if (strcmp(code, reasons[i]) == 0)
			return _(reasons[i + 1]);
	return code; /* already words (--labels) */
}

/* ---- reading ---- */

static const csv_options utf8 = { .delimiter = 0, .encoding = CSV_ENC_UTF8 };

/* The name of column C (the formats here have no other names). */
static const char *name_of(const csv_table *t, size_t c)
{
	return t->spec[c].name;
}

/* A percentage cell: empty is NAN; "27.5" or "27,5" (--excel). */
static double number(const csv_table *t, size_t c)
{
	const char *s = csv_table_cell(t, c);
	char buf[64], *end;
	double v;

	if (!*s)
		return NAN;
	snprintf(buf, sizeof buf, "%s", s);
	for (char *p = buf; *p; p++)
		if (*p == ',')
			*p = '.';
	errno = 0;
	v = strtod(buf, &end);
	if (end == buf || *end || errno || strlen(s) >= sizeof buf || !isfinite(v))
		csv_table_die(t, _("column '%s' is not a number"), name_of(t, c));
	return v;
}

static long coded(const csv_table *t, size_t c, const char *const *names, size_t n)
{
	return csv_code_or_die(csv_table_cell(t, c), names, n, name_of(t, c), t->name,
			       csv_table_line(t));
}

enum {
	F_ID, F_MEASURE, F_CATALOGUE, F_RESPONSIBLE, F_VARIABLE, F_VALUE, F_GROUP,
	F_SOURCE, F_BASELINE_WINDOW, F_BASELINE_PERIOD, F_TARGET_DATE, F_REASON,
	F_NOW, F_NOW_LOW, F_NOW_HIGH, F_BASELINE_VALUE, F_BASELINE, F_TARGET,
	F_LIGHT, F_STATUS, NF
};
static const csv_table_column fcols[NF] = {
	{ "id", true }, { "measure", true }, { "catalogue", false },
	{ "responsible", true }, { "variable", true }, { "value", true },
	{ "group", true }, { "source", false }, { "baseline_window", false },
	{ "baseline_period", false }, { "target_date", false }, { "reason", false },
	{ "now", true }, { "now_low", true }, { "now_high", true },
	{ "baseline_value", true }, { "baseline", false }, { "target", true },
	{ "light", true }, { "status", true },
};

static char *text(const csv_table *t, size_t c)
{
	return xstrdup(csv_table_cell(t, c));
}

static void adopted_row(adopted *a, const csv_table *t)
{
	char **first[] = { /* the text columns F_ID .. F_SOURCE, in order */
		&a->id, &a->measure, &a->catalogue, &a->responsible, &a->variable,
		&a->value, &a->group, &a->source,
	};

	for (size_t c = F_ID; c <= F_SOURCE; c++)
		*first[c] = text(t, c);
	a->baseline_period = text(t, *csv_table_cell(t, F_BASELINE_PERIOD)
				  ? F_BASELINE_PERIOD : F_BASELINE_WINDOW);
	a->target_date = text(t, F_TARGET_DATE);
	a->reason = text(t, F_REASON);
	a->now = number(t, F_NOW);
	a->now_lo = number(t, F_NOW_LOW);
	a->now_hi = number(t, F_NOW_HIGH);
	a->baseline = number(t, F_BASELINE_VALUE);
	if (isnan(a->baseline))
		a->baseline = number(t, F_BASELINE);
	a->target = number(t, F_TARGET);
	a->light = (enum light)coded(t, F_LIGHT, light_names, 4);
	a->status = (enum status)coded(t, F_STATUS, status_names, 5);
}

static void add_adopted(const csv_table *t, void *ctx)
{
	followup *f = ctx;

	if (!*csv_table_cell(t, F_ID))
		csv_table_die(t, _("column '%s' is empty"), "id");
	f->a = xrealloc(f->a, (f->n + 1) * sizeof *f->a);
	adopted_row(&f->a[f->n++], t);
}

void followup_read(followup *f, const char *path)
{
	csv_table_read_or_die(path, &utf8, fcols, NF, CSV_TABLE_ANY_WIDTH, add_adopted, f);
}

static bool is_month(const char *s)
{
	return strlen(s) == 7 && s[4] == '-' && strspn(s, "0123456789-") == 7 &&
	       s[5] <= '1' && !(s[5] == '1' && s[6] > '2') && !(s[5] == '0' && s[6] == '0');
}

enum { S_ID, S_PERIOD, S_PCT, S_NOTE, NS };
static const csv_table_column scols[NS] = {
	{ "id", true }, { "period", true }, { "pct", true }, { "note", false },
};

static void add_month(const csv_table *t, void *ctx)
{
	followup *f = ctx;
	series_month *m;
	const char *note = csv_table_cell(t, S_NOTE);

	if (!is_month(csv_table_cell(t, S_PERIOD)))
		csv_table_die(t, "%s", _("column 'period' is not a month (YYYY-MM)"));
	f->s = xrealloc(f->s, (f->ns + 1) * sizeof *f->s);
	m = &f->s[f->ns++];
	m->id = text(t, S_ID);
	snprintf(m->period, sizeof m->period, "%s", csv_table_cell(t, S_PERIOD));
	m->pct = number(t, S_PCT);
	m->withheld = isnan(m->pct) && (strstr(note, "suppressed") ||
					strstr(note, "small_base"));
}

void followup_read_series(followup *f, const char *path)
{
	csv_table_read_or_die(path, &utf8, scols, NS, CSV_TABLE_ANY_WIDTH, add_month, f);
}

bool followup_has_catalogue(const followup *f, const char *id)
{
	for (size_t i = 0; f && i < f->n; i++)
		if (f->a[i].catalogue[0] && strcmp(f->a[i].catalogue, id) == 0)
			return true;
	return false;
}

void followup_free(followup *f)
{
	for (size_t i = 0; i < f->n; i++) {
		adopted *a = &f->a[i];
		free(a->id); free(a->measure); free(a->catalogue);
		free(a->responsible); free(a->variable); free(a->value);
		free(a->group); free(a->source); free(a->baseline_period);
		free(a->target_date); free(a->reason);
	}
	for (size_t i = 0; i < f->ns; i++)
		free(f->s[i].id);
	free(f->a);
	free(f->s);
	memset(f, 0, sizeof *f);
}
