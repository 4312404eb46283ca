/* labels.c - names for the canonical columns and codes (SCHEMA.md,
 * corpus/RAW-FORMATS.md).  A municipality's own areas and places are
 * named by its codebook (a profile's or --codebook), never here: codes
 * no table names are shown tidied ("town_square" -> "Town square"). */
#include "plan/labels.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "codebook.h"
#include "text.h"

/* "family\tcode" -> malloc'd name, from the codebook. */
static strmap *codebook_names;

typedef struct {
	const char *family; /* column, or the family of columns sharing codes */
	const char *code;
	const char *label;
} code_label;

static const code_label columns[] = {
	{ "", "source", N_("Channel") },
	{ "", "gender", N_("Gender") },
	{ "", "age_band", N_("Age band") },
	{ "", "area", N_("Area") },
	{ "", "time_of_day", N_("Time of answer (time of day)") },
	{ "", "site", N_("Interview site") },
	{ "", "age_group", N_("Age (three groups)") },
	{ "", "suggestion_themes", N_("Suggestions in free text") },
	{ "", "unsafe_places", N_("Places named as unsafe") },
	{ "", "mentioned_places", N_("Places mentioned in free text") },
	{ "", "problems", N_("Problems seen in the area") },
	{ "", "themes", N_("Themes in free text") },
	{ "", "safety", N_("Safety out alone late in the evening") },
	{ "", "worry", N_("Worry about crime") },
	{ "", "victim_12m", N_("Victim of crime in the last 12 months") },
};

static const code_label codes[] = {
	{ "source", "school", N_("Pupils (school survey)") },
	{ "source", "staff", N_("Municipal staff") },
	{ "source", "street", N_("Street interviews") },
	{ "source", "web", N_("Open web survey") },
	{ "gender", "woman", N_("Women") },
	{ "gender", "man", N_("Men") },
	{ "gender", "other", N_("Other gender identity") },
	{ "gender", "undisclosed", N_("Did not say") },
	{ "time_of_day", "morning", N_("Morning (06–10)") },
	{ "time_of_day", "day", N_("Daytime (10–17)") },
	{ "time_of_day", "evening", N_("Evening (17–22)") },
	{ "time_of_day", "night", N_("Night (22–06)") },
	{ "area", "other", N_("Outside the municipality") },
	{ "places", "pendeltagsstation", N_("Commuter train stations") },
	{ "places", "gangtunnel", N_("Pedestrian and cycle tunnels") },
	{ "places", "busshallplats", N_("Bus stops") },
	{ "places", "parkering", N_("Car parks") },
	{ "places", "skolgard", N_("School and schoolyard") },
	{ "places", "idrottsplats", N_("Sports grounds") },
	{ "places", "motionsspar", N_("Exercise and lit trails") },
	{ "places", "centrum", N_("Local centre") },
	{ "places", "badplats", N_("Bathing places") },
	{ "places", "lekplats", N_("Playgrounds") },
	{ "places", "cykelvag", N_("Footpaths and cycle paths") },
	{ "places", "bron", N_("Bridges") },
	{ "places", "other", N_("Other place") },
	{ "problems", "litter", N_("Litter") },
	{ "problems", "vandalism", N_("Vandalism and graffiti") },
	{ "problems", "drugs", N_("Drugs (dealing, use)") },
	{ "problems", "drunk_people", N_("Drunk people") },
	{ "problems", "gangs", N_("Criminal gangs") },
	{ "problems", "harassment", N_("Harassment") },
	{ "problems", "traffic", N_("Traffic (speeding, reckless driving)") },
	{ "problems", "poor_lighting", N_("Poor lighting") },
	{ "problems", "burglary", N_("Burglary") },
	{ "problems", "threats", N_("Threats and violence") },
	{ "themes", "poor_lighting", N_("Darkness and lighting") },
	{ "themes", "vegetation", N_("Vegetation and hidden spots") },
	{ "themes", "drugs", N_("Drugs") },
	{ "themes", "drunk_people", N_("Alcohol and drunk people") },
	{ "themes", "gangs", N_("Groups of youths and gangs") },
	{ "themes", "harassment", N_("Harassment and threats") },
	{ "themes", "violence", N_("Violence and fights") },
	{ "themes", "theft", N_("Theft and burglary") },
	{ "themes", "vandalism", N_("Vandalism and graffiti") },
	{ "themes", "litter", N_("Litter") },
	{ "themes", "traffic", N_("Traffic and mopeds") },
	{ "themes", "public_transport", N_("Public transport") },
	{ "themes", "no_adults", N_("Lack of adults and guards") },
	{ "themes", "police", N_("Police presence") },
	{ "safety", "unsafe", N_("Unsafe") },
};

static bool col_is(const char *col, size_t len, const char *name)
{
	return strlen(name) == len && memcmp(col, name, len) == 0;
}

/* The place columns use the codebook's place list; suggestions are
 * tagged with the themes' codes. */
static const char *family_of(const char *col, size_t len)
{
	if (col_is(col, len, "unsafe_places") || col_is(col, len, "mentioned_places") ||
	    col_is(col, len, "site"))
		return "places";
	if (col_is(col, len, "suggestion_themes"))
		return "themes";
	return NULL;
}

static const code_label *lookup(const code_label *tab, size_t n,
				const char *col, size_t clen,
				const char *code, size_t len)
{
	const char *fam = family_of(col, clen);

	for (size_t i = 0; i < n; i++) {
		const char *f = tab[i].family;
		bool fam_ok = fam ? strcmp(f, fam) == 0
				  : strlen(f) == clen && memcmp(f, col, clen) == 0;
		if (fam_ok && strlen(tab[i].code) == len &&
		    memcmp(tab[i].code, code, len) == 0)
			return &tab[i];
	}
	return NULL;
}

/* "town_square" -> "Town square": what an unknown code looks like in a report. */
static void tidy_code(strbuf *out, const char *code, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		char c = code[i] == '_' ? ' ' : code[i];
		if (i == 0 && c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		sb_putc(out, c);
	}
	if (len == 0)
		sb_puts(out, _("(no answer)"));
}

/* Only the municipality's own lists come from the codebook: its names
 * for gender or source are singular answer labels, not group names. */
static const char *codebook_family(const char *col, size_t clen)
{
	const char *fam = family_of(col, clen);

	if (fam && strcmp(fam, "places") == 0)
		return "unsafe_places";
	if (clen == 4 && memcmp(col, "area", 4) == 0)
		return "area";
	return NULL;
}

static const char *codebook_name(const char *col, size_t clen,
				 const char *code, size_t len)
{
	const char *fam = codebook_family(col, clen);
	strbuf key = {0};
	const char *name;

	if (!codebook_names || !fam)
		return NULL;
	sb_printf(&key, "%s\t", fam);
	sb_append(&key, code, len);
	name = strmap_get(codebook_names, key.s, key.len);
	sb_free(&key);
	return name;
}

static void put_label(strbuf *out, const code_label *tab, size_t n,
		      const char *col, size_t clen, const char *code, size_t len)
{
	const code_label *l = lookup(tab, n, col, clen, code, len);
	const char *name = codebook_name(col, clen, code, len);

	if (name)
		sb_puts(out, name);
	else if (l)
		sb_puts(out, _(l->label));
	else if ((col_is(col, clen, "age_band") || col_is(col, clen, "age_group")) &&
		 len > 0) {
		strbuf num = {0};
		/* 13-15 -> 13–15: a range takes an en dash */
		for (size_t i = 0; i < len; i++)
			if (code[i] == '-')
				sb_puts(&num, "\xe2\x80\x93");
			else
				sb_putc(&num, code[i]);
		sb_printf(out, _("%s years"), num.s);
		sb_free(&num);
	} else
		tidy_code(out, code, len);
}

/* Walk two parallel comma lists, labelling each code by its column. */
static void put_joined(strbuf *out, const char *cols, const char *codes_s,
		       const code_label *tab, size_t n, const char *sep)
{
	const char *c = cols, *v = codes_s;

	for (int first = 1;; first = 0) {
		size_t clen = strcspn(c, ","), vlen = strcspn(v, ",");
		if (!first)
			sb_puts(out, sep);
		put_label(out, tab, n, c, clen, v, vlen);
		if (!c[clen] || !v[vlen])
			break;
		c += clen + 1;
		v += vlen + 1;
	}
}

void label_column(strbuf *out, const char *cols)
{
	const char *c = cols;

	for (int first = 1;; first = 0) {
		size_t len = strcspn(c, ",");
		const code_label *l = lookup(columns, sizeof columns / sizeof *columns,
					     "", 0, c, len);
		if (!first)
			sb_puts(out, " × ");
		if (l)
			sb_puts(out, _(l->label));
		else
			tidy_code(out, c, len);
		if (!c[len])
			break;
		c += len + 1;
	}
}

void label_code(strbuf *out, const char *cols, const char *codes_s)
{
	put_joined(out, cols, codes_s, codes, sizeof codes / sizeof *codes, ", ");
}

/* The names of COLUMN's codes in LANG (a code without one keeps the
 * built-in name or its tidied code). */
static void add_codebook_names(const codebook *cb, const char *column,
			       enum report_lang lang)
{
	for (size_t i = 0; i < codebook_ncodes(cb, column); i++) {
		const char *code = codebook_code(cb, column, i);
		const char *name = codebook_display(cb, column, code,
						    lang == LANG_SV ? "sv" : "en");
		strbuf key = {0};
		void **slot;
		bool created;

		if (name == code)
			continue;
		sb_printf(&key, "%s\t%s", column, code);
		slot = strmap_slot(codebook_names, key.s, key.len, true, &created);
		if (created)
			*slot = xstrdup(name);
		sb_free(&key);
	}
}

void labels_load_codebook(const codebook *cb, enum report_lang lang)
{
	if (!codebook_names)
		codebook_names = strmap_new();
	add_codebook_names(cb, "area", lang);
	add_codebook_names(cb, "unsafe_places", lang);
}

void labels_free(void)
{
	if (!codebook_names)
		return;
	for (size_t i = 0; i < strmap_count(codebook_names); i++)
		free(strmap_value(codebook_names, i));
	strmap_free(codebook_names);
	codebook_names = NULL;
}
