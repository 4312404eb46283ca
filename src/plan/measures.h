/* measures.h - the catalogue of crime-prevention measures
 * (share/trygg/measures.csv, trygg-measures(5)): what each measure answers,
 * who owns it, the evidence behind it and its legal basis. */
#ifndef PLAN_MEASURES_H
#define PLAN_MEASURES_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/num.h"
#include "plan/organisation.h"

/* Who owns a measure. */
enum measure_owner {
	OWNER_MUNICIPALITY, OWNER_POLICE, OWNER_REGION, OWNER_CIVIL_SOCIETY,
	OWNER_BUSINESS, OWNER_PARTNERSHIP
};

/* How strong the evidence is, strongest first (trygg-measures(5)). */
enum measure_evidence { EV_STRONG, EV_MODERATE, EV_LIMITED, EV_PRACTICE };

typedef struct {
	char *id;
	char *answers;  /* "problems:poor_lighting|themes:lighting|unsafe_places:*" */
	enum measure_owner owner;
	bool municipal; /* a lever the municipality can pull itself */
	char *lead;     /* role code of the one responsible */
	char *partners; /* role codes joined by '|' (may be empty) */
	char *type;     /* situational | social */
	char *horizon;  /* short | long */
	char *work;     /* one-off | ordinary */
	enum measure_evidence evidence;
	char *measure[2], *cause[2], *goal[2], *indicator[2]; /* [LANG_EN], [LANG_SV] */
	char *evidence_note[2], *legal[2];
	char *source_title, *source_year, *source_url; /* '|' lists, same length */
	bool used;      /* already in the plan */
} measure;

typedef struct {
	measure *m;
	size_t n;
	organisation org; /* empty: roles are named generically */
} measure_set;

/* Read the catalogue; exits with status 1 and FILE:LINE on bad input. */
void measures_load(measure_set *ms, const char *path);
void measures_free(measure_set *ms);

/* Read the profile's organisation.csv (profile.h) into MS if the profile
 * has one.  A profile folder named by -P or $TRYGG_PROFILE that does not
 * exist is an error (exit 1); the file itself is optional. */
void measures_load_organisation(measure_set *ms);

/* The best unused measure for VAR:VAL, else for VAR:*; NULL if none.
 * Best: a lever of the municipality's own before another actor's, then
 * the earliest position of VAR:VAL in what it answers, then the stronger
 * evidence, then catalogue order. */
measure *measures_pick(measure_set *ms, const char *var, const char *val);

/* True if the measure lists VAR:VAL (not counting wildcards). */
bool measure_answers(const measure *m, const char *var, const char *val);

/* The measure as the plan states it: another actor's measure is proposed
 * "in collaboration with" that actor (never as the municipality's own),
 * followed by its legal basis when it has one. */
void measure_text(strbuf *out, const measure *m, enum report_lang lang);

/* "Responsible: <unit> (<contact>). Partners: <unit>, <unit>." from the
 * organisation, or generic role names where it names no unit. */
void measure_who(strbuf *out, const measure_set *ms, const measure *m,
		 enum report_lang lang);

/* The unit or role CODE stands for, by the organisation's name: a unit
 * id (the register's responsible), a role, else CODE as written. */
void measures_name_unit(strbuf *out, const measure_set *ms, const char *code,
			enum report_lang lang);

/* "Strong: <note> Source: <title> (<year>), <url>." (first source). */
void measure_evidence_text(strbuf *out, const measure *m,
			   enum report_lang lang);

#endif
