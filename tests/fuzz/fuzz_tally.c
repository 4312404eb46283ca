/* fuzz_tally - libFuzzer target for trygg-tally's parser of partial counts
 * (merge_file() in src/tally/merge.c).
 *
 * The input is a partial file (trygg-tally --partial); it is written to a
 * temporary file and merged (and checked) as trygg-tally --merge does.  merge_file()
 * exits through die() on a malformed partial, which is its contract: the
 * target is linked with -Wl,--wrap=exit so that such an exit returns here
 * (longjmp) and the next input runs, and with -Wl,--wrap=csv_open so that
 * the reader merge_file() had open can be closed then.  A partial that merges is finished
 * (tally_write: wide with suppression and the base rule, long without,
 * long with the cell-key method when keyed) and written as a partial
 * again, and the
 * promise of --partial/--merge is checked: merging that output once more
 * gives the same bytes (the partial form is a fixed point). */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"
#include "tally/merge.h"
#include "tally/output.h"
#include "tally/table.h"
#include "util.h"

#include "scratch.h"

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "fuzz_tally: broken promise: %s (line %d)\n", #cond, __LINE__); \
	abort(); } } while (0)

static jmp_buf on_exit_jump;
static bool in_target;

void __real_exit(int status);
void __wrap_exit(int status);
/* exit() from die() inside the target: back to the target, not the end of
 * fuzzing; libFuzzer's own exit goes through. */
void __wrap_exit(int status)
{
	if (in_target)
		longjmp(on_exit_jump, status + 1);
	__real_exit(status);
}

csv_reader *__real_csv_open(const char *p, const csv_options *opt);
csv_reader *__wrap_csv_open(const char *p, const csv_options *opt);
static csv_reader *open_reader;
csv_reader *__wrap_csv_open(const char *p, const csv_options *opt)
{
	open_reader = __real_csv_open(p, opt);
	return open_reader;
}

static void write_file(const void *data, size_t size)
{
	FILE *fp = fopen(scratch_path, "wb");

	if (!fp || fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
		abort();
}

/* Merge PATH; NULL when merge_file() rejected it.  The merger is static:
 * after a longjmp its tally is still reachable and freed next time. */
static merger m;
static tally *merge_path(void)
{
	if (m.t)
		tally_free(m.t);
	merger_init(&m, NULL, NULL);
	in_target = true;
	open_reader = NULL;
	if (setjmp(on_exit_jump) != 0) {
		in_target = false;
		csv_close(open_reader);
		return NULL;
	}
	merge_file(&m, scratch_path);
	open_reader = NULL; /* merge_file closed it; merge_check may still exit */
	if (!m.t || !m.any) {
		in_target = false;
		return NULL;
	}
	merge_check(&m);
	in_target = false;
	return m.t;
}

static char *partial_of(tally *t, size_t *len)
{
	char *text = NULL;
	FILE *out = open_memstream(&text, len);

	if (!out)
		abort();
	tally_write_partial(t, NULL, m.keyed == 1, out);
	fclose(out);
	return text;
}

static void finish(tally *t)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	out_options o;
	sup_stats st;

	if (!out)
		abort();
	memset(&o, 0, sizeof o);
	o.pub.min_cell = 5;
	o.pub.min_base = 20;
	o.pub.z = 1.959963984540054;
	memset(&st, 0, sizeof st);
	tally_write(t, NULL, &o, out, &st);
	o.pub.min_cell = 0;
	o.pub.min_base = 0;
	o.long_form = true;
	tally_write(t, NULL, &o, out, &st);
	/* The cell-key method when keyed, in Excel's dialect. */
	o.pub.cellkey = m.keyed == 1;
	csv_writer_excel(out);
	tally_write(t, NULL, &o, out, &st);
	csv_writer_excel(NULL);
	fclose(out);
	free(text);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	progname = "fuzz_tally";
	scratch_init(progname);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	tally *t;
	char *once, *twice;
	size_t len1, len2;

	write_file(data, size);
	t = merge_path();
	if (!t)
		return 0;
	once = partial_of(t, &len1);
	finish(t);
	write_file(once, len1);
	t = merge_path();
	CHECK(t != NULL);
	twice = partial_of(t, &len2);
	CHECK(len1 == len2 && memcmp(once, twice, len1) == 0);
	free(once);
	free(twice);
	return 0;
}
