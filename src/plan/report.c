/* report.c - the parts of the situation picture that describe the data:
 * key figures, who answered, the mapping, sources and limitations.  The
 * order and the names follow 4 § of Lag (2023:196) and Brå's guidance
 * (DOMAIN.md 1.1-1.2). */
#include "plan/report_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/labels.h"

void put_group(strbuf *out, const tally_row *r)
{
	if (r->gcols[0])
		label_code(out, r->gcols, r->gvals);
	else
		put_value(out, r);
}

void put_value(strbuf *out, const tally_row *r)
{
	label_code(out, r->var, r->val);
}

void put_share(strbuf *out, const tally_row *r)
{
	if (r->suppressed)
		sb_puts(out, SUPPRESSED_SYMBOL);
	else
		fmt_pct(out, r->pct);
}

void put_figure(strbuf *out, const tally_row *r)
{
	strbuf pct = {0}, ci = {0}, n = {0}, base = {0};

	if (r->suppressed) {
		sb_printf(out, _("%s (suppressed)"), SUPPRESSED_SYMBOL);
		return;
	}
	fmt_pct(&pct, r->pct);
	fmt_range(&ci, r->lo, r->hi);
	fmt_count(&n, r->n);
	fmt_count(&base, r->base);
	sb_printf(out, _("%s (95%% interval %s; %s of %s)"), pct.s, ci.s, n.s,
		  base.s);
	sb_free(&pct);
	sb_free(&ci);
	sb_free(&n);
	sb_free(&base);
}

chart *chart_of(const char *title, const char *value_head,
		const tally_row *const *rows, size_t n, bool label_by_group)
{
	chart *c = chart_new(title, value_head);
	strbuf lab = {0};

	for (size_t i = 0; i < n; i++) {
		const tally_row *r = rows[i];
		sb_clear(&lab);
		if (label_by_group)
			put_group(&lab, r);
		else
			put_value(&lab, r);
		chart_add(c, lab.s, r->suppressed, r->pct, r->lo, r->hi, r->n,
			  r->base);
	}
	sb_free(&lab);
	return c;
}

static int by_share(const void *a, const void *b)
{
	const tally_row *x = *(const tally_row *const *)a;
	const tally_row *y = *(const tally_row *const *)b;

	if (x->suppressed != y->suppressed)
		return x->suppressed ? 1 : -1;
	if (!x->suppressed && x->pct != y->pct)
		return x->pct < y->pct ? 1 : -1;
	return strcmp(x->val, y->val); /* ties in a stable, documented order */
}

void sort_by_share(const tally_row **rows, size_t n)
{
	qsort(rows, n, sizeof *rows, by_share);
}

/* The breakdowns the law's mapping asks for, in the order they are shown;
 * any other group columns follow in the order the tallies give them. */
static const char *const canonical_groups[] = {
	"source", "gender", "age_band", "area", "time_of_day"
};
enum { NCANON = sizeof canonical_groups / sizeof *canonical_groups };

static bool in_list(const char **list, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], s) == 0)
			return true;
	return false;
}

const char **unsafe_breakdowns(const tally_set *ts, const char *var, size_t *n)
{
	const char **out = xmalloc((ts->nrows + NCANON + 1) * sizeof *out);

	*n = 0;
	for (size_t c = 0; c < NCANON; c++)
		for (size_t i = 0; i < ts->nrows; i++)
			if (strcmp(ts->rows[i].gcols, canonical_groups[c]) == 0 &&
			    strcmp(ts->rows[i].var, var) == 0 &&
			    strcmp(ts->rows[i].val, "unsafe") == 0) {
				out[(*n)++] = canonical_groups[c];
				break;
			}
	for (size_t i = 0; i < ts->nrows; i++) {
		const tally_row *r = &ts->rows[i];
		if (r->gcols[0] && strcmp(r->var, var) == 0 &&
		    strcmp(r->val, "unsafe") == 0 && !in_list(out, *n, r->gcols))
			out[(*n)++] = r->gcols;
	}
	return out;
}

/* ---- who answered ---- */

typedef struct {
	const char *source;
	bool suppressed;
	double n;
} channel;

/* Respondents per channel: the totals tally of `source` when there is
 * one (it counts everybody); else the largest base among the tallies
 * grouped by source (it counts those who answered that question). */
static channel *channels(const tally_set *ts, size_t *n, bool *exact)
{
	size_t nsel;
	const tally_row **sel = tallies_select(ts, "", "source", NULL, &nsel);
	channel *ch = xcalloc(ts->nrows + 1, sizeof *ch);

	*n = 0;
	*exact = nsel > 0;
	for (size_t i = 0; i < nsel; i++)
		ch[(*n)++] = (channel){ sel[i]->val, sel[i]->suppressed, sel[i]->n };
	free(sel);
	if (*exact)
		return ch;
	for (size_t i = 0; i < ts->nrows; i++) {
		const tally_row *r = &ts->rows[i];
		size_t k;
		if (strcmp(r->gcols, "source") != 0)
			continue;
		for (k = 0; k < *n && strcmp(ch[k].source, r->gvals) != 0; k++)
			;
		if (k == *n)
			ch[(*n)++] = (channel){ r->gvals, false, 0 };
		if (r->base > ch[k].n)
			ch[k].n = r->base;
	}
	return ch;
}

static const population_entry *population_of(const report_input *in,
					     const char *source)
{
	for (size_t i = 0; i < in->npop; i++)
		if (strcmp(in->pop[i].source, source) == 0)
			return &in->pop[i];
	return NULL;
}

static void channel_row(table *t, const report_input *in, const channel *c,
			double *total)
{
	const population_entry *p = population_of(in, c->source);
	strbuf cell[4] = {{0}};
	char *row[4];

	label_code(&cell[0], "source", c->source);
	if (c->suppressed)
		sb_puts(&cell[1], SUPPRESSED_SYMBOL);
	else {
		fmt_count(&cell[1], c->n);
		*total += c->n;
	}
	if (p)
		fmt_count(&cell[2], p->population);
	else
		sb_puts(&cell[2], "–");
	if (p && !c->suppressed)
		fmt_pct(&cell[3], 100 * c->n / p->population);
	else
		sb_puts(&cell[3], p ? SUPPRESSED_SYMBOL : "–");
	for (int k = 0; k < 4; k++)
		row[k] = cell[k].s;
	table_add(t, row);
	for (int k = 0; k < 4; k++)
		sb_free(&cell[k]);
}

static void who_answered(doc *d, const report_input *in)
{
	size_t n;
	bool exact;
	channel *ch = channels(in->cur, &n, &exact);
	const char *head[4] = { _("Channel"), _("Answers"), _("Population"),
				_("Response rate") };
	static const bool numeric[4] = { false, true, true, true };
	table *t = table_new(_("Answers per channel"), 4, head, numeric);
	double total = 0;
	strbuf s = {0}, num = {0};

	doc_heading(d, 1, _("Who answered"));
	for (size_t i = 0; i < n; i++)
		channel_row(t, in, &ch[i], &total);
	fmt_count(&num, total);
	if (n == 0)
		sb_puts(&s, _("The tallies do not say which channel the answers came from "
			      "(no tally of source and none grouped by source)."));
	else
		sb_printf(&s, _("%s people answered through %zu channels."), num.s, n);
	doc_para(d, s.s);
	if (n > 0)
		doc_table(d, t);
	if (n > 0 && !exact)
		doc_note(d, _("Answers per channel are the number who answered the "
			      "safety question; no tally of all respondents by channel was given."));
	if (in->npop > 0)
		doc_note(d, _("Response rate = answers / population of the channel "
			      "(the number invited or employed)."));
	table_free(t);
	free(ch);
	sb_free(&s);
	sb_free(&num);
}

/* ---- the mapping ---- */

static void suppression_note(doc *d, const report_input *in)
{
	strbuf s = {0}, k = {0};

	fmt_count(&k, in->min_cell);
	sb_printf(&s, _("%s = suppressed: the cell has fewer than %s answers, or was "
			"hidden so that such a cell cannot be worked out from the others. "
			"The interval is a 95%% Wilson interval; n is the number with the "
			"answer, the base the number who answered the question."),
		  SUPPRESSED_SYMBOL, k.s);
	doc_note(d, s.s);
	sb_free(&s);
	sb_free(&k);
}

static void overall_unsafe(doc *d, const report_input *in, const char *var)
{
	const tally_row *r = tallies_find(in->cur, "", "", var, "unsafe");
	strbuf s = {0}, fig = {0};

	if (!r)
		return;
	put_figure(&fig, r);
	sb_printf(&s, _("Overall, %s feel unsafe when out alone late in the evening "
			"in their own area."), fig.s);
	doc_para(d, s.s);
	doc_note(d, _("Unsafe counts, as the national crime survey (NTU) does, "
		      "those who feel fairly or very unsafe and those who stay in "
		      "because they feel unsafe."));
	sb_free(&s);
	sb_free(&fig);
}

static void unsafe_by_group(doc *d, const report_input *in, const char *var)
{
	size_t ng, n;
	const char **groups = unsafe_breakdowns(in->cur, var, &ng);
	strbuf title = {0};

	for (size_t g = 0; g < ng; g++) {
		const tally_row **rows = tallies_select(in->cur, groups[g], var,
							"unsafe", &n);
		chart *c;
		sb_clear(&title);
		label_column(&title, groups[g]);
		c = chart_of(title.s, _("Share unsafe"), rows, n, true);
		doc_chart(d, c);
		chart_free(c);
		free(rows);
	}
	free(groups);
	sb_free(&title);
}

/* Shares of a multi-select question over everybody (totals), largest
 * first: places, problems, themes. */
static void ranked_totals(doc *d, const report_input *in, const char *var,
			  const char *heading, const char *value_head,
			  const char *intro)
{
	size_t n;
	const tally_row **rows = tallies_select(in->cur, "", var, NULL, &n);
	strbuf title = {0};
	chart *c;

	if (n > 0) {
		doc_heading(d, 2, heading);
		doc_para(d, intro);
		sort_by_share(rows, n);
		label_column(&title, var);
		c = chart_of(title.s, value_head, rows, n, false);
		doc_chart(d, c);
		chart_free(c);
	}
	free(rows);
	sb_free(&title);
}

static void mapping(doc *d, const report_input *in)
{
	const char *var = tallies_unsafe_var(in->cur);

	doc_heading(d, 1, _("Mapping: insecurity, places and problems"));
	if (var) {
		doc_heading(d, 2, _("Share who feel unsafe"));
		overall_unsafe(d, in, var);
		unsafe_by_group(d, in, var);
	}
	ranked_totals(d, in, "unsafe_places", _("Places where people feel unsafe"),
		      _("Share who name the place"),
		      _("Share of those who answered the question who named each place."));
	ranked_totals(d, in, "problems", _("Problems seen in the area"),
		      _("Share who see the problem"),
		      _("Share of those who answered the question who see each problem "
			"where they live."));
	ranked_totals(d, in, "themes", _("Themes in free text"),
		      _("Share of free-text answers"),
		      _("Themes found in the free-text answers (after anonymisation), "
			"as a share of those who wrote something."));
	ranked_totals(d, in, "mentioned_places", _("Places mentioned in free text"),
		      _("Share of free-text answers"),
		      _("Places from the codebook named in the free-text answers."));
	suppression_note(d, in);
}

/* ---- sources and limitations (Brå's four questions, DOMAIN.md 1.2) ---- */

static void sources(doc *d, const report_input *in, double total)
{
	strbuf s[6] = {{0}}, num = {0};
	char *items[6];
	size_t n = 0;

	doc_heading(d, 1, _("Sources and limitations"));
	fmt_count(&num, total);
	sb_printf(&s[n++], _("Sources: %zu tally files from the citizen and staff "
			     "dialogue surveys, %s answers in all."),
		  in->cur->nfiles, num.s);
	if (in->period)
		sb_printf(&s[n++], _("Collection period: %s."), in->period);
	else
		sb_puts(&s[n++], _("Collection period: not stated."));
	sb_puts(&s[n++], _("Self-selection: street interviews and open web surveys are "
			   "convenience samples, and those who choose to answer may feel "
			   "more (or less) unsafe than others. Shares describe those who "
			   "answered, not the whole population."));
	sb_clear(&num);
	fmt_count(&num, in->min_cell);
	sb_printf(&s[n++], _("Small groups: cells with fewer than %s answers are "
			     "suppressed (%s), and small groups have wide intervals."),
		  num.s, SUPPRESSED_SYMBOL);
	sb_puts(&s[n++], _("Time of answer is when the survey was answered, not when "
			   "or where people feel unsafe."));
	sb_puts(&s[n++], _("The survey measures experienced insecurity and problems "
			   "people see; it does not measure the extent of crime. Reported "
			   "crime (police statistics), the police's own situation picture "
			   "and other sources are needed for a complete picture."));
	for (size_t i = 0; i < n; i++)
		items[i] = s[i].s;
	doc_bullets(d, items, n);
	for (size_t i = 0; i < n; i++)
		sb_free(&s[i]);
	sb_free(&num);
}

static void key_figures(doc *d, const report_input *in, double total)
{
	const char *var = tallies_unsafe_var(in->cur);
	const tally_row *r = var ? tallies_find(in->cur, "", "", var, "unsafe") : NULL;
	strbuf v[3] = {{0}};
	keyfig f[3];
	size_t n = 0;

	fmt_count(&v[n], total);
	f[n] = (keyfig){ v[n].s, _("answers") };
	n++;
	if (r) {
		put_share(&v[n], r);
		f[n] = (keyfig){ v[n].s, _("feel unsafe out alone late in the evening") };
		n++;
	}
	fmt_count(&v[n], in->min_cell);
	f[n] = (keyfig){ v[n].s, _("smallest group shown (suppression threshold)") };
	n++;
	doc_keyfigures(d, f, n);
	for (size_t i = 0; i < n; i++)
		sb_free(&v[i]);
}

/* Count respondents up front for the key figures without printing. */
static double total_answers(const report_input *in)
{
	size_t n;
	bool exact;
	channel *ch = channels(in->cur, &n, &exact);
	double total = 0;

	for (size_t i = 0; i < n; i++)
		if (!ch[i].suppressed)
			total += ch[i].n;
	free(ch);
	return total;
}

void report_write(doc *d, const report_input *in)
{
	double total = total_answers(in);
	strbuf sub = {0}, foot = {0}, k = {0};

	if (in->period)
		sb_printf(&sub, _("Period: %s. Draft for the local crime-prevention "
				  "council."), in->period);
	else
		sb_puts(&sub, _("Draft for the local crime-prevention council."));
	doc_title(d, _("Situation picture and action plan under Act (2023:196)"),
		  in->title ? in->title : _("Safety and insecurity: situation picture"),
		  sub.s);
	key_figures(d, in, total);
	who_answered(d, in);
	mapping(d, in);
	report_analysis(d, in);
	sources(d, in, total);
	report_action_plan(d, in);
	fmt_count(&k, in->min_cell);
	sb_printf(&foot, _("Made with trygg-plan %s from %zu tally files. "
			   "Suppression threshold %s; %s = suppressed."),
		  TRYGG_VERSION, in->cur->nfiles, k.s, SUPPRESSED_SYMBOL);
	doc_close(d, foot.s);
	sb_free(&sub);
	sb_free(&foot);
	sb_free(&k);
}
