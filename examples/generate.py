#!/usr/bin/env python3
"""generate.py - two years of invented monthly survey exports for Ale.

    examples/generate.py [--from YYYY-MM] [--to YYYY-MM] [OUTDIR]

Writes OUTDIR/YYYY-MM/{school-google,staff-limesurvey,street-manual}.csv
for every month from 2024-11 to 2026-10 (default OUTDIR: examples/exports
beside this script), in the raw formats of the three channels (the pupils'
Google Form, the staff's LimeSurvey, the intercept interviews typed into a
sheet), with the noise those exports have: resubmissions, duplicate lines,
an empty row, ages and dates written in several ways, labels in any case.

Everything is invented.  The same arguments always give the same bytes
(each month has its own seeded random stream), so the data can be
regenerated and compared.  Python 3 standard library only.

What is planted, so that the demo has something to show:
  * the share unsafe in one's own area late in the evening falls in
    Nödinge (lighting), stays flat in Surte and rises in Nol;
  * victimisation differs by area and is higher among the young; among
    pupils it falls slowly;
  * the intercepts at the travel centre (Plats: Resecentrum) are made in a
    morning, a day and an evening slot, and once a month at Ale Torg: the
    evening is less safe than the morning, and more so for the old; the
    young name other places than the old;
  * naming the travel centre as an unsafe place falls (guards from 2025);
  * personal data in the free text: every item of
    tests/fixtures/e2e/planted.txt occurs in 2026-10, some in other months.
"""

import os
import random
import sys

FIRST, LAST = "2024-11", "2026-10"

MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli",
             "augusti", "september", "oktober", "november", "december"]


def months(first, last):
    y, m = map(int, first.split("-"))
    ly, lm = map(int, last.split("-"))
    while (y, m) <= (ly, lm):
        yield "%04d-%02d" % (y, m)
        m += 1
        if m == 13:
            y, m = y + 1, 1


def month_index(month):
    """0 for 2024-11 ... 23 for 2026-10: the time of the planted trends."""
    y, m = map(int, month.split("-"))
    return (y - 2024) * 12 + m - 11


def days_in(month):
    y, m = map(int, month.split("-"))
    if m == 2:
        return 29 if y % 4 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


# --- the planted world -----------------------------------------------------

AREAS = ["nodinge", "nol", "alafors", "alvangen", "skepplanda", "surte",
         "bohus", "other"]
# Where respondents live (staff live elsewhere more often).
AREA_WEIGHTS = {
    "school": [26, 12, 9, 17, 7, 13, 10, 6],
    "staff": [20, 9, 7, 13, 5, 10, 8, 28],
    "street": [24, 11, 7, 14, 5, 11, 8, 20],
}


def unsafe_base(area, t):
    """Probability of feeling unsafe (3 or 4) at time t in 0..1."""
    if area == "nodinge":
        return 0.47 - 0.24 * t      # improving: lighting and clearing
    if area == "nol":
        return 0.24 + 0.30 * t      # worsening: groups at Nol centrum
    return {"alafors": 0.24, "alvangen": 0.32, "skepplanda": 0.20,
            "surte": 0.36, "bohus": 0.28, "other": 0.30}[area]


VICTIM = {"nodinge": 0.24, "nol": 0.32, "alafors": 0.12, "alvangen": 0.20,
          "skepplanda": 0.09, "surte": 0.17, "bohus": 0.16, "other": 0.18}

PLACES = ["resecentrum", "ale_torg", "pendeltagsstation", "gangtunnel",
          "busshallplats", "parkering", "skolgard", "idrottsplats",
          "motionsspar", "centrum", "badplats", "lekplats", "cykelvag", "bron"]
# How often the young, the middle-aged and the old name a place.
PLACE_P = {
    "young": {"ale_torg": .22, "skolgard": .20, "idrottsplats": .10,
              "centrum": .10, "busshallplats": .10, "gangtunnel": .12,
              "lekplats": .05, "parkering": .07, "cykelvag": .08,
              "motionsspar": .05, "pendeltagsstation": .10, "bron": .04,
              "badplats": .02},
    "adult": {"ale_torg": .16, "pendeltagsstation": .14, "parkering": .13,
              "gangtunnel": .14, "busshallplats": .08, "cykelvag": .10,
              "centrum": .07, "motionsspar": .06, "skolgard": .03,
              "idrottsplats": .03, "lekplats": .03, "bron": .04,
              "badplats": .02},
    "old": {"gangtunnel": .22, "pendeltagsstation": .20, "parkering": .18,
            "busshallplats": .16, "ale_torg": .12, "cykelvag": .12,
            "centrum": .06, "bron": .06, "motionsspar": .03, "badplats": .02,
            "lekplats": .01, "skolgard": .01, "idrottsplats": .01},
}


def resecentrum_p(t):
    """Naming the travel centre falls once the guards are there."""
    return 0.42 - 0.24 * t


PROBLEMS = ["litter", "vandalism", "drugs", "drunk_people", "gangs",
            "harassment", "traffic", "poor_lighting", "burglary", "threats"]
PROBLEM_P = {"litter": .30, "vandalism": .24, "drugs": .20,
             "drunk_people": .16, "gangs": .12, "harassment": .10,
             "traffic": .22, "poor_lighting": .16, "burglary": .08,
             "threats": .09}


class Person:
    """One respondent's answers as codes; the writers turn them into labels."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def age_group(age):
    return "young" if age < 20 else "old" if age >= 65 else "adult"


def draw_answers(rng, t, channel, area, age, gender, site="", slot=""):
    p = unsafe_base(area, t)
    p += {"woman": 0.08, "man": -0.06}.get(gender, 0.0)
    p += {"school": 0.03, "staff": -0.04}.get(channel, 0.0)
    g = age_group(age)
    if channel == "street":
        # The evening at the travel centre is not the morning, and not
        # for the same people: the old feel it most.
        p += {"evening": 0.15, "morning": -0.08}.get(slot, 0.0)
        if site == "ale_torg":
            p += 0.05
        if g == "old":
            p += {"evening": 0.14, "morning": -0.06}.get(slot, 0.0)
        elif g == "young":
            p += {"evening": -0.06, "morning": 0.06}.get(slot, 0.0)
    p = min(max(p, 0.03), 0.9)
    r = rng.random()
    if r < 0.03:
        safety = "9"
    elif r < 0.04:
        safety = ""
    elif rng.random() < p:
        safety = "4" if rng.random() < 0.4 else "3"
    else:
        safety = "1" if rng.random() < 0.4 else "2"
    unsafe = safety in ("3", "4")
    worry = rng.choices("1234", [5, 30, 40, 25] if unsafe else [30, 45, 18, 7])[0]
    pv = VICTIM[area] + (0.12 if g == "young" else 0.0)
    if channel == "school":
        pv += 0.06 - 0.14 * t       # pupils: slowly less victimisation
    victim = "yes" if rng.random() < pv else "no"
    places = []
    if rng.random() < (0.75 if unsafe else 0.45):
        if rng.random() < resecentrum_p(t):
            places.append("resecentrum")
        for code, q in PLACE_P[g].items():
            if rng.random() < q:
                places.append(code)
        if not places:
            places.append(rng.choice(list(PLACE_P[g])))
    places = [c for c in PLACES if c in places]
    problems = []
    if channel != "street" and rng.random() < 0.8:
        for code, q in PROBLEM_P.items():
            q += 0.05 if unsafe else 0.0
            if code == "vandalism" and area == "alvangen":
                q = 0.33 - 0.05 * t   # graffiti removal, a small change
            if code == "poor_lighting" and area == "nodinge":
                q = 0.30 - 0.20 * t
            if code == "gangs" and area == "nol":
                q = 0.10 + 0.25 * t
            if rng.random() < q:
                problems.append(code)
    return Person(channel=channel, area=area, age=age, gender=gender,
                  safety=safety, worry=worry, victim=victim, places=places,
                  problems=problems, unsafe=unsafe, site=site, slot=slot)


# --- free text --------------------------------------------------------------

AT = {  # a place code -> ways of saying "at that place"
    "resecentrum": ["vid resecentrum", "vid resecentrumet"],
    "ale_torg": ["på Ale torg", "vid torget i Nödinge"],
    "pendeltagsstation": ["på perrongen i Surte", "vid Älvängens station"],
    "gangtunnel": ["i tunneln vid Nol"],
    "busshallplats": ["vid hållplatsen vid skolan"],
    "parkering": ["på pendelparkeringen"],
    "skolgard": ["på skolgården"],
    "idrottsplats": ["vid idrottsplatsen"],
    "motionsspar": ["vid elljusspåret i Surte"],
    "centrum": ["i Nol centrum"],
    "lekplats": ["på lekplatsen bakom husen"],
    "cykelvag": ["på cykelvägen mot Bohus"],
    "bron": ["vid bron över ån"],
    "badplats": ["vid badplatsen"],
}

TEMPLATES = [
    "Det är ödsligt {at} efter 21.",
    "Mycket klotter och krossat glas {at}.",
    "Grupper av killar som hänger {at} och bråkar.",
    "knarkare {at} hela helgen",
    "Bussen går för sällan och man får vänta {at}.",
    "Det säljs knark {at}, alla vet om det.",
    "Buskarna {at} är så höga att man inte ser vem som står där.",
    "Massa skräp {at}, ingen städar.",
    "Jag undviker {at} efter klockan 22.",
    "Det finns inga vuxna ute {at} på kvällen.",
    "mopedkillar kör som galningar {at}",
    "Blev förföljd {at} en kväll i {month}.",
    "Berusade personer {at} på fredagar.",
    "Bilarna kör för fort {at}.",
    "gänget {at} kollar på en och följer efter",
    "Det var slagsmål {at} i helgen.",
    "Fulla gubbar {at} som skriker efter folk.",
    "Äldre killar som säljer grejer {at}.",
    "Känner mig otrygg {at} när det är mörkt.",
    "Det är mörkt {at} på kvällarna.",
    "Cyklar försvinner {at} hela tiden.",
    "Jag blev hotad {at} förra veckan.",
]
DARK = ["e mörkt {at} och lampan e trasig",
        "Belysningen {at} är dålig, man ser ingenting."]
SUGGESTIONS = ["Bättre belysning.", "mer ljus!!", "Kameror vid cykelvägen.",
               "Tätare turer på kvällen.", "Att polisen syns mer.",
               "Fler vuxna ute på helgerna, typ nattvandrare.",
               "Väktare på resecentrum efter kl 21.", "Städa oftare.",
               "Klipp buskarna.", "Öppna fritidsgården igen.",
               "Farthinder vid skolan.",
               "Fler vakter eller poliser på kvällarna.", "vet inte"]

# Personal data planted in the free text (tests/fixtures/e2e/planted.txt
# lists every item).  All of them occur in 2026-10's pupils' answers, a
# few also elsewhere (month, channel).
PLANTS = [
    "Det är ödsligt på perrongen i Surte efter 21. Maila mig: johan.ek@example.com så berättar jag.",
    "Mycket klotter och krossat glas vid resecentrum. Det är Kevin Andersson i 9B som langar på skolgården.",
    "Ring mig på 070-812 34 56 om ni vill veta mer.",
    "Skriv till lisa.berg73@gmail.com om ni vill ha bilder.",
    "Grupper av killar som hänger på skolgården och bråkar. Jag heter Maja Lindqvist och blev förföljd vid resecentrum.",
    "Massa skräp på skolgården, ingen städar. Min granne Per Johansson på Storgatan 12 dricker ute varje kväll.",
    "Mitt personnummer är 19870412-3345, kontakta mig.",
    "knarkare vid bron över ån hela helgen ring 0739-44 21 08 efter skolan",
]
PLANTS_ELSEWHERE = {  # (month, channel) -> plant numbers
    ("2025-03", "staff"): [2],
    ("2025-06", "street"): [5],
    ("2025-09", "school"): [0, 6],
    ("2026-02", "staff"): [3],
}


def free_text(rng, p, month, share):
    """A sentence or two about the places the person named, or nothing."""
    if rng.random() > share:
        return ""
    t = month_index(month) / 23
    name = MONTHS_SV[int(month[5:]) - 1]
    spots = p.places or [rng.choice(list(AT))]
    out = []
    for _ in range(1 if rng.random() < 0.6 else 2):
        code = rng.choice(spots)
        if p.area == "nodinge" and rng.random() < 0.35 * (1 - t):
            code, tmpl = "resecentrum", rng.choice(DARK)
        elif p.area == "nol" and rng.random() < 0.15 + 0.4 * t:
            code, tmpl = "centrum", rng.choice(TEMPLATES[2:3] + TEMPLATES[14:15])
        else:
            tmpl = rng.choice(TEMPLATES + DARK)
        out.append(tmpl.format(at=rng.choice(AT[code]), month=name))
    return " ".join(out)


def suggestion(rng, share):
    return rng.choice(SUGGESTIONS) if rng.random() < share else ""


# --- dates ------------------------------------------------------------------

def school_time(rng):
    """Mostly lessons on weekdays, a few in the evening."""
    if rng.random() < 0.9:
        return rng.randint(7, 16), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([17, 18, 19, 20, 21, 22, 23, 0, 1]), rng.randint(0, 59), rng.randint(0, 59)


def staff_time(rng):
    h = rng.choices(range(24), [1, 0, 0, 0, 0, 0, 1, 3, 8, 10, 7, 7, 6, 4, 9, 7,
                                9, 5, 6, 5, 3, 2, 4, 1])[0]
    return h, rng.randint(0, 59), rng.randint(0, 59)


# --- the three writers ------------------------------------------------------

def quote(cell):
    if any(c in cell for c in ',"\n\r'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


SCHOOL_HEADER = [
    "Tidstämpel", "E-postadress", "Vilken skola går du på?",
    "Hur gammal är du?", "Kön", "Var bor du?",
    "Hur trygg känner du dig när du går ensam ute sent på kvällen där du bor?",
    "Hur ofta oroar du dig för att utsättas för brott?",
    "Har du blivit utsatt för något brott under de senaste 12 månaderna?",
    "Finns det platser i Ale där du känner dig otrygg? Kryssa i alla som stämmer.",
    "Vilka problem finns där du bor?",
    "Beskriv platser eller situationer där du känner dig otrygg",
    "Vad skulle få dig att känna dig tryggare?",
]
SAFETY_SV = {"1": "Mycket trygg", "2": "Ganska trygg", "3": "Ganska otrygg",
             "4": "Mycket otrygg", "9": "Går aldrig ut", "": ""}
WORRY_SV = {"1": "Aldrig", "2": "Ibland", "3": "Ofta", "4": "Mycket ofta"}
AREA_SV = {"nodinge": "Nödinge", "nol": "Nol", "alafors": "Alafors",
           "alvangen": "Älvängen", "skepplanda": "Skepplanda",
           "surte": "Surte", "bohus": "Bohus"}
SCHOOL_PLACES = {
    "resecentrum": "Resecentrum", "ale_torg": "Ale Torg",
    "pendeltagsstation": "Pendeltågsstationer (Nol, Alafors, Älvängen, Surte, Bohus)",
    "gangtunnel": "Gång- och cykeltunnlar", "busshallplats": "Busshållplatser",
    "parkering": "Parkeringar", "skolgard": "Skolan och skolgården",
    "idrottsplats": "Idrottsplatser", "motionsspar": "Motionsspår och elljusspår",
    "centrum": "Centrum där jag bor", "badplats": "Badplatser",
    "lekplats": "Lekplatser", "cykelvag": "Gång- och cykelvägar", "bron": "Broar",
}
PROBLEMS_SV = {
    "litter": "Nedskräpning", "vandalism": "Skadegörelse och klotter",
    "drugs": "Narkotika (försäljning, användning)",
    "drunk_people": "Berusade personer", "gangs": "Kriminella gäng",
    "harassment": "Trakasserier och ofredanden",
    "traffic": "Trafik (fortkörning, buskörning)",
    "poor_lighting": "Dålig belysning", "burglary": "Inbrott",
    "threats": "Hot och våld",
}
OTHER_PLACES = ["vägen hem", "kyrkogården", "macken vid rondellen"]
FIRST_NAMES = ["alice", "maja", "ella", "saga", "ebba", "nora", "freja",
               "wilma", "elsa", "alva", "stella", "agnes", "leo", "liam",
               "noah", "hugo", "adam", "oscar", "lucas", "william", "elias",
               "theo", "vincent", "nils"]
SURNAMES = ["andersson", "johansson", "karlsson", "nilsson", "eriksson",
            "larsson", "olsson", "persson", "svensson", "gustafsson",
            "pettersson", "jonsson", "jakobsson", "hansson", "bengtsson",
            "lindberg"]
SCHOOLS = ["Ale gymnasium", "Nödingeskolan", "Älvängenskolan", "Da Vinciskolan"]


def school_age_text(rng, age):
    return rng.choice(["%d", "%d", "%d år", "%dår"]) % age


def school_rows(rng, month, plants):
    t = month_index(month) / 23
    rows, seen = [], set()
    n = rng.randint(100, 116)
    for i in range(n):
        age = rng.randint(13, 19)
        gender = rng.choices(["woman", "man", "other", "undisclosed"], [48, 44, 3, 5])[0]
        area = rng.choices(AREAS, AREA_WEIGHTS["school"])[0]
        p = draw_answers(rng, t, "school", area, age, gender)
        while True:
            email = "%s.%s%d@elev.ale.se" % (rng.choice(FIRST_NAMES),
                                            rng.choice(SURNAMES), rng.randint(1, 99))
            if email not in seen:
                break
        seen.add(email)
        day = rng.randint(1, days_in(month))
        h, mi, s = school_time(rng)
        places = [SCHOOL_PLACES[c] for c in p.places]
        if rng.random() < 0.04:
            places.append(rng.choice(OTHER_PLACES))
        text = plants.pop(0) if plants and i % 9 == 4 else free_text(rng, p, month, 0.45)
        rows.append([
            "%s-%02d %02d:%02d:%02d" % (month, day, h, mi, s), email,
            rng.choice(SCHOOLS), school_age_text(rng, age),
            {"woman": "Tjej", "man": "Kille", "other": "Annat",
             "undisclosed": "Vill inte svara"}[gender],
            AREA_SV.get(area, "Utanför Ale kommun"), SAFETY_SV[p.safety],
            WORRY_SV[p.worry],
            rng.choices(["Ja", "Nej", "Vet inte"],
                        [85, 0, 15] if p.victim == "yes" else [0, 85, 15])[0],
            ", ".join(places), ", ".join(PROBLEMS_SV[c] for c in p.problems),
            text, suggestion(rng, 0.5)])
    while plants:  # a short month: the rest at the end
        rows[-1 - len(plants)][11] = plants.pop(0)
    # A pupil who sent the form twice (the later answer counts) and a line
    # the download repeated.
    again = list(rows[7])
    again[0] = again[0][:11] + "%02d:%02d:00" % (rng.randint(17, 23), rng.randint(0, 59))
    again[6] = SAFETY_SV["2"]
    rows.insert(20, again)
    rows.insert(12, list(rows[11]))
    return SCHOOL_HEADER, rows


STAFF_PLACES = [
    ("resecentrum", "Resecentrum"), ("ale_torg", "Ale Torg"),
    ("pendeltagsstation", "Pendeltågsstationer"),
    ("gangtunnel", "Gång- och cykeltunnlar"), ("busshallplats", "Busshållplatser"),
    ("parkering", "Parkeringar"), ("skolgard", "Skolgårdar"),
    ("idrottsplats", "Idrottsplatser"), ("motionsspar", "Motionsspår"),
    ("centrum", "Centrum i min kommundel"), ("badplats", "Badplatser"),
    ("lekplats", "Lekplatser"), ("cykelvag", "Gång- och cykelvägar"),
    ("bron", "Broar"),
]
STAFF_HEADER = (
    ["Svars-ID", "Datum skickat", "Senaste sidan", "Startspråk", "Seed",
     "Vilken sektor arbetar du inom?", "Ålder", "Kön",
     "I vilken kommundel bor du?",
     "Hur trygg känner du dig om du går ut ensam sent en kväll i ditt eget bostadsområde?",
     "Hur ofta känner du oro för att utsättas för brott?",
     "Har du utsatts för något brott de senaste 12 månaderna?"]
    + ["Finns det platser där du känner dig otrygg? [%s]" % label for _, label in STAFF_PLACES]
    + ["Finns det platser där du känner dig otrygg? [Övrigt]"]
    + ["Vilka problem upplever du i ditt bostadsområde? [%s]" % PROBLEMS_SV[c] for c in PROBLEMS]
    + ["Beskriv gärna platser eller situationer där du känner dig otrygg.",
       "Vad skulle kunna göra dig tryggare?"])
SECTORS = ["Skola", "Vård och omsorg", "Individ- och familjeomsorg",
           "Kultur och fritid", "Samhällsbyggnad"]


def staff_band(age):
    for top, label in ((19, "19 år eller yngre"), (29, "20-29 år"),
                       (44, "30-44 år"), (64, "45-64 år")):
        if age <= top:
            return label
    return "65 år eller äldre"


def staff_rows(rng, month, plants):
    t = month_index(month) / 23
    first_id = 1001 + 95 * month_index(month)
    rows = []
    n = rng.randint(78, 94)
    for i in range(n):
        age = rng.choices([18, 25, 37, 55, 66], [2, 12, 34, 46, 6])[0]
        gender = rng.choices(["woman", "man", "other", "undisclosed"], [68, 28, 1, 3])[0]
        area = rng.choices(AREAS, AREA_WEIGHTS["staff"])[0]
        p = draw_answers(rng, t, "staff", area, age, gender)
        day = rng.randint(1, days_in(month))
        h, mi, s = staff_time(rng)
        text = plants.pop(0) if plants and i == 30 else free_text(rng, p, month, 0.25)
        rows.append(
            [str(first_id + i), "%s-%02d %02d:%02d:%02d" % (month, day, h, mi, s),
             "4", "sv", str(rng.randint(100000000, 999999999)),
             rng.choice(SECTORS), staff_band(age),
             {"woman": "Kvinna", "man": "Man", "other": "Annat",
              "undisclosed": "Vill ej svara"}[gender],
             AREA_SV.get(area, "Jag bor inte i Ale kommun"),
             SAFETY_SV[p.safety], WORRY_SV[p.worry],
             rng.choices(["Ja", "Nej", "Vet ej"],
                         [95, 0, 5] if p.victim == "yes" else [0, 95, 5])[0]]
            + ["Ja" if c in p.places else "" for c, _ in STAFF_PLACES]
            + [rng.choice(OTHER_PLACES) if rng.random() < 0.03 else ""]
            + ["Ja" if c in p.problems else "" for c in PROBLEMS]
            + [text, suggestion(rng, 0.35)])
    rows.append(list(rows[-1]))  # the export repeated the last response
    return STAFF_HEADER, rows


STREET_HEADER = ["Datum/tid", "Plats", "Intervjuare", "Kön", "Ålder", "Bor i",
                 "Trygg ute sent på kvällen?", "Oro för brott",
                 "Utsatt senaste 12 mån", "Otrygga platser", "Kommentar",
                 "Förslag", ""]
STREET_PLACES = {
    "resecentrum": ["resecentrum", "Resecentrum Nödinge", "Nödinge resecentrum",
                    "stationen i Nödinge"],
    "ale_torg": ["Ale Torg", "ale torg", "busshållplatsen vid Ale torg"],
    "pendeltagsstation": ["pendeltågsstationen", "stationen i Älvängen",
                          "Älvängens station", "Nols station",
                          "perrongen i Surte", "Bohus station"],
    "gangtunnel": ["tunneln", "gångtunneln", "tunneln vid Nol", "cykeltunneln",
                   "gångtunneln under väg 45"],
    "busshallplats": ["busshållplatsen", "hållplatsen", "busshållplatser"],
    "parkering": ["parkeringen", "pendelparkeringen", "p-huset"],
    "skolgard": ["skolgården", "skolan"],
    "idrottsplats": ["idrottsplatsen", "fotbollsplanen"],
    "motionsspar": ["elljusspåret", "motionsspåret"],
    "centrum": ["centrum", "Nol centrum", "Älvängen centrum"],
    "badplats": ["badplatsen"], "lekplats": ["lekplatsen"],
    "cykelvag": ["cykelvägen", "gc-vägen"], "bron": ["bron", "bron över ån"],
}
STREET_AREAS = {"nodinge": ["Nödinge", "Nodinge"], "alvangen": ["Älvängen", "Alvangen"],
                "other": ["Göteborg", "gbg", "Kungälv", "Lilla Edet",
                          "Trollhättan", "annan ort"]}
# Sessions of a month: (site, slot, first hour, last hour, interviews).
SESSIONS = [("Resecentrum", "morning", 7, 8, 22), ("Resecentrum", "day", 15, 16, 20),
            ("Resecentrum", "evening", 17, 19, 26), ("Ale Torg", "day", 14, 16, 11),
            ("Ale Torg", "evening", 17, 19, 12)]


def street_label(rng, table, code):
    s = rng.choice(table[code])
    return rng.choice([s, s, s.lower(), s.upper()]) if rng.random() < 0.3 else s


def street_date(rng, month, day, h, mi):
    d, m = day, int(month[5:])
    forms = ["%(Y)s-%(M)02d-%(d)02d %(h)02d:%(mi)02d",
             "%(Y)s-%(M)02d-%(d)02d kl %(h)02d.%(mi)02d"]
    if month.startswith("2026"):  # the survey year: the year may be left out
        forms += ["%(d)d/%(M)d kl %(h)02d.%(mi)02d", "%(d)d/%(M)d %(h)02d:%(mi)02d",
                  "%(d)d/%(M)d kl %(h)d.%(mi)02d"] * 2
    return rng.choice(forms) % {"Y": month[:4], "M": m, "d": d, "h": h, "mi": mi}


def street_age(rng, age):
    """Asked or guessed: "34", "34 år", "ca 35" (rounded), "70+"."""
    if age >= 70:
        return "70+"
    form = rng.choice(["%d", "%d år", "ca %d", "ca. %d"])
    return form % (age // 5 * 5 if form.startswith("ca") else age)


def street_ages(rng, slot, site):
    # Who is there: commuters in the morning, the old in the day, the
    # young in the evening.
    if slot == "morning":
        w = [8, 30, 42, 20]
    elif slot == "day":
        w = [14, 24, 22, 40]
    else:
        w = [40, 26, 18, 16]
    g = rng.choices(["young", "adult1", "adult2", "old"], w)[0]
    return {"young": rng.randint(15, 19), "adult1": rng.randint(20, 39),
            "adult2": rng.randint(40, 64), "old": rng.randint(65, 84)}[g]


def street_rows(rng, month, plants):
    t = month_index(month) / 23
    rows = []
    days = sorted(rng.sample(range(2, days_in(month) - 1), 3))
    for k, (site, slot, h0, h1, n) in enumerate(SESSIONS):
        day = days[k % 3]
        who = rng.choice(["JL", "SM", "AK"])
        for _ in range(n + rng.randint(-2, 2)):
            age = street_ages(rng, slot, site)
            gender = rng.choices(["woman", "man", "other", "undisclosed"], [49, 47, 2, 2])[0]
            area = rng.choices(AREAS, AREA_WEIGHTS["street"])[0]
            code = "resecentrum" if site == "Resecentrum" else "ale_torg"
            p = draw_answers(rng, t, "street", area, age, gender, code, slot)
            h, mi = rng.randint(h0, h1), rng.randint(0, 59)
            places = ", ".join(street_label(rng, STREET_PLACES, c) for c in p.places[:2])
            if not places:
                places = rng.choice(["", "", "-", "inga"])
            elif len(p.places) > 1 and rng.random() < 0.4:
                places = places.replace(", ", rng.choice([" och ", "/"]))
            text = plants.pop(0) if plants else free_text(rng, p, month, 0.35)
            rows.append([
                street_date(rng, month, day, h, mi), site, who,
                rng.choice({"woman": ["K", "K", "Kvinna"], "man": ["M", "M", "Man"],
                            "other": ["Annat"], "undisclosed": ["vill ej säga", "Vill ej svara"]}[gender]),
                street_age(rng, age),
                street_label(rng, STREET_AREAS, area) if area in STREET_AREAS else AREA_SV[area],
                rng.choice([SAFETY_SV[p.safety], p.safety]) if p.safety else "-",
                rng.choice([WORRY_SV[p.worry], p.worry]),
                rng.choice({"yes": ["Ja", "J"], "no": ["Nej", "N", "nej"]}[p.victim])
                if rng.random() < 0.85 else rng.choice(["-", "vet ej"]),
                places, text.lower() if rng.random() < 0.3 else text,
                suggestion(rng, 0.4).lower(), ""])
    for r in rows:
        if r[6] in SAFETY_SV.values() and rng.random() < 0.25:
            r[6] = rng.choice([r[6].upper(), r[6].lower(), r[6] + " "])
    rows.insert(9, [""] * len(STREET_HEADER))  # an empty line in the sheet
    return STREET_HEADER, rows


# --- files ------------------------------------------------------------------

def write(path, header, rows, bom=False, quote_all=False, crlf=False):
    end = "\r\n" if crlf else "\n"
    q = (lambda c: '"' + c.replace('"', '""') + '"') if quote_all else quote
    with open(path, "w", encoding="utf-8", newline="") as f:
        if bom:
            f.write("\ufeff")
        for row in [header] + rows:
            f.write(",".join(q(c) for c in row) + end)


def generate(month, outdir):
    os.makedirs(os.path.join(outdir, month), exist_ok=True)
    plants = {"school": [], "staff": [], "street": []}
    if month == LAST:
        plants["school"] = list(PLANTS)
    for (m, channel), ids in PLANTS_ELSEWHERE.items():
        if m == month:
            plants[channel] += [PLANTS[i] for i in ids]
    for channel, maker, opts in (
            ("school", school_rows, {}),
            ("staff", staff_rows, {"bom": True, "quote_all": True}),
            ("street", street_rows, {"crlf": month_index(month) % 5 == 2})):
        rng = random.Random("trygg %s %s" % (month, channel))
        header, rows = maker(rng, month, plants[channel])
        name = {"school": "school-google.csv", "staff": "staff-limesurvey.csv",
                "street": "street-manual.csv"}[channel]
        write(os.path.join(outdir, month, name), header, rows, **opts)


def main(argv):
    first, last, outdir = FIRST, LAST, None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a in ("--from", "--to") and args:
            v = args.pop(0)
            if month_index(v) < 0 or month_index(v) > month_index(LAST):
                sys.exit("generate.py: months from %s to %s only" % (FIRST, LAST))
            first, last = (v, last) if a == "--from" else (first, v)
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            return
        elif a.startswith("-"):
            sys.exit("generate.py: unknown option %s" % a)
        else:
            outdir = a
    outdir = outdir or os.path.join(os.path.dirname(os.path.abspath(__file__)), "exports")
    for month in months(first, last):
        generate(month, outdir)


if __name__ == "__main__":
    main(sys.argv[1:])
