/* measures.h - the catalogue of crime-prevention measures
 * (share/trygg/measures.csv), each linked to the problems, places and
 * free-text themes it answers. */
#ifndef PLAN_MEASURES_H
#define PLAN_MEASURES_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/num.h"

typedef struct {
	char *id;
	char *answers;  /* "problems:poor_lighting|themes:lighting|unsafe_places:*" */
	char *type;     /* situational | social */
	char *horizon;  /* short | long */
	char *actors;   /* actor codes joined by '|' */
	char *measure[2], *cause[2], *goal[2], *indicator[2]; /* [LANG_EN], [LANG_SV] */
	char *source;
	bool used;      /* already in the plan */
} measure;

typedef struct {
	measure *m;
	size_t n;
} measure_set;

/* Read the catalogue; exits with status 1 and FILE:LINE on bad input. */
void measures_load(measure_set *ms, const char *path);
void measures_free(measure_set *ms);

/* The unused measure that lists VAR:VAL earliest in what it answers
 * (catalogue order breaks ties); failing that one listing "VAR:*";
 * NULL if none. */
measure *measures_pick(measure_set *ms, const char *var, const char *val);

/* True if the measure lists VAR:VAL (not counting wildcards). */
bool measure_answers(const measure *m, const char *var, const char *val);

/* Translated names of the actor codes, joined by ", ". */
void measure_actors(strbuf *out, const measure *m);

#endif
