/* table.h - the counts of trygg-tally.
 *
 * A run counts several breakdowns (each -g) of the same records at once.
 * Each breakdown has one entry per group, and in it, for every variable,
 * the counts per answer code.  The code dictionaries belong to the
 * variables, so a code has the same id in every breakdown.  Filled record
 * by record (tally_record_*) or from partial files (merge.c). */
#ifndef TALLY_TABLE_H
#define TALLY_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tally/stats.h"
#include "text.h"

/* A count of respondents; when weighted, their summed weights (units of
 * 10^-9); with --cell-key, the sum of their record keys mod 2^32. */
typedef struct {
	uint64_t n;
	wide_t w;
	uint32_t ck;
} tally_count;

/* A base: a count with the sum of squared weights (units of 10^-18),
 * which gives Kish's effective sample size. */
typedef struct {
	uint64_t n;
	wide_t w, w2;
	uint32_t ck;
} tally_base;

/* Who a variable's shares are taken of (see trygg-tally(1), BASES). */
enum base_rule {
	BASE_DEFAULT,  /* asked for a multi-select question, else answered */
	BASE_ANSWERED, /* records whose answer is not empty */
	BASE_ASKED,    /* records of the channels where anyone answered */
	BASE_IF        /* records whose column base_col is not empty */
};

/* One variable within one group. */
typedef struct {
	tally_base answered;    /* answered the question (non-empty) */
	tally_base ifbase;      /* BASE_IF: its column was not empty */
	tally_base ubase;       /* answered with a code of the unsafe base */
	tally_count unsafe;     /* answered with an unsafe code */
	tally_count *codes;     /* indexed by the variable's code id */
	size_t ncodes;
} group_var;

/* Flags of an answer code for the derived value. */
enum { CODE_UNSAFE = 1, CODE_IN_BASE = 2, CODE_COUNTED = 4 };

typedef struct {
	char *name;
	/* The derived value "unsafe": CODES (share of) BASE.  nbase == 0
	 * means every non-empty answer is in the base. */
	bool has_unsafe;
	char **unsafe_codes, **base_codes;
	size_t nunsafe, nbase;
	enum base_rule rule;
	char *base_col;         /* BASE_IF */
	bool multi;             /* an answer held several codes (a|b) */
	strmap *code_ids;       /* code -> id + 1 */
	unsigned char *flags;   /* per code id */
	size_t *seen;           /* per code id: last record it was counted in */
	size_t ncodes, cap;
	uint64_t *chan_answered; /* per channel id: records that answered */
	size_t nchan;
	uint64_t outside;       /* answers outside a BASE_IF base */
} tally_var;

/* One group of a breakdown: its records per channel (for the asked base). */
typedef struct {
	tally_base *chan;
	size_t nchan;
} group_info;

typedef struct {
	char **cols;            /* group columns; none for the total */
	size_t ncols;
	strmap *group_ids;      /* encoded group key -> index + 1 */
	group_var *gvars;     /* ngroups * nvars, flat */
	group_info *groups;
	size_t ngroups, gcap;
} breakdown;

/* The answer of one variable in the record being counted. */
typedef struct {
	size_t *ids;            /* distinct codes, in the order given */
	size_t nids, cap;
	unsigned char flags;    /* union of the codes' flags */
	bool ifbase;            /* BASE_IF column not empty */
} rec_answer;

typedef struct {
	breakdown *bds;
	size_t nbds;
	tally_var *vars;
	size_t nvars;
	bool weighted;
	strmap *chan_ids;       /* channel (source) -> id + 1 */
	size_t records;         /* records counted (stamps for a|a) */
	strbuf key;             /* scratch for a group key */
	/* the record being counted */
	rec_answer *ans;
	size_t chan;
	strbuf last_chan;       /* the previous record's channel, cached */
} tally;

/* Ownership, as everywhere: constructors and adders copy what they are
 * given, setters copy too and free what they replace. */
tally *tally_new(bool weighted);
/* Add a breakdown by COLS (copied); returns its index. */
size_t tally_add_breakdown(tally *t, char *const *cols, size_t ncols);
/* The breakdown whose columns are COLS, or -1. */
long tally_find_breakdown(const tally *t, char *const *cols, size_t ncols);
/* Add a variable; returns its index. */
size_t tally_add_variable(tally *t, const char *name);
/* The derived value "unsafe" of V: CODES (share of) BASE (copied). */
void tally_set_unsafe(tally_var *v, char *const *codes, size_t ncodes,
		      char *const *base, size_t nbase);
/* V's base rule, and for BASE_IF its column COL (copied; else NULL). */
void tally_set_base(tally_var *v, enum base_rule rule, const char *col);
void tally_free(tally *t);

/* Group key: the group column values, length-prefixed so that no two
 * different tuples share a key. */
void tally_key_clear(tally *t);
void tally_key_add(tally *t, const char *s, size_t len);
/* Find or create the group of the key built so far in breakdown B (hashed
 * once); *CREATED (if not NULL) tells whether it is new. */
size_t tally_group(tally *t, size_t b, bool *created);

static inline group_var *tally_gvar(const tally *t, size_t b,
				      size_t g, size_t v)
{
	return &t->bds[b].gvars[g * t->nvars + v];
}

/* Id of CODE in variable V, created on first sight. */
size_t tally_code_id(tally_var *v, const char *code, size_t len);
const char *tally_code(const tally_var *v, size_t id, size_t *len);
unsigned char tally_code_flags(const tally_var *v, size_t id);
/* Recompute every code's flags (merged partials may declare the unsafe
 * definition after some codes were seen). */
void tally_refresh_flags(tally *t);
/* The counts of code ID in a group's variable (grown on demand). */
tally_count *tally_code_count(group_var *gv, size_t id);
/* Id of channel NAME, created on first sight. */
size_t tally_channel_id(tally *t, const char *name, size_t len);
/* The records of channel CH in group G of breakdown B (grown on demand). */
tally_base *tally_group_channel(tally *t, size_t b, size_t g, size_t ch);
/* The answered count of channel CH of variable V (grown on demand). */
uint64_t *tally_channel_answered(tally_var *v, size_t ch);

/* Counting one record: begin, then its channel, then each variable's
 * answer (a field, maybe a|b|c) with whether its BASE_IF column is filled
 * (an answer outside a BASE_IF base is not counted), then the record into
 * each breakdown's group.  tally_record_answer returns true when the
 * answer held a code not seen before (the caller checks new text once,
 * not always). */
void tally_record_begin(tally *t);
void tally_record_channel(tally *t, const char *s, size_t len);
bool tally_record_answer(tally *t, size_t v, const char *s, size_t len,
			 bool filled);
/* Add the record (weight W, record key RK) to group G of breakdown B.
 * False when a sum of weights would overflow. */
bool tally_record_count(tally *t, size_t b, size_t g, wide_t w,
			uint32_t rk);

/* Checked additions (false on overflow); the sum is left unchanged then. */
bool add_u64(uint64_t *a, uint64_t b);
bool add_wide(wide_t *a, wide_t b);
bool add_base(tally_base *a, const tally_base *b);
bool add_count(tally_count *a, const tally_count *b);

/* The group column values of group G of breakdown B, decoded from its key. */
size_t tally_group_values(const tally *t, size_t b, size_t g,
			  const char **vals, size_t *lens);

/* The base rule that applies to V once the counts are in. */
enum base_rule tally_base_rule(const tally_var *v);
/* The base of V's codes in group G of breakdown B, by its rule. */
tally_base tally_var_base(const tally *t, size_t b, size_t g, size_t v);
/* Whether channel CH has V's question: someone there answered it. */
bool tally_channel_asked(const tally_var *v, size_t ch);

#endif
