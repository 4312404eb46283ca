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
	strbuf cell[NF], area, period;
} reader_state;

/* --- cells --- */

/* Cell I of REC into OUT: "&nbsp;" and NBSP as spaces, trimmed. */
static void get_cell(strbuf *out, const csv_record *rec, long i)
{
	const char *s, *end;

	sb_clear(out);
	sb_reserve(out, 1);
	if (i < 0 || (size_t)i >= rec->nfields)
		return;
	s = rec->fields[i].data;
	end = s + rec->fields[i].len;
	while (s < end) {
		if (end - s >= 6 && strncasecmp(s, "&nbsp;", 6) == 0) {
			sb_putc(out, ' ');
			s += 6;
		} else if (end - s >= 2 && memcmp(s, NBSP, 2) == 0) {
			sb_putc(out, ' ');
			s += 2;
		} else {
			sb_putc(out, *s++);
		}
	}
	{
		size_t n = out->len;
		const char *t = trim_span(out->s, &n);

		memmove(out->s, t, n);
		out->len = n;
		out->s[n] = '\0';
	}
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
	const char *a;

	sb_clear(out);
	if (strcasecmp(name, "Hela landet") == 0 || strcasecmp(name, "Riket") == 0)
		a = "riket";
	else if (strncasecmp(name, "Region ", 7) == 0 &&
		 (a = ref_police_region_area(name + 7)))
		;
	else if ((a = ref_county_area(name)))
		;
	else if (ends_with(name, " kommun")) {
		sb_append(out, name, strlen(name) - 7);
		return out->s;
	} else
		a = name;
	sb_puts(out, a);
	return out->s;
}

static bool find_year(const char *s, int *year)
{
	for (; *s; s++)
		if (isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
		    isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) &&
		    !isdigit((unsigned char)s[4])) {
			*year = atoi(s);
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
static const char *add_figure(refset *rs, ref_row *r, sol_stats *st)
{
	const ref_row *old = refset_find(rs, r);

	if (old && old->value == r->value) {
		st->repeated++;
		return NULL;
	}
	if (old)
		return _("this figure is given earlier with another value");
	st->figures++;
	return refset_add(rs, r);
}

static const char *read_row(refset *rs, reader_state *s, const csv_record *rec,
			    sol_stats *st)
{
	static const enum ref_unit units[2] = { REF_COUNT, REF_PER100K };
	ref_row r = { .source = SOL_SOURCE, .group = "", .population = "",
		      .title = SOL_TITLE, .url = SOL_URL, .file = s->name,
		      .line = rec->line, .base = NAN, .ci_low = NAN, .ci_high = NAN };
	bool prel;

	for (size_t f = 0; f < NF; f++)
		get_cell(&s->cell[f], rec, s->col[f]);
	if (!period_of(&s->period, s->cell[F_YEAR].s, s->cell[F_PERIOD].s, &prel))
		return _("the columns År and Period do not give a year, month or quarter");
	if (s->cell[F_OFFENCE].len == 0 || s->cell[F_REGION].len == 0)
		return _("the columns Region and Brott must not be empty");
	r.indicator = s->cell[F_OFFENCE].s;
	r.area = area_of(&s->area, s->cell[F_REGION].s);
	r.period = s->period.s;
	r.note = prel ? "preliminär statistik" : "";
	for (size_t u = 0; u < 2; u++) {
		const char *why;
		int k;

		if (s->col[F_COUNT + u] < 0)
			continue;
		k = figure(s->cell[F_COUNT + u].s, &r.value);
		if (k < 0)
			return _("the columns Antal and /100 000 inv must hold numbers or '..'");
		if (k == 0) {
			st->empty++;
			continue;
		}
		r.unit = units[u];
		if ((why = add_figure(rs, &r, st)))
			return why;
	}
	return NULL;
}

static int read_header(reader_state *s, const csv_record *hdr)
{
	strbuf key = {0};

	for (size_t f = 0; f < NF; f++)
		s->col[f] = -1;
	for (size_t i = 0; i < hdr->nfields; i++) {
		get_cell(&s->cell[0], hdr, (long)i);
		sb_clear(&key);
		fold_key(&key, s->cell[0].s, s->cell[0].len, true);
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
		warn("%s: %s", path, strerror(errno));
		return -1;
	}
	s.name = csv_name(rd);
	rc = read_file(rs, rd, &s, st);
	if (csv_close(rd) < 0 && rc >= 0) {
		warn("%s: %s", path, _("read error"));
		rc = -1;
	}
	for (size_t f = 0; f < NF; f++)
		sb_free(&s.cell[f]);
	sb_free(&s.area);
	sb_free(&s.period);
	return rc;
}
