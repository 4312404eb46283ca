/* who.c - the key figures and part 1, who answered: the headline share
 * unsafe by channel (a pooled figure only with weights, labelled with the
 * population it describes), and respondents against each channel's
 * frame, with a warning where few answered. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/channels.h"
#include "plan/context.h"
#include "plan/figures.h"
#include "plan/labels.h"

/* "Pupils (school survey): feel unsafe ... (base 105)". */
static void channel_keyfig_label(strbuf *out, const report_input *in,
				 const tally_row *r)
{
	strbuf who = {0}, base = {0};
	size_t n;
	bool exact;
	channel *ch = channels_of(in, &n, &exact);

	if (r->gcols[0])
		put_group(&who, r);
	else if (n == 1)
		label_code(&who, "source", ch[0].source);
	else
		sb_puts(&who, _("All respondents"));
	fmt_count(&base, r->base);
	sb_printf(out, _("%s: feel unsafe out alone late in the evening (base %s)"),
		  who.s, base.s);
	free(ch);
	sb_free(&who);
	sb_free(&base);
}

void section_key_figures(doc *d, const report_ctx *x)
{
	size_t n;
	const tally_row **rows = headline_rows(x->in, &n);
	const tally_row *pooled = pooled_row(x->in);
	size_t cap = n + 3, k = 0;
	strbuf *v = xcalloc(cap, sizeof *v), *l = xcalloc(cap, sizeof *l);
	keyfig *f = xcalloc(cap, sizeof *f);

	fmt_count(&v[k], channels_total(x->in));
	sb_puts(&l[k++], _("answers"));
	for (size_t i = 0; i < n; i++, k++) {
		put_share(&v[k], rows[i]);
		channel_keyfig_label(&l[k], x->in, rows[i]);
	}
	if (pooled) {
		put_share(&v[k], pooled);
		sb_puts(&l[k++], _("all channels together, weighted to the population "
				   "the weights describe"));
	}
	fmt_count(&v[k], x->in->min_cell);
	sb_puts(&l[k++], _("smallest number of answers shown (disclosure control)"));
	for (size_t i = 0; i < k; i++)
		f[i] = (keyfig){ v[i].s, l[i].s };
	doc_keyfigures(d, f, k);
	for (size_t i = 0; i < cap; i++) {
		sb_free(&v[i]);
		sb_free(&l[i]);
	}
	free(v);
	free(l);
	free(f);
	free(rows);
}

/* ---- who answered ---- */

static void channel_row(table *t, const channel *c, double *total)
{
	strbuf cell[4] = {{0}};
	char *row[4];
	double rate = response_rate(c);

	label_code(&cell[0], "source", c->source);
	if (c->suppressed)
		sb_puts(&cell[1], SUPPRESSED_SYMBOL);
	else {
		fmt_count(&cell[1], c->n);
		*total += c->n;
	}
	if (c->pop)
		fmt_count(&cell[2], c->pop->population);
	else
		sb_puts(&cell[2], "–");
	if (!isnan(rate))
		fmt_pct(&cell[3], rate);
	else
		sb_puts(&cell[3], c->pop ? SUPPRESSED_SYMBOL : "–");
	for (int k = 0; k < 4; k++)
		row[k] = cell[k].s;
	table_add(t, row);
	for (int k = 0; k < 4; k++)
		sb_free(&cell[k]);
}

/* A warning for each channel whose response rate is below 20 %. */
static void low_response(doc *d, const channel *ch, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		double rate = response_rate(&ch[i]);
		strbuf s = {0}, lab = {0}, r = {0}, lim = {0};
		if (isnan(rate) || rate >= LOW_RESPONSE)
			continue;
		label_code(&lab, "source", ch[i].source);
		fmt_pct(&r, rate);
		fmt_pct_decimals(&lim, LOW_RESPONSE, 0);
		sb_printf(&s, _("Warning: only %s of %s answered (below %s). Those who "
				"answered may differ a great deal from those who did not; "
				"read this channel's figures with great care."),
			  r.s, lab.s, lim.s);
		doc_para(d, s.s);
		sb_free(&s); sb_free(&lab); sb_free(&r); sb_free(&lim);
	}
}

void section_who(doc *d, const report_ctx *x)
{
	size_t n;
	bool exact;
	channel *ch = channels_of(x->in, &n, &exact);
	const char *head[4] = { _("Channel"), _("Answers"), _("Invited or employed"),
				_("Response rate") };
	static const bool numeric[4] = { false, true, true, true };
	table *t = table_new(_("Answers per channel"), 4, head, numeric);
	double total = 0;
	strbuf s = {0}, num = {0};

	doc_heading(d, 1, _("Who answered"));
	for (size_t i = 0; i < n; i++)
		channel_row(t, &ch[i], &total);
	fmt_count(&num, total);
	if (n == 0)
		sb_puts(&s, _("The tallies do not say which channel the answers came from "
			      "(no tally of source and none grouped by source)."));
	else
		sb_printf(&s, ngettext("%s people answered through %zu channel.",
				       "%s people answered through %zu channels.", n),
			  num.s, n);
	doc_para(d, s.s);
	if (n > 0)
		doc_table(d, t);
	low_response(d, ch, n);
	if (n > 0 && !exact)
		doc_note(d, _("Answers per channel are the number who answered the "
			      "safety question; no tally of all respondents by channel was given."));
	if (x->in->npop > 0)
		doc_note(d, _("Response rate = answers / the channel's population (the "
			      "number invited or employed)."));
	table_free(t);
	free(ch);
	sb_free(&s);
	sb_free(&num);
}
