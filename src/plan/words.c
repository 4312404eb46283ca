/* words.c - part 5, the citizens' own words (Brå: the voices of those
 * affected): up to three typical quotes per leading theme and leading
 * place, and the suggestions apart, counted in their own table and quoted
 * by suggestion theme.  Who is quoted is decided in answers.c. */
#include <stdlib.h>
#include <string.h>

#include "plan/context.h"
#include "plan/figures.h"
#include "plan/labels.h"

enum { TOP_SUGGESTIONS = 3 };

void words_want_answers(answers *ans, const tally_set *ts)
{
	size_t n;
	const tally_row **top = top_totals(ts, "suggestion_themes", TOP_SUGGESTIONS, &n);

	for (size_t i = 0; i < n; i++)
		answers_want(ans, ANS_SUGGESTION, top[i]->val);
	if (n == 0)
		answers_want(ans, ANS_SUGGESTION, "");
	free(top);
}

/* The quotes of group G, or why there are none. */
static void quotes_of(doc *d, const answer_group *g, const char *what)
{
	quote q[MAX_QUOTES];
	strbuf who[MAX_QUOTES] = {{0}}, text[MAX_QUOTES] = {{0}}, s = {0}, n = {0};

	fmt_count(&n, g->n);
	sb_printf(&s, _("%s (%s answers):"), what, n.s);
	doc_para(d, s.s);
	for (size_t i = 0; i < g->nq; i++) {
		label_code(&who[i], "source", g->q[i].source);
		/* TRANSLATORS: quotation marks around a quote. */
		sb_printf(&text[i], _("“%s”"), g->q[i].text);
		q[i] = (quote){ text[i].s, who[i].s };
	}
	if (g->nq == 0)
		doc_note(d, _("No answer can be quoted: too few answers in the group or "
			      "in each channel, or none short enough."));
	doc_quotes(d, q, g->nq);
	for (size_t i = 0; i < MAX_QUOTES; i++) {
		sb_free(&who[i]);
		sb_free(&text[i]);
	}
	sb_free(&s);
	sb_free(&n);
}

static void quote_group(doc *d, const answers *ans, enum answer_kind kind,
			const char *col, const char *code)
{
	const answer_group *g = answers_group(ans, kind, code);
	strbuf what = {0};

	if (!g)
		return;
	if (code[0])
		label_code(&what, col, code);
	else
		sb_puts(&what, _("All suggestions"));
	quotes_of(d, g, what.s);
	sb_free(&what);
}

static void problem_quotes(doc *d, const report_ctx *x)
{
	doc_heading(d, 2, _("Problems, in their own words"));
	for (size_t i = 0; i < x->lead.n; i++) {
		const leading *l = &x->lead.l[i];
		if (strcmp(l->var, "themes") == 0)
			quote_group(d, x->ans, ANS_THEME, "themes", l->row->val);
	}
	for (size_t i = 0; i < x->lead.n; i++) {
		const leading *l = &x->lead.l[i];
		if (strcmp(l->var, "unsafe_places") == 0)
			quote_group(d, x->ans, ANS_PLACE, "unsafe_places", l->row->val);
	}
}

static void suggestion_quotes(doc *d, const report_ctx *x)
{
	for (size_t i = 0; i < x->ans->n; i++) {
		const answer_group *g = &x->ans->g[i];
		if (g->kind == ANS_SUGGESTION)
			quote_group(d, x->ans, ANS_SUGGESTION, "suggestion_themes", g->code);
	}
}

static bool tallied(const tally_set *ts, const char *var)
{
	size_t n;
	const tally_row **rows = tallies_select(ts, "", var, NULL, &n);

	free(rows);
	return n > 0;
}

static void rule(doc *d, const report_input *in)
{
	strbuf s = {0}, k = {0};

	fmt_count(&k, in->min_cell);
	sb_printf(&s, _("Up to three quotes per leading theme and place, chosen as "
			"typical: the answers closest to the median length of the "
			"answers on it, not the most striking. The text was anonymised "
			"and checked once more in strict mode; answers with a removed "
			"name or number are not quoted. Only groups, and channels within "
			"a group, of at least %s answers are quoted, and a quote names "
			"only its channel."), k.s);
	doc_note(d, s.s);
	sb_free(&s);
	sb_free(&k);
}

void section_words(doc *d, const report_ctx *x)
{
	doc_heading(d, 1, _("In their own words: problems and suggestions"));
	if (x->in->no_quotes)
		doc_para(d, _("Quotes are left out of this report."));
	else if (!x->ans)
		doc_para(d, _("No answers were given to quote from, so the report "
			      "has no quotes."));
	else {
		rule(d, x->in);
		problem_quotes(d, x);
	}
	if (!x->in->no_quotes && x->ans && !tallied(x->in->cur, "suggestion_themes"))
		doc_heading(d, 2, _("Suggestions"));
	ranked_chart(d, x->in->cur, "suggestion_themes", _("Suggestions"),
		     _("Share of suggestions"),
		     _("What would make people feel safer, in their own suggestions, "
		       "as a share of the %s who made one. Suggestions are not counted "
		       "as problems."));
	if (!x->in->no_quotes && x->ans)
		suggestion_quotes(d, x);
}
