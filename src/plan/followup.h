/* followup.h - what trygg-follow(1) wrote, read back for the report: the
 * follow-up of every adopted measure (one row a measure: indicator now
 * with its interval, baseline, target, computed traffic light and the
 * status people set) and, with --series, each indicator month by month.
 * Columns are found by name, so columns trygg-follow adds later are
 * ignored; the light and the status may be codes or words (--labels). */
#ifndef PLAN_FOLLOWUP_H
#define PLAN_FOLLOWUP_H

#include <stdbool.h>
#include <stddef.h>

enum light { LIGHT_NONE, LIGHT_GREEN, LIGHT_YELLOW, LIGHT_RED };
enum status { ST_PLANNED, ST_STARTED, ST_DONE, ST_PAUSED, ST_STOPPED };

typedef struct {
	char *id, *measure, *catalogue, *responsible;
	char *variable, *value, *group, *source;
	char *baseline_period; /* the baseline's months, or the register's period */
	char *target_date;
	char *reason;          /* trygg-follow's reason code (or sentence) */
	double now, now_lo, now_hi, baseline, target; /* percent; NAN: none */
	enum light light;
	enum status status;
} adopted;

/* One month of one indicator. */
typedef struct {
	char *id;
	char period[8];
	bool withheld; /* suppressed or too small a base */
	double pct;    /* NAN: withheld or no answers */
} series_month;

typedef struct {
	adopted *a;
	size_t n;
	series_month *s;
	size_t ns;
} followup;

/* Read trygg-follow's follow-up CSV; a file that cannot be read, has no
 * header, lacks a column the report needs or has a cell it cannot read
 * is "FILE:LINE: what" (or "FILE: why") and exit 1. */
void followup_read(followup *f, const char *path);
/* Read trygg-follow --series CSV, the same way. */
void followup_read_series(followup *f, const char *path);
void followup_free(followup *f);

/* True when an adopted measure comes from catalogue measure ID. */
bool followup_has_catalogue(const followup *f, const char *id);

/* The light and the status in words of the report's language. */
const char *light_word(enum light l);
const char *light_class(enum light l); /* CSS: light-green, ... */
const char *status_word(enum status s);
/* The register's code of a status ("planned"). */
const char *status_code(enum status s);
/* trygg-follow's reason in words ("" when there is none). */
const char *reason_word(const char *code);

#endif
