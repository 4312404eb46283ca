/* organisation.h - the municipality's own administrations and partners
 * (a profile's organisation.csv, trygg-organisation(5)) and the roles
 * that link them to the measures catalogue: a measure names the role that
 * leads it and the roles it needs, and each unit of the organisation says
 * which roles it owns.  The action plan's "Who" is then one responsible
 * unit and its partners, by their own names. */
#ifndef PLAN_ORGANISATION_H
#define PLAN_ORGANISATION_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/num.h"

typedef struct {
	char *id;
	char *name[2];    /* [LANG_EN], [LANG_SV]; English may be empty */
	char *contact[2]; /* contact role, e.g. "fritidschef"; may be empty */
	char *owns;       /* role codes joined by '|' */
	long kind;        /* index into the kinds (organisation.c) */
	bool example;     /* invented for the shipped example, not real */
} org_unit;

typedef struct {
	org_unit *u;
	size_t n;
} organisation;

/* Read PATH; exits with status 1 and "FILE:LINE: ..." on bad input. */
void organisation_load(organisation *org, const char *path);
void organisation_free(organisation *org);

/* The first unit that owns role CODE[0..len), or NULL. */
const org_unit *organisation_owner(const organisation *org, const char *code,
				   size_t len);

/* Translated generic name of role CODE[0..len) ("social services"), or
 * NULL when CODE is not a role. */
const char *role_name(const char *code, size_t len);

/* Every '|'-separated item of LIST is a role; on failure *BAD is the
 * 1-based position of the first item that is not. */
bool roles_valid(const char *list, size_t *bad);

#endif
