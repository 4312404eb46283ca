/* victim.c - part 3, victimisation and worry (4 § of Lag (2023:196): the
 * extent of crime and what it leads to): the share victimised, often
 * worried and staying in, beside the share unsafe, by channel, gender,
 * age and area; the national crime survey's figures beside them with
 * their population; and any other reference figures (reported crime). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/channels.h"
#include "plan/context.h"
#include "plan/figures.h"
#include "plan/labels.h"

static const char *const breakdowns[] = { "source", "gender", "age_band", "area" };
enum { NBREAK = sizeof breakdowns / sizeof *breakdowns };

/* The indicators tallied for GCOLS, in indicator order. */
static size_t present(const tally_set *ts, const char *gcols,
		      enum indicator_id *ids)
{
	size_t n = 0;

	for (int i = 0; i < NIND; i++) {
		const char *var = indicator_var((enum indicator_id)i, ts);
		size_t k;
		const tally_row **rows;
		if (!var)
			continue;
		rows = tallies_select(ts, gcols, var, indicators[i].val, &k);
		free(rows);
		if (k > 0)
			ids[n++] = (enum indicator_id)i;
	}
	return n;
}

/* The groups of GCOLS in the order the first indicator's tally has them. */
static const tally_row **groups_of(const tally_set *ts, const char *gcols,
				   enum indicator_id first, size_t *n)
{
	return tallies_select(ts, gcols, indicator_var(first, ts),
			      indicators[first].val, n);
}

static void group_row(table *t, const tally_set *ts, const tally_row *g,
		      const enum indicator_id *ids, size_t nids)
{
	strbuf *cell = xcalloc(nids + 1, sizeof *cell);
	char **row = xmalloc((nids + 1) * sizeof *row);

	put_group(&cell[0], g);
	for (size_t k = 0; k < nids; k++) {
		const tally_row *r = indicator_row(ids[k], ts, g->gcols, g->gvals);
		if (r)
			put_share_base(&cell[k + 1], r);
		else
			sb_puts(&cell[k + 1], "–");
	}
	for (size_t k = 0; k <= nids; k++)
		row[k] = cell[k].s;
	table_add(t, row);
	for (size_t k = 0; k <= nids; k++)
		sb_free(&cell[k]);
	free(cell);
	free(row);
}

/* "Living outside the municipality (answer about their own area there):
 * unsafe 30.0% (23), victims 40.0% (20)". */
static void outside_line(doc *d, const tally_set *ts, const enum indicator_id *ids,
			 size_t nids)
{
	strbuf s = {0}, list = {0};

	for (size_t k = 0; k < nids; k++) {
		const tally_row *r = indicator_row(ids[k], ts, "area", "other");
		if (!r)
			continue;
		if (list.len)
			sb_puts(&list, "; ");
		sb_printf(&list, "%s ", _(indicators[ids[k]].head));
		put_share_base(&list, r);
	}
	if (list.len) {
		sb_printf(&s, _("Living outside the municipality (they answer about their "
				"own area there, and are not in the table): %s."), list.s);
		doc_para(d, s.s);
	}
	sb_free(&s);
	sb_free(&list);
}

static void breakdown_table(doc *d, const report_ctx *x, const char *gcols)
{
	enum indicator_id ids[NIND];
	size_t nids = present(x->in->cur, gcols, ids), n;
	const char *head[NIND + 1];
	strbuf col = {0};
	bool numeric[NIND + 1] = { false };
	const tally_row **groups;
	strbuf title = {0};
	table *t;

	if (nids < 2) /* the share unsafe alone is in the mapping */
		return;
	label_column(&col, gcols);
	head[0] = col.s;
	sb_printf(&title, _("%s: insecurity, victimisation and worry"), col.s);
	for (size_t k = 0; k < nids; k++) {
		head[k + 1] = _(indicators[ids[k]].head);
		numeric[k + 1] = true;
	}
	t = table_new(title.s, nids + 1, head, numeric);
	groups = groups_of(x->in->cur, gcols, ids[0], &n);
	for (size_t i = 0; i < n; i++)
		if (!(strcmp(gcols, "area") == 0 && strcmp(groups[i]->gvals, "other") == 0))
			group_row(t, x->in->cur, groups[i], ids, nids);
	doc_table(d, t);
	if (strcmp(gcols, "area") == 0)
		outside_line(d, x->in->cur, ids, nids);
	table_free(t);
	free(groups);
	sb_free(&title);
	sb_free(&col);
}

/* ---- the national crime survey beside ours ---- */

static void ref_population(strbuf *out, const ref_row *f)
{
	if (f->population[0])
		sb_puts(out, f->population);
	else if (strcmp(f->source, "NTU") == 0)
		sb_puts(out, _("residents aged 16–84"));
	else
		sb_puts(out, "–");
}

/* "gender:woman&age_band:16-24" -> "Women, 16–24 years". */
static void ref_group(strbuf *out, const char *group)
{
	size_t n;
	char **parts = split_list(group, '&', &n);

	if (n == 0)
		sb_puts(out, _("Everyone"));
	for (size_t i = 0; i < n; i++) {
		char *colon = strchr(parts[i], ':');
		if (i)
			sb_puts(out, ", ");
		if (colon) {
			*colon = '\0';
			label_code(out, parts[i], colon + 1);
		} else
			sb_puts(out, parts[i]);
	}
	free_list(parts, n);
}

static void add_row5(table *t, strbuf *c)
{
	char *row[5];

	for (int k = 0; k < 5; k++)
		row[k] = c[k].s ? c[k].s : "";
	table_add(t, row);
	for (int k = 0; k < 5; k++)
		sb_free(&c[k]);
}

static void reference_row(table *t, const ref_row *f)
{
	strbuf c[5] = {{0}};

	sb_printf(&c[0], "%s, ", f->source);
	refs_area_label(&c[0], f->area);
	ref_group(&c[1], f->group);
	sb_puts(&c[2], f->period);
	refs_value(&c[3], f);
	ref_population(&c[4], f);
	add_row5(t, c);
}

/* This survey's figure of one channel (or, weighted, of everyone). */
static void own_row(table *t, const report_input *in, const tally_row *r)
{
	strbuf c[5] = {{0}}, base = {0};

	sb_puts(&c[0], _("This survey"));
	if (r->gcols[0])
		put_group(&c[1], r);
	else
		sb_puts(&c[1], _("All channels, weighted"));
	sb_puts(&c[2], in->period ? in->period : "–");
	put_share(&c[3], r);
	fmt_base(&base, r->base);
	sb_printf(&c[4], _("%s who answered"), base.s);
	add_row5(t, c);
	sb_free(&base);
}

/* The survey's own figures by channel for indicator I. */
static void own_rows(table *t, const report_input *in, enum indicator_id i)
{
	const char *var = indicator_var(i, in->cur);
	const tally_row *pooled = i == IND_UNSAFE ? pooled_row(in) : NULL;
	size_t n;
	const tally_row **rows;

	if (!var)
		return;
	rows = tallies_select(in->cur, "source", var, indicators[i].val, &n);
	for (size_t k = 0; k < n; k++)
		own_row(t, in, rows[k]);
	if (pooled)
		own_row(t, in, pooled);
	free(rows);
}

/* Who the municipality's respondents are, channel by channel. */
static void respondents_differ(strbuf *out, const report_input *in)
{
	size_t n;
	bool exact;
	channel *ch = channels_of(in, &n, &exact);
	strbuf list = {0};

	for (size_t i = 0; i < n; i++) {
		const char *who = strcmp(ch[i].source, "school") == 0
			? _("pupils aged 13–19")
			: strcmp(ch[i].source, "staff") == 0
			? _("municipal staff, some of whom live elsewhere")
			: strcmp(ch[i].source, "street") == 0
			? _("people interviewed where they were, who chose to stop")
			: strcmp(ch[i].source, "web") == 0
			? _("those who chose to answer an open web survey") : NULL;
		if (!who)
			continue;
		if (list.len)
			sb_puts(&list, "; ");
		sb_puts(&list, who);
	}
	sb_printf(out, _("NTU describes residents aged 16–84 (the last column says "
			 "whom each figure covers). The respondents here are other "
			 "groups: %s. The figures are set side by side for orientation, "
			 "not tested against each other."), list.len ? list.s : "–");
	free(ch);
	sb_free(&list);
}

/* One table per measure: the survey's figures by channel, and the
 * national survey's latest figures beside them. */
static bool national_table(doc *d, const report_input *in, enum indicator_id i)
{
	const char *head[5] = { _("Source"), _("Group"), _("Period"), _("Share"),
				_("Who") };
	static const bool numeric[5] = { false, false, false, true, false };
	size_t n;
	const ref_row **f = refs_latest(in->refs, indicators[i].ntu, &n);
	table *t;

	if (n == 0) {
		free(f);
		return false;
	}
	t = table_new(_(indicators[i].ntu_head), 5, head, numeric);
	own_rows(t, in, i);
	for (size_t k = 0; k < n; k++)
		reference_row(t, f[k]);
	doc_table(d, t);
	doc_note(d, _(indicators[i].ntu_note));
	table_free(t);
	free(f);
	return true;
}

static void national(doc *d, const report_ctx *x)
{
	bool any = false;
	strbuf s = {0};

	for (int i = 0; i < NIND; i++)
		if (indicators[i].ntu) {
			size_t n;
			const ref_row **f = refs_latest(x->in->refs, indicators[i].ntu, &n);
			free(f);
			if (n > 0 && !any) {
				doc_heading(d, 2, _("Compared with the national crime survey (NTU)"));
				respondents_differ(&s, x->in);
				doc_para(d, s.s);
				any = true;
			}
			if (n > 0)
				national_table(d, x->in, (enum indicator_id)i);
		}
	sb_free(&s);
}

/* Figures the report has no question for: reported crime and the like. */
static void other_sources(doc *d, const report_ctx *x)
{
	const ref_figures *rf = x->in->refs;
	const char *head[6] = { _("Source"), _("What is measured"),
				_("Geographic area"), _("Period"), _("Value"),
				_("Covers") };
	static const bool numeric[6] = { false, false, false, false, true, false };
	table *t = table_new(_("Reported crime and other reference figures"), 6,
			     head, numeric);

	for (size_t i = 0; i < refs_count(rf); i++) {
		const ref_row *f = refs_row(rf, i);
		strbuf c[6] = {{0}};
		char *row[6];
		if (refs_known_indicator(f->indicator))
			continue;
		sb_puts(&c[0], f->source);
		sb_puts(&c[1], f->indicator);
		if (f->group[0])
			sb_printf(&c[1], " (%s)", f->group);
		refs_area_label(&c[2], f->area);
		sb_puts(&c[3], f->period);
		refs_value(&c[4], f);
		sb_puts(&c[5], f->population[0] ? f->population : "–");
		for (int k = 0; k < 6; k++)
			row[k] = c[k].s;
		table_add(t, row);
		for (int k = 0; k < 6; k++)
			sb_free(&c[k]);
	}
	if (t->nrows > 0) {
		doc_heading(d, 2, _("Reported crime and other sources"));
		doc_table(d, t);
		doc_note(d, _("Reported crime counts the offences reported to the police "
			      "where they were committed; it does not describe all crime, "
			      "and how much is reported differs between kinds of crime."));
	}
	table_free(t);
}

void section_victim(doc *d, const report_ctx *x)
{
	doc_heading(d, 1, _("Victimisation and worry"));
	doc_para(d, _("Beside insecurity the surveys asked whether the respondent had "
		      "been a victim of a crime in the last 12 months and how often "
		      "they worry about becoming one. Staying in because of "
		      "insecurity is a consequence of it. Each cell gives the share "
		      "and, in brackets, the base it is a share of."));
	for (size_t b = 0; b < NBREAK; b++)
		breakdown_table(d, x, breakdowns[b]);
	if (!indicator_var(IND_VICTIM, x->in->cur) && !indicator_var(IND_WORRY, x->in->cur))
		doc_para(d, _("The tallies hold neither victimisation (victim_12m) nor "
			      "worry (worry): tally them to complete this part."));
	national(d, x);
	other_sources(d, x);
}
