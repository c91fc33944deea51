"""The actor registry: canonical actor names, aliases, ACLED inter codes, country and kind.

Everything here is *data* read from ``dateline/data/actors/``:

- ``countries.csv``: short name, demonyms, capitals and aliases per ISO 3166 code (countries
  pycountry knows but the file does not list still get state actors, under pycountry's name);
- ``classes.json``: what common nouns stand for ("soldiers" -> military, "gunmen" -> an
  unidentified armed group, "villagers" -> civilians) and the templates that turn a class and a
  country into an actor ("Military Forces of {country_the}", "Civilians ({country})");
- ``groups.json``: named armed groups, named state units ("US Forces-Afghanistan") and
  international forces.

Users extend it without code: every ``*.json`` / ``*.csv`` file (or directory of them) named in
``$DATELINE_ACTORS`` (``os.pathsep``-separated) or passed to :func:`set_extra_paths` /
:func:`get_registry` is loaded after the built-in files; a later entry with the same name adds
aliases to (and overrides the fields of) the earlier one, and a later alias wins. JSON files use
the schema of ``groups.json`` (and may add ``heads``/``weak_heads``/``modifiers`` like
``classes.json``); CSV files have the columns ``name,aliases,inter,country,kind[,state]``
with aliases separated by ``|``.

Lookups are dictionary probes on normalised word n-grams, so they are cheap enough to run on
every noun phrase of every report.
"""

from __future__ import annotations

import csv
import functools
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DatelineError, ErrorCode

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
ENV_VAR = "DATELINE_ACTORS"

STATE_KINDS = frozenset({"military", "police", "government"})
NONSTATE_ARMED_KINDS = frozenset({"rebel", "militia", "identity_militia", "unidentified"})
COMBATANT_KINDS = STATE_KINDS | NONSTATE_ARMED_KINDS | {"external"}
KINDS = COMBATANT_KINDS | {"civilians", "protesters", "rioters", "person", "other"}

# Classes whose head noun outweighs a group named in its modifiers ("Taliban prisoners").
_NONCOMBATANT_CLASSES = frozenset({"civilians", "prisoners", "protesters", "rioters"})

# Longest alias, in words, that the n-gram scan tries ("Islamic State of Iraq and the Levant" is 7).
_MAX_NGRAM_CAP = 9


@functools.lru_cache(maxsize=65536)
@functools.lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Normalise a name for lookup: accents folded, lower case, possessive 's and dots dropped,
    any other punctuation a word break ("al-Shabaab" == "al Shabaab", "U.S." == "US"). Cached:
    the actors stage normalises every word of every report (most of its time in a py-spy profile)."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("\u2019", "'").replace("\u2018", "'")
    t = re.sub(r"'s\b", "", t)
    t = t.replace("'", "").replace(".", "")
    t = re.sub(r"[^\w]+", " ", t.lower())
    return " ".join(t.split())


def _case_sensitive(alias: str) -> bool:
    """Acronyms (IS, ADF, LeT, FAMa) match only when written with their capitals."""
    a = alias.replace(".", "").replace("-", "")
    return " " not in a and len(a) <= 5 and sum(c.isupper() for c in a) >= 2


@dataclass(frozen=True)
class Actor:
    name: str
    inter: int
    kind: str
    country_code: str | None = None
    aliases: tuple[str, ...] = ()
    variants: tuple[tuple[str, str], ...] = ()  # (country focus, canonical name)
    origin: str = ""  # the file that defined it (or "generated")
    leaders: tuple[str, ...] = ()  # people whose forces it is ("forces loyal to Riek Machar")

    @property
    def is_state(self) -> bool:
        return self.kind in STATE_KINDS

    @property
    def is_combatant(self) -> bool:
        return self.kind in COMBATANT_KINDS


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    @property
    def the_name(self) -> str:
        return self.name


@dataclass
class Resolution:
    """What a phrase stands for."""

    actor: Actor | None  # None for an unresolved anaphor
    klass: str | None  # the noun class ("military", "anaphor", ...) or None for a named actor
    country_code: str | None  # country found in the phrase itself (demonym, name)
    how: str  # named | class | country | capital | anaphor
    start: int = 0  # the words (indices into the phrase) that decided it
    end: int = 0
    indefinite: bool = False  # "unknown gunmen", "a group of militants": never coreferent


@dataclass
class _Entry:
    type: str  # actor | country | capital | demonym | people (plural demonym)
    value: object  # Actor, or a country code
    alias: str
    cs: bool


@dataclass
class Registry:
    countries: dict[str, Country] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)  # canonical name -> actor
    classes: dict[str, dict] = field(default_factory=dict)
    heads: dict[str, str] = field(default_factory=dict)
    weak_heads: dict[str, str] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)
    named_weak_heads: dict[str, str] = field(default_factory=dict)
    indefinite: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    means_modifiers: frozenset[str] = frozenset()
    not_actors: frozenset[str] = frozenset()
    the_countries: frozenset[str] = frozenset()
    local_names: dict[str, dict[str, str]] = field(default_factory=dict)
    index: dict[str, list[_Entry]] = field(default_factory=dict)
    first_words: set[str] = field(default_factory=set)
    # every word of a name that denotes an actor: a word outside it is in no actor's name
    actor_words: frozenset[str] = frozenset()
    max_ngram: int = 1
    files: list[str] = field(default_factory=list)

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, extra: Iterable[str | os.PathLike] = (), *, use_env: bool = True) -> "Registry":
        reg = cls()
        reg._load_countries(DATA_DIR / "countries.csv")
        reg._load_classes(DATA_DIR / "classes.json")
        reg._load_actor_file(DATA_DIR / "groups.json")
        for word, by_country in reg.local_names.items():
            for cc, name in by_country.items():
                if name not in reg.actors:
                    raise DatelineError(ErrorCode.E008, detail=f"local_names[{word!r}][{cc!r}]: unknown actor {name!r}")
        paths: list[Path] = [Path(p) for p in extra]
        if use_env and os.environ.get(ENV_VAR):
            paths += [Path(p) for p in os.environ[ENV_VAR].split(os.pathsep) if p.strip()]
        for p in paths:
            if p.is_dir():
                for f in sorted(p.iterdir()):
                    if f.suffix.lower() in (".json", ".csv"):
                        reg._load_actor_file(f)
            elif p.is_file():
                reg._load_actor_file(p)
            else:
                raise DatelineError(ErrorCode.E008, detail=f"{p}: no such file or directory")
        reg._build_index()
        return reg

    def _load_countries(self, path: Path) -> None:
        import pycountry

        listed: dict[str, dict] = {}
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                listed[row["code"]] = row
        for c in pycountry.countries:
            if c.alpha_2 not in listed:
                name = getattr(c, "common_name", None) or c.name
                if "," in name:  # "Virgin Islands, British" -> "British Virgin Islands"
                    name = getattr(c, "official_name", None) or name
                self.countries[c.alpha_2] = Country(c.alpha_2, name)
        for code, row in listed.items():
            split = lambda s: tuple(x.strip() for x in (s or "").split("|") if x.strip())  # noqa: E731
            self.countries[code] = Country(code, row["name"].strip(), split(row["demonyms"]),
                                           split(row["capitals"]), split(row["aliases"]))

    def _load_classes(self, path: Path) -> None:
        data = self._read_json(path)
        self._merge_classes(data)
        self.the_countries = frozenset(data.get("the_countries", ()))
        self.indefinite = frozenset(w.lower() for w in data.get("indefinite", ()))
        self.quantifiers = frozenset(w.lower() for w in data.get("quantifiers", ()))
        self.pronouns = frozenset(w.lower() for w in data.get("pronouns", ()))
        self.means_modifiers = frozenset(w.lower() for w in data.get("means_modifiers", ()))
        self.not_actors = frozenset(w.lower() for w in data.get("not_actors", ()))
        self.local_names = {w.lower(): dict(v) for w, v in (data.get("local_names") or {}).items()}

    def _merge_classes(self, data: dict) -> None:
        for name, spec in (data.get("classes") or {}).items():
            self.classes[name] = dict(spec)
        for key in ("heads", "weak_heads", "named_weak_heads", "modifiers"):
            table = getattr(self, key)
            for word, klass in (data.get(key) or {}).items():
                if klass not in self.classes:
                    raise DatelineError(ErrorCode.E008, detail=f"{key}[{word!r}]: unknown class {klass!r}")
                table[word.lower()] = klass

    @staticmethod
    def _read_json(path: Path):
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DatelineError(ErrorCode.E008, detail=f"{path}: {exc}") from exc

    def _load_actor_file(self, path: Path) -> None:
        self.files.append(str(path))
        if path.suffix.lower() == ".csv":
            try:
                with open(path, encoding="utf-8", newline="") as fh:
                    rows = list(csv.DictReader(fh))
            except (OSError, UnicodeDecodeError, csv.Error) as exc:
                raise DatelineError(ErrorCode.E008, detail=f"{path}: {exc}") from exc
            entries = []
            for row in rows:
                e = {k.strip(): (v or "").strip() for k, v in row.items() if k}
                e["aliases"] = [a.strip() for a in e.get("aliases", "").split("|") if a.strip()]
                if e.get("inter"):
                    e["inter"] = e["inter"]
                e["country"] = e.get("country") or None
                entries.append({k: v for k, v in e.items() if v not in ("", None) or k == "country"})
        else:
            data = self._read_json(path)
            if isinstance(data, dict):
                self._merge_classes(data)
                entries = data.get("actors", [])
            else:
                entries = data
            if not isinstance(entries, list):
                raise DatelineError(ErrorCode.E008, detail=f"{path}: 'actors' must be a list")
        for n, e in enumerate(entries, 1):
            self._add_entry(e, f"{path.name}#{n}")

    def _add_entry(self, e: dict, where: str) -> None:
        if not isinstance(e, dict):
            raise DatelineError(ErrorCode.E008, detail=f"{where}: an actor must be an object")
        aliases = e.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a for a in aliases.split("|") if a.strip()]
        country = e.get("country") or None
        if country is not None:
            country = str(country).upper()
            if country not in self.countries:
                raise DatelineError(ErrorCode.E008, detail=f"{where}: unknown country code {country!r}")
        state = e.get("state")
        if state:
            if state not in STATE_KINDS or not country:
                raise DatelineError(ErrorCode.E008, detail=f"{where}: 'state' needs one of {sorted(STATE_KINDS)} and a country")
            base = self.generic(state, country)
            assert base is not None
            self.actors[base.name] = Actor(base.name, base.inter, base.kind, country,
                                           tuple(dict.fromkeys(base.aliases + tuple(aliases))), (), base.origin)
            return
        name = (e.get("name") or "").strip()
        if not name:
            raise DatelineError(ErrorCode.E008, detail=f"{where}: 'name' is required")
        old = self.actors.get(name)
        try:
            inter = int(e["inter"]) if e.get("inter") not in (None, "") else (old.inter if old else None)
        except (TypeError, ValueError) as exc:
            raise DatelineError(ErrorCode.E008, detail=f"{where}: inter must be an integer 1-8") from exc
        if inter is None or not 0 <= inter <= 8:
            raise DatelineError(ErrorCode.E008, detail=f"{where}: inter must be an integer 1-8 (ACLED inter code)")
        kind = e.get("kind") or (old.kind if old else None)
        if kind not in KINDS:
            raise DatelineError(ErrorCode.E008, detail=f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
        variants = tuple(sorted((str(k).upper(), str(v)) for k, v in (e.get("variants") or {}).items()))
        all_aliases = tuple(dict.fromkeys(((old.aliases if old else ()) + (name,) + tuple(aliases))))
        leaders = e.get("leaders") or []
        if isinstance(leaders, str):
            leaders = [x for x in leaders.split("|") if x.strip()]
        leaders = tuple(dict.fromkeys((old.leaders if old else ()) + tuple(x.strip() for x in leaders)))
        self.actors[name] = Actor(name, inter, kind, country, all_aliases,
                                  variants or (old.variants if old else ()), where, leaders)

    def _build_index(self) -> None:
        idx: dict[str, list[_Entry]] = {}

        def add(alias: str, type_: str, value) -> None:
            k = norm(alias)
            if not k:
                return
            lst = idx.setdefault(k, [])
            if not any(x.type == type_ and x.value == value for x in lst):
                lst.insert(0, _Entry(type_, value, alias, _case_sensitive(alias)))  # later files win

        for c in self.countries.values():
            for d in c.demonyms:
                # ambiguous demonyms ("Congolese"): the first country listed is the default
                if not any(x.type == "demonym" for x in idx.get(norm(d), [])):
                    add(d, "demonym", c.code)
                # "the Palestinians", "Afghans": the people of the country
                if d[-1:].lower() in ("n", "i") and d.lower() not in ("us", "u.s."):
                    if not idx.get(norm(d + "s")):
                        add(d + "s", "people", c.code)
            for a in (c.name, *c.aliases):
                add(a, "country", c.code)
            for cap in c.capitals:
                add(cap, "capital", c.code)
        for a in self.actors.values():
            for alias in a.aliases:
                add(alias, "actor", a.name)
        self.index = idx
        self.first_words = {k.split()[0] for k in idx}
        self.actor_words = frozenset(w for k, es in idx.items() if any(e.type == "actor" for e in es) for w in k.split())
        self.max_ngram = min(_MAX_NGRAM_CAP, max(len(k.split()) for k in idx))

    # ------------------------------------------------------------------ actors

    def get(self, name: str) -> Actor | None:
        return self.actors.get(name)

    def demonym_country(self, word: str) -> str | None:
        """The country a demonym names ("Palestinian" -> PS), else None ("Marine")."""
        return next((e.value for e in self.index.get(norm(word), ()) if e.type == "demonym"), None)

    def country_name(self, code: str | None) -> str | None:
        c = self.countries.get(code or "")
        return c.name if c else None

    def generic(self, klass: str, country: str | None) -> Actor | None:
        """The actor a class stands for in a country ("military", "AF" -> Military Forces of
        Afghanistan); without a country, the class's name without one ("Civilians")."""
        spec = self.classes.get(klass)
        if spec is None:
            return None
        if "name" not in spec:
            return self.generic(spec.get("fallback", "unidentified"), country)
        c = self.countries.get(country or "")
        if c is None:
            name = re.sub(r"\s*(of \{country_the\}|of \{country\}|\(\{country\}\)|\(\{country_the\}\))", "",
                          spec["name"]).strip()
            return self.actors.get(name) or Actor(name, int(spec["inter"]), spec["kind"], None, (), (), "generated")
        the = f"the {c.name}" if c.code in self.the_countries else c.name
        name = spec["name"].format(country=c.name, country_the=the)
        return self.actors.get(name) or Actor(name, int(spec["inter"]), spec["kind"], c.code, (), (), "generated")

    def led_by(self, person: str) -> Actor | None:
        """The actor whose forces a person leads ("forces loyal to Riek Machar", "Haftar's forces"):
        a group listing the person, by full name or surname, among its ``leaders``."""
        key = norm(person)
        if not key:
            return None
        last = key.split()[-1]
        for a in self.actors.values():
            for who in a.leaders:
                k = norm(who)
                if k == key or (len(key.split()) == 1 and k.split()[-1] == last) or k.endswith(" " + key):
                    return a
        return None

    def local_name(self, words: Iterable[str], country: str | None) -> Actor | None:
        """The one group an unnamed group's word means in a country ("separatists" in Cameroon:
        the Ambazonian separatists), from ``local_names`` in classes.json; else None."""
        if not country:
            return None
        for w in words:
            name = self.local_names.get(w.lower(), {}).get(country)
            if name is not None:
                return self.actors.get(name)
        return None

    def variant(self, actor: Actor, country: str | None) -> Actor:
        """A group's local branch where the registry has one (Islamic State in Afghanistan)."""
        if actor.variants and country:
            for cc, name in actor.variants:
                if cc == country:
                    return self.actors.get(name) or Actor(name, actor.inter, actor.kind, cc, (), (), actor.origin)
        return actor

    @staticmethod
    def inter_in(actor: Actor, event_country: str | None) -> int:
        """ACLED inter code of an actor in an event: state forces acting outside their own
        country are external forces (8)."""
        if actor.kind in STATE_KINDS and actor.country_code and event_country and actor.country_code != event_country:
            return 8
        return actor.inter

    # ------------------------------------------------------------------ lookups

    def lookup(self, text: str, country: str | None = None, violent: bool = True) -> Actor | None:
        """Resolve a free-text actor phrase ("Taliban fighters", "the US", "Afghan police",
        "villagers"); ``country`` is the report's country focus for common nouns."""
        words = text.split()
        res = self.resolve(words, country=country, violent=violent)
        return res.actor if res else None

    def scan(self, words: Sequence[str | None], originals: Sequence[str] | None = None) -> list[tuple[int, int, _Entry]]:
        """Longest-first, left-to-right matches of known names in a word sequence.

        ``words`` are normalised words (``norm``); ``""`` is a transparent token (a hyphen, a
        possessive), ``None`` a hard break (comma, brackets). ``originals`` (same length) are
        the surface forms, used to enforce acronym capitals."""
        out: list[tuple[int, int, _Entry]] = []
        n = len(words)
        i = 0
        while i < n:
            w = words[i]
            if not w or w.split()[0] not in self.first_words:
                i += 1
                continue
            best = None
            parts: list[str] = []
            j = i
            count = 0
            while j < n and count < self.max_ngram:
                wj = words[j]
                if wj is None:
                    break
                j += 1
                if wj == "":
                    continue
                parts.append(wj)
                count += 1
                key = " ".join(parts)
                entries = self.index.get(key)
                if entries:
                    surface = "".join(originals[i:j]) if originals is not None else None
                    ok = [e for e in entries if not e.cs or surface is None or _caps_ok(surface, e.alias)]
                    if ok:
                        best = (i, j, ok)
            if best:
                for e in best[2]:
                    out.append((best[0], best[1], e))
                i = best[1]
            else:
                i += 1
        return out

    def classify(self, words: Sequence[str], head: int | None = None, lemmas: Sequence[str] | None = None) -> tuple[str | None, int]:
        """The noun class of a phrase from its head noun and modifiers; returns (class, index of
        the deciding word)."""
        if not words:
            return None, -1
        h = len(words) - 1 if head is None else head
        low = [w.lower() for w in words]
        lem = [x.lower() for x in lemmas] if lemmas is not None else [_singular(w) for w in low]
        # ("two armed Islamists": a capitalised plural the tagger took for a name keeps its plural as
        # its lemma; QA round twenty-two)
        lem = [_singular(lw) if lm == lw and words[k][:1].isupper() else lm for k, (lw, lm) in enumerate(zip(low, lem))]
        # two-word heads first ("security forces", "prime minister", "armed men")
        if h >= 1:
            for pair in (f"{low[h - 1]} {low[h]}", f"{lem[h - 1]} {lem[h]}", f"{low[h - 1]} {lem[h]}"):
                if pair in self.heads:
                    if _no_longer(self.heads[pair], low[max(0, h - 3):h - 1]):
                        return "civilians", h
                    return self.heads[pair], h
        if lem[h] in _TRAINING_PLACES:
            # "a gendarmerie training school", "a police academy" (QA round eighteen): the force's
            for k in range(h - 1, max(-1, h - 4), -1):
                klass = self.modifiers.get(low[k]) or self.heads.get(low[k])
                if klass in ("military", "police"):
                    return klass, k
        for w in (low[h], lem[h]):
            if w in self.heads:
                if _no_longer(self.heads[w], low[max(0, h - 2):h]):
                    return "civilians", h
                return self.heads[w], h
        weak = self.weak_heads.get(low[h]) or self.weak_heads.get(lem[h])
        if weak is None:
            return None, -1
        # a modifier decides for a weak head ("police checkpoint", "army outposts", "rebel positions")
        for k in range(h - 1, -1, -1):
            if k >= 1 and (low[k - 1] == "pro" or k >= 2 and low[k - 1] == "-" and low[k - 2] == "pro") \
                    and (self.modifiers.get(low[k]) or self.heads.get(low[k])) in ("government", "military", "police"):
                # "armed pro-government groups" (QA round twenty-two): whom they back, not who they are
                return "unidentified", k
            for w in (low[k], lem[k]):
                if w in self.modifiers:
                    if _no_longer(self.modifiers[w], low[max(0, k - 2):k]):
                        return "civilians", k  # "a former rebel commander" (QA round nineteen)
                    return self.modifiers[w], k
                if w in self.heads:
                    if _no_longer(self.heads[w], low[max(0, k - 2):k]):
                        return "civilians", k  # "a former provincial police chief" (QA round twenty)
                    return self.heads[w], k
        named = self.named_weak_heads.get(low[h]) or self.named_weak_heads.get(lem[h])
        if named is not None and h >= 1 and words[h - 1][:1].isupper():
            # "a Frontier Corps camp" (QA, eighteenth session): a force the registry knows by the name
            # before the head is whose the camp is, not "the Zamzam camp" of the displaced
            for j in range(max(0, h - 4), h):
                if words[j][:1].isupper():
                    force = self.lookup(" ".join(words[j:h]))
                    if force is not None and force.kind in ("military", "police"):
                        return force.kind, j
                    break
        if named is not None and h >= 1 and words[h - 1][:1].isupper() and not any(
                e.type in ("country", "demonym", "capital", "people") for e in self.index.get(norm(words[h - 1]), [])):
            return named, h - 1  # "the Zamzam camp" (not "a Turkish camp")
        return weak, h

    def resolve(self, words: Sequence[str], *, head: int | None = None, lemmas: Sequence[str] | None = None,
                country: str | None = None, violent: bool = True, allow_capital: bool = True,
                entity_types: Sequence[str] | None = None, modifier: bool = False,
                cased: bool = False) -> Resolution | None:
        """Resolve a phrase given as surface words.

        ``head`` is the index of its head noun (default: the last word), ``country`` the country
        to use for common nouns when the phrase names none, ``violent`` whether the phrase is an
        actor of violence (a bare country name is then its military, else its government).
        ``entity_types`` (spaCy's, per word) keep a person called "Chad" from being a country.
        ``modifier``: the words modify an event noun ("the US airstrike", "an Israeli air
        strike", "a police raid"): any word may carry the class, and a country alone stands for
        its forces (violent) or government. ``cased``: the text is written in mixed case, so a
        country or capital written in lower case is a common word ("a black male" is no Malé,
        "turkey" no Turkey); lower-cased text (some archives) keeps them."""
        if not words:
            return None
        h = len(words) - 1 if head is None else head
        normed: list[str | None] = []
        for w in words:
            if w in ("-", "'s", "\u2019s", "'", "\u2019", "."):
                normed.append("")
            elif w in (",", ";", "(", ")", ":", "\u2014", "\u2013", '"', "\u201c", "\u201d"):
                normed.append(None)
            else:
                normed.append(norm(w))
        matches = self.scan(normed, list(words))
        named = [(i, j, e) for i, j, e in matches if e.type == "actor"]
        if named:
            # the name nearest the head ("Taliban political leader" -> Taliban)
            i, j, e = min(named, key=lambda m: (0 if m[0] <= h < m[1] else 1, abs(h - (m[1] - 1))))
            if not i <= h < j:
                # "Taliban prisoners", "Hamas supporters' homes": the head says who they are
                klass, k = self.classify(words, h, lemmas)
                if klass in _NONCOMBATANT_CLASSES:
                    named_actor = self.actors[e.value]
                    return Resolution(self.generic(klass, named_actor.country_code or country), klass,
                                      named_actor.country_code, "class", k, k + 1)
            ea = self.actors[e.value]
            first = next((m for m in matches if m[1] < i and m[2].type in ("country", "demonym")
                          and _coordinated(words[m[1]:i])), None) if ea.kind in STATE_KINDS and ea.country_code else None
            if first is not None and str(first[2].value) != ea.country_code:
                # "Somali and US forces" (QA round twenty-one): the first of the coordinated
                # owners leads, as with "U.S. and British warplanes"
                fc = str(first[2].value)
                return Resolution(self.generic(ea.kind, fc), ea.kind, fc, "class", first[0], first[1])
            return Resolution(self.variant(ea, country), None, ea.country_code, "named", i, j)
        if modifier:
            return self._resolve_modifiers(words, matches, lemmas, country, violent)
        cc, cc_span, cc_type = None, (0, 0), None
        for i, j, e in matches:
            if e.type in ("country", "demonym", "people") or (e.type == "capital" and allow_capital):
                if entity_types is not None and any(t == "PERSON" for t in entity_types[i:j]) \
                        and not (e.type == "demonym" and j < len(words)):
                    # (a people's word before its noun is no person's name: "Azerbaijani forces"
                    # with the adjective tagged a person, QA round twenty-four)
                    continue
                if cased and e.type in ("country", "capital") and not any(w[:1].isupper() for w in words[i:j]):
                    continue
                if cc is not None and i > cc_span[1] - 1 and _coordinated(words[cc_span[1]:i]):
                    continue  # "U.S. and British warplanes": the first of the coordinated owners (QA round six)
                if e.type == "demonym" and country and any(x.type == "demonym" and x.value == country
                                                              for x in self.index.get(norm(" ".join(words[i:j])), [])):
                    cc, cc_span, cc_type = country, (i, j), e.type
                else:
                    cc, cc_span, cc_type = str(e.value), (i, j), e.type
                if cc_span[0] <= h < cc_span[1]:
                    break
        in_name = cc_span[0] <= h < cc_span[1] and cc is not None
        klass, k = (None, -1) if in_name else self.classify(words, h, lemmas)
        if klass is None:
            if in_name and cc_type == "people":
                # "the Palestinians" said / were attacked: its government in talks, else its people
                kl = "government" if not violent else "civilians"
                return Resolution(self.generic(kl, cc), kl, cc, "people", cc_span[0], cc_span[1])
            if in_name and cc_type in ("country", "capital"):
                # a bare country or capital as an actor: its forces when it fights, else its government
                kl = "military" if violent else "government"
                return Resolution(self.generic(kl, cc), kl, cc, "capital" if cc_type == "capital" else "country",
                                  cc_span[0], cc_span[1])
            return None
        low = {w.lower() for w in words}
        indefinite = bool(low & self.indefinite) and cc is None
        if klass == "anaphor":
            return Resolution(None, klass, cc, "anaphor", k, k + 1, indefinite)
        return Resolution(self.generic(klass, cc or country), klass, cc, "class", k, k + 1, indefinite)


    def _resolve_modifiers(self, words, matches, lemmas, country, violent) -> Resolution | None:
        low = [w.lower() for w in words]
        lem = [x.lower() for x in lemmas] if lemmas is not None else [_singular(w) for w in low]
        cc = None
        span = (0, 0)
        for i, j, e in matches:
            if e.type in ("country", "demonym"):
                if cc is not None and _coordinated(words[span[1]:i]):
                    continue  # the first of coordinated owners (QA round six)
                cc, span = str(e.value), (i, j)
        for k in range(len(words) - 1, -1, -1):
            if span[0] <= k < span[1]:
                continue
            if not violent and cc is None:
                break  # "security talks", "peace deal": only a name or a country is a party
            if cc is None and (low[k] in self.means_modifiers or lem[k] in self.means_modifiers):
                continue  # "an air raid": how, not who
            klass = _mod_class(self, low[k], lem[k])
            if klass in ("military", "police", "government", "anaphor", "foreign_military", "tribal_militia",
                         "clan_militia"):
                if klass == "anaphor":
                    return Resolution(None, klass, cc, "anaphor", k, k + 1)
                return Resolution(self.generic(klass, cc or country), klass, cc, "class", k, k + 1)
        if cc is not None:
            kl = "military" if violent else "government"
            return Resolution(self.generic(kl, cc), kl, cc, "country", span[0], span[1])
        return None

def _coordinated(between: Sequence[str | None]) -> bool:
    """The words between two owners only join them ("Somali and US forces", "U.S. and British
    warplanes"): the first of the coordinated owners leads."""
    return all((w or "").lower() in ("and", "&", ",", "") for w in between)


def _mod_class(reg: "Registry", w: str, lem: str) -> str | None:
    for x in (w, lem):
        k = reg.heads.get(x) or reg.modifiers.get(x)
        if k is not None:
            return k
    return None


# places a force trains in, named with the force ("a police academy", "a gendarmerie school")
_TRAINING_PLACES = frozenset({"school", "academy", "college", "institute"})
# words that make a soldier or an officer one no longer ("former soldiers", "ex-policemen")
_FORMER = frozenset({"former", "retired", "ex", "ex-", "demobilised", "demobilized"})


def _no_longer(klass: str, before: Sequence[str]) -> bool:
    """A force's class said of people who left it ("former soldiers", "retired police officers":
    civilians now; QA round eighteen)."""
    return klass in ("military", "police", "unidentified", "anaphor") and any(x in _FORMER for x in before)


def _singular(w: str) -> str:
    """A crude singular for plain-string lookups (spaCy gives lemmas where it runs)."""
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _caps_ok(surface: str, alias: str) -> bool:
    s = surface.replace(".", "").replace("-", "").replace("'", "")
    a = alias.replace(".", "").replace("-", "").replace("'", "")
    return s == a


# ---------------------------------------------------------------------- the shared instance

_extra: tuple[str, ...] = ()
_cache: dict[tuple, Registry] = {}


def set_extra_paths(paths: Iterable[str | os.PathLike]) -> None:
    """Add user registry files for every later :func:`get_registry` (the CLI's ``--actors``)."""
    global _extra
    _extra = tuple(str(p) for p in paths)


def get_registry(extra: Iterable[str | os.PathLike] = ()) -> Registry:
    """The registry for the built-in data plus ``$DATELINE_ACTORS``, :func:`set_extra_paths` and
    ``extra`` files; loaded once per distinct set of files."""
    key = (_extra + tuple(str(p) for p in extra), os.environ.get(ENV_VAR, ""))
    reg = _cache.get(key)
    if reg is None:
        reg = Registry.load(key[0])
        _cache[key] = reg
    return reg
