/* register.c - reading and checking the register of adopted measures
 * (register.h, trygg-register(5)). */
#include "follow/register.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "csvcols.h"
#include "csvtable.h"
#include "text.h"

/* Every column with the names it may have: English first (the normal
 * form), then Swedish and other spellings (csvtable.h matches them). */
static const csv_table_column columns[RC_NCOLS] = {
	[RC_ID] = { "id|nr", true },
	[RC_MEASURE] = { "measure|åtgärd", true },
	[RC_CATALOGUE] = { "catalogue|katalog|catalog", false },
	[RC_PROBLEM] = { "problem", false },
	[RC_CAUSE] = { "cause|orsak", false },
	[RC_PLACE] = { "place|plats", false },
	[RC_RESPONSIBLE] = { "responsible|ansvarig", true },
	[RC_PARTNERS] = { "partners|samverkan|samverkanspartner", false },
	[RC_RESOURCES] = { "resources|resurser", false },
	[RC_START] = { "start|startdatum", false },
	[RC_DUE] = { "due|klart|slutdatum", false },
	[RC_SOURCE] = { "source|källa", false },
	[RC_VARIABLE] = { "variable|variabel|indicator|indikator", true },
	[RC_VALUE] = { "value|värde", false },
	[RC_GROUP] = { "group|grupp", false },
	[RC_UNIT] = { "unit|enhet", false },
	[RC_AREA] = { "area|område", false },
	[RC_BASELINE_PERIOD] = { "baseline_period|utgångsläge period|utgångslägets period",
				 false },
	[RC_BASELINE] = { "baseline|utgångsläge", false },
	[RC_TARGET] = { "target|mål|målvärde", false },
	[RC_TARGET_DATE] = { "target_date|måldatum", false },
	[RC_BETTER] = { "better|bättre", false },
	[RC_STATUS] = { "status", false },
	[RC_STATUS_DATE] = { "status_date|statusdatum", false },
	[RC_COMMENT] = { "comment|kommentar", false },
};

const char *register_column_name(enum reg_col c)
{
	static char names[RC_NCOLS][32];

	if (!names[c][0])
		csv_table_column_name(&columns[c], names[c], sizeof names[c]);
	return names[c];
}

/* English and Swedish words of the closed sets (csv_code_index order). */
static const char *const status_names[] = {
	"planned", "planerad", "started", "påbörjad", "done", "genomförd",
	"paused", "pausad", "stopped", "avbruten"
};
/* More Swedish words people write, and the status each means. */
static const struct {
	const char *word;
	enum status status;
} status_more[] = {
	{ "pågår", ST_STARTED }, { "pågående", ST_STARTED }, { "klar", ST_DONE },
	{ "avslutad", ST_DONE }, { "vilande", ST_PAUSED }, { "stoppad", ST_STOPPED },
	{ "ej påbörjad", ST_PLANNED },
};
static const char *const status_words[] = {
	N_("planned"), N_("started"), N_("done"), N_("paused"), N_("stopped")
};
static const char *const better_names[] = {
	"lower", "lägre", "higher", "högre"
};

const char *status_code(enum status s)
{
	return status_names[2 * s];
}

const char *status_word(enum status s)
{
	return _(status_words[s]);
}

/* Columns of the canonical record that can be counted (SCHEMA.md, and
 * what trygg-themes adds). */
static const char *const countable[] = {
	"source", "time_of_day", "site", "area", "age_band", "gender", "safety",
	"worry", "victim_12m", "unsafe_places", "problems", "themes",
	"mentioned_places", "suggestion_themes"
};

typedef struct {
	register_set *rs;
	const codebook *cb;
	long window;
	const csv_table *t;
	size_t problems;
	long line;
	strbuf key;
} reg_loader;

static void problem(reg_loader *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void problem(reg_loader *l, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_at(l->rs->path, l->line, fmt, ap);
	va_end(ap);
	l->problems++;
}

/* ---- cells ---- */

static const char *cell(const reg_measure *m, enum reg_col c)
{
	return m->cell[c];
}

static bool empty(const reg_measure *m, enum reg_col c)
{
	return m->cell[c][0] == '\0';
}

static void need(reg_loader *l, const reg_measure *m, enum reg_col c)
{
	if (empty(m, c))
		problem(l, _("column '%s' is empty"), register_column_name(c));
}

static long date_cell(reg_loader *l, const reg_measure *m,
		      enum reg_col c, bool end)
{
	long day;

	if (empty(m, c))
		return NO_DATE;
	if (!date_parse(cell(m, c), end, &day)) {
		problem(l, _("column '%s' is not a date (YYYY-MM-DD)"),
			register_column_name(c));
		return NO_DATE;
	}
	return day;
}

/* A percentage: "27", "27.5", "27,5", "27 %". */
static bool parse_percent(const char *s, double *v)
{
	char buf[64];
	size_t n = strlen(s);
	char *end;

	if (n == 0 || n >= sizeof buf)
		return false;
	memcpy(buf, s, n + 1);
	if (buf[n - 1] == '%') {
		buf[--n] = '\0';
		while (n > 0 && buf[n - 1] == ' ')
			buf[--n] = '\0';
	}
	char *comma = strchr(buf, ',');
	if (comma)
		*comma = '.';
	if (buf[0] < '0' || buf[0] > '9')
		return false;
	errno = 0;
	*v = strtod(buf, &end);
	return *end == '\0' && errno == 0 && *v <= 100;
}

static bool number_cell(reg_loader *l, const reg_measure *m,
			enum reg_col c, double *v)
{
	if (empty(m, c))
		return false;
	/* A reference figure that is not a share: any number. */
	if (m->ind.reference && m->ind.unit != REF_SHARE) {
		if (ref_parse_number(cell(m, c), v))
			return true;
		problem(l, _("column '%s' is not a number"), register_column_name(c));
		return false;
	}
	if (!parse_percent(cell(m, c), v)) {
		problem(l, _("column '%s' is not a percentage from 0 to 100"),
			register_column_name(c));
		return false;
	}
	return true;
}

static long code_cell(reg_loader *l, const reg_measure *m,
		      enum reg_col c, const char *const *names, size_t n)
{
	sb_clear(&l->key);
	fold_key(&l->key, cell(m, c), strlen(cell(m, c)), false);
	long i = csv_code_index(l->key.s, names, n);
	if (i < 0)
		problem(l, _("column '%s' has a value it does not allow"),
			register_column_name(c));
	return i;
}

static enum status status_cell(reg_loader *l, const reg_measure *m)
{
	if (empty(m, RC_STATUS))
		return ST_PLANNED;
	sb_clear(&l->key);
	fold_key(&l->key, cell(m, RC_STATUS), strlen(cell(m, RC_STATUS)), false);
	for (size_t i = 0; i < sizeof status_more / sizeof *status_more; i++)
		if (strcmp(l->key.s, status_more[i].word) == 0)
			return status_more[i].status;
	long s = code_cell(l, m, RC_STATUS, status_names, 5);
	return s < 0 ? ST_PLANNED : (enum status)s;
}

/* ---- the indicator ---- */

static bool is_countable(const codebook *cb, const char *column)
{
	for (size_t i = 0; i < sizeof countable / sizeof *countable; i++)
		if (strcmp(column, countable[i]) == 0)
			return true;
	return cb && codebook_ncodes(cb, column) > 0;
}

/* A code the codebook does not list for COLUMN, where it lists any. */
static bool unknown_code(const codebook *cb, const char *column, const char *code)
{
	return cb && codebook_ncodes(cb, column) > 0 &&
	       codebook_code_index(cb, column, code) < 0;
}

static void add_pair(reg_indicator *ind, char *col, char *code)
{
	size_t i = ind->ngroup;

	ind->by = xrealloc(ind->by, (i + 1) * sizeof *ind->by);
	ind->group = xrealloc(ind->group, (i + 1) * sizeof *ind->group);
	/* Insertion sort by column: groups are one to three pairs. */
	while (i > 0 && strcmp(ind->by[i - 1], col) > 0) {
		ind->by[i] = ind->by[i - 1];
		ind->group[i] = ind->group[i - 1];
		i--;
	}
	ind->by[i] = col;
	ind->group[i] = code;
	ind->ngroup++;
}

static bool has_column(const reg_indicator *ind, const char *col)
{
	for (size_t i = 0; i < ind->ngroup; i++)
		if (strcmp(ind->by[i], col) == 0)
			return true;
	return false;
}

/* One "column:code" (or "column=code") of the group cell. */
static void group_pair(reg_loader *l, reg_indicator *ind,
		       const char *s, size_t n)
{
	s = trim_span(s, &n);
	const char *sep = memchr(s, ':', n);
	if (!sep)
		sep = memchr(s, '=', n);
	if (!sep || sep == s || sep == s + n - 1) {
		problem(l, "%s", _("column 'group' is not COLUMN:CODE, or several joined by '&'"));
		return;
	}
	size_t cn = (size_t)(sep - s), vn = n - cn - 1;
	const char *c = trim_span(s, &cn);
	const char *v = trim_span(sep + 1, &vn);
	char *col = xmemdup(c, cn);
	char *code = xmemdup(v, vn);

	if (!is_countable(l->cb, col))
		problem(l, "%s", _("column 'group' names no column of the survey record"));
	else if (has_column(ind, col))
		problem(l, "%s", _("column 'group' names a column twice"));
	else if (unknown_code(l->cb, col, code))
		problem(l, "%s", _("column 'group' has a code the codebook does not list for its column"));
	add_pair(ind, col, code);
}

static void parse_group(reg_loader *l, reg_indicator *ind, const char *s)
{
	while (*s) {
		const char *amp = strchr(s, '&');
		size_t n = amp ? (size_t)(amp - s) : strlen(s);

		group_pair(l, ind, s, n);
		s += n + (amp != NULL);
	}
}

/* The unit, area and group as trygg-reference(5) has them. */
static void reference_indicator(reg_loader *l, reg_measure *m)
{
	reg_indicator *ind = &m->ind;
	const char *why;

	need(l, m, RC_UNIT);
	need(l, m, RC_AREA);
	ind->unit = REF_SHARE;
	if (!empty(m, RC_UNIT) && !ref_unit_parse(cell(m, RC_UNIT), &ind->unit))
		problem(l, _("column '%s' has a value it does not allow"), "unit");
	if (!empty(m, RC_AREA)) {
		if ((why = ref_area_normalise(&l->key, cell(m, RC_AREA))))
			problem(l, _("column '%s': %s"), "area", why);
		else
			ind->area = xstrdup(l->key.s);
	}
	if ((why = ref_check_group(cell(m, RC_GROUP))))
		problem(l, _("column '%s': %s"), "group", why);
	if (!empty(m, RC_VALUE))
		problem(l, "%s", _("a reference figure takes no 'value': give its unit and area"));
}

static void survey_indicator(reg_loader *l, const reg_measure *m)
{
	const char *var = cell(m, RC_VARIABLE);

	if (!empty(m, RC_UNIT) || !empty(m, RC_AREA))
		problem(l, "%s", _("'unit' and 'area' are for reference figures (give a source)"));
	if (!is_countable(l->cb, var)) {
		problem(l, "%s", _("column 'variable' names no column of the survey record"));
		return;
	}
	need(l, m, RC_VALUE);
	if (!empty(m, RC_VALUE) && strcmp(cell(m, RC_VALUE), "unsafe") != 0 &&
	    unknown_code(l->cb, var, cell(m, RC_VALUE)))
		problem(l, "%s", _("column 'value' is not a code the codebook lists for the variable, nor 'unsafe'"));
}

static void read_indicator(reg_loader *l, reg_measure *m)
{
	reg_indicator *ind = &m->ind;

	ind->reference = !empty(m, RC_SOURCE);
	ind->variable = cell(m, RC_VARIABLE);
	ind->value = cell(m, RC_VALUE);
	if (empty(m, RC_VARIABLE)) {
		need(l, m, RC_VARIABLE);
		return;
	}
	if (ind->reference) {
		reference_indicator(l, m);
	} else {
		survey_indicator(l, m);
		parse_group(l, ind, cell(m, RC_GROUP));
	}
}

/* ---- baseline, target, dates ---- */

static void read_baseline(reg_loader *l, reg_measure *m)
{
	if (!empty(m, RC_BASELINE_PERIOD)) {
		m->has_baseline_window = window_parse(cell(m, RC_BASELINE_PERIOD),
						      l->window, &m->baseline_from,
						      &m->baseline_to);
		if (!m->has_baseline_window)
			problem(l, "%s", _("column 'baseline_period' is not a period (YYYY-MM, YYYY or YYYY-MM..YYYY-MM)"));
	}
	m->has_baseline = number_cell(l, m, RC_BASELINE, &m->baseline);
	m->has_target = number_cell(l, m, RC_TARGET, &m->target);
}

static void read_dates(reg_loader *l, reg_measure *m)
{
	m->start = date_cell(l, m, RC_START, false);
	m->due = date_cell(l, m, RC_DUE, true);
	m->target_date = date_cell(l, m, RC_TARGET_DATE, true);
	date_cell(l, m, RC_STATUS_DATE, false);
	if (m->start != NO_DATE && m->due != NO_DATE && m->due < m->start)
		problem(l, "%s", _("the due date is before the start date"));
	if (m->target_date == NO_DATE)
		m->target_date = m->due;
	/* Without a baseline period, the baseline is the window before the
	 * start. */
	if (!m->has_baseline_window && m->start != NO_DATE) {
		strbuf b = { 0 };
		month_t s;

		sb_append(&b, cell(m, RC_START), 7);
		if (month_parse(b.s, &s)) {
			m->has_baseline_window = true;
			m->baseline_to = s - 1;
			m->baseline_from = s - l->window;
		}
		sb_free(&b);
	}
}

/* Lower is better (most indicators count a problem) unless the register
 * says otherwise or the target lies above the baseline. */
static void read_better(reg_loader *l, reg_measure *m)
{
	bool both = m->has_target && m->has_baseline && m->target != m->baseline;

	m->better = BETTER_LOWER;
	if (empty(m, RC_BETTER)) {
		if (both && m->target > m->baseline)
			m->better = BETTER_HIGHER;
		return;
	}
	long b = code_cell(l, m, RC_BETTER, better_names, 2);
	if (b < 0)
		return;
	if (b == 1)
		m->better = BETTER_HIGHER;
	if (both && (m->target > m->baseline) != (m->better == BETTER_HIGHER))
		problem(l, "%s", _("the target is on the worse side of the baseline"));
}

/* ---- rows ---- */

static const reg_measure *find_id(const register_set *rs,
				     const char *id)
{
	for (size_t i = 0; i < rs->n; i++)
		if (strcmp(rs->m[i].cell[RC_ID], id) == 0)
			return &rs->m[i];
	return NULL;
}

static void read_cells(const reg_loader *l, reg_measure *m)
{
	for (int c = 0; c < RC_NCOLS; c++) {
		const csv_field *f = csv_table_field(l->t, (size_t)c);
		size_t n = f ? f->len : 0;
		const char *s = f ? trim_span(f->data, &n) : "";

		m->cell[c] = xmemdup(s, n);
	}
}

static void read_row(reg_loader *l, const csv_record *r)
{
	register_set *rs = l->rs;

	if (r->nfields != l->t->width) {
		problem(l, _("the row has %zu fields, the header %zu"), r->nfields,
			l->t->width);
		return;
	}
	GROW(rs->m, rs->n, rs->cap);
	reg_measure *m = &rs->m[rs->n];
	memset(m, 0, sizeof *m);
	m->line = r->line;
	read_cells(l, m);
	need(l, m, RC_ID);
	const reg_measure *same = empty(m, RC_ID) ? NULL : find_id(rs, cell(m, RC_ID));
	if (same)
		problem(l, _("the id is the same as on line %ld"), same->line);
	need(l, m, RC_MEASURE);
	need(l, m, RC_RESPONSIBLE);
	read_indicator(l, m);
	read_baseline(l, m);
	read_dates(l, m);
	read_better(l, m);
	m->status = status_cell(l, m);
	rs->n++;
}

size_t register_load(register_set *rs, const char *path,
		     unsigned char delim, const codebook *cb, long window)
{
	const csv_options opt = { delim, CSV_ENC_DETECT, false };
	reg_loader l = { .rs = rs, .cb = cb, .window = window };
	csv_table t;
	int rc;

	memset(rs, 0, sizeof *rs);
	if (csv_table_open(&t, path, &opt, columns, RC_NCOLS,
			   CSV_TABLE_CLOSED | CSV_TABLE_COMMENTS | CSV_TABLE_BLANK_ROWS |
			   CSV_TABLE_ANY_WIDTH) < 0) {
		if (t.errors == 0)
			exit(EXIT_DATA);
		rs->path = xstrdup(path);
		return t.errors; /* the header's problems, reported */
	}
	rs->path = xstrdup(t.name);
	l.t = &t;
	while ((rc = csv_table_next(&t)) > 0) {
		l.line = t.row->line;
		read_row(&l, t.row);
	}
	if (csv_table_close(&t) < 0 || rc < 0)
		exit(EXIT_DATA);
	sb_free(&l.key);
	return l.problems;
}

void register_free(register_set *rs)
{
	for (size_t i = 0; i < rs->n; i++) {
		reg_measure *m = &rs->m[i];
		for (int c = 0; c < RC_NCOLS; c++)
			free(m->cell[c]);
		free_list(m->ind.by, m->ind.ngroup);
		free_list(m->ind.group, m->ind.ngroup);
		free(m->ind.area);
	}
	free(rs->m);
	free((char *)rs->path);
	memset(rs, 0, sizeof *rs);
}
