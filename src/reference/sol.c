/* sol.c - SOL "Databasfil.txt" export to reference figures (sol.h). */
#include "reference/sol.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"

#define SOL_SOURCE "Brå anmälda brott"
#define SOL_TITLE "Statistikdatabasen över anmälda brott (Brå)"
#define SOL_URL "https://statistik.bra.se/solwebb/action/index"
#define NBSP "\xC2\xA0"

enum { F_REGION, F_OFFENCE, F_YEAR, F_PERIOD, F_COUNT, F_RATE, NF };

/* Header texts as folded by fold_key (case, spaces and accents do not
 * matter). */
static const char *const header_keys[NF] = {
	"region", "brott", "ar", "period", "antal", "/100 000 inv"
};

static const char *const months[] = {
	"jan", "feb", "mar", "apr", "maj", "jun",
	"jul", "aug", "sep", "okt", "nov", "dec"
};

typedef struct {
	long col[NF];
	const char *name;
	strbuf *field; /* the current record's logical fields */
	size_t nfield, cap;
	strbuf area, period, msg;
} reader_state;

/* --- cells --- */

/* SOL writes some spaces as "&nbsp;", whose ';' the CSV reader takes for
 * a delimiter: a field ending in "&nbsp" is joined to the next with a
 * space.  The logical fields go to S->field, NBSPs as spaces, trimmed. */
static void split_fields(reader_state *s, const csv_record *rec)
{
	strbuf *cur = NULL;

	s->nfield = 0;
	for (size_t i = 0; i < rec->nfields; i++) {
		const char *p = rec->fields[i].data, *end = p + rec->fields[i].len;
		bool joined = end - p >= 5 && strncasecmp(end - 5, "&nbsp", 5) == 0;

		if (!cur) {
			size_t had = s->cap;

			GROW(s->field, s->nfield, s->cap);
			memset(s->field + had, 0, (s->cap - had) * sizeof *s->field);
			cur = &s->field[s->nfield++];
			sb_clear(cur);
		}
		if (joined)
			end -= 5;
		while (p < end) {
			if (end - p >= 2 && memcmp(p, NBSP, 2) == 0) {
				sb_putc(cur, ' ');
				p += 2;
			} else {
				sb_putc(cur, *p++);
			}
		}
		if (joined)
			sb_putc(cur, ' ');
		else
			cur = NULL;
	}
	for (size_t i = 0; i < s->nfield; i++) {
		strbuf *f = &s->field[i];
		size_t n = f->len;
		const char *t;

		sb_reserve(f, 1);
		t = trim_span(f->s, &n);
		memmove(f->s, t, n);
		f->len = n;
		f->s[n] = '\0';
	}
}

/* Logical field F of the current record; "" when absent. */
static const char *cell(const reader_state *s, size_t f)
{
	long i = s->col[f];

	return i >= 0 && (size_t)i < s->nfield ? s->field[i].s : "";
}

/* A figure cell: digits with spaces between thousands and a decimal
 * comma or point.  1: *v set; 0: no figure (".." or "-"); -1: bad. */
static int figure(const char *s, double *v)
{
	char buf[64];
	size_t n = 0;

	if (strcmp(s, "..") == 0 || strcmp(s, "-") == 0 || *s == '\0')
		return 0;
	for (; *s && n + 1 < sizeof buf; s++)
		if (*s != ' ')
			buf[n++] = *s;
	if (*s)
		return -1;
	buf[n] = '\0';
	return ref_parse_number(buf, v) ? 1 : -1;
}

/* --- areas and periods --- */

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* SOL's area name in the reference format's terms. */
static const char *area_of(strbuf *out, const char *name)
{
	const char *a = NULL;

	sb_clear(out);
	if (strcasecmp(name, "Hela landet") == 0 || strcasecmp(name, "Riket") == 0)
		a = "riket";
	else if (strncasecmp(name, "Region ", 7) == 0)
		a = ref_police_region_area(name + 7);
	if (!a)
		a = ref_county_area(name);
	if (a)
		sb_puts(out, a);
	else if (ends_with(name, " kommun"))
		sb_append(out, name, strlen(name) - 7);
	else
		sb_puts(out, name);
	return out->s;
}

static bool find_year(const char *s, int *year)
{
	for (; *s; s++)
		if (isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
		    isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) &&
		    !isdigit((unsigned char)s[4])) {
			*year = (int)strtol(s, NULL, 10);
			return true;
		}
	return false;
}

static long month_of(const char *p)
{
	for (size_t m = 0; m < 12; m++)
		if (strncasecmp(p, months[m], 3) == 0 && !isalpha((unsigned char)p[3]))
			return (long)m + 1;
	return 0;
}

/* The columns År and Period into the format's period: a yearly export
 * has "År" and the year, a monthly one the year ("2026 prel.") and the
 * month ("Aug"), a quarterly one the year and "Kvartal N".  Returns
 * false when that is not what they hold.  *prel: preliminary figures. */
static bool period_of(strbuf *out, const char *year_cell, const char *period,
		      bool *prel)
{
	int year;
	long m;

	sb_clear(out);
	*prel = strstr(year_cell, "prel") || strstr(period, "prel");
	if (!find_year(year_cell, &year) && !find_year(period, &year))
		return false;
	if ((m = month_of(period)) > 0)
		sb_printf(out, "%04d-%02ld", year, m);
	else if (strncasecmp(period, "kvartal ", 8) == 0 && period[8] >= '1' &&
		 period[8] <= '4' && period[9] == '\0')
		sb_printf(out, "%04d-Q%c", year, period[8]);
	else if (find_year(period, &year) || strcasecmp(period, "helår") == 0)
		sb_printf(out, "%04d", year);
	else
		return false;
	return true;
}

/* --- rows --- */

/* Add one figure, or count it as a repeat of an identical earlier row. */
static const char *add_figure(refset *rs, reader_state *s, ref_row *r,
			      sol_stats *st)
{
	const ref_row *old = refset_find(rs, r);
	const char *why;

	if (old && old->value == r->value) {
		st->repeated++;
		return NULL;
	}
	if (old) {
		sb_clear(&s->msg);
		sb_printf(&s->msg, _("this figure is given with another value at %s:%ld"),
			  old->file, old->line);
		return s->msg.s;
	}
	if ((why = refset_add(rs, r)) == NULL)
		st->figures++;
	return why;
}

static const char *read_row(refset *rs, reader_state *s, const csv_record *rec,
			    sol_stats *st)
{
	static const enum ref_unit units[2] = { REF_COUNT, REF_PER100K };
	ref_row r = { .source = SOL_SOURCE, .group = "", .population = "",
		      .title = SOL_TITLE, .url = SOL_URL, .file = s->name,
		      .line = rec->line, .base = NAN, .ci_low = NAN, .ci_high = NAN };
	bool prel;

	split_fields(s, rec);
	if (!period_of(&s->period, cell(s, F_YEAR), cell(s, F_PERIOD), &prel))
		return _("the columns År and Period do not give a year, month or quarter");
	if (!*cell(s, F_OFFENCE) || !*cell(s, F_REGION))
		return _("the columns Region and Brott must not be empty");
	r.indicator = cell(s, F_OFFENCE);
	r.area = area_of(&s->area, cell(s, F_REGION));
	r.period = s->period.s;
	r.note = prel ? "preliminär statistik" : "";
	for (size_t u = 0; u < 2; u++) {
		const char *why;
		int k;

		if (s->col[F_COUNT + u] < 0)
			continue;
		k = figure(cell(s, F_COUNT + u), &r.value);
		if (k < 0)
			return _("the columns Antal and /100 000 inv must hold numbers or '..'");
		if (k == 0) {
			st->empty++;
			continue;
		}
		r.unit = units[u];
		if ((why = add_figure(rs, s, &r, st)))
			return why;
	}
	return NULL;
}

static int read_header(reader_state *s, const csv_record *hdr)
{
	strbuf key = {0};

	split_fields(s, hdr);
	for (size_t f = 0; f < NF; f++)
		s->col[f] = -1;
	for (size_t i = 0; i < s->nfield; i++) {
		sb_clear(&key);
		fold_key(&key, s->field[i].s, s->field[i].len, true);
		for (size_t f = 0; f < NF; f++)
			if (key.len && strcmp(key.s, header_keys[f]) == 0 && s->col[f] < 0)
				s->col[f] = (long)i;
	}
	sb_free(&key);
	for (size_t f = 0; f < F_RATE; f++)
		if (s->col[f] < 0) {
			warn_at(s->name, hdr->line, "%s",
				_("not a SOL export: the header must name Region, Brott, År, Period and Antal"));
			return -1;
		}
	return 0;
}

static bool blank(const csv_record *rec)
{
	for (size_t i = 0; i < rec->nfields; i++)
		if (rec->fields[i].len)
			return false;
	return true;
}

static long read_file(refset *rs, csv_reader *rd, reader_state *s, sol_stats *st)
{
	const csv_record *rec;
	long problems = 0;
	int status = csv_next(rd, &rec);

	if (status == 0) {
		warn_at(s->name, 1, "%s", _("the file is empty (no header line)"));
		return -1;
	}
	if (status < 0) {
		warn_at(s->name, csv_errline(rd), "%s", csv_errmsg(rd));
		return -1;
	}
	if (read_header(s, rec) < 0)
		return -1;
	while ((status = csv_next(rd, &rec)) > 0) {
		const char *why;

		if (blank(rec))
			continue;
		if ((why = read_row(rs, s, rec, st))) {
			warn_at(s->name, rec->line, "%s", why);
			problems++;
		}
	}
	if (status < 0) {
		warn_at(s->name, csv_errline(rd), "%s", csv_errmsg(rd));
		return -1;
	}
	return problems;
}

long sol_import(refset *rs, const char *path, unsigned char delimiter, sol_stats *st)
{
	csv_options opt = { .delimiter = delimiter, .encoding = CSV_ENC_DETECT };
	reader_state s = {0};
	csv_reader *rd = csv_open(path, &opt);
	long rc;

	memset(st, 0, sizeof *st);
	if (!rd) {
		warn(_("cannot open %s: %s"), path, strerror(errno));
		return -1;
	}
	s.name = csv_name(rd);
	rc = read_file(rs, rd, &s, st);
	if (csv_close(rd) < 0 && rc >= 0) {
		warn("%s: %s", path, _("read error"));
		rc = -1;
	}
	for (size_t i = 0; i < s.cap; i++)
		sb_free(&s.field[i]);
	free(s.field);
	sb_free(&s.msg);
	sb_free(&s.area);
	sb_free(&s.period);
	return rc;
}
