/* judge.h - a measure's indicator now, at its baseline and over the last
 * two years, and the traffic light those figures and the register's dates
 * give (the rules are in trygg-follow(1), TRAFFIC LIGHT).
 *
 * Shares and their Wilson intervals are trygg-tally's arithmetic on the
 * counts added over the months (tally/stats.h), so a rolling figure is
 * the one trygg-tally gives for the same months' records. */
#ifndef FOLLOW_JUDGE_H
#define FOLLOW_JUDGE_H

#include <stdbool.h>
#include <stdint.h>

#include "follow/collect.h"
#include "follow/history.h"
#include "follow/register.h"
#include "reference.h"

typedef struct follow_options {
	month_t period;      /* the month reported */
	long window;         /* months in a rolling window (12) */
	long trend_months;   /* months the trend looks back over (24) */
	uint64_t min_cell;   /* counts 1..min_cell-1 are not shown */
	uint64_t min_base;   /* shares of smaller bases are not shown */
	double z;            /* normal quantile of the interval level */
	double conf;
	refset *refs;        /* reference figures (-e), or NULL */
} follow_options;

enum light { LIGHT_NONE, LIGHT_GREEN, LIGHT_YELLOW, LIGHT_RED };
enum reason {
	R_NONE, R_PAST_DUE, R_WORSE, R_TARGET_MET, R_TOWARD, R_BEHIND,
	R_NO_CHANGE, R_NO_BASELINE, R_NO_FIGURE
};

/* Notes on a figure, joined by '|' in the output. */
enum {
	NOTE_NOT_IN_HISTORY = 1 << 0, /* the history has no such cell */
	NOTE_SUPPRESSED = 1 << 1,     /* a count below --min-cell */
	NOTE_SMALL_BASE = 1 << 2,     /* a base below --min-base */
	NOTE_SHORT_WINDOW = 1 << 3,   /* the history lacks months of a window */
	NOTE_BASELINE_REGISTER = 1 << 4, /* baseline as written, taken as exact */
	NOTE_BASELINE_DIFFERS = 1 << 5,  /* the written baseline is not the history's */
	NOTE_OVERLAP = 1 << 6,        /* baseline and current windows overlap */
	NOTE_NO_REFERENCE = 1 << 7,   /* no such reference figure (or no -e) */
	NOTE_FEW_MONTHS = 1 << 8,     /* too few months for a trend */
	NOTE_NO_INTERVAL = 1 << 9     /* a reference figure without an interval */
};
#define NOTE_COUNT 10
const char *note_code(unsigned bit_index);

/* A share in percent with its interval. */
typedef struct {
	uint64_t base;         /* unweighted respondents in the base */
	double p, lo, hi;      /* 0..1 */
	long long tenths;      /* the printed share, tenths of a percent */
	long months;           /* months of the window the history holds */
	bool shown;            /* false: suppressed, small or absent */
	bool found;            /* the history has the cell */
	bool has_interval;     /* lo and hi hold an interval */
} share_figure;

typedef struct {
	share_figure now;
	share_figure base_share;     /* the baseline, when the data have it */
	const char *ref_period, *ref_base_period; /* reference figures' periods */
	month_t from, to;            /* the current window */
	month_t bfrom, bto;          /* the baseline's */
	double baseline;             /* the baseline used, 0..1 */
	double change, change_lo, change_hi; /* 0..1, negative = lower */
	double expected;             /* on the straight path to the target */
	double trend, trend_lo, trend_hi; /* per year, 0..1 */
	long trend_months;
	enum light light;
	enum reason reason;
	unsigned notes;
	bool has_baseline_window, has_baseline;
	bool has_change, change_interval; /* the change, and its interval */
	bool has_expected, has_trend;
} verdict;

void judge_measure(const reg_measure *m, const measure_data *d,
		   const history *h, const follow_options *o,
		   verdict *v);

/* The share of counts C: shown unless suppressed or too small. */
share_figure share_of(const hist_counts *c, const follow_options *o,
		      unsigned *notes);
/* The same over the months FROM..TO, noting a window the history lacks
 * months of. */
share_figure window_share(const hist_counts *c, const history *h,
			  month_t from, month_t to,
			  const follow_options *o, unsigned *notes);

const char *light_code(enum light l);
const char *light_word(enum light l);
const char *reason_code(enum reason r);
const char *reason_text(enum reason r);
/* "rising", "falling", "flat" for a trend with interval [LO, HI]. */
const char *trend_code(double lo, double hi);
const char *trend_word(double lo, double hi);

#endif
