/* reference.c - load, check and write reference figures (reference.h). */
#include "reference.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csvtable.h"
#include "text.h"

#define SEP '\x1f'

/* The columns of trygg-reference(5) in normal-form order. */
enum col {
	C_SOURCE, C_INDICATOR, C_UNIT, C_AREA, C_GROUP, C_PERIOD, C_VALUE,
	C_BASE, C_CI_LOW, C_CI_HIGH, C_POPULATION, C_TITLE, C_URL, C_NOTE,
	NCOLS
};

static const csv_table_column columns[NCOLS] = {
	{ "source", true }, { "indicator", true }, { "unit", true }, { "area", true },
	{ "group", false }, { "period", true }, { "value", true }, { "base", false },
	{ "ci_low", false }, { "ci_high", false }, { "population", false },
	{ "title", false }, { "url", false }, { "note", false },
};

static const char *const unit_names[] = { "count", "per100k", "share" };

struct refset {
	ref_row *rows;
	size_t n, cap;
	char **files; /* names for messages, owned */
	size_t nfiles;
	strmap *keys; /* figure key -> row index + 1 */
	strbuf msg, key, scratch;
};

/* --- the set --- */

refset *refset_new(void)
{
	refset *rs = xcalloc(1, sizeof *rs);

	rs->keys = strmap_new();
	return rs;
}

static void free_row(ref_row *r)
{
	free((char *)r->source);
	free((char *)r->indicator);
	free((char *)r->area);
	free((char *)r->group);
	free((char *)r->period);
	free((char *)r->population);
	free((char *)r->title);
	free((char *)r->url);
	free((char *)r->note);
}

void refset_free(refset *rs)
{
	if (!rs)
		return;
	for (size_t i = 0; i < rs->n; i++)
		free_row(&rs->rows[i]);
	free(rs->rows);
	for (size_t i = 0; i < rs->nfiles; i++)
		free(rs->files[i]);
	free(rs->files);
	strmap_free(rs->keys);
	sb_free(&rs->msg);
	sb_free(&rs->key);
	sb_free(&rs->scratch);
	free(rs);
}

size_t refset_count(const refset *rs) { return rs->n; }

const ref_row *refset_row(const refset *rs, size_t i)
{
	return i < rs->n ? &rs->rows[i] : NULL;
}

static const char *file_name(refset *rs, const char *name)
{
	rs->files = xrealloc(rs->files, (rs->nfiles + 1) * sizeof *rs->files);
	rs->files[rs->nfiles] = xstrdup(name);
	return rs->files[rs->nfiles++];
}

/* --- single checks --- */

bool ref_unit_parse(const char *s, enum ref_unit *u)
{
	for (size_t i = 0; i < sizeof unit_names / sizeof unit_names[0]; i++)
		if (strcmp(s, unit_names[i]) == 0) {
			*u = (enum ref_unit)i;
			return true;
		}
	return false;
}

bool ref_parse_number(const char *s, double *v)
{
	char buf[64];
	size_t n = strlen(s), i = 0, digits = 0;

	if (n == 0 || n >= sizeof buf)
		return false;
	memcpy(buf, s, n + 1);
	while (isdigit((unsigned char)buf[i]))
		i++, digits++;
	if (digits == 0)
		return false;
	if (buf[i] == '.' || buf[i] == ',') {
		buf[i++] = '.';
		if (!isdigit((unsigned char)buf[i]))
			return false;
		while (isdigit((unsigned char)buf[i]))
			i++;
	}
	if (buf[i] != '\0')
		return false;
	errno = 0;
	*v = strtod(buf, NULL);
	return errno == 0 && isfinite(*v);
}

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return false;
	return n > 0;
}

static int num2(const char *s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

static int year_of(const char *s) { return num2(s) * 100 + num2(s + 2); }

const char *ref_check_period(const char *s)
{
	size_t n = strlen(s);

	if (n >= 4 && all_digits(s, 4)) {
		if (n == 4)
			return NULL;
		if (n == 7 && s[4] == '-' && all_digits(s + 5, 2) &&
		    num2(s + 5) >= 1 && num2(s + 5) <= 12)
			return NULL;
		if (n == 7 && s[4] == '-' && s[5] == 'Q' && s[6] >= '1' && s[6] <= '4')
			return NULL;
		if (n == 9 && s[4] == '-' && all_digits(s + 5, 4) &&
		    year_of(s + 5) > year_of(s))
			return NULL;
	}
	return _("the period must be YYYY, YYYY-MM, YYYY-QN or YYYY-YYYY");
}

static bool name_char(unsigned char c)
{
	return islower(c) || isdigit(c) || c == '_';
}

const char *ref_check_group(const char *s)
{
	const char *bad = _("a group is column:code pairs joined by '&'");

	if (*s == '\0')
		return NULL;
	for (;;) {
		const char *end = strchr(s, '&');
		const char *colon = strchr(s, ':');
		size_t len = end ? (size_t)(end - s) : strlen(s);

		if (!colon || colon >= s + len || colon == s || colon == s + len - 1)
			return bad;
		for (const char *p = s; p < colon; p++)
			if (!name_char((unsigned char)*p))
				return bad;
		if (!end)
			return NULL;
		s = end + 1;
	}
}

/* --- areas --- */

static const struct { const char *code, *sv; } counties[] = {
	{"01", "Stockholms län"},
	{"03", "Uppsala län"},
	{"04", "Södermanlands län"},
	{"05", "Östergötlands län"},
	{"06", "Jönköpings län"},
	{"07", "Kronobergs län"},
	{"08", "Kalmar län"},
	{"09", "Gotlands län"},
	{"10", "Blekinge län"},
	{"12", "Skåne län"},
	{"13", "Hallands län"},
	{"14", "Västra Götalands län"},
	{"17", "Värmlands län"},
	{"18", "Örebro län"},
	{"19", "Västmanlands län"},
	{"20", "Dalarnas län"},
	{"21", "Gävleborgs län"},
	{"22", "Västernorrlands län"},
	{"23", "Jämtlands län"},
	{"24", "Västerbottens län"},
	{"25", "Norrbottens län"},
};
#define NCOUNTIES (sizeof counties / sizeof counties[0])

static const char *const police_regions[] = {
	"Nord", "Mitt", "Öst", "Väst", "Syd", "Stockholm", "Bergslagen"
};
#define NREGIONS (sizeof police_regions / sizeof police_regions[0])

static long county_index(const char *code, size_t n)
{
	for (size_t i = 0; i < NCOUNTIES; i++)
		if (n == 2 && memcmp(counties[i].code, code, 2) == 0)
			return (long)i;
	return -1;
}

/* Names compare with case and accents folded ("vast" is Väst). */
static bool same_name(const char *a, const char *b)
{
	strbuf fa = {0}, fb = {0};
	bool same;

	fold_key(&fa, a, strlen(a), true);
	fold_key(&fb, b, strlen(b), true);
	same = fa.len == fb.len && (fa.len == 0 || memcmp(fa.s, fb.s, fa.len) == 0);
	sb_free(&fa);
	sb_free(&fb);
	return same;
}

static long region_index(const char *name)
{
	for (size_t i = 0; i < NREGIONS; i++)
		if (same_name(name, police_regions[i]))
			return (long)i;
	return -1;
}

/* S starts with PREFIX, case ignored; returns what follows, or NULL. */
static const char *after_prefix(const char *s, const char *prefix)
{
	size_t n = strlen(prefix);

	return strncasecmp(s, prefix, n) == 0 ? s + n : NULL;
}

const char *ref_area_normalise(strbuf *out, const char *s)
{
	const char *rest;

	sb_clear(out);
	if (*s == '\0')
		return _("the area is empty");
	if (strcasecmp(s, "riket") == 0) {
		sb_puts(out, "riket");
		return NULL;
	}
	if ((rest = after_prefix(s, "lan:"))) {
		long i = county_index(rest, strlen(rest));

		if (i < 0)
			return _("lan: needs a county code such as 14");
		sb_printf(out, "lan:%s", counties[i].code);
		return NULL;
	}
	if ((rest = after_prefix(s, "polisregion:"))) {
		long i = region_index(rest);

		if (i < 0)
			return _("polisregion: needs one of Nord, Mitt, Öst, Väst, Syd, Stockholm, Bergslagen");
		sb_printf(out, "polisregion:%s", police_regions[i]);
		return NULL;
	}
	if ((rest = after_prefix(s, "kommun:"))) {
		if (strlen(rest) != 4 || !all_digits(rest, 4) || county_index(rest, 2) < 0)
			return _("kommun: needs a four-digit municipality code such as 1440");
		sb_printf(out, "kommun:%s", rest);
		return NULL;
	}
	if (strchr(s, ':'))
		return _("unknown kind of area (riket, lan:, polisregion:, kommun: or a name without ':')");
	sb_puts(out, s);
	return NULL;
}

const char *ref_county_area(const char *name)
{
	static char buf[8];

	for (size_t i = 0; i < NCOUNTIES; i++)
		if (same_name(name, counties[i].sv)) {
			snprintf(buf, sizeof buf, "lan:%s", counties[i].code);
			return buf;
		}
	return NULL;
}

const char *ref_police_region_area(const char *name)
{
	static char buf[32];
	long i = region_index(name);

	if (i < 0)
		return NULL;
	snprintf(buf, sizeof buf, "polisregion:%s", police_regions[i]);
	return buf;
}

/* --- adding a row --- */

static const char *check_numbers(const ref_row *r)
{
	if (isnan(r->value) || r->value < 0)
		return _("the value must be a number, not negative");
	if (r->unit == REF_SHARE && r->value > 100)
		return _("a share is a percentage and cannot be above 100");
	if (!isnan(r->base) && (r->base < 0 || r->base != floor(r->base)))
		return _("the base must be a whole number");
	if (isnan(r->ci_low) != isnan(r->ci_high))
		return _("ci_low and ci_high go together: give both or neither");
	if (!isnan(r->ci_low) && !(r->ci_low <= r->value && r->value <= r->ci_high))
		return _("the interval must hold the value: ci_low <= value <= ci_high");
	return NULL;
}

static const char *check_url(const char *url)
{
	if (*url == '\0')
		return NULL;
	if ((strncmp(url, "http://", 7) && strncmp(url, "https://", 8)) ||
	    strpbrk(url, " \t\r\n"))
		return _("the url must start with http:// or https:// and have no spaces");
	return NULL;
}

static const char *check_row(refset *rs, const ref_row *r)
{
	static const char *const required[] = { "source", "indicator", "period" };
	const char *vals[] = { r->source, r->indicator, r->period };
	const char *why;

	for (size_t i = 0; i < 3; i++)
		if (*vals[i] == '\0') {
			sb_clear(&rs->msg);
			sb_printf(&rs->msg, _("the column %s is empty"), required[i]);
			return rs->msg.s;
		}
	if ((why = ref_area_normalise(&rs->scratch, r->area)) ||
	    (why = ref_check_period(r->period)) ||
	    (why = ref_check_group(r->group)) ||
	    (why = check_numbers(r)) || (why = check_url(r->url)))
		return why;
	return NULL;
}

/* The figure's identity; the normal area is in rs->scratch. */
static void make_key(refset *rs, const ref_row *r)
{
	strbuf *k = &rs->key;

	sb_clear(k);
	sb_printf(k, "%s%c%s%c%s%c%s%c%s%c%s", r->source, SEP, r->indicator, SEP,
		  unit_names[r->unit], SEP, rs->scratch.s, SEP, r->group, SEP,
		  r->period);
}

static const char *duplicate_of(refset *rs, size_t i)
{
	const ref_row *first = &rs->rows[i];

	sb_clear(&rs->msg);
	sb_printf(&rs->msg, _("the same figure is already given at %s:%ld"),
		  first->file ? first->file : "-", first->line);
	return rs->msg.s;
}

const ref_row *refset_find(refset *rs, const ref_row *r)
{
	void *v;

	if (ref_area_normalise(&rs->scratch, r->area))
		return NULL;
	make_key(rs, r);
	v = strmap_get(rs->keys, rs->key.s, rs->key.len);
	return v ? &rs->rows[(size_t)v - 1] : NULL;
}

const char *refset_add(refset *rs, const ref_row *r)
{
	const char *why = check_row(rs, r);
	ref_row *c;
	bool created;
	void **slot;

	if (why)
		return why;
	make_key(rs, r);
	slot = strmap_slot(rs->keys, rs->key.s, rs->key.len, true, &created);
	if (!created)
		return duplicate_of(rs, (size_t)*slot - 1);
	GROW(rs->rows, rs->n, rs->cap);
	c = &rs->rows[rs->n];
	*c = *r;
	if (r->file && (rs->nfiles == 0 || strcmp(rs->files[rs->nfiles - 1], r->file)))
		c->file = file_name(rs, r->file);
	else if (r->file)
		c->file = rs->files[rs->nfiles - 1];
	c->source = xstrdup(r->source);
	c->indicator = xstrdup(r->indicator);
	c->area = xstrdup(rs->scratch.s);
	c->group = xstrdup(r->group);
	c->period = xstrdup(r->period);
	c->population = xstrdup(r->population);
	c->title = xstrdup(r->title);
	c->url = xstrdup(r->url);
	c->note = xstrdup(r->note);
	*slot = (void *)(++rs->n);
	return NULL;
}

/* --- reading a file --- */

/* Cell C of the row, trimmed, as a new string; "" when absent.  A leading '
 * that guards a formula character (--excel output) is dropped. */
static char *cell(const csv_table *t, enum col c)
{
	const csv_field *f = csv_table_field(t, c);
	size_t n = f ? f->len : 0;
	const char *s = f ? trim_span(f->data, &n) : "";

	if (n >= 2 && s[0] == '\'' && strchr("=+-@\t\r", s[1]))
		s++, n--;
	return xmemdup(s, n);
}

/* A field past the header's that is not empty. */
static bool extra_fields(const csv_table *t)
{
	for (size_t i = t->width; i < t->row->nfields; i++) {
		size_t n = t->row->fields[i].len;

		trim_span(t->row->fields[i].data, &n);
		if (n)
			return true;
	}
	return false;
}

/* An optional number cell: NAN when empty; *bad set when not a number. */
static double opt_number(const csv_table *t, enum col c, bool *bad)
{
	char *s = cell(t, c);
	double v = NAN;

	if (*s && !ref_parse_number(s, &v))
		*bad = true;
	free(s);
	return v;
}

static const char *parse_numbers(const csv_table *t, ref_row *r)
{
	bool bad = false;
	char *v = cell(t, C_VALUE);

	if (*v == '\0' || !ref_parse_number(v, &r->value)) {
		free(v);
		return _("the value must be a number such as 27 or 19.5");
	}
	free(v);
	r->base = opt_number(t, C_BASE, &bad);
	if (bad)
		return _("the base must be a whole number");
	r->ci_low = opt_number(t, C_CI_LOW, &bad);
	r->ci_high = opt_number(t, C_CI_HIGH, &bad);
	if (bad)
		return _("ci_low and ci_high must be numbers");
	return NULL;
}

static const char *parse_unit(const csv_table *t, ref_row *r)
{
	char *u = cell(t, C_UNIT);
	bool ok = ref_unit_parse(u, &r->unit);

	free(u);
	return ok ? NULL : _("unknown unit (expected count, per100k or share)");
}

/* Build the row's strings (freed by the caller with free_row) and check. */
static const char *read_row(refset *rs, const csv_table *t, const char *name)
{
	ref_row r = { .file = name, .line = csv_table_line(t) };
	const char *why;

	if (extra_fields(t))
		return _("this row has more fields than the header has columns");
	r.source = cell(t, C_SOURCE);
	r.indicator = cell(t, C_INDICATOR);
	r.area = cell(t, C_AREA);
	r.group = cell(t, C_GROUP);
	r.period = cell(t, C_PERIOD);
	r.population = cell(t, C_POPULATION);
	r.title = cell(t, C_TITLE);
	r.url = cell(t, C_URL);
	r.note = cell(t, C_NOTE);
	why = parse_unit(t, &r);
	if (!why)
		why = parse_numbers(t, &r);
	if (!why)
		why = refset_add(rs, &r);
	free_row(&r);
	return why;
}

static long read_rows(refset *rs, csv_table *t)
{
	const char *name = file_name(rs, t->name);
	long problems = 0;
	int status;

	while ((status = csv_table_next(t)) > 0) {
		const char *why = read_row(rs, t, name);

		if (why) {
			csv_table_warn(t, "%s", why);
			problems++;
		}
	}
	return status < 0 ? -1 : problems;
}

long refset_load(refset *rs, const char *path, const csv_options *opt)
{
	csv_table t;
	long rc;

	if (csv_table_open(&t, path, opt, columns, NCOLS,
			   CSV_TABLE_CLOSED | CSV_TABLE_COMMENTS | CSV_TABLE_BLANK_ROWS |
			   CSV_TABLE_ANY_WIDTH) < 0)
		return t.errors ? (long)t.errors : -1; /* the header's problems */
	rc = read_rows(rs, &t);
	if (csv_table_close(&t) < 0)
		rc = -1;
	return rc;
}

/* --- writing --- */

/* VALUE without trailing zeros; a decimal comma in Excel mode. */
static void put_number(strbuf *b, double v)
{
	sb_clear(b);
	sb_reserve(b, 1);
	if (isnan(v))
		return;
	sb_printf(b, "%.15g", v);
	if (csv_writer_is_excel()) {
		char *dot = strchr(b->s, '.');

		if (dot)
			*dot = ',';
	}
}

static void write_row(FILE *out, const ref_row *r, strbuf *b)
{
	const char *text[NCOLS] = {
		[C_SOURCE] = r->source, [C_INDICATOR] = r->indicator,
		[C_UNIT] = unit_names[r->unit], [C_AREA] = r->area,
		[C_GROUP] = r->group, [C_PERIOD] = r->period,
		[C_POPULATION] = r->population, [C_TITLE] = r->title,
		[C_URL] = r->url, [C_NOTE] = r->note
	};
	const double num[NCOLS] = {
		[C_VALUE] = r->value, [C_BASE] = r->base,
		[C_CI_LOW] = r->ci_low, [C_CI_HIGH] = r->ci_high
	};

	for (size_t c = 0; c < NCOLS; c++) {
		if (c)
			fputc(csv_out_delimiter(','), out);
		if (text[c]) {
			csv_put_field(out, text[c], strlen(text[c]), ',');
		} else {
			put_number(b, num[c]);
			csv_put_field(out, b->s, b->len, ',');
		}
	}
	fputc('\n', out);
}

void refset_write(const refset *rs, FILE *out)
{
	const char *names[NCOLS];
	strbuf b = {0};

	for (size_t c = 0; c < NCOLS; c++)
		names[c] = columns[c].name;
	csv_put_row(out, names, NCOLS, ',');
	for (size_t i = 0; i < rs->n; i++)
		write_row(out, &rs->rows[i], &b);
	sb_free(&b);
}
