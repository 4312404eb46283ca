/* measures.c - load, check and search the measures catalogue, and state a
 * measure, its responsible and its evidence for the action plan. */
#include "plan/measures.h"

#include <stdlib.h>
#include <string.h>

#include "csvcols.h"
#include "profile.h"
#include "util.h"

enum {
	C_ID, C_ANSWERS, C_OWNER, C_LEVER, C_LEAD, C_PARTNERS, C_TYPE, C_HORIZON,
	C_WORK, C_EVIDENCE, C_MEASURE_SV, C_MEASURE_EN, C_CAUSE_SV, C_CAUSE_EN,
	C_GOAL_SV, C_GOAL_EN, C_IND_SV, C_IND_EN, C_NOTE_SV, C_NOTE_EN,
	C_SRC_TITLE, C_SRC_YEAR, C_SRC_URL, C_LEGAL_SV, C_LEGAL_EN, C_NOTE,
	NCOLS
};
static const csv_column_spec columns[NCOLS] = {
	{ "id", true }, { "answers", true }, { "owner", true },
	{ "municipal_lever", true }, { "lead", true }, { "partners", true },
	{ "type", true }, { "horizon", true }, { "work", true },
	{ "evidence", true }, { "measure_sv", true }, { "measure_en", true },
	{ "cause_sv", true }, { "cause_en", true }, { "goal_sv", true },
	{ "goal_en", true }, { "indicator_sv", true }, { "indicator_en", true },
	{ "evidence_note_sv", true }, { "evidence_note_en", true },
	{ "source_title", true }, { "source_year", true }, { "source_url", true },
	{ "legal_sv", true }, { "legal_en", true }, { "note", false },
};

/* Coded columns: English and Swedish spelling of each value, in the order
 * of the enums in measures.h (owner, evidence) or of the canonical codes
 * kept in the measure (type, horizon, work). */
static const char *const owners[] = {
	"municipality", "kommun", "police", "polis", "region", "region",
	"civil_society", "civilsamhälle", "business", "näringsliv",
	"partnership", "samverkan",
};
static const char *const evidences[] = {
	"strong", "stark", "moderate", "måttlig", "limited", "begränsad",
	"practice", "beprövad",
};
static const char *const types[] = {
	"situational", "situationell", "social", "social" };
static const char *const horizons[] = { "short", "kort", "long", "lång" };
static const char *const works[] = {
	"one-off", "engångsinsats", "ordinary", "ordinarie" };
#define NCODES(a) (sizeof (a) / sizeof *(a) / 2)

static char *cell(const csv_table *t, size_t c)
{
	return xstrdup(csv_table_cell(t, c));
}

/* The index of a coded cell's value in NAMES (see csv_code_index). */
static long code_of(const csv_table *t, size_t c, const char *const *names, size_t n)
{
	return csv_code_or_die(csv_table_cell(t, c), names, n, columns[c].name,
			       t->name, csv_table_line(t));
}

/* The canonical (English) code of a coded cell. */
static char *code_cell(const csv_table *t, size_t c, const char *const *names, size_t n)
{
	return xstrdup(names[2 * code_of(t, c, names, n)]);
}

static size_t count_items(const char *list)
{
	size_t n = 1;

	for (const char *p = list; *p; p++)
		n += *p == '|';
	return n;
}

/* Each item of ANSWERS is VAR:VAL with both parts non-empty. */
static bool answers_valid(const char *answers)
{
	for (const char *p = answers; ; ) {
		size_t len = strcspn(p, "|");
		const char *colon = memchr(p, ':', len);
		if (!colon || colon == p || colon == p + len - 1)
			return false;
		if (!p[len])
			return true;
		p += len + 1;
	}
}

/* Years are empty or four digits; addresses are http(s). */
static bool sources_valid(const measure *m)
{
	size_t n = count_items(m->source_title);
	const char *y = m->source_year, *u = m->source_url;

	if (!*m->source_title || count_items(y) != n || count_items(u) != n)
		return false;
	for (size_t i = 0; i < n; i++) {
		size_t ylen = strcspn(y, "|");
		size_t ulen = strcspn(u, "|");
		if (ylen != 0 && (ylen != 4 || strspn(y, "0123456789") < 4))
			return false;
		if (strncmp(u, "https://", 8) != 0 && strncmp(u, "http://", 7) != 0)
			return false;
		y += ylen + (y[ylen] == '|');
		u += ulen + (u[ulen] == '|');
	}
	return true;
}

static void check_roles(const measure *m, const char *path, long line)
{
	size_t bad;

	if (!roles_valid(m->lead, &bad) || strchr(m->lead, '|'))
		die_at(EXIT_DATA, path, line, "%s",
		       _("'lead' must be one role (see trygg-measures(5))"));
	if (*m->partners && !roles_valid(m->partners, &bad))
		die_at(EXIT_DATA, path, line,
		       _("item %zu of 'partners' is not a role (see trygg-measures(5))"), bad);
}

static void check_measure(const measure_set *ms, const measure *m,
			  const char *path, long line)
{
	if (!*m->id || !*m->measure[LANG_SV] || !*m->measure[LANG_EN])
		die_at(EXIT_DATA, path, line, "%s",
		       _("a measure needs an id and a text in Swedish and English"));
	if (!*m->answers || !answers_valid(m->answers))
		die_at(EXIT_DATA, path, line, "%s",
		       _("'answers' must list VARIABLE:VALUE items separated by '|'"));
	check_roles(m, path, line);
	if (!sources_valid(m))
		die_at(EXIT_DATA, path, line, "%s",
		       _("every measure needs a source: as many titles, years (empty or four digits) and http(s) addresses, separated by '|'"));
	for (size_t i = 0; i + 1 < ms->n; i++)
		if (strcmp(ms->m[i].id, m->id) == 0)
			die_at(EXIT_DATA, path, line, "%s", _("the id is used twice"));
}

static void read_texts(measure *m, const csv_table *t)
{
	static const int pairs[][3] = {
		{ 0, C_MEASURE_EN, C_MEASURE_SV }, { 1, C_CAUSE_EN, C_CAUSE_SV },
		{ 2, C_GOAL_EN, C_GOAL_SV }, { 3, C_IND_EN, C_IND_SV },
		{ 4, C_NOTE_EN, C_NOTE_SV }, { 5, C_LEGAL_EN, C_LEGAL_SV },
	};
	char **dst[] = { m->measure, m->cause, m->goal, m->indicator,
			 m->evidence_note, m->legal };

	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		dst[pairs[i][0]][LANG_EN] = cell(t, (size_t)pairs[i][1]);
		dst[pairs[i][0]][LANG_SV] = cell(t, (size_t)pairs[i][2]);
	}
}

static void load_row(const csv_table *t, void *ctx)
{
	measure_set *ms = ctx;
	measure *m;

	ms->m = xrealloc(ms->m, (ms->n + 1) * sizeof *ms->m);
	m = &ms->m[ms->n++];
	memset(m, 0, sizeof *m);
	m->id = cell(t, C_ID);
	m->answers = cell(t, C_ANSWERS);
	m->owner = (enum measure_owner)code_of(t, C_OWNER, owners, NCODES(owners));
	m->municipal = code_of(t, C_LEVER, csv_yes_no, 2) == 1;
	m->lead = cell(t, C_LEAD);
	m->partners = cell(t, C_PARTNERS);
	m->type = code_cell(t, C_TYPE, types, NCODES(types));
	m->horizon = code_cell(t, C_HORIZON, horizons, NCODES(horizons));
	m->work = code_cell(t, C_WORK, works, NCODES(works));
	m->evidence = (enum measure_evidence)code_of(t, C_EVIDENCE, evidences,
						     NCODES(evidences));
	read_texts(m, t);
	m->source_title = cell(t, C_SRC_TITLE);
	m->source_year = cell(t, C_SRC_YEAR);
	m->source_url = cell(t, C_SRC_URL);
	check_measure(ms, m, t->name, csv_table_line(t));
}

void measures_load(measure_set *ms, const char *path)
{
	csv_table_read_or_die(path, NULL, columns, NCOLS,
			      CSV_TABLE_CLOSED | CSV_TABLE_SAME_WIDTH, load_row, ms);
	if (ms->n == 0)
		die(EXIT_DATA, "%s: %s", path, _("the measures catalogue is empty"));
}

void measures_free(measure_set *ms)
{
	for (size_t i = 0; i < ms->n; i++) {
		measure *m = &ms->m[i];
		free(m->id); free(m->answers); free(m->lead); free(m->partners);
		free(m->type); free(m->horizon); free(m->work);
		free(m->source_title); free(m->source_year); free(m->source_url);
		for (int l = 0; l < 2; l++) {
			free(m->measure[l]); free(m->cause[l]); free(m->goal[l]);
			free(m->indicator[l]); free(m->evidence_note[l]);
			free(m->legal[l]);
		}
	}
	free(ms->m);
	organisation_free(&ms->org);
	memset(ms, 0, sizeof *ms);
}

void measures_load_organisation(measure_set *ms)
{
	char *path = profile_file("organisation.csv");

	if (path)
		organisation_load(&ms->org, path);
	free(path);
}

/* Position of "VAR:VAL" in the '|' list LIST, or -1.  A measure lists
 * what it answers best first, so the position ranks the candidates. */
static int list_pos(const char *list, const char *var, const char *val)
{
	size_t vl = strlen(var), ll = strlen(val);
	int pos = 0;

	for (const char *p = list; *p; pos++) {
		size_t len = strcspn(p, "|");
		if (len == vl + 1 + ll && memcmp(p, var, vl) == 0 && p[vl] == ':' &&
		    memcmp(p + vl + 1, val, ll) == 0)
			return pos;
		p += len + (p[len] == '|');
	}
	return -1;
}

bool measure_answers(const measure *m, const char *var, const char *val)
{
	return list_pos(m->answers, var, val) >= 0;
}

/* The municipality's own levers first (issue 12: a police tactic must not
 * crowd out what the municipality can do itself), then relevance, then
 * evidence. */
static bool better(const measure *a, int apos, const measure *b, int bpos)
{
	if (a->municipal != b->municipal)
		return a->municipal;
	if (apos != bpos)
		return apos < bpos;
	return a->evidence < b->evidence;
}

static measure *best_match(measure_set *ms, const char *var, const char *val)
{
	measure *best = NULL;
	int best_pos = 0;

	for (size_t i = 0; i < ms->n; i++) {
		measure *m = &ms->m[i];
		int pos = m->used ? -1 : list_pos(m->answers, var, val);
		if (pos >= 0 && (!best || better(m, pos, best, best_pos))) {
			best = m;
			best_pos = pos;
		}
	}
	return best;
}

measure *measures_pick(measure_set *ms, const char *var, const char *val)
{
	measure *m = best_match(ms, var, val);

	return m ? m : best_match(ms, var, "*");
}

/* The text in LANG, else in the other language. */
static const char *in_lang(char *const *pair, enum report_lang lang)
{
	const char *s = pair[lang];
	return s && *s ? s : pair[lang == LANG_EN ? LANG_SV : LANG_EN];
}

void measure_text(strbuf *out, const measure *m, enum report_lang lang)
{
	static const char *const collaboration[] = {
		[OWNER_POLICE] = N_("In collaboration with the police (the police decide): "),
		[OWNER_REGION] = N_("In collaboration with the region: "),
		[OWNER_CIVIL_SOCIETY] = N_("In collaboration with civil society: "),
		[OWNER_BUSINESS] = N_("In collaboration with local businesses: "),
		[OWNER_PARTNERSHIP] = NULL, /* every owner has a slot */
	};
	const char *legal = in_lang(m->legal, lang);

	if (collaboration[m->owner])
		sb_puts(out, _(collaboration[m->owner]));
	sb_puts(out, in_lang(m->measure, lang));
	if (*legal) {
		sb_puts(out, ". ");
		sb_printf(out, _("Legal basis: %s."), legal);
	}
}

/* The unit (with its contact role) or generic role that CODE stands for. */
static void put_role(strbuf *out, const measure_set *ms, const char *code,
		     size_t len, enum report_lang lang)
{
	const org_unit *u = organisation_owner(&ms->org, code, len);
	const char *name;

	if (!u) {
		name = role_name(code, len);
		if (name)
			sb_puts(out, name);
		else
			sb_append(out, code, len);
		return;
	}
	sb_puts(out, in_lang(u->name, lang));
	if (*in_lang(u->contact, lang))
		sb_printf(out, " (%s)", in_lang(u->contact, lang));
}

void measures_name_unit(strbuf *out, const measure_set *ms, const char *code,
			enum report_lang lang)
{
	for (size_t i = 0; i < ms->org.n; i++)
		if (strcmp(ms->org.u[i].id, code) == 0) {
			sb_puts(out, in_lang(ms->org.u[i].name, lang));
			return;
		}
	put_role(out, ms, code, strlen(code), lang);
}

/* Whether the partner CODE is already named, as the responsible or as an
 * earlier partner (two roles can belong to one unit). */
static bool already_named(const measure_set *ms, const measure *m,
			  const char *code, size_t len)
{
	const org_unit *u = organisation_owner(&ms->org, code, len);
	const char *p = m->partners;

	if (u && u == organisation_owner(&ms->org, m->lead, strlen(m->lead)))
		return true;
	for (; p < code; p += strcspn(p, "|") + 1) {
		size_t l = strcspn(p, "|");
		if (u ? organisation_owner(&ms->org, p, l) == u
		      : l == len && memcmp(p, code, len) == 0)
			return true;
	}
	return false;
}

void measure_who(strbuf *out, const measure_set *ms, const measure *m,
		 enum report_lang lang)
{
	strbuf resp = {0}, partners = {0};

	put_role(&resp, ms, m->lead, strlen(m->lead), lang);
	sb_printf(out, _("Responsible: %s."), resp.s);
	for (const char *p = m->partners; *p; ) {
		size_t len = strcspn(p, "|");
		if (!already_named(ms, m, p, len)) {
			if (partners.len)
				sb_puts(&partners, ", ");
			put_role(&partners, ms, p, len, lang);
		}
		p += len + (p[len] == '|');
	}
	if (partners.len) {
		sb_putc(out, ' ');
		sb_printf(out, _("Partners: %s."), partners.s);
	}
	sb_free(&resp);
	sb_free(&partners);
}

static void put_sources(strbuf *out, const measure *m)
{
	const char *t = m->source_title, *y = m->source_year, *u = m->source_url;

	while (*t) {
		size_t tl = strcspn(t, "|"), yl = strcspn(y, "|"), ul = strcspn(u, "|");
		sb_append(out, t, tl);
		if (yl) {
			sb_puts(out, " (");
			sb_append(out, y, yl);
			sb_putc(out, ')');
		}
		sb_puts(out, ", ");
		sb_append(out, u, ul);
		t += tl + (t[tl] == '|');
		y += yl + (y[yl] == '|');
		u += ul + (u[ul] == '|');
		if (*t)
			sb_puts(out, "; ");
	}
}

void measure_evidence_text(strbuf *out, const measure *m, enum report_lang lang)
{
	static const char *const labels[] = {
		[EV_STRONG] = N_("Strong evidence"),
		[EV_MODERATE] = N_("Moderate evidence"),
		[EV_LIMITED] = N_("Limited evidence"),
		[EV_PRACTICE] = N_("Established practice, not evaluated"),
	};
	const char *note = in_lang(m->evidence_note, lang);
	size_t n = count_items(m->source_title);

	sb_printf(out, "%s.", _(labels[m->evidence]));
	if (*note) {
		sb_putc(out, ' ');
		sb_puts(out, note);
	}
	sb_putc(out, ' ');
	sb_puts(out, n == 1 ? _("Source:") : _("Sources:"));
	sb_putc(out, ' ');
	put_sources(out, m);
	sb_putc(out, '.');
}
