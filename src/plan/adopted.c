/* adopted.c - the action plan's first part: the measures the municipality
 * has adopted (its register, as trygg-follow(1) followed it up this
 * month), each with its responsible, indicator, baseline, figure now,
 * target, traffic light and the status people set; then each indicator's
 * trend over the last 24 months.  The light is always written in words
 * (colour only adds to it in HTML), since colour alone fails readers who
 * cannot tell the colours apart. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/context.h"
#include "plan/labels.h"

enum { NCOLS = 10, COL_LIGHT = 8 };

/* "Area Östby, Age band 65+" for "area:ostby&age_band:65+". */
static void group_words(strbuf *out, const char *group)
{
	for (const char *p = group; *p; ) {
		size_t len = strcspn(p, "&");
		const char *colon = memchr(p, ':', len);
		if (!colon)
			colon = memchr(p, '=', len);
		if (out->len)
			sb_puts(out, ", ");
		if (colon) {
			char *col = xmemdup(p, (size_t)(colon - p));
			char *code = xmemdup(colon + 1, len - (size_t)(colon - p) - 1);
			label_column(out, col);
			sb_puts(out, ": ");
			label_code(out, col, code);
			free(col);
			free(code);
		} else
			sb_append(out, p, len);
		p += len + (p[len] == '&');
	}
}

/* The indicator in words: the share of an answer, in a group, or a
 * reference figure by its source. */
static void indicator_words(strbuf *out, const adopted *a)
{
	strbuf var = {0}, val = {0}, grp = {0};

	label_column(&var, a->variable);
	if (a->source[0])
		sb_printf(out, _("%s (reference figures: %s)"), var.s, a->source);
	else {
		label_code(&val, a->variable, a->value);
		sb_printf(out, _("Share answering %s to %s"), val.s, var.s);
	}
	group_words(&grp, a->group);
	if (grp.len)
		sb_printf(out, " (%s)", grp.s);
	sb_free(&var);
	sb_free(&val);
	sb_free(&grp);
}

static void put_pct_or_dash(strbuf *out, double pct)
{
	if (isnan(pct))
		sb_puts(out, "–");
	else
		fmt_pct(out, pct);
}

/* "30.5% (27.4–33.8)", or ".." when the figure is withheld or missing. */
static void now_words(strbuf *out, const adopted *a)
{
	if (isnan(a->now)) {
		sb_puts(out, SUPPRESSED_SYMBOL);
		return;
	}
	fmt_pct(out, a->now);
	if (!isnan(a->now_lo) && !isnan(a->now_hi)) {
		sb_puts(out, " (");
		fmt_range(out, a->now_lo, a->now_hi);
		sb_putc(out, ')');
	}
}

static void adopted_row(table *t, const report_ctx *x, const adopted *a)
{
	strbuf cell[NCOLS] = {{0}};
	char *row[NCOLS];

	sb_puts(&cell[0], a->id);
	sb_puts(&cell[1], a->measure);
	measures_name_unit(&cell[2], x->in->measures, a->responsible, x->in->lang);
	indicator_words(&cell[3], a);
	put_pct_or_dash(&cell[4], a->baseline);
	if (a->baseline_period[0])
		sb_printf(&cell[4], " (%s)", a->baseline_period);
	now_words(&cell[5], a);
	put_pct_or_dash(&cell[6], a->target);
	if (a->target_date[0])
		sb_printf(&cell[6], " (%s)", a->target_date);
	sb_puts(&cell[7], status_word(a->status));
	sb_puts(&cell[COL_LIGHT], light_word(a->light));
	sb_puts(&cell[9], reason_word(a->reason));
	for (int k = 0; k < NCOLS; k++)
		row[k] = cell[k].s ? cell[k].s : "";
	table_add(t, row);
	if (light_class(a->light))
		table_set_class(t, t->nrows - 1, COL_LIGHT, light_class(a->light));
	for (int k = 0; k < NCOLS; k++)
		sb_free(&cell[k]);
}

/* One indicator's months, in the order of the series file. */
static void trend_of(doc *d, const followup *f, const adopted *a)
{
	strbuf title = {0}, ind = {0};
	trend *t;

	indicator_words(&ind, a);
	sb_printf(&title, "%s %s: %s", a->id, a->measure, ind.s);
	t = trend_new(title.s, _("share month by month, per cent"), a->target);
	for (size_t i = 0; i < f->ns; i++)
		if (strcmp(f->s[i].id, a->id) == 0)
			trend_add(t, f->s[i].period, f->s[i].withheld, f->s[i].pct);
	doc_trend(d, t);
	trend_free(t);
	sb_free(&title);
	sb_free(&ind);
}

static void trends(doc *d, const followup *f)
{
	if (f->ns == 0)
		return;
	doc_heading(d, 2, _("Trends of the indicators"));
	doc_para(d, _("Each indicator month by month over the last 24 months "
		      "(the month's answers alone, so single months vary; the "
		      "follow-up above rests on twelve months). A month withheld "
		      "for too few answers is a gap, shown as .., never as zero."));
	for (size_t i = 0; i < f->n; i++)
		trend_of(d, f, &f->a[i]);
}

void section_adopted(doc *d, const report_ctx *x)
{
	const char *head[NCOLS] = {
		_("Id"), _("Measure"), _("Responsible"), _("Indicator"),
		_("Baseline (period)"), _("Now (interval)"), _("Target (date)"),
		_("Status (set by those responsible)"), _("Traffic light"),
		_("Why this light")
	};
	const followup *f = x->in->follow;
	table *t = table_new(_("Adopted measures: follow-up"), NCOLS, head, NULL);

	doc_heading(d, 2, _("Adopted measures: follow-up"));
	doc_para(d, _("The measures in the register of adopted measures, followed "
		      "up with this period's figures (trygg-follow). The traffic "
		      "light is computed from the figures: green = target met or "
		      "clearly moving toward it, yellow = no clear change or behind "
		      "the planned path, red = clearly worse than the baseline, or "
		      "past the due date and not done. The status is the one those "
		      "responsible have set."));
	for (size_t i = 0; i < f->n; i++)
		adopted_row(t, x, &f->a[i]);
	if (t->nrows)
		doc_table(d, t);
	else
		doc_para(d, _("The register holds no adopted measures yet."));
	/* xgettext:no-c-format */
	doc_note(d, _("Now = the last twelve months with the 95% confidence "
		      "interval; .. = not shown (too few answers)."));
	table_free(t);
	trends(d, f);
}
