/* copyout.c - the spools of an export with identities (copyout.h). */
#include "clean/copyout.h"

#include "clean/csvout.h"
#include "util.h"

int copyout_open(copyout *co, const char *name, bool keep_reports)
{
	*co = (copyout){ .keep_reports = keep_reports };
	index_init(&co->ids, true);
	/* Rows are judged by their line alone (the lost set); the reports of
	 * a lost submission name the final one, found by identity. */
	if (spool_open(&co->rows, name, false) < 0)
		return -1;
	return keep_reports ? spool_open(&co->rejects, name, true) : 0;
}

void copyout_prefetch(const copyout *co, const hash128 *id)
{
	index_prefetch(&co->ids, id);
}

bool copyout_leads(copyout *co, const hash128 *id, long line, int64_t order)
{
	int created;
	index_entry *e = index_put(&co->ids, id, line, order, &created);

	co->candidates++;
	if (created)
		return true;
	if (order < index_order(e)) {
		line_set_add(&co->lost, line);
		return false;
	}
	line_set_add(&co->lost, e->line);
	index_set(e, line, order);
	return true;
}

void copyout_put_row(copyout *co, const spool_head *h, const char *row)
{
	spool_put(&co->rows, h, row);
}

void copyout_put_reports(copyout *co, const spool_head *h, const char *text)
{
	if (co->keep_reports)
		spool_put(&co->rejects, h, text);
}

/* Is the spooled chunk H still wanted? */
static bool wanted(const copyout *co, const spool_head *h)
{
	return h->kind == SPOOL_PLAIN || !line_set_has(&co->lost, h->line);
}

static int copy_rows(copyout *co, clean_input *in, FILE *out)
{
	clean_counts *c = &in->counts;
	spool_head h;
	const char *row;
	int status;

	if (spool_rewind(&co->rows, in->name) < 0)
		return -1;
	while ((status = spool_next(&co->rows, in->name, &h, &row)) > 0) {
		if (!wanted(co, &h))
			continue;
		fwrite_unlocked(row, 1, h.len, out);
		if (h.kind == SPOOL_IDENTITY) {
			c->kept++;
			c->reasons[R_INVALID_VALUE] += h.ninvalid;
		}
	}
	return status;
}

/* The resubmission report of the lost submission H. */
static void put_resubmission(const copyout *co, const char *name, const spool_head *h,
			     rejects *rj)
{
	const index_entry *e = index_get(&co->ids, &h->id);
	strbuf final = { 0 }, line = { 0 };

	out_long(&final, e ? (long)e->line : -1);
	rejects_format(&line, name, h->line, R_RESUBMISSION, NULL, final.s, final.len);
	rejects_put(rj, line.s, line.len);
	sb_free(&final);
	sb_free(&line);
}

static int copy_reports(copyout *co, const char *name, rejects *rj)
{
	spool_head h;
	const char *text;
	int status;

	if (spool_rewind(&co->rejects, name) < 0)
		return -1;
	while ((status = spool_next(&co->rejects, name, &h, &text)) > 0) {
		if (wanted(co, &h))
			rejects_put(rj, text, h.len);
		else
			put_resubmission(co, name, &h, rj);
	}
	return status;
}

int copyout_finish(copyout *co, clean_input *in, FILE *out, rejects *rj)
{
	in->counts.reasons[R_RESUBMISSION] = co->candidates - (long)co->ids.count;
	if (copy_rows(co, in, out) < 0)
		return -1;
	return co->keep_reports ? copy_reports(co, in->name, rj) : 0;
}

void copyout_close(copyout *co)
{
	spool_close(&co->rows);
	spool_close(&co->rejects);
	index_free(&co->ids);
	line_set_free(&co->lost);
}
