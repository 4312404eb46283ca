/* followup.c - read trygg-follow's follow-up and series CSVs. */
#include "plan/followup.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csvcols.h"
#include "csvio.h"
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

typedef struct {
	const char *path;
	csv_reader *rd;
	const csv_record *header;
} reader;

static const csv_record *next_record(reader *r)
{
	const csv_record *rec;
	int st;

	while ((st = csv_next(r->rd, &rec)) == 1)
		if (rec->nfields > 0)
			return rec;
	if (st < 0)
		die_at(EXIT_DATA, r->path, csv_errline(r->rd), "%s", csv_errmsg(r->rd));
	return NULL;
}

static void open_reader(reader *r, const char *path)
{
	csv_options opt = { .delimiter = 0, .encoding = CSV_ENC_UTF8 };

	r->path = path;
	r->rd = csv_open(path, &opt);
	if (!r->rd)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	r->header = next_record(r);
	if (!r->header)
		die(EXIT_DATA, _("%s: empty input (no header line)"), path);
}

/* The position of column NAME; a required one that is missing is an
 * error at the header's line. */
static long column(const reader *r, const char *name, bool required)
{
	long c = csv_header_index(r->header, name);

	if (c < 0 && required)
		die_at(EXIT_DATA, r->path, r->header->line, _("no column '%s'"), name);
	return c;
}

/* A percentage cell: empty is NAN; "27.5" or "27,5" (--excel). */
static double number(const reader *r, const csv_record *rec, long col,
		     const char *name)
{
	const char *s = csv_cell(rec, col);
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
		die_at(EXIT_DATA, r->path, rec->line, _("column '%s' is not a number"), name);
	return v;
}

static long coded(const reader *r, const csv_record *rec, long col,
		  const char *name, const char *const *names, size_t n)
{
	return csv_code_or_die(csv_cell(rec, col), names, n, name, r->path, rec->line);
}

enum {
	F_ID, F_MEASURE, F_CATALOGUE, F_RESPONSIBLE, F_VARIABLE, F_VALUE, F_GROUP,
	F_SOURCE, F_BASELINE_WINDOW, F_BASELINE_PERIOD, F_TARGET_DATE, F_REASON,
	F_NOW, F_NOW_LOW, F_NOW_HIGH, F_BASELINE_VALUE, F_BASELINE, F_TARGET,
	F_LIGHT, F_STATUS, NF
};
static const csv_column_spec fcols[NF] = {
	{ "id", true }, { "measure", true }, { "catalogue", false },
	{ "responsible", true }, { "variable", true }, { "value", true },
	{ "group", true }, { "source", false }, { "baseline_window", false },
	{ "baseline_period", false }, { "target_date", false }, { "reason", false },
	{ "now", true }, { "now_low", true }, { "now_high", true },
	{ "baseline_value", true }, { "baseline", false }, { "target", true },
	{ "light", true }, { "status", true },
};

static char *text(const csv_record *rec, long col)
{
	return xstrdup(csv_cell(rec, col));
}

static void adopted_row(adopted *a, const reader *r, const csv_record *rec,
			const long *c)
{
	a->id = text(rec, c[F_ID]);
	a->measure = text(rec, c[F_MEASURE]);
	a->catalogue = text(rec, c[F_CATALOGUE]);
	a->responsible = text(rec, c[F_RESPONSIBLE]);
	a->variable = text(rec, c[F_VARIABLE]);
	a->value = text(rec, c[F_VALUE]);
	a->group = text(rec, c[F_GROUP]);
	a->source = text(rec, c[F_SOURCE]);
	a->baseline_period = text(rec, *csv_cell(rec, c[F_BASELINE_PERIOD])
				  ? c[F_BASELINE_PERIOD] : c[F_BASELINE_WINDOW]);
	a->target_date = text(rec, c[F_TARGET_DATE]);
	a->reason = text(rec, c[F_REASON]);
	a->now = number(r, rec, c[F_NOW], "now");
	a->now_lo = number(r, rec, c[F_NOW_LOW], "now_low");
	a->now_hi = number(r, rec, c[F_NOW_HIGH], "now_high");
	a->baseline = number(r, rec, c[F_BASELINE_VALUE], "baseline_value");
	if (isnan(a->baseline))
		a->baseline = number(r, rec, c[F_BASELINE], "baseline");
	a->target = number(r, rec, c[F_TARGET], "target");
	a->light = (enum light)coded(r, rec, c[F_LIGHT], "light", light_names, 4);
	a->status = (enum status)coded(r, rec, c[F_STATUS], "status", status_names, 5);
}

void followup_read(followup *f, const char *path)
{
	reader r;
	long c[NF];
	const csv_record *rec;

	open_reader(&r, path);
	for (int i = 0; i < NF; i++)
		c[i] = column(&r, fcols[i].name, fcols[i].required);
	while ((rec = next_record(&r)) != NULL) {
		if (!*csv_cell(rec, c[F_ID]))
			die_at(EXIT_DATA, path, rec->line, _("column '%s' is empty"), "id");
		f->a = xrealloc(f->a, (f->n + 1) * sizeof *f->a);
		adopted_row(&f->a[f->n++], &r, rec, c);
	}
	csv_close(r.rd);
}

static bool is_month(const char *s)
{
	return strlen(s) == 7 && s[4] == '-' && strspn(s, "0123456789-") == 7 &&
	       s[5] <= '1' && !(s[5] == '1' && s[6] > '2') && !(s[5] == '0' && s[6] == '0');
}

void followup_read_series(followup *f, const char *path)
{
	reader r;
	long cid, cper, cpct, cnote;
	const csv_record *rec;

	open_reader(&r, path);
	cid = column(&r, "id", true);
	cper = column(&r, "period", true);
	cpct = column(&r, "pct", true);
	cnote = column(&r, "note", false);
	while ((rec = next_record(&r)) != NULL) {
		series_month *m;
		const char *note = csv_cell(rec, cnote);
		if (!is_month(csv_cell(rec, cper)))
			die_at(EXIT_DATA, path, rec->line, "%s",
			       _("column 'period' is not a month (YYYY-MM)"));
		f->s = xrealloc(f->s, (f->ns + 1) * sizeof *f->s);
		m = &f->s[f->ns++];
		m->id = text(rec, cid);
		snprintf(m->period, sizeof m->period, "%s", csv_cell(rec, cper));
		m->pct = number(&r, rec, cpct, "pct");
		m->withheld = isnan(m->pct) && (strstr(note, "suppressed") ||
						strstr(note, "small_base"));
	}
	csv_close(r.rd);
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
