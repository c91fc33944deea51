"""Name folding: how a place name written any which way becomes an index key.

Three levels, each looser than the last:

- :func:`ascii_fold` keeps case and spacing, drops accents and modifier letters:
  "Imām Şāḩib" -> "Imam Sahib" (the display name, as ACLED writes it).
- :func:`name_key` lowercases, turns hyphens/punctuation into spaces, drops a leading "the",
  generic words ("Province", "District", "Governorate", ...) and the Persian/Arabic connectors
  ("-e-", "-i-", "-ul-") so that "Mazar-i-Sharif", "Mazar-e Sharif" and "Mazār-e Sharīf" share
  one key ("mazar sharif").
- :func:`loose_key` is a transliteration skeleton for a second-chance lookup: vowels collapse,
  q/k, w/v, ph/f, kh/h, doubled letters fold, so Uruzgan/Oruzgan/Urozgan and Helmand/Hilmand
  meet. It is only consulted when ``name_key`` finds nothing, and its hits score lower.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# letters NFKD does not decompose into ASCII
_SPECIAL = {
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae",
    "œ": "oe", "Œ": "Oe", "ß": "ss", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
    "Þ": "Th", "ħ": "h", "Ħ": "H", "ŧ": "t", "ŋ": "ng", "ə": "e", "Ə": "E", "ʻ": "", "ʼ": "",
    "ʿ": "", "ʾ": "", "‘": "'", "’": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-",
    "—": "-", "\u00a0": " ", "ǝ": "e", "ɨ": "i", "ʹ": "", "ʺ": "",
}
_SPECIAL_RE = re.compile("[" + re.escape("".join(_SPECIAL)) + "]")


@lru_cache(maxsize=200_000)
def ascii_fold(text: str) -> str:
    """Accents and modifier letters off, case kept: "Uruzgān" -> "Uruzgan", "Mazār-e Sharīf" -> "Mazar-e Sharif"."""
    s = _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group(0)], text)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    if not s.isascii():
        s = "".join(ch for ch in s if ch.isascii())
    return re.sub(r"\s+", " ", s).strip()


# Generic words that name the kind of unit rather than the unit ("Helmand Province").
# The kind word is kept apart (see split_generic) so it can still steer resolution.
GENERIC_ADMIN1 = {"province", "provinces", "governorate", "state", "region", "oblast", "prefecture",
                  "wilaya", "vilayet", "velayat", "welayat", "emirate", "territory", "division",
                  "department", "departement", "krai", "kray", "viloyati", "ostan", "canton",
                  "voivodeship", "republic", "autonomous", "regional", "provincial", "mintaqah",
                  "muhafazah"}
GENERIC_ADMIN2 = {"district", "districts", "county", "parish", "borough", "municipality", "subdistrict",
                  "sub-district", "tehsil", "tahsil", "taluk", "woreda", "zila", "upazila", "rayon", "raion",
                  "commune", "municipio", "uluswali", "wuleswali", "local", "government", "area", "lga",
                  "zone"}  # Ethiopia's zones ("North Shewa Zone")
GENERIC_CITY = {"city", "town", "village", "township"}
GENERIC = GENERIC_ADMIN1 | GENERIC_ADMIN2 | GENERIC_CITY
# never strip these when they are the whole name ("District of Columbia", "State of Palestine")
# (the Arabic article written as said before a "sun letter": "Ma'arrat an Nu'man" is "Maarat al-Numan")
# (the Persian izafe also as "ye"/"yi": "Qal'ah-ye Zal" == "Qala-i-Zal", "Dahanah-ye Ghori" ==
# "Dahana-i-Ghori"; QA round seven)
_CONNECTORS = {"e", "i", "ul", "ol", "el", "al", "-e", "-i", "an", "ar", "as", "ash", "at", "ad", "az", "adh",
               "ath", "ed", "es", "et", "er", "en", "ez", "ye", "yi", "-ye"}
_LEADING = {"the"}
# Ordinary English words that name a unit only together with its generic word: "Free State",
# "Federal District", "First Governorate", "Gulf Province", "Centre Region". Stripped of the
# generic word they would match the plain word ("a free vote", "Federal agents", "the Gulf"), so
# such a unit is indexed under its full name only (see gazetteer._Builder.name). Found on the
# GWN/LGL dev sets as spurious matches ("Free" -> Free State, "Act" -> ACT), extended to their kind.
DESCRIPTIVE = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
    "center", "middle", "upper", "lower", "inner", "outer", "northeast", "northwest", "southeast",
    "southwest", "free", "federal", "capital", "first", "second", "third", "fourth", "fifth", "sixth",
    "gulf", "ocean", "sea", "coast", "coastal", "lake", "lakes", "river", "rivers", "island", "islands",
    "mountain", "mountains", "highland", "highlands", "lowland", "lowlands", "plains", "valley", "delta",
    "national", "new", "old", "great", "grand", "greater", "union", "united", "special", "border",
    "frontier", "interior", "littoral", "metropolitan", "metro", "city", "town", "red", "white", "black",
    "blue", "green", "golden", "western", "northern", "act", "no", "car", "commerce", "forest", "hill",
    "hills", "valley", "lake", "north", "east", "independence", "liberty", "victoria", "unity",
    "islamic", "cape", "bay", "port", "point", "harbour", "harbor", "quarter",
}
_PUNCT_RE = re.compile(r"[^\w\s]|_")


# abbreviations that open a name: "St. Paul" == "Saint Paul", "Ft. Worth" == "Fort Worth"
_OPENERS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}


# a compass letter that opens a name: "W. Columbia" == "West Columbia", "N. Korea" == "North Korea"
_COMPASS_RE = re.compile(r"^([NSEWnsew])\.\s+(?=\w)")
_COMPASS = {"n": "north ", "s": "south ", "e": "east ", "w": "west "}


def _words(text: str) -> list[str]:
    text = _COMPASS_RE.sub(lambda m: _COMPASS[m.group(1).lower()], text.lstrip())
    s = ascii_fold(text).lower().replace("&", " and ")
    s = s.replace("'", "")  # "Côte d'Ivoire" -> "cote divoire", "N'Djamena" -> "ndjamena"
    s = _PUNCT_RE.sub(" ", s)
    words = s.split()
    if len(words) > 1 and words[0] in _OPENERS:
        words[0] = _OPENERS[words[0]]
    return words


def split_generic(text: str) -> tuple[str, str | None]:
    """("Helmand Province") -> ("helmand", "admin1"); ("Imam Sahib district") -> ("imam sahib", "admin2").

    Returns the key without generic words and the kind the generic word implies (None when none).
    "City of X" / "X City" keep "city" in the key as well (New York City is a name).
    """
    words = _words(text)
    kind = None
    while words and words[0] in _LEADING:
        words = words[1:]
    # "Province of X", "District of X", "City of X"
    if len(words) > 2 and words[1] == "of" and words[0] in GENERIC:
        kind = _kind_of(words[0])
        words = words[2:]
    while len(words) > 1 and words[-1] in GENERIC:
        kind = kind or _kind_of(words[-1])
        words = words[:-1]
    # "Kunduz provincial" / "local government area": the loop above already took them
    words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in _CONNECTORS)]
    return " ".join(words), kind


def _kind_of(word: str) -> str:
    if word in GENERIC_ADMIN1:
        return "admin1"
    if word in GENERIC_ADMIN2:
        return "admin2"
    return "city"


@lru_cache(maxsize=400_000)
def name_key(text: str) -> str:
    """The exact index key: "Mazar-i-Sharif" == "Mazār-e Sharīf" == "mazar sharif"; "Helmand Province" == "helmand"."""
    return split_generic(text)[0]


@lru_cache(maxsize=400_000)
def full_key(text: str) -> str:
    """Folded like :func:`name_key` but keeping generic words ("rapides parish", "new york city")."""
    words = _words(text)
    while words and words[0] in _LEADING:
        words = words[1:]
    words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in _CONNECTORS)]
    return " ".join(words)


_LOOSE_SUBS = [
    (re.compile(r"kh"), "h"), (re.compile(r"gh"), "g"), (re.compile(r"ph"), "f"),
    (re.compile(r"dh"), "d"), (re.compile(r"th"), "t"), (re.compile(r"ch"), "c"),
    (re.compile(r"sh"), "s"), (re.compile(r"zh"), "z"), (re.compile(r"q"), "k"),
    (re.compile(r"ck"), "k"), (re.compile(r"w"), "v"), (re.compile(r"j"), "y"),
    (re.compile(r"x"), "ks"), (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"c"), "k"),
]
_VOWELS_RE = re.compile(r"[aeiouy]+")
_DOUBLE_RE = re.compile(r"(.)\1+")


@lru_cache(maxsize=400_000)
def loose_key(text: str) -> str:
    """A transliteration skeleton: "Oruzgan"/"Urozgan"/"Uruzgan" -> "aravzagan"-like key shared by all three.

    Consonants are normalised (q->k, w->v, kh->h ...), every vowel run becomes "a", doubled
    letters collapse and spaces go ("Mazar Sharif" == "Mazarsharif"). Keys shorter than five
    characters are not used (too many accidental matches).
    """
    key = name_key(text).replace(" ", "")
    if not key:
        return ""
    for pat, rep in _LOOSE_SUBS:
        key = pat.sub(rep, key)
    key = _DOUBLE_RE.sub(r"\1", key)
    key = _VOWELS_RE.sub("a", key)
    return key if len(key) >= 5 else ""


@lru_cache(maxsize=100_000)
def seat_skeleton(text: str) -> str:
    """:func:`loose_key` without its length floor and without a word-final "h" after a vowel:
    only to tell whether a unit's seat is the unit's name in another spelling ("Janin" for the
    Jenin governorate, "Duma" for Douma District), never to look names up."""
    key = full_key(text).replace(" ", "")  # generic words kept: "Oklahoma City" is not "Oklahoma"
    if not key:
        return ""
    key = _FINAL_H_RE.sub("", key)
    for pat, rep in _LOOSE_SUBS:
        key = pat.sub(rep, key)
    key = _DOUBLE_RE.sub(r"\1", key)
    return _VOWELS_RE.sub("a", key)


_FINAL_H_RE = re.compile(r"(?<=[aeiou])h\b")


@lru_cache(maxsize=400_000)
def variant_key(text: str) -> str:
    """The exact key with the spelling choices of transliteration evened out: doubled letters
    single ("Afgooye" == "Afgoye", "Lower Shabeelle" == "Lower Shabelle", "Hiiraan" == "Hiraan"),
    "y" as "i" ("Izyum" == "Izium", "Kupyansk" == "Kupiansk", "Hulyaypole" == "Huliaipole") and a
    word-final "h" after a vowel dropped ("Baqubah" == "Baquba", "Fallujah" == "Falluja"), a
    leading Arabic article off ("Al Hawijah" == "Hawija").
    Stricter than :func:`loose_key` (other vowels and consonants must agree), so it also serves
    short and multi-word names, which the skeleton leaves alone."""
    return variant_of_key(name_key(text))


def variant_of_key(key: str) -> str:
    """:func:`variant_key` of a key that is already folded (an index key, generic words kept)."""
    if key.startswith(("al ", "el ")):
        key = key[3:]  # the Arabic article: "Al Hawijah" == "Hawija"
    return _DOUBLE_RE.sub(r"\1", _FINAL_H_RE.sub("", key.replace("y", "i")))


def display_name(text: str) -> str:
    """The ASCII display name ACLED would write: accents off, apostrophe-like modifier letters off."""
    return ascii_fold(text)
