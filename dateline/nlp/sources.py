"""Stage ``dateline_sources``: who said it.

Writes ``doc._.dl_sources: list[SourceMention]``: one per attribution ("an official said",
"X said on Twitter", "according to the insurgents", "with the governor's spokesman Y saying:",
"Z told reporters"), with

- ``name``: a short label, person first then role ("Zergai Ebadi, governor's spokesman"), or
  the body that spoke ("Afghan government officials");
- ``covers``: the sentences the attribution backs: its own sentence; the sentences of a quote
  it introduces or closes; the sentences of a quote that continues after it; and, for a
  confirmation of something already reported ("confirmed the army toll"), the sentence before.

A pronoun speaker ("he said") is resolved to the latest named person who spoke: the sentence
is added to that person's attribution instead of making a new, nameless one. A later, shorter
mention of a speaker ("Leggett said") reuses the full label given earlier.

:func:`event_source` gives the attributions that back one event mention.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import extensions  # noqa: F401  (registers doc._.dl_*)
from .extensions import doc_sent_bounds, doc_sents, doc_text
from .types import EventMention, SourceMention

# Verbs of saying (lemmas). "claim" stays: a group claiming an attack is who said so.
SPEECH_VERBS = frozenset({
    "say", "tell", "confirm", "announce", "report", "claim", "state", "add", "note", "deny",
    "insist", "warn", "explain", "allege", "tweet", "write", "post", "disclose", "reveal",
    "acknowledge", "admit", "declare", "assert", "maintain", "stress", "recount", "testify",
    "comment", "respond", "reply", "argue", "quote", "estimate", "indicate", "inform", "brief",
    "affirm", "assure", "emphasise", "emphasize", "underline", "specify", "detail", "concede",
    "contend", "recall", "mention", "elaborate", "clarify", "publish", "broadcast", "relay",
})

# "put/placed the toll at 20": a figure given by its speaker
_FIGURE_VERBS = frozenset({"put", "place", "set"})
_FIGURE_NOUNS = frozenset({"toll", "figure", "number", "tally", "count"})

# Speakers that are a channel, not a speaker: "a statement by the ministry said" -> the ministry.
CHANNEL_NOUNS = frozenset({
    "statement", "report", "communique", "communiqué", "release", "tweet", "post", "video",
    "message", "letter", "notice", "bulletin", "broadcast", "announcement", "document", "footage",
})

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "who", "which", "that"})
_PERSONAL = frozenset({"he", "she"})

# Dependents kept in a speaker's phrase (its name, role and affiliation, not its clauses).
_KEEP_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "det", "appos", "flat", "nummod",
                        "prep", "pobj", "cc", "conj", "punct", "quantmod", "advmod", "npadvmod"})

# Nouns that mark an attribution's object as a reference back ("confirmed the toll").
_BACKREF_DETS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})

_OPEN_Q = "\u201c"
_CLOSE_Q = "\u201d"

# How far back (tokens) a speech verb with no parsed subject may look for its speaker: the
# parser attaches "Trump on Tuesday told reporters" with no subject; in 40 such cases read in
# our own test reports the speaker was at most 4 tokens before the verb.
_SUBJECT_WINDOW = 5


def _sent_index(doc: Doc):
    starts = [a for a, _ in doc_sent_bounds(doc)]
    return starts, (lambda i: bisect_right(starts, i) - 1)


def _quote_segments(doc: Doc) -> list[tuple[int, int]]:
    """Token spans [start, end) of the quoted passages (curly or straight quotes)."""
    segs = []
    start = None
    for t in doc:
        tx = t.text
        if start is None and tx in (_OPEN_Q, '"', "``"):
            start = t.i + 1
        elif start is not None and tx in (_CLOSE_Q, '"', "''"):
            segs.append((start, t.i))
            start = None
        elif start is not None and tx == _OPEN_Q:  # an unclosed quote followed by a new one
            segs.append((start, t.i))
            start = t.i + 1
    if start is not None:
        segs.append((start, len(doc)))
    return segs


def _speaker_tokens(head: Token) -> list[Token]:
    keep = [head]
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _KEEP_DEPS and not (c.dep_ == "punct" and c.i > head.i and c.text in ",;:"):
                if c.dep_ == "prep" and c.lower_ not in ("of", "for", "at", "in", "from", "with") \
                        and not _in_name(t, c):
                    continue
                if (c.dep_ == "advmod" or c.dep_ == "npadvmod") and not (
                        c.i < t.i and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "-" and not c.whitespace_):
                    continue  # ... but the first part of a hyphenated word is kept ("Houthi-run")
                keep.append(c)
                stack.append(c)
    keep.sort(key=lambda t: t.i)
    # a contiguous stretch around the head
    lo = hi = keep.index(head)
    while lo > 0 and keep[lo - 1].i == keep[lo].i - 1:
        lo -= 1
    while hi < len(keep) - 1 and keep[hi + 1].i == keep[hi].i + 1:
        hi += 1
    toks = keep[lo:hi + 1]
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "prep", "case")):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks or [head]


def _in_name(t: Token, prep: Token) -> bool:
    """"the charity Aid to the Church in Need": a preposition inside a capitalised name (its head
    and its object both capitalised, the object a proper noun) is part of the speaker's name."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and t.text[:1].isupper() and not t.is_sent_start \
        and objs[0].pos_ == "PROPN" and objs[0].text[:1].isupper()


# capitalised words of a job title that the model sometimes folds into the name after them
_TITLE_WORDS = frozenset({"police", "general", "inspector", "minister", "commander", "commissioner", "superintendent",
                          "governor", "colonel", "major", "captain", "lieutenant", "sergeant", "chief", "director",
                          "secretary", "spokesman", "spokeswoman", "spokesperson", "mayor", "president", "senator",
                          "deputy", "officer", "constable", "brigadier", "marshal", "sheriff", "judge", "army"})


# the last word of a title "X of Police", "Chief of Army Staff" that the parse hangs on the name after it
_TITLE_TAILS = frozenset({"police", "army", "staff", "defence", "defense", "interior", "state", "district"})


def _label(toks: list[Token]) -> str:
    """"Zergai Ebadi, governor's spokesman" from "the governor's spokesman Zergai Ebadi"."""
    words = [t for t in toks if not (t.dep_ == "det" and t.i == toks[0].i) and not t.is_space]
    # a possessor is not the speaker: "Mali's military government", "Biden's spokesman"
    person = [t for t in words if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and not _possessor(t)]
    if person and _group_name(words, person):
        person = []  # "The Jama'at Nusrat al-Islam wal-Muslimin (JNIM) group said" (QA round seven)
    while len(person) > 1 and person[0].lower_ in _TITLE_WORDS:
        person.pop(0)  # "Inspector General of Police P. Sundarraj": the model's name took a title word
    if person:
        role = [t for t in words if t not in person]
        while role and (role[-1].is_punct or role[-1].pos_ in ("ADP", "CCONJ")):
            role.pop()
        pname = _join(person)
        rname = _join(role)
        return f"{pname}, {rname}" if rname else pname
    if len(words) > 2 and all(t.pos_ == "PROPN" for t in words) and words[0].lower_ in _TITLE_TAILS \
            and words[0].i > 0 and words[0].doc[words[0].i - 1].lower_ == "of":
        # "[Inspector General of] Police P. Sundarraj said": a title's last word parsed into the name
        return _join(words[1:])
    return _join(words)


def _group_name(toks: list[Token], person: list[Token]) -> bool:
    """The words the model called a person are part of an armed group's name the actor registry
    knows (the run of proper nouns around them, "Jama'at Nusrat al-Islam wal-Muslimin")."""
    from .registry import get_registry

    doc = toks[0].doc
    lo, hi = person[0].i, person[-1].i
    while lo > toks[0].i and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].text == "-"):
        lo -= 1
    while hi < toks[-1].i and (doc[hi + 1].pos_ == "PROPN" or doc[hi + 1].text == "-"):
        hi += 1
    run = [t.text for t in doc[lo:hi + 1]]
    res = get_registry().resolve(run, violent=True, allow_capital=False)
    return res is not None and res.actor is not None and res.how == "named" and res.klass != "anaphor" \
        and res.start <= person[0].i - lo and person[-1].i - lo < res.end


def _possessor(t: Token) -> bool:
    """The token is (part of) a name with a possessive "'s" ("Mali's", "Joe Biden's")."""
    while t.dep_ in ("compound", "flat") and t.head is not t:
        t = t.head
    return t.dep_ == "poss" and any(c.dep_ == "case" for c in t.children)


def _join(toks: list[Token]) -> str:
    out = ""
    for t in toks:
        out += t.text + t.whitespace_
    out = out.strip().strip(",;:").strip()
    if out.count("(") == out.count(")") + 1 and out.rfind("(") > out.rfind(")"):
        out += ")"  # "armed forces press committee (COPREFA)": the closing bracket trimmed as punctuation
    return out


_PHRASE_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "CCONJ", "NUM"})


def _phrase_before(verb: Token, subj: Token) -> Token | None:
    """"... left 50 people dead between Monday and Wednesday, residents and an aid worker said":
    a noun phrase between a comma and the speech verb that the parser hung elsewhere while it gave
    the verb a subject before that comma. The phrase's head, or None."""
    doc = verb.doc
    k = verb.i - 1
    while k > subj.i and doc[k].text != "," and doc[k].pos_ in _PHRASE_POS and doc[k].ent_type_ not in ("DATE", "TIME"):
        k -= 1
    if k <= subj.i or doc[k].text != "," or k + 1 >= verb.i:
        return None
    stretch = doc[k + 1:verb.i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in stretch):
        return None
    heads = [t for t in stretch if not (k < t.head.i < verb.i)]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].head.i == verb.i:
        return None
    return heads[0]


# nouns of people or bodies who speak to the press
_SPEAKER_NOUNS = frozenset({"source", "official", "spokesman", "spokeswoman", "spokesperson", "officer", "witness",
                            "resident", "minister", "governor", "commander", "police", "ministry", "army", "military",
                            "agency", "group", "monitor", "observatory"})


def _subject(verb: Token) -> Token | None:
    # (two subjects: the one nearest the verb speaks; "Israeli air strikes killed 25 ..., health
    # officials said" parsed with both on "said", QA round seven)
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subs and verb.lemma_ != "quote":
        c = min(subs, key=lambda c: -c.i if c.i < verb.i else c.i)  # before the verb, nearest first
        if c.i > verb.sent.start and any(
                x.tag_ == "VBG" for x in verb.doc[max(verb.sent.start, c.left_edge.i - 2):c.left_edge.i]):
            # "..., killing at least six worshippers, a Taliban spokesman for the province said"
            # (QA round seven), "..., causing a large fire, a source in the security service said"
            # (round eight): the participle's object ran into the speaker, who hangs on it as an
            # apposition (victims with their number, or any noun that names no speaker)
            app = [x for x in c.children if x.dep_ == "appos" and x.i > c.i and x.pos_ in ("NOUN", "PROPN")]
            if app and any(x.text == "," for x in verb.doc[c.i + 1:app[0].i]) and (
                    any(x.dep_ == "nummod" for x in c.children)
                    or (app[0].lemma_.lower() in _SPEAKER_NOUNS and c.lemma_.lower() not in _SPEAKER_NOUNS
                        and c.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"))):
                return app[0]
        return _phrase_before(verb, c) or c
    if verb.lemma_ == "quote":  # "state media quoted the ministry as saying"
        for c in verb.children:
            if c.dep_ == "dobj":
                return c
    # "with the governor's spokesman Y saying": Y may hang off "with"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        for c in verb.head.children:
            if c.dep_ == "pobj" and c.i < verb.i:
                return c
    # "... after Trump on Tuesday told reporters": the parser gave "told" no subject
    if verb.dep_ in ("conj", "ROOT", "advcl", "ccomp"):
        k = verb.i - 1
        steps = 0
        while k >= verb.sent.start and steps < _SUBJECT_WINDOW:
            t = verb.doc[k]
            if t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "ADV", "DET", "AUX", "PART"):
                k -= 1
                steps += 1
                continue
            if t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME"):
                return t
            break
    return None


def _speaker_head(t: Token) -> Token:
    # relative pronoun -> the noun it stands for ("officials, who said ...")
    if t.lower_ in ("who", "which", "that") and t.head.dep_ == "relcl":
        return t.head.head
    # a channel -> whose it is ("a statement from the ministry said", "the ministry's statement")
    if t.lemma_.lower() in CHANNEL_NOUNS:
        for c in t.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    return t


def _is_backref(verb: Token) -> bool:
    """"confirmed the army toll" / "confirmed the police fatalities": an object that points back
    at something already reported, with no clause of its own."""
    if verb.lemma_ not in ("confirm", "claim", "deny", "acknowledge", "admit", "report"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"):
            return any(d.dep_ in ("det", "poss") and d.lower_ in _BACKREF_DETS for d in c.children) or \
                any(d.dep_ == "poss" for d in c.children)
    return False


def _attributions(doc: Doc):
    """(verb/cue token, speaker head token or None) for every attribution in the report."""
    for t in doc:
        if t.lemma_ == "accord" and t.lower_ == "according":
            for c in t.children:
                if c.lower_ == "to":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            yield t, g
            continue
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if t.lemma_.lower() not in SPEECH_VERBS and not (
                t.lemma_.lower() in _FIGURE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in _FIGURE_NOUNS
                                                          for c in t.children)):
            continue  # ("an official put the death toll at 20" gives a figure as saying does)
        if t.lemma_ == "claim" and any(c.dep_ == "dobj" and c.lemma_ in ("life", "lives") for c in t.children):
            continue  # "the attack claimed 12 lives" is not an attribution
        if any(c.dep_ == "neg" for c in t.children) or (
                t.dep_ == "xcomp" and t.head.lemma_.lower() in ("decline", "refuse")):
            continue  # "The junta did not comment", "declined to comment": no source (QA round eight)
        if t.lemma_ == "report" and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
            # "five people were reported killed": no speaker
            continue
        subj = _subject(t)
        if subj is None or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children) \
                or subj.lower_ in ("nobody", "none", "noone"):
            continue  # "No group claimed the blast": nobody said so (QA round four)
        yield t, _speaker_head(subj)


@Language.component("dateline_sources", requires=["doc.sents"], assigns=["doc._.dl_sources"])
def dateline_sources(doc):
    doc._.dl_sources = find_sources(doc)
    return doc


def find_sources(doc: Doc) -> list[SourceMention]:
    sents = doc_sents(doc)
    if not sents:
        return []
    _, sent_of = _sent_index(doc)
    out: list[SourceMention] = []
    last_person: int | None = None  # index in out of the latest named person who spoke
    by_sent: dict[int, list[int]] = {}
    heads: list[str] = []  # head lemma of each attribution's speaker

    for verb, head in _attributions(doc):
        si = sent_of(verb.i)
        low = head.lower_
        if low in PRONOUNS:
            # "he said" -> the latest named person who spoke; "they/it said" -> the latest speaker
            target = last_person if low in _PERSONAL else (len(out) - 1 if out and low in ("they", "it") else None)
            if target is not None:
                src = out[target]
                if si not in src.covers:
                    src.covers.append(si)
                by_sent.setdefault(si, []).append(target)
            continue
        toks = _speaker_tokens(head)
        name = _label(toks)
        has_person = any(t.ent_type_ == "PERSON" for t in toks)
        if has_person:
            # a later short mention reuses the full label ("Leggett said" after "... Sonny Leggett")
            surname = [t.text for t in toks if t.ent_type_ == "PERSON"][-1]
            for prev in reversed(out):
                if surname in prev.name.split(",")[0].split() and prev.name != name:
                    name = prev.name
                    break
        elif any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children) and len(toks) <= 3:
            # "the spokesman added" after "an air force spokesman said": the same speaker
            for j in range(len(out) - 1, -1, -1):
                if heads[j] == head.lemma_.lower():
                    name = out[j].name
                    break
        start = min(toks[0].idx, verb.idx) if verb.i < toks[0].i else toks[0].idx
        end_tok = max(toks[-1], verb, key=lambda x: x.i)
        end = end_tok.idx + len(end_tok.text)
        covers = [si]
        if _is_backref(verb) and si > 0:
            covers.insert(0, si - 1)
        m = SourceMention(start=start, end=end, text=doc_text(doc)[start:end], sent=si, name=name,
                          covers=covers, speech_verb=verb.i)
        out.append(m)
        heads.append(head.lemma_.lower())
        by_sent.setdefault(si, []).append(len(out) - 1)
        if has_person:
            last_person = len(out) - 1

    # quotes: a quote's sentences belong to the attribution outside the quote in the sentences it
    # spans ("“A. B,” he said."), else to an attribution ending in a colon just before it, else
    # (a quote continuing after "“A,” he said.") to the previous quote's speaker
    prev_owners: list[int] = []
    prev_last = -2
    for qs, qe in _quote_segments(doc):
        words = [t for t in doc[qs:qe] if not (t.is_punct or t.is_space)]
        if not words:
            continue
        span = sorted({sent_of(t.i) for t in words})
        owners = []
        for s_ in span:
            for o in by_sent.get(s_, []):
                v = out[o].speech_verb
                if v is None or not (qs <= v < qe):
                    owners.append(o)
        if not owners and span[0] > 0:
            before = sents[span[0] - 1]
            tail = [t for t in before if not t.is_space]
            if tail and tail[-1].text == ":" and by_sent.get(span[0] - 1):
                owners = by_sent[span[0] - 1]
            elif prev_owners and prev_last == span[0] - 1:
                owners = prev_owners
        for o in dict.fromkeys(owners):
            for s_ in span:
                if s_ not in out[o].covers:
                    out[o].covers.append(s_)
        # only a quote that opens its sentence can be continued by the next quote
        opens_sentence = sents[span[0]].start >= qs - 2
        prev_owners = list(dict.fromkeys(owners)) if opens_sentence else []
        prev_last = span[-1]
    for m in out:
        m.covers.sort()
    return out


def event_source(doc: Doc, ev: EventMention) -> list[int]:
    """Indices into ``doc._.dl_sources`` of the attributions that back event mention ``ev``:
    those in its own sentence first, then those that cover it from elsewhere."""
    srcs = doc._.dl_sources or []
    own = [i for i, s in enumerate(srcs) if s.sent == ev.sent and ev.sent in s.covers]
    other = [i for i, s in enumerate(srcs) if s.sent != ev.sent and ev.sent in s.covers]
    return own + other
