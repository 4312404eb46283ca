/* organisation.c - load organisation.csv and name the roles. */
#include "plan/organisation.h"

#include <stdlib.h>
#include <string.h>

#include "csvcols.h"
#include "util.h"

/* The roles a measure can need (codes are the catalogue's lead and
 * partners values and the organisation's owns values). */
static const struct { const char *code, *name; } roles[] = {
	{ "council", N_("the local crime-prevention council") },
	{ "coordinator", N_("the crime-prevention coordinator") },
	{ "police", N_("the local police area (the municipal police officer)") },
	{ "planning", N_("urban planning") },
	{ "streets", N_("streets and parks") },
	{ "social", N_("social services") },
	{ "school", N_("schools") },
	{ "leisure", N_("culture and leisure") },
	{ "transport", N_("the public transport authority") },
	{ "housing", N_("property owners and housing companies") },
	{ "business", N_("local businesses") },
	{ "associations", N_("associations and volunteers") },
	{ "health", N_("public health (ANDTS)") },
	{ "licensing", N_("alcohol licensing") },
	{ "healthcare", N_("regional health care") },
	{ "elderly", N_("elderly care") },
	{ "hr", N_("HR and work environment") },
};
enum { NROLES = sizeof roles / sizeof *roles };

/* Kinds of unit, English and Swedish spelling. */
static const char *const kinds[] = {
	"administration", "förvaltning",
	"company", "bolag",
	"police", "polis",
	"region", "region",
	"association", "förening",
	"business", "näringsliv",
	"authority", "myndighet",
	"forum", "samverkansforum",
};

enum { C_ID, C_NAME_SV, C_NAME_EN, C_KIND, C_CONTACT_SV, C_CONTACT_EN,
       C_OWNS, C_EXAMPLE, C_NOTE, NCOLS };
static const csv_column_spec columns[NCOLS] = {
	{ "id", true }, { "name_sv", true }, { "name_en", true },
	{ "kind", true }, { "contact_sv", true }, { "contact_en", true },
	{ "owns", true }, { "example", true }, { "note", false },
};

static long role_index(const char *code, size_t len)
{
	for (size_t i = 0; i < NROLES; i++)
		if (strlen(roles[i].code) == len && memcmp(roles[i].code, code, len) == 0)
			return (long)i;
	return -1;
}

const char *role_name(const char *code, size_t len)
{
	long i = role_index(code, len);

	return i < 0 ? NULL : _(roles[i].name);
}

bool roles_valid(const char *list, size_t *bad)
{
	size_t pos = 0;

	for (const char *p = list; ; ) {
		size_t len = strcspn(p, "|");
		pos++;
		if (role_index(p, len) < 0) {
			*bad = pos;
			return false;
		}
		if (!p[len])
			return true;
		p += len + 1;
	}
}

static bool list_has(const char *list, const char *code, size_t len)
{
	for (const char *p = list; *p; ) {
		size_t l = strcspn(p, "|");
		if (l == len && memcmp(p, code, len) == 0)
			return true;
		p += l + (p[l] == '|');
	}
	return false;
}

const org_unit *organisation_owner(const organisation *org, const char *code,
				   size_t len)
{
	for (size_t i = 0; org && i < org->n; i++)
		if (list_has(org->u[i].owns, code, len))
			return &org->u[i];
	return NULL;
}

static void check_unit(const organisation *org, const org_unit *u,
		       const char *path, long line)
{
	size_t bad;

	if (!*u->id || !*u->name[LANG_SV] || !*u->owns)
		die_at(EXIT_DATA, path, line, "%s",
		       _("a unit needs an id, a Swedish name and the roles it owns"));
	if (!roles_valid(u->owns, &bad))
		die_at(EXIT_DATA, path, line,
		       _("item %zu of 'owns' is not a role (see trygg-measures(5))"), bad);
	for (size_t i = 0; i + 1 < org->n; i++)
		if (strcmp(org->u[i].id, u->id) == 0)
			die_at(EXIT_DATA, path, line, "%s", _("the id is used twice"));
}

static void load_unit(const csv_table *t, void *ctx)
{
	organisation *org = ctx;
	long line = csv_table_line(t);
	org_unit *u;

	org->u = xrealloc(org->u, (org->n + 1) * sizeof *org->u);
	u = &org->u[org->n++];
	u->id = xstrdup(csv_table_cell(t, C_ID));
	u->name[LANG_SV] = xstrdup(csv_table_cell(t, C_NAME_SV));
	u->name[LANG_EN] = xstrdup(csv_table_cell(t, C_NAME_EN));
	u->contact[LANG_SV] = xstrdup(csv_table_cell(t, C_CONTACT_SV));
	u->contact[LANG_EN] = xstrdup(csv_table_cell(t, C_CONTACT_EN));
	u->owns = xstrdup(csv_table_cell(t, C_OWNS));
	u->kind = csv_code_or_die(csv_table_cell(t, C_KIND), kinds,
				  sizeof kinds / sizeof *kinds / 2, "kind", t->name, line);
	u->example = csv_code_or_die(csv_table_cell(t, C_EXAMPLE), csv_yes_no, 2,
				     "example", t->name, line) == 1;
	check_unit(org, u, t->name, line);
}

void organisation_load(organisation *org, const char *path)
{
	csv_table_read_or_die(path, NULL, columns, NCOLS,
			      CSV_TABLE_CLOSED | CSV_TABLE_SAME_WIDTH, load_unit, org);
}

void organisation_free(organisation *org)
{
	for (size_t i = 0; i < org->n; i++) {
		org_unit *u = &org->u[i];
		free(u->id); free(u->owns);
		for (int l = 0; l < 2; l++) {
			free(u->name[l]);
			free(u->contact[l]);
		}
	}
	free(org->u);
	memset(org, 0, sizeof *org);
}
