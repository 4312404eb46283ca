/* answers.c - count and quote the anonymised answers (see answers.h). */
#include "plan/answers.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csvtable.h"
#include "plan/doc.h"
#include "util.h"

enum { A_SOURCE, A_FREE, A_SUGG, A_THEMES, A_PLACES, A_STHEMES, NACOLS };
static const csv_table_column acols[NACOLS] = {
	{ "source", true }, { "free_text", true }, { "suggestion", true },
	{ "themes", true }, { "mentioned_places", true }, { "suggestion_themes", false },
};
enum { QUOTE_MIN = 20, QUOTE_MAX = 200, MAXLEN = 2000 };

answers *answers_new(double min_cell)
{
	answers *a = xcalloc(1, sizeof *a);

	a->min_cell = min_cell;
	return a;
}

void answers_want(answers *a, enum answer_kind kind, const char *code)
{
	answer_group *g;

	if (answers_group(a, kind, code))
		return;
	a->g = xrealloc(a->g, (a->n + 1) * sizeof *a->g);
	g = &a->g[a->n++];
	memset(g, 0, sizeof *g);
	g->kind = kind;
	g->code = xstrdup(code);
	g->lengths = xcalloc(MAXLEN + 1, sizeof *g->lengths);
}

const answer_group *answers_group(const answers *a, enum answer_kind kind,
				  const char *code)
{
	for (size_t i = 0; i < a->n; i++)
		if (a->g[i].kind == kind && strcmp(a->g[i].code, code) == 0)
			return &a->g[i];
	return NULL;
}

static const csv_field *field(const csv_table *t, size_t c)
{
	static const csv_field empty = { "", 0, false };
	const csv_field *f = csv_table_field(t, c);

	return f ? f : &empty;
}

/* CODE is one of the '|'-separated items of F. */
static bool has_code(const csv_field *f, const char *code)
{
	size_t len = strlen(code);

	for (const char *p = f->data, *end = f->data + f->len; p < end;) {
		const char *sep = memchr(p, '|', (size_t)(end - p));
		size_t n = sep ? (size_t)(sep - p) : (size_t)(end - p);
		if (n == len && memcmp(p, code, n) == 0)
			return true;
		p += n + 1;
	}
	return false;
}

static bool blank(const csv_field *f)
{
	for (size_t i = 0; i < f->len; i++)
		if (!isspace((unsigned char)f->data[i]))
			return false;
	return true;
}

static const csv_field *text_field(const answer_group *g, const csv_table *t)
{
	return field(t, g->kind == ANS_SUGGESTION ? A_SUGG : A_FREE);
}

static bool member(const answer_group *g, const csv_table *t)
{
	if (blank(text_field(g, t)))
		return false;
	switch (g->kind) {
	case ANS_THEME: return has_code(field(t, A_THEMES), g->code);
	case ANS_PLACE: return has_code(field(t, A_PLACES), g->code);
	default: return !g->code[0] || has_code(field(t, A_STHEMES), g->code);
	}
}

/* The text with every run of white space made one space, trimmed. */
static void normalise(strbuf *out, const csv_field *f)
{
	bool space = false;

	sb_clear(out);
	sb_puts(out, "");
	for (size_t i = 0; i < f->len; i++) {
		unsigned char c = (unsigned char)f->data[i];
		if (isspace(c) || c < 0x20) {
			space = out->len > 0;
			continue;
		}
		if (space)
			sb_putc(out, ' ');
		space = false;
		sb_putc(out, (char)c);
	}
}

static void bump(code_count **list, size_t *n, const char *code, size_t len)
{
	for (size_t i = 0; i < *n; i++)
		if (strlen((*list)[i].code) == len && memcmp((*list)[i].code, code, len) == 0) {
			(*list)[i].n++;
			return;
		}
	*list = xrealloc(*list, (*n + 1) * sizeof **list);
	(*list)[*n].code = xmemdup(code, len);
	(*list)[*n].n = 1;
	(*n)++;
}

static void bump_each(code_count **list, size_t *n, const csv_field *f)
{
	for (const char *p = f->data, *end = f->data + f->len; p < end;) {
		const char *sep = memchr(p, '|', (size_t)(end - p));
		size_t len = sep ? (size_t)(sep - p) : (size_t)(end - p);
		if (len > 0)
			bump(list, n, p, len);
		p += len + 1;
	}
}

static double count_of(const code_count *list, size_t n, const char *code,
		       size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i].code) == len && memcmp(list[i].code, code, len) == 0)
			return list[i].n;
	return 0;
}

static void first_pass(answers *a, const csv_table *t, strbuf *txt)
{
	for (size_t i = 0; i < a->n; i++) {
		answer_group *g = &a->g[i];
		const csv_field *src = field(t, A_SOURCE);
		size_t len;
		if (!member(g, t))
			continue;
		g->n++;
		bump(&g->channels, &g->nchannels, src->data, src->len);
		if (g->kind == ANS_PLACE)
			bump_each(&g->with, &g->nwith, field(t, A_THEMES));
		else if (g->kind == ANS_THEME)
			bump_each(&g->with, &g->nwith, field(t, A_PLACES));
		normalise(txt, text_field(g, t));
		len = text_width(txt->s);
		g->lengths[len > MAXLEN ? MAXLEN : len]++;
	}
}

/* The lower median of the histogram. */
static void set_median(answer_group *g)
{
	double seen = 0, half = ceil(g->n / 2);

	for (size_t len = 0; len <= MAXLEN && g->n > 0; len++) {
		seen += g->lengths[len];
		if (seen >= half) {
			g->median = (double)len;
			break;
		}
	}
}

/* "[NAME]", "[EMAIL]", "[PNR]": what anonymisation put in. */
static bool has_placeholder(const char *s)
{
	for (const char *p = strchr(s, '['); p; p = strchr(p + 1, '[')) {
		const char *q = p + 1;
		while (isupper((unsigned char)*q) || *q == '_' || isdigit((unsigned char)*q))
			q++;
		if (*q == ']' && q - p > 2)
			return true;
	}
	return false;
}

/* Closer to the median length first; ties by the text. */
static int typical_order(const answer_group *g, const char *x, const char *y)
{
	double dx = fabs((double)text_width(x) - g->median);
	double dy = fabs((double)text_width(y) - g->median);

	if (dx != dy)
		return dx < dy ? -1 : 1;
	return strcmp(x, y);
}

static void drop_quote(answer_group *g, size_t i)
{
	free(g->q[i].text);
	free(g->q[i].source);
	memmove(&g->q[i], &g->q[i + 1], (g->nq - i - 1) * sizeof *g->q);
	g->nq--;
}

/* The same answer written twice (up to case): keep the one first in
 * byte order of text and channel, whatever the order of the file. */
static bool keep_duplicate(answer_group *g, const char *text, const csv_field *src)
{
	for (size_t i = 0; i < g->nq; i++) {
		int c;
		if (strcasecmp(g->q[i].text, text) != 0)
			continue;
		c = strcmp(text, g->q[i].text);
		if (c == 0)
			c = strncmp(src->data, g->q[i].source, src->len + 1);
		if (c >= 0)
			return true;
		drop_quote(g, i);
		return false;
	}
	return false;
}

static void consider(answer_group *g, const char *text, const csv_field *src)
{
	size_t at;

	if (keep_duplicate(g, text, src))
		return;
	for (at = 0; at < g->nq && typical_order(g, g->q[at].text, text) < 0; at++)
		;
	if (at == MAX_QUOTES)
		return;
	if (g->nq == MAX_QUOTES)
		drop_quote(g, MAX_QUOTES - 1);
	memmove(&g->q[at + 1], &g->q[at], (g->nq - at) * sizeof *g->q);
	g->q[at].text = xstrdup(text);
	g->q[at].source = xmemdup(src->data, src->len);
	g->nq++;
}

static bool quotable(const answers *a, const answer_group *g, const char *text,
		     const csv_field *src)
{
	size_t len = text_width(text);

	return g->n >= a->min_cell && len >= QUOTE_MIN && len <= QUOTE_MAX &&
	       !has_placeholder(text) &&
	       count_of(g->channels, g->nchannels, src->data, src->len) >= a->min_cell;
}

static void second_pass(answers *a, const csv_table *t, strbuf *txt)
{
	for (size_t i = 0; i < a->n; i++) {
		answer_group *g = &a->g[i];
		const csv_field *src = field(t, A_SOURCE);
		if (!member(g, t))
			continue;
		normalise(txt, text_field(g, t));
		if (quotable(a, g, txt->s, src))
			consider(g, txt->s, src);
	}
}

/* One pass over the records. */
static void pass(answers *a, csv_table *t, bool first)
{
	strbuf txt = {0};
	int rc;

	while ((rc = csv_table_next(t)) > 0)
		if (first)
			first_pass(a, t, &txt);
		else
			second_pass(a, t, &txt);
	sb_free(&txt);
	if (rc < 0)
		exit(EXIT_DATA);
}

void answers_read(answers *a, const char *path)
{
	const csv_options opt = { .delimiter = 0, .encoding = CSV_ENC_UTF8 };
	csv_table t;

	if (csv_table_open(&t, path, &opt, acols, NACOLS,
			   CSV_TABLE_ANY_WIDTH | CSV_TABLE_REWIND) < 0)
		exit(EXIT_DATA);
	a->suggestion_themes = csv_table_has(&t, A_STHEMES);
	pass(a, &t, true);
	for (size_t i = 0; i < a->n; i++)
		set_median(&a->g[i]);
	if (csv_table_rewind(&t) < 0)
		exit(EXIT_DATA);
	pass(a, &t, false);
	if (csv_table_close(&t) < 0)
		exit(EXIT_DATA);
}

static void free_counts(code_count *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(list[i].code);
	free(list);
}

void answers_free(answers *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->n; i++) {
		answer_group *g = &a->g[i];
		for (size_t k = 0; k < g->nq; k++) {
			free(g->q[k].text);
			free(g->q[k].source);
		}
		free_counts(g->channels, g->nchannels);
		free_counts(g->with, g->nwith);
		free(g->lengths);
		free(g->code);
	}
	free(a->g);
	free(a);
}

static int by_count(const void *x, const void *y)
{
	const code_count *a = *(const code_count *const *)x;
	const code_count *b = *(const code_count *const *)y;

	if (a->n != b->n)
		return a->n < b->n ? 1 : -1;
	return strcmp(a->code, b->code);
}

/* The items of LIST with at least min_cell answers, largest first. */
static const code_count **large(const answers *a, const code_count *list,
				size_t len, size_t *n)
{
	const code_count **out = xmalloc((len + 1) * sizeof(const code_count *));

	*n = 0;
	for (size_t i = 0; i < len; i++)
		if (list[i].n >= a->min_cell && strcmp(list[i].code, "other") != 0)
			out[(*n)++] = &list[i];
	qsort(out, *n, sizeof(const code_count *), by_count);
	return out;
}

const code_count **answers_with(const answers *a, const answer_group *g,
				size_t *n)
{
	return large(a, g->with, g->nwith, n);
}

const code_count **answers_channels(const answers *a, const answer_group *g,
				    size_t *n)
{
	return large(a, g->channels, g->nchannels, n);
}
