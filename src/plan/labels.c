/* labels.c - names for the canonical columns and codes (SCHEMA.md,
 * corpus/RAW-FORMATS.md).  The names of the municipality's areas and
 * places come from the codebook (its profile's codebook.csv). */
#include "plan/labels.h"

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
	bool proper;        /* a proper noun: never translated */
} code_label;

static const code_label columns[] = {
	{ "", "source", N_("Channel"), false },
	{ "", "gender", N_("Gender"), false },
	{ "", "age_band", N_("Age band"), false },
	{ "", "area", N_("Area"), false },
	{ "", "time_of_day", N_("Time of answer"), false },
	{ "", "unsafe_places", N_("Places named as unsafe"), false },
	{ "", "mentioned_places", N_("Places mentioned in free text"), false },
	{ "", "problems", N_("Problems seen in the area"), false },
	{ "", "themes", N_("Themes in free text"), false },
	{ "", "safety", N_("Safety out alone late in the evening"), false },
	{ "", "worry", N_("Worry about crime"), false },
	{ "", "victim_12m", N_("Victim of crime in the last 12 months"), false },
};

static const code_label codes[] = {
	{ "source", "school", N_("Pupils (school survey)"), false },
	{ "source", "staff", N_("Municipal staff"), false },
	{ "source", "street", N_("Street interviews"), false },
	{ "source", "web", N_("Open web survey"), false },
	{ "gender", "woman", N_("Women"), false },
	{ "gender", "man", N_("Men"), false },
	{ "gender", "other", N_("Other gender identity"), false },
	{ "gender", "undisclosed", N_("Did not say"), false },
	{ "time_of_day", "morning", N_("Morning (06–10)"), false },
	{ "time_of_day", "day", N_("Daytime (10–17)"), false },
	{ "time_of_day", "evening", N_("Evening (17–22)"), false },
	{ "time_of_day", "night", N_("Night (22–06)"), false },
	{ "area", "other", N_("Outside the municipality"), false },
	{ "places", "pendeltagsstation", N_("Commuter train stations"), false },
	{ "places", "gangtunnel", N_("Pedestrian and cycle tunnels"), false },
	{ "places", "busshallplats", N_("Bus stops"), false },
	{ "places", "parkering", N_("Car parks"), false },
	{ "places", "skolgard", N_("School and schoolyard"), false },
	{ "places", "idrottsplats", N_("Sports grounds"), false },
	{ "places", "motionsspar", N_("Exercise and lit trails"), false },
	{ "places", "centrum", N_("Local centre"), false },
	{ "places", "badplats", N_("Bathing places"), false },
	{ "places", "lekplats", N_("Playgrounds"), false },
	{ "places", "cykelvag", N_("Footpaths and cycle paths"), false },
	{ "places", "bron", N_("Bridges"), false },
	{ "places", "other", N_("Other place"), false },
	{ "problems", "litter", N_("Litter"), false },
	{ "problems", "vandalism", N_("Vandalism and graffiti"), false },
	{ "problems", "drugs", N_("Drugs (dealing, use)"), false },
	{ "problems", "drunk_people", N_("Drunk people"), false },
	{ "problems", "gangs", N_("Criminal gangs"), false },
	{ "problems", "harassment", N_("Harassment"), false },
	{ "problems", "traffic", N_("Traffic (speeding, reckless driving)"), false },
	{ "problems", "poor_lighting", N_("Poor lighting"), false },
	{ "problems", "burglary", N_("Burglary"), false },
	{ "problems", "threats", N_("Threats and violence"), false },
	{ "themes", "poor_lighting", N_("Darkness and lighting"), false },
	{ "themes", "vegetation", N_("Vegetation and hidden spots"), false },
	{ "themes", "drugs", N_("Drugs"), false },
	{ "themes", "drunk_people", N_("Alcohol and drunk people"), false },
	{ "themes", "gangs", N_("Groups of youths and gangs"), false },
	{ "themes", "harassment", N_("Harassment and threats"), false },
	{ "themes", "violence", N_("Violence and fights"), false },
	{ "themes", "theft", N_("Theft and burglary"), false },
	{ "themes", "vandalism", N_("Vandalism and graffiti"), false },
	{ "themes", "litter", N_("Litter"), false },
	{ "themes", "traffic", N_("Traffic and mopeds"), false },
	{ "themes", "public_transport", N_("Public transport"), false },
	{ "themes", "no_adults", N_("Lack of adults and guards"), false },
	{ "themes", "police", N_("Police presence"), false },
	{ "safety", "unsafe", N_("Unsafe"), false },
};

/* Both place columns use the codebook's place list. */
static const char *family_of(const char *col, size_t len)
{
	if ((len == 13 && memcmp(col, "unsafe_places", 13) == 0) ||
	    (len == 16 && memcmp(col, "mentioned_places", 16) == 0))
		return "places";
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
	if (family_of(col, clen))
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
		sb_puts(out, l->proper ? l->label : _(l->label));
	else if (clen == 8 && memcmp(col, "age_band", 8) == 0 && len > 0) {
		strbuf num = {0};
		sb_append(&num, code, len);
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
