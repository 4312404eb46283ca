/* causes.c - the leading problems and the evidence on their causes. */
#include "plan/causes.h"

#include <stdlib.h>
#include <string.h>

#include "plan/channels.h"
#include "plan/figures.h"
#include "plan/labels.h"

static void add_top(leading_set *ls, const tally_set *ts, const char *var,
		    size_t max)
{
	size_t n;
	const tally_row **top = top_totals(ts, var, max, &n);

	for (size_t i = 0; i < n; i++)
		ls->l[ls->n++] = (leading){ top[i], var, NULL };
	free(top);
}

/* The headline's row: the pooled share with weights, else the channel
 * with the largest share unsafe. */
static const tally_row *headline(const report_input *in)
{
	const tally_row *pooled = pooled_row(in);
	size_t n;
	const tally_row **rows, *best = NULL;

	if (pooled)
		return pooled;
	rows = headline_rows(in, &n);
	for (size_t i = 0; i < n; i++)
		if (!best || rows[i]->pct > best->pct)
			best = rows[i];
	free(rows);
	return best;
}

void leading_find(leading_set *ls, const report_input *in)
{
	const tally_row *h = headline(in);

	ls->n = 0;
	ls->l = xcalloc(1 + TOP_PROBLEMS + TOP_PLACES + TOP_THEMES, sizeof *ls->l);
	if (h)
		ls->l[ls->n++] = (leading){ h, "safety", NULL };
	add_top(ls, in->cur, "problems", TOP_PROBLEMS);
	add_top(ls, in->cur, "unsafe_places", TOP_PLACES);
	add_top(ls, in->cur, "themes", TOP_THEMES);
}

void leading_want_answers(const leading_set *ls, answers *ans)
{
	for (size_t i = 0; i < ls->n; i++) {
		const leading *l = &ls->l[i];
		if (strcmp(l->var, "unsafe_places") == 0)
			answers_want(ans, ANS_PLACE, l->row->val);
		else if (strcmp(l->var, "themes") == 0 || strcmp(l->var, "problems") == 0)
			answers_want(ans, ANS_THEME, l->row->val);
	}
}

void leading_free(leading_set *ls)
{
	for (size_t i = 0; i < ls->n; i++)
		free(ls->l[i].evidence);
	free(ls->l);
	memset(ls, 0, sizeof *ls);
}

/* ---- evidence ---- */

static void sentence(strbuf *out, const char *s)
{
	if (out->len)
		sb_putc(out, ' ');
	sb_puts(out, s);
}

/* "Darkness and lighting (12), Groups of youths and gangs (8)". */
static bool list_with(strbuf *out, const answers *ans, const answer_group *g,
		      const char *family, size_t max)
{
	size_t n;
	const code_count **with = answers_with(ans, g, &n);

	for (size_t i = 0; i < n && i < max; i++) {
		if (i)
			sb_puts(out, ", ");
		label_code(out, family, with[i]->code);
		sb_puts(out, " (");
		fmt_count(out, with[i]->n);
		sb_putc(out, ')');
	}
	free(with);
	return n > 0;
}

static void place_by_age(strbuf *out, const cause_sources *src, const char *code)
{
	long r = src->place_age ? xtab_row(src->place_age, code) : -1;
	strbuf list = {0}, s = {0};

	if (r < 0)
		return;
	xtab_row_text(&list, src->place_age, (size_t)r);
	if (list.len) {
		sb_printf(&s, src->place_age_year ? _("Share who name it over the last 12 months, by "
					    "age: %s.")
					: _("Share who name it, by age: %s."),
			  list.s);
		sentence(out, s.s);
	}
	sb_free(&list);
	sb_free(&s);
}

static void site_by_time(strbuf *out, const xtab *x, size_t r, bool year)
{
	strbuf list = {0}, s = {0}, site = {0};

	xtab_row_text(&list, x, r);
	xtab_row_label(&site, x, r);
	if (list.len) {
		sb_printf(&s, year ? _("%s: share unsafe among those interviewed there "
				       "over the last 12 months, by time of the "
				       "interview: %s.")
				   : _("%s: share unsafe among those interviewed there, "
				       "by time of the interview: %s."),
			  site.s, list.s);
		sentence(out, s.s);
	}
	sb_free(&list);
	sb_free(&s);
	sb_free(&site);
}

static void place_themes(strbuf *out, const cause_sources *src, const char *code)
{
	const answer_group *g = src->ans ? answers_group(src->ans, ANS_PLACE, code) : NULL;
	strbuf list = {0}, s = {0}, n = {0};

	if (g && list_with(&list, src->ans, g, "themes", 3)) {
		fmt_count(&n, g->n);
		sb_printf(&s, _("Free-text answers that name the place (%s) raise: %s."),
			  n.s, list.s);
		sentence(out, s.s);
	}
	sb_free(&list);
	sb_free(&s);
	sb_free(&n);
}

static void place_evidence(strbuf *out, const cause_sources *src, const char *code)
{
	long r = src->site_time && !src->site_time->unnamed_site
		 ? xtab_row(src->site_time, code) : -1;

	place_by_age(out, src, code);
	if (r >= 0)
		site_by_time(out, src->site_time, (size_t)r, src->site_time_year);
	place_themes(out, src, code);
}

static void channels_of_theme(strbuf *out, const answers *ans,
			      const answer_group *g)
{
	strbuf list = {0}, s = {0};
	size_t n;
	const code_count **ch = answers_channels(ans, g, &n);

	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_puts(&list, ", ");
		label_code(&list, "source", ch[i]->code);
		sb_puts(&list, " (");
		fmt_count(&list, ch[i]->n);
		sb_putc(&list, ')');
	}
	free(ch);
	if (n) {
		sb_printf(&s, _("Answers on it by channel: %s."), list.s);
		sentence(out, s.s);
	}
	sb_free(&list);
	sb_free(&s);
}

/* For a theme (THEME_ITSELF) or a problem with a theme of the same
 * code: the places named with it, and for a theme its channels. */
static void theme_evidence(strbuf *out, const cause_sources *src, const char *code,
			   bool theme_itself)
{
	const answer_group *g = src->ans ? answers_group(src->ans, ANS_THEME, code) : NULL;
	strbuf list = {0}, s = {0}, n = {0}, theme = {0};

	if (!g)
		return;
	label_code(&theme, "themes", code);
	if (list_with(&list, src->ans, g, "mentioned_places", 3)) {
		fmt_count(&n, g->n);
		sb_printf(&s, _("Places named in the free-text answers on %s (%s answers): "
				"%s."), theme.s, n.s, list.s);
		sentence(out, s.s);
	}
	sb_free(&theme);
	if (theme_itself)
		channels_of_theme(out, src->ans, g);
	sb_free(&list);
	sb_free(&s);
	sb_free(&n);
}

/* The two largest differences in the share unsafe that hold after the
 * correction for the number of comparisons. */
static void unsafe_groups(strbuf *out, const comparison_set *cmp)
{
	size_t shown = 0;

	for (size_t i = 0; i < cmp->n && shown < 2; i++) {
		const comparison *c = &cmp->c[i];
		strbuf a = {0}, b = {0}, pa = {0}, pb = {0}, s = {0};
		if (c->kind != CMP_GROUPS || c->ind != IND_UNSAFE || !c->holds)
			continue;
		put_group(&a, c->a);
		put_group(&b, c->b);
		put_share(&pa, c->a);
		put_share(&pb, c->b);
		sb_printf(&s, _("More unsafe: %s (%s) against %s (%s), probably not "
				"chance alone."), a.s, pa.s, b.s, pb.s);
		sentence(out, s.s);
		shown++;
		sb_free(&a); sb_free(&b); sb_free(&pa); sb_free(&pb); sb_free(&s);
	}
}

static void national_unsafe(strbuf *out, const ref_figures *refs)
{
	size_t n;
	const ref_row **f = refs_latest(refs, "unsafe_evening", &n);
	strbuf area = {0}, v = {0}, s = {0};

	if (n > 0 && !f[0]->group[0] && f[0]->unit == REF_SHARE) {
		refs_area_label(&area, f[0]->area);
		refs_value(&v, f[0]);
		sb_printf(&s, _("For comparison, NTU %s (%s): %s of residents aged "
				"16–84; the respondents here are other groups."),
			  f[0]->period, area.s, v.s);
		sentence(out, s.s);
	}
	free(f);
	sb_free(&area);
	sb_free(&v);
	sb_free(&s);
}

static void safety_evidence(strbuf *out, const cause_sources *src)
{
	unsafe_groups(out, src->cmp);
	if (src->site_time && !src->site_time->unnamed_site)
		for (size_t r = 0; r < src->site_time->nrows && r < 2; r++)
			site_by_time(out, src->site_time, r, src->site_time_year);
	national_unsafe(out, src->in->refs);
}

void leading_explain(leading_set *ls, const cause_sources *src)
{
	strbuf e = {0};

	for (size_t i = 0; i < ls->n; i++) {
		leading *l = &ls->l[i];
		sb_clear(&e);
		sb_puts(&e, "");
		if (strcmp(l->var, "safety") == 0)
			safety_evidence(&e, src);
		else if (strcmp(l->var, "unsafe_places") == 0)
			place_evidence(&e, src, l->row->val);
		else
			theme_evidence(&e, src, l->row->val, strcmp(l->var, "themes") == 0);
		free(l->evidence);
		l->evidence = xstrdup(e.s);
	}
	sb_free(&e);
}
