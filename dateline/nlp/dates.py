"""Stage ``dateline_dates``: every time expression of a report, resolved against the right anchor.

Writes ``doc._.dl_times: list[TimeMention]`` (in text order). For each expression found by
:mod:`dateline.nlp.timex`:

- ``head``: the token it attaches to ("attacked ... on Tuesday night" -> "attacked"; "overnight
  attacks" -> "attacks"), skipping the preposition;
- ``future``: the words say so ("next", "tomorrow") or the verb it attaches to does ("will",
  "due to", "is to", "expected to", "scheduled to", "would");
- ``anchor``: ``published`` (``doc._.dl_article.published``), ``statement`` (the date of the
  statement that contains it: "officials said yesterday that ... last night" is the night before
  yesterday; a quotation attributed without a date keeps the date of the last dated statement),
  ``absolute`` (a date with its year), ``narrative`` ("the next day": the date the story is at),
  or ``none`` (no publication date: the value stays None, never invented);
- ranges ("between Monday and Wednesday", "from March 3 to 5") become one mention with
  ``end_value``;
- ``time_precision`` (ACLED 1 day / 2 week / 3 month or longer) and ``date_prec`` (UCDP 1-5).

:func:`event_time` picks the date of an event mention for the fusion stage.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import extensions  # noqa: F401  (registers doc._.dl_*)
from .extensions import (PAST_DEED_NOUNS, deed_between, doc_sents, doc_text, gapped_segment, published_day,
                         respective_deed, tells_other_incident)
from . import timex as tx_mod
from .types import EventMention, TimeMention

# Reporting verbs whose own time is the anchor of what they report.
SPEECH_LEMMAS = frozenset(
    """say tell report announce confirm add state claim declare insist note explain warn write tweet post
    disclose reveal acknowledge admit deny allege indicate stress told said""".split()
)
# Verbs and adjectives that make what they govern future ("due to begin", "set to meet").
FUTURE_GOVERNORS = frozenset("due set schedule scheduled expect expected plan intend slate poise going".split())
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_QUOTE_OPEN = "\"“‘"
_CLOCK_TOKEN = re.compile(r"(?i)^(?:[ap]\.?m\.?|\d{1,2}:\d\d|noon|midnight)$")
# a date on these is when the report was published or updated, not when anything happened
PUBLISH_LEMMAS = frozenset("publish update post file".split())
_QUOTE_CHARS = "\"“”"


def _attach_head(doc: Doc, start: int, end: int) -> int | None:
    """Token index the expression attaches to: the head of its root, past a preposition."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    h = root.head
    if h.i == root.i:
        return root.i
    hops = 0
    # past the preposition, and past a clock time it hangs on ("at 2:30 p.m. Sunday")
    while (h.dep_ == "prep" or h.pos_ == "ADP" or _CLOCK_TOKEN.match(h.text) or h.like_num) \
            and h.head.i != h.i and hops < 4:
        h = h.head
        hops += 1
    if root.dep_ == "poss" and h.dep_ == "compound" and h.head.i > h.i and h.head.pos_ == "NOUN":
        # "Saturday's police firing on villagers" (QA, eighteenth session): the day owns the deed the
        # compound names, not the compound's first noun
        return h.head.i
    if root.dep_ == "poss" and h.i + 1 < len(doc) and doc[h.i + 1].head.i == h.i \
            and doc[h.i + 1].dep_ in ("acl", "amod") and doc[h.i + 1].tag_ == "VBG":
        return h.i + 1  # (the same, the deed parsed as a participle on the first noun)
    if h.lemma_.lower() in SPEECH_LEMMAS and span.end <= h.i:
        # "a woman was shot dead in Mobile, Ala., on Monday, officers there said": a date between
        # the told clause and the ", officers said" that follows it is the clause's, wherever
        # the parser hung it (own-words QA round eighteen)
        told = [c for c in h.children if c.dep_ == "ccomp" and c.right_edge.i < span.start]
        subj = [c for c in h.children if c.dep_ == "nsubj" and span.end < c.i]
        if told and subj and any(t.text == "," for t in doc[span.end:subj[0].left_edge.i]):
            return told[-1].i
    return h.i


# An infinitive of these after a past verb is still a plan ("announced a truce to begin on Monday",
# "agreed to meet on Friday"); after other past acts it tells the act's purpose, done at its time.
_SCHEDULE_VERBS = frozenset("begin start last run end expire open close resume hold meet continue remain stay "
                            "take come return reopen convene vote sit".split())
_DECIDING_VERBS = frozenset("agree approve plan order call decide vote sign schedule set promise pledge vow "
                            "threaten ask urge invite propose offer prepare arrange".split())


def _past_verb(tok: Token) -> bool:
    """A verb told in the past: "fired", "was deployed", "have fired"."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return tok.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes) or (
        tok.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxes))


_SCHEDULED = frozenset({"schedule", "set", "slate", "plan", "expect", "reschedule", "postpone", "adjourn"})


def _other_incident_sentence(doc: Doc, tm) -> bool:
    """The time's sentence says it tells of something besides the incident (``tells_other_incident``)."""
    if tm.head is None or not (0 <= tm.head < len(doc)):
        return False
    return tells_other_incident(doc[tm.head].sent)


_CALL_VERBS = frozenset({"call", "announce", "plan", "schedule", "urge", "declare"})
_CALLED_EVENTS = frozenset({"strike", "shutdown", "march", "protest", "rally", "demonstration", "sit-in", "boycott",
                            "vigil", "walkout", "stoppage", "hartal", "bandh", "talks", "vote", "referendum"})


_SET_FOR_VERBS = frozenset({"plan", "schedule", "slate", "set", "reschedule", "postpone", "delay", "move", "push"})


def _called_for_day(tok: Token, start: int) -> bool:
    """"The Awami League called a nationwide shutdown for Thursday", "Organisers called for a general
    strike on Thursday", "prompting calls for a silent march on Saturday" (QA round twenty-four): the
    day told after what is called for is that event's, to come."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _CALLED_EVENTS and tok.dep_ == "pobj" \
            and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in ("call", "appeal", "plan"):
        return tok.idx < start
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _CALLED_EVENTS and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() in _CALL_VERBS:
        return tok.idx < start  # "The NCP has announced a nationwide protest for Thursday" (QA round twenty-seven)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _SET_FOR_VERBS and tok.tag_ == "VBN" \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
            and not (tok.sent.root.tag_ == "VBD" and tok.sent.root.lemma_.lower() not in SPEECH_LEMMAS) and any(
                c.dep_ == "prep" and c.lower_ in ("for", "until", "to") and c.i < start for c in tok.children):
        # "The march, scheduled for Friday, has been banned", "a march planned for Friday in Mazatlan
        # has been postponed" (QA round twenty-five): the day a thing is set for is to come, unless
        # the sentence tells it past ("the rally, scheduled for Friday, was held on Saturday")
        return True
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _CALL_VERBS:
        return False
    for c in tok.children:
        objs = [c] if c.dep_ == "dobj" else [o for o in c.children if o.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ == "for" else []
        if any(o.lemma_.lower() in _CALLED_EVENTS and o.idx < start for o in objs):
            return True
    return False


def is_future_token(tok: Token) -> bool:
    """Does the clause of ``tok`` point to the future ("will attack", "due to begin", "is to meet")?
    Not a verb in the past tense ("a cashier is expected to recover after she was shot early Sunday")."""
    if tok.pos_ in ("VERB", "AUX") and (tok.tag_ == "VBD" or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children)):
        return False
    t = tok
    for _ in range(4):
        for c in t.children:
            if c.dep_ in ("aux", "auxpass") and (c.lower_ in FUTURE_AUX or c.lower_ == "would"):
                return True
            if c.dep_ == "aux" and c.lower_ == "to" and t.dep_ == "xcomp":
                gov = t.head
                if gov.lemma_.lower() in FUTURE_GOVERNORS or gov.lower_ in FUTURE_GOVERNORS:
                    return True
                if gov.lemma_ == "be":  # "talks are to begin"
                    return True
            if c.dep_ == "aux" and c.lower_ == "to" and t.dep_ in ("acl", "relcl", "advcl"):
                if t.dep_ == "advcl" and _past_verb(t.head) and t.lemma_.lower() not in _SCHEDULE_VERBS \
                        and t.head.lemma_.lower() not in SPEECH_LEMMAS | _DECIDING_VERBS:
                    return False  # "police fired tear gas to disperse them on Monday": a past act's purpose
                return True  # "a programme to run through June"
        if t.lower_ in ("tomorrow",):
            return True
        if t.tag_ == "VBG" and t.dep_ in ("acl", "xcomp") and t.lemma_.lower() in ("start", "begin") and t.head.i != t.i:
            # "agreed to a seven-day truce starting on Monday" (QA round five): what was decided
            # starts after the decision
            v = t.head
            while v.dep_ in ("pobj", "dobj", "prep") and v.head.i != v.i and v.pos_ != "VERB":
                v = v.head
            if v.pos_ == "VERB" and (v.lemma_.lower() in _DECIDING_VERBS or any(
                    c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in v.children)):
                # (or what will start: "will hold a 48-hour strike starting on Thursday", QA round
                # twenty-seven)
                return True
        if t.tag_ == "VBN" and t.lemma_.lower() in _SCHEDULED and any(
                c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in t.children):
            return True  # "a new hearing is scheduled for Monday", "the vote is set for Friday"
        if t.dep_ in ("xcomp", "conj", "prep", "pobj", "acomp", "amod", "advcl") and t.head.i != t.i:
            if t.dep_ == "advcl" and t.head.lemma_.lower() in SPEECH_LEMMAS:
                break
            t = t.head
            continue
        # a noun governed by a future verb ("talks ... due to begin"): its acl
        break
    # a noun inside the object of "will" ("will share more details at a news briefing
    # Monday"): up through objects and prepositions to the first verb
    v, steps = tok, 0
    while v.pos_ in ("NOUN", "PROPN") and v.dep_ in ("pobj", "dobj", "compound", "npadvmod", "nmod", "appos") \
            and v.head.i != v.i and steps < 6:
        v = v.head
        if v.dep_ == "prep" and v.head.i != v.i:
            v = v.head
        steps += 1
    if v is not tok and v.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in v.children):
        return True
    if v is not tok and v.pos_ == "VERB" and v.lemma_.lower() in ("plan", "plot", "prepare") and v.tag_ == "VBG":
        return True  # "were planning attacks on churches during the Christmas holidays" (QA round eight)
    return False


def _in_quote(text: str, start: int, sent_start: int, sent_end: int) -> bool:
    """Is the character at ``start`` inside a quotation (within its sentence or an open one)?"""
    before = text[sent_start:start]
    opens = sum(before.count(c) for c in "“") - before.count("”")
    if opens > 0:
        return True
    straight = before.count('"')
    if straight % 2 == 1:
        return True
    # a sentence that closes a quotation opened earlier: "... last night," he said.
    after = text[start:sent_end]
    if "”" in after and "“" not in after.split("”")[0] and "“" not in before:
        return True
    return False


def _speech_verb_of(tok: Token) -> Token | None:
    """The reporting verb a time expression attaches to ("said yesterday", "told reporters on Tuesday")."""
    if tok.lemma_.lower() in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX"):
        return tok
    return None


def _next_to_speech(doc: Doc, a: tx_mod.Timex, speech: list[Token]) -> bool:
    """"Trump on Tuesday told reporters", "said on Twitter on Monday": the parser often hangs the
    date elsewhere; a date right before a reporting verb, or right after it and its object, dates
    the statement. Window measured on the reference article and own-words samples: 3 tokens."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return False
    for v in speech:
        # (not across a comma: "accused of holding up a bakery on Monday evening, said a spokeswoman"
        # dates the robbing, the statement follows)
        if span.end <= v.i and v.i - span.end <= 1 and not any(t.is_punct for t in doc[span.end:v.i]):
            return True
        if span.start > v.i and span.start - v.i <= 4:
            between = doc[v.i + 1:span.start]
            if all(t.pos_ in ("ADP", "NOUN", "PROPN", "DET", "PRON") for t in between) and \
                    not any(t.dep_ == "mark" or t.lower_ == "that" for t in between):
                return True
    return False


def _statement_noun(tok: Token) -> bool:
    """``tok`` is a statement noun under a reporting verb ("the army said in a statement on Tuesday")."""
    if tok.lemma_.lower() not in _STATEMENT_NOUNS or tok.pos_ != "NOUN":
        return False
    v = tok.head.head if tok.dep_ == "pobj" else tok.head
    return _speech_verb_of(v) is not None or v.lemma_.lower() == "claim"  # "claimed it in a statement late Sunday"


def _claim_verb(tok: Token) -> bool:
    """"The JNIM group claimed the attack in a statement on Thursday" (QA round nineteen): a claim
    of responsibility is a statement; its day is not the attack's (the parser may hang the day on
    what was claimed)."""
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        tok = tok.head
    return tok.lemma_.lower() == "claim" and tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("attack", "responsibility", "bombing", "killing", "assault",
                                                   "ambush", "raid", "strike", "abduction", "kidnapping", "it")
        for c in tok.children)


_PAPER_NOUNS = frozenset({"report", "statement", "study", "document", "communique", "investigation", "review"})


def _released_paper(tok: Token) -> bool:
    """``tok`` publishes a paper that tells the story: "a U.N. report released on Friday said" (QA
    round nineteen) dates the report, not what it tells."""
    return tok.lemma_.lower() in ("release", "publish", "issue") and tok.dep_ == "acl" \
        and tok.head.lemma_.lower() in _PAPER_NOUNS


def _sentence_speech_verbs(sent) -> list[Token]:
    return [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_LEMMAS]


def _pronoun_subject(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.pos_ == "PRON"
    return False


def _granularity_kind(res: tx_mod.Resolution, tx: tx_mod.Timex) -> str:
    return res.granularity if tx.kind == "date" else "none"


@Language.component("dateline_dates", requires=["doc.sents"], assigns=["doc._.dl_times"])
def dateline_dates(doc: Doc) -> Doc:
    doc._.dl_times = find_times(doc)
    return doc


def find_times(doc: Doc) -> list[TimeMention]:
    text = doc_text(doc)
    published = published_day(doc)
    sents = doc_sents(doc)
    sent_bounds = [(s.start_char, s.end_char) for s in sents]
    sent_of_char = _sent_lookup(sent_bounds)
    raw = tx_mod.find(text)
    raw = _merge_ranges(text, raw)
    # (not the page's own stamps: "Updated 6 hours ago", "Posted: Dec 19, 2027 / 11:42 PM CST", QA round forty-eight)
    raw = [(a, b) for a, b in raw if not _PAGE_STAMP.match(text[text.rfind("\n", 0, a.start) + 1:a.start])]

    mentions: list[TimeMention] = []
    statement_time: dict[int, int] = {}  # sentence -> index in mentions of the statement's date
    statement_date: dict[int, dt.date] = {}
    carried: dt.date | None = None  # the last dated statement, for quotes attributed without a date
    carried_idx: int | None = None
    narrative: dt.date | None = None
    night: dt.date | None = None  # the day of the last night or evening the story named
    # the last day told of a death ("died March 9") and the day told before it that was no death's
    died_on: dt.date | None = None
    lived_on: dt.date | None = None
    births: set[int] = set()  # indices of dates of birth ("John Doe (8/4/1978)")

    # group by sentence, so the statement date of a sentence is known before its other expressions
    by_sent: dict[int, list[tuple[tx_mod.Timex, tx_mod.Timex | None]]] = {}
    for item in raw:
        si = sent_of_char(item[0].start)
        by_sent.setdefault(si, []).append(item)

    for si in range(len(sents)):
        items = by_sent.get(si, [])
        sent = sents[si]
        s0, s1 = sent_bounds[si]
        heads = {id(a): _attach_head(doc, a.start, (b or a).end) for a, b in items}
        # 1. the statement's own date: a deictic expression attached to a reporting verb
        st_item = None
        speech = _sentence_speech_verbs(sent)
        for a, b in items:
            h = heads[id(a)]
            if b is None and a.kind == "date" and a.deictic and h is not None \
                    and not (a.spec.get("type") == "offset" and a.spec.get("ref") == "narrative") and (
                    _speech_verb_of(doc[h]) is not None or _next_to_speech(doc, a, speech)
                    or _statement_noun(doc[h]) or _released_paper(doc[h]) or _claim_verb(doc[h])):
                st_item = a
                break
        sent_anchor: dt.date | None = None
        sent_anchor_idx: int | None = None
        if st_item is not None and published is not None:
            fut = is_future_token(doc[heads[id(st_item)]])
            res = tx_mod.resolve(st_item, published, future=fut, narrative=narrative)
            # (a statement is made by the publication day at the latest: "... three days after neighbors
            # reported hearing gunshots there late Friday", QA round forty-six)
            if res.value is not None and res.granularity == "day" and res.value <= published:
                sent_anchor = res.value
        elif speech and carried is not None and any(_pronoun_subject(v) for v in speech):
            sent_anchor, sent_anchor_idx = carried, carried_idx
        elif speech and carried is not None and sent.text.lstrip()[:1] in _QUOTE_OPEN:
            sent_anchor, sent_anchor_idx = carried, carried_idx
        day_in_sent = False  # a day of the story told earlier in this sentence
        for a, b in items:
            h = heads[id(a)]
            head_tok = doc[h] if h is not None else None
            fut_verb = bool(head_tok is not None and a.kind == "date" and is_future_token(head_tok))
            if not fut_verb and b is None and published is not None and _coming_day_month(a, published) \
                    and not _told_past(head_tok):
                fut_verb = True
            if not fut_verb and head_tok is not None and a.kind == "date" and _called_for_day(head_tok, a.start):
                fut_verb = True
            if fut_verb and a.kind == "date" and a.spec.get("type") == "weekday" and not a.direction \
                    and (text[a.start:a.end].endswith(("'s", "\u2019s"))
                         or text[a.end:a.end + 2] in ("'s", "\u2019s")) \
                    and head_tok is not None \
                    and head_tok.lemma_.lower() in _DEED_NOUNS_DATED:
                # "will hold a news conference Thursday about Tuesday's shooting" (QA, sixteenth
                # session): the deed a day is owned by is told as done, whatever the verb above it
                fut_verb = False
            if not fut_verb and a.kind == "date" and a.spec.get("type") == "holiday" \
                    and re.search(r"(?i)\b(?:ahead\s+of|in\s+the\s+run-up\s+to|before)\s+(?:the\s+)?$",
                                  text[max(0, a.start - 24):a.start]):
                fut_verb = True  # "increasing patrols ahead of the Fourth of July holiday" (QA, sixteenth session)
            is_statement = a is st_item
            anchor_kind = "published"
            anchor = published
            if a.kind == "date":
                t = a.spec.get("type")
                if t in ("absolute", "monthyear", "year", "decade", "century") and (
                        t != "absolute" or a.spec.get("year")):
                    anchor_kind = "absolute"
                elif t in ("narrative", "narrative_unit") or (t == "offset" and a.spec.get("ref") == "narrative"):
                    anchor_kind = "narrative"
                elif not is_statement and sent_anchor is not None and a.deictic:
                    quoted = _in_quote(text, a.start, s0, s1)
                    if st_item is not None or quoted:
                        anchor_kind, anchor = "statement", sent_anchor
                if published is None and anchor_kind != "absolute":
                    anchor_kind, anchor = "none", None
            if a.kind == "date" and a.spec.get("type") == "offset" and a.spec.get("ref") == "narrative" \
                    and head_tok is not None and re.search(r"(?i)\b(?:after|before)$", text[a.start:a.end]) \
                    and head_tok.idx >= a.end and not a.spec.get("flipped") \
                    and not _fronted_after_phrase(doc, a, head_tok):
                # "The attack came two days after a car bomb killed 14": the time hangs on the event
                # after "after", which is the one two days earlier (and "before" the other way)
                a.spec["sign"] = -a.spec["sign"]
                a.spec["flipped"] = True
            narr = narrative
            if anchor_kind == "narrative" and st_item is not None and a is not st_item and sent_anchor is not None \
                    and not day_in_sent and a.start > st_item.start:
                # "officials said on Tuesday that a bomb had killed three soldiers the night before":
                # the night before the statement, not before the story's last day
                narr = sent_anchor
            if a.kind == "date" and a.spec.get("type") == "narrative" and a.spec.get("days") == 0 \
                    and a.spec.get("part") == "night" and night is not None:
                # "heard gunfire Tuesday night ... found the holes the next morning ... had gone to
                # bed early that night": the night already named, not the later morning's
                narr = night
            elif a.kind == "date" and a.spec.get("type") == "narrative" and a.spec.get("days") == 0 \
                    and narrative is not None and narrative == died_on and lived_on is not None \
                    and head_tok is not None and head_tok.lemma_ not in _DEATH_LEMMAS:
                # "wounded in a shooting on Dec. 28 ... died March 9 ... A second man was also shot
                # that night": the night of the shooting, not of the death (QA, sixteenth session)
                narr = lived_on
            res = tx_mod.resolve(a, anchor, future=fut_verb, narrative=narr if anchor is not None else None)
            if b is not None:
                res_b = tx_mod.resolve(b, anchor, future=fut_verb, narrative=narrative if anchor is not None else None)
                res = tx_mod.combine_range(res, res_b)
            end = (b or a).end
            tm = TimeMention(
                start=a.start, end=end, text=text[a.start:end], sent=si, kind=a.kind,
                value=res.value if a.kind == "date" and res.granularity not in ("past",) else None,
                end_value=res.end_value if a.kind == "date" else None,
                granularity=_granularity_kind(res, a),
                anchor=anchor_kind if a.kind == "date" else "none",
                future=bool(res.future or (a.kind == "date" and res.value is None and (a.direction > 0 or fut_verb))),
                part_of_day=res.part_of_day,
                time_precision=res.time_precision if a.kind == "date" and res.value is not None else None,
                date_prec=res.date_prec if a.kind == "date" and res.value is not None else None,
                head=h,
            )
            if a.kind == "date" and tm.value is not None and tm.granularity == "present":
                tm.time_precision, tm.date_prec = None, None
            if tm.granularity == "day" and tm.value is not None and tm.end_value is not None \
                    and (tm.end_value - tm.value).days == 1 \
                    and re.search(r"(?i)\bnight\s+of\s+(?:the\s+)?$", text[max(0, a.start - 20):a.start]):
                # "on the night of March 9-10" (QA round thirty-nine): one night, dated by the day it began
                tm.end_value, tm.time_precision, tm.date_prec, tm.part_of_day = None, 1, 1, "night"
            if a.kind == "duration" and a.spec.get("n") and a.spec.get("unit") in ("day", "week") \
                    and (sent_anchor or published) is not None and _PAST_SPAN.search(text[max(0, a.start - 12):a.end]):
                _past_span(tm, a.spec["n"] * (7 if a.spec["unit"] == "week" else 1), sent_anchor or published,
                           "statement" if sent_anchor is not None else "published")
            if a.kind == "date" and b is None and tm.granularity == "day" and tm.value is not None \
                    and tm.end_value is None and not tm.future and tm.part_of_day is None \
                    and _SINCE_BEFORE.search(text[max(0, a.start - 8):a.start]):
                _since_day(tm, sent_anchor or published)
            mentions.append(tm)
            if is_statement and tm.value is not None:
                statement_time[si] = len(mentions) - 1
                statement_date[si] = tm.value
                sent_anchor_idx = len(mentions) - 1
            said_on = head_tok is not None and _speech_verb_of(head_tok) is not None \
                and not any(c.dep_ == "auxpass" for c in head_tok.children)  # ("up from 40 reported on Sunday")
            if a.kind == "date" and tm.value is not None and tm.granularity == "day" and not tm.future \
                    and not is_statement and not said_on:
                day_in_sent = True
                if head_tok is not None and head_tok.lemma_ in _DEATH_LEMMAS:
                    died_on = tm.value
                elif tm.value != died_on:
                    lived_on = tm.value
                narrative = tm.value
                if tm.part_of_day in ("night", "evening"):
                    night = tm.value
                elif anchor_kind != "narrative":
                    night = None  # "On Wednesday, police arrested him. That night ...": Wednesday's
            if a.kind == "date" and (_birth_date(text, a.start, end) or (
                    a.spec.get("type") == "absolute" and _update_stamp(text, a.start, (b or a).end))):
                births.add(len(mentions) - 1)
        _week_before_death(doc, [tm for tm in mentions if tm.sent == si])
        if st_item is not None and si in statement_date:
            carried, carried_idx = statement_date[si], statement_time[si]
        elif sent_anchor_idx is not None:
            statement_time.setdefault(si, sent_anchor_idx)
    doc.user_data["dl_statement_time"] = statement_time
    doc.user_data["dl_birth_times"] = births
    return mentions


# the start of a line of web furniture before a time: "Updated 6 hours ago", "Posted: Dec 19, 2027"
_PAGE_STAMP = re.compile(r"(?i)^\s*(?:last\s+)?(?:updated|posted|published|modified)\s*(?:on|at)?\s*:?\s*$")


def _fronted_after_phrase(doc: Doc, a, head_tok: Token) -> bool:
    """"A day after the strike, Israeli artillery shelled ..." (QA round forty-seven): the "after" takes a
    noun and the time hangs on the main verb outside its phrase, which is the later deed, not the earlier."""
    after = next((t for t in doc if t.idx == a.end - len(text_word := doc_text(doc)[a.start:a.end].split()[-1])
                  and t.lower_ == text_word.lower()), None)
    if after is None:
        return False
    objs = [c for c in after.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    return bool(objs) and not any(head_tok.i == x.i for x in after.subtree) \
        and after.i < head_tok.i and any(t.text == "," for t in doc[after.i:head_tok.i])


def _death_day_of_other(doc: Doc, tm: TimeMention, ev: EventMention) -> bool:
    """``tm`` is the day of a death told with the wounding ``ev`` ("shot ... died Sunday"), not the wounding's."""
    return tm.granularity == "day" and tm.head is not None and tm.head != ev.head \
        and 0 <= tm.head < len(doc) and doc[tm.head].lemma_.lower() in _DEATH_LEMMAS


_LAST_WEEKDAY = re.compile(r"(?i)^last\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


_DEATH_LEMMAS = frozenset({"die", "succumb"})
# deeds a weekday's possessive dates ("Tuesday's shooting")
_DEED_NOUNS_DATED = frozenset({"shooting", "attack", "killing", "stabbing", "bombing", "blast", "explosion", "raid",
                               "strike", "ambush", "clash", "violence", "riot", "protest", "homicide", "murder",
                               "crash", "fire", "incident", "assault", "robbery", "carjacking"})


def _week_before_death(doc: Doc, sent_times: list[TimeMention]) -> None:
    """"A man who was shot last Thursday ... died of his injuries on Monday" (published a Saturday;
    QA round nineteen): "last Thursday" read as the Thursday just gone would follow the death it
    led to; it is the one of the week before."""
    deaths = [tm for tm in sent_times if tm.value is not None and tm.granularity == "day" and tm.head is not None
              and doc[tm.head].lemma_.lower() in _DEATH_LEMMAS]
    for tm in sent_times:
        if tm.value is None or tm.granularity != "day" or not _LAST_WEEKDAY.match(tm.text) \
                or tm.head is None or doc[tm.head].lemma_.lower() in _DEATH_LEMMAS:
            continue
        if any(d.value < tm.value for d in deaths) and all(d.value >= tm.value - dt.timedelta(days=7) for d in deaths):
            tm.value = tm.value - dt.timedelta(days=7)
            if tm.end_value is not None:
                tm.end_value = tm.end_value - dt.timedelta(days=7)


# "Officers arrested 35-year-old John Doe (8/4/1978)", "(B/M 8/9/1986)", "DOB: 3/21/1990": a
# date of birth, a TIMEX like any other but never the date of what the report tells
_BIRTH_BRACKET = re.compile(r"\b([A-Z][a-z'-]+)\s*\(\s*(?:[A-Z]\s*/\s*[A-Z]\s*,?\s*)?$")
_BIRTH_WORD = re.compile(r"(?i)\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|born(?:\s+on)?)\s*:?\s*$")
_WITH_YEAR = re.compile(r"(?:\b(?:1[89]|20)\d\d|/\d\d)$")


def _birth_date(text: str, start: int, end: int) -> bool:
    """Is the date at ``text[start:end]`` a date of birth: with its year, in brackets right after
    a name (police logs: "Jane Roe (11/24/1989)", "(B/M 8/9/1986)"), or after "DOB"/"born"?"""
    before = text[max(0, start - 40):start]
    if _BIRTH_WORD.search(before):
        return True
    m = _BIRTH_BRACKET.search(before)
    if m is None or not _WITH_YEAR.search(text[start:end]) or not re.match(r"^\s*\)", text[end:end + 3]):
        return False
    return m.group(1).lower() not in tx_mod.WEEKDAYS and m.group(1).lower() not in tx_mod.MONTHS


# "UPDATE: June 4th, 2019 @ 6:00 a.m.", "Updated 3/5/19": the date a web page was revised, no
# incident's (kept out of event_time/story_time with the dates of birth)
_UPDATE_STAMP = re.compile(r"(?i)\bupdated?\s*(?:on|at)?\s*[:\-\u2013\u2014]?\s*$")


def _update_stamp(text: str, start: int, end: int | None = None) -> bool:
    """"Updated: March 3, 2018", or a page's own stamp opening the text with a clock time after
    it ("Monday March 2, 2015 9:41 AM A farmer was ..."; QA round four): the page's time, no event's."""
    if _UPDATE_STAMP.search(text[max(0, start - 20):start]):
        return True
    return end is not None and not text[:start].strip() and bool(_CLOCK_AFTER.match(text[end:end + 16]))


_CLOCK_AFTER = re.compile(r"(?i),?\s+\d{1,2}:\d\d\s*(?:a\.?m\.?|p\.?m\.?)")


def _told_past(tok) -> bool:
    """The date hangs on a verb in the past tense, or on a noun that is the subject or object of
    one ("The blast on Dec. 31 killed three", "was shot on Dec. 31"): a past day, however far back
    (QA round four: the coming reading had put last New Year's Eve's blast next month)."""
    if tok is None:
        return False
    v = tok if tok.pos_ in ("VERB", "AUX") else (tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None)
    if v is None:
        return False
    return v.tag_ == "VBD" or (v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were")
                                                          for c in v.children))


def _coming_day_month(a: tx_mod.Timex, published: dt.date) -> bool:
    """A day and month without a year that the past reading would put more than half a year back
    while it comes within three months ("due back in court on Feb. 28" in a paper of Feb. 4):
    news style gives the year of any date outside the current one, so the coming date is meant."""
    if a.kind != "date" or a.spec.get("type") != "absolute" or a.spec.get("year") is not None:
        return False
    past = tx_mod.resolve(a, published, future=False).value
    coming = tx_mod.resolve(a, published, future=True).value
    if past is None or coming is None:
        return False
    return (published - past).days > 183 and 0 < (coming - published).days <= 92


def _sent_lookup(bounds: list[tuple[int, int]]):
    starts = [b[0] for b in bounds]
    import bisect

    def lookup(ch: int) -> int:
        i = bisect.bisect_right(starts, ch) - 1
        return max(i, 0)

    return lookup


_RANGE_MID = re.compile(r"^\s*(?:and|to|until|till|through|thru|-|–)\s*$", re.I)
_RANGE_PRE = re.compile(r"(?:between|from)\s*$", re.I)


_RESPECTIVELY = re.compile(r"(?i)\brespectively\b")


def _merge_ranges(text: str, raw: list[tx_mod.Timex]) -> list[tuple[tx_mod.Timex, tx_mod.Timex | None]]:
    """Pair "between X and Y" / "from X to Y" (two dates of the same kind) into ranges."""
    out: list[tuple[tx_mod.Timex, tx_mod.Timex | None]] = []
    i = 0
    while i < len(raw):
        a = raw[i]
        if i + 1 < len(raw) and a.kind == "date":
            b = raw[i + 1]
            mid = text[a.end:b.start]
            pre = text[max(0, a.start - 12):a.start]
            # "The attacks took place on Wednesday and Thursday" (QA round seventeen): two bare
            # weekdays told together are the days the event ran over, in order
            days = a.spec.get("type") == b.spec.get("type") == "weekday" and mid.strip().lower() == "and" \
                and re.search(r"(?i)\bon\s*$", pre) and not a.spec.get("rel") and not b.spec.get("rel") \
                and (b.spec.get("weekday", 0) - a.spec.get("weekday", 0)) % 7 in (1, 2) \
                and not _RESPECTIVELY.search(text[max(0, a.start - 200):a.start].split(".")[-1]
                                             + text[b.end:b.end + 160].split(".")[0])
            # (not days paired with places or figures: "in Djibo and Arbinda on Friday and Saturday
            # killed 17 and nine soldiers respectively", QA, seventeenth session)
            if b.kind == "date" and _RANGE_MID.match(mid) and (_RANGE_PRE.search(pre) or days) \
                    and a.spec.get("type") == b.spec.get("type"):
                out.append((a, b))
                i += 2
                continue
        out.append((a, None))
        i += 1
    return out


# ---------------------------------------------------------------------------------------------
# for the fusion stage


def _usable(tm: TimeMention) -> bool:
    return tm.kind in ("date", "span") and tm.value is not None \
        and tm.granularity not in ("present", "past", "century", "decade")


# "over the past three days", "in the last two weeks": a stretch ending on the day it is told
_PAST_SPAN = re.compile(r"(?i)\b(?:over|in|during|within|for)\s+the\s+(?:past|last)\s+\S+\s+(?:days|weeks)$")


_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:early\s+|late\s+)?$")


def _since_day(tm: TimeMention, end: dt.date | None) -> None:
    """"Clashes ... have killed more than 30 people since Sunday, a war monitor said on Tuesday" (QA
    round twenty-three): the days from that day to the statement's (else the publication's), as a
    range of days ("between Sunday and Tuesday"), when it is a week or less."""
    if end is None or not 0 < (end - tm.value).days <= 6:
        return
    tm.end_value = end
    tm.time_precision, tm.date_prec = 2, 2


def _past_span(tm: TimeMention, days: int, end: dt.date, anchor: str) -> None:
    """Make the duration ``tm`` the stretch of ``days`` days ending on ``end`` (kind "span": a
    period an event is dated by, not a date expression of TimeML's; QA round twenty-one)."""
    if not 1 < days <= 31:
        return
    tm.kind, tm.anchor = "span", anchor
    tm.value, tm.end_value = end - dt.timedelta(days=days - 1), end
    tm.granularity = "week" if days <= 7 else "month"
    tm.time_precision, tm.date_prec = (2, 3) if days <= 7 else (3, 4)


def _births(doc: Doc) -> set[int]:
    return doc.user_data.get("dl_birth_times") or set()


def _attached(doc: Doc, tm: TimeMention, ev: EventMention) -> bool:
    if tm.head is None:
        return False
    if ev.head == tm.head:
        return True
    head_tok = doc[tm.head]
    if doc[ev.head].dep_ in ("compound", "amod", "nmod") and doc[ev.head].head.i == tm.head \
            and doc[ev.head].i < tm.head and tm.granularity in ("day", "month", "year") and tm.start < doc[ev.head].idx:
        # "in last Friday's shooting death of a man" (QA, seventeenth session): the day of the noun the trigger
        # names (or its year: "for a 2024 drive-by shooting that killed a boy", QA round thirty-nine)
        return True
    # "attacked ... and killed ... last night": a conjunct or the auxiliary chain of the trigger
    ev_tok = doc[ev.head]
    if head_tok.head.i == ev.head and head_tok.dep_ in ("conj", "xcomp", "advcl") and head_tok.pos_ in ("VERB", "NOUN"):
        # (not what came after it: "was shot on Oct. 28 and died two days later"; QA round six)
        # (nor what others did after it, in a clause with its own subject: "abducted about 30 women ... on
        # Dec. 30, residents said, and nine of them escaped on Jan. 2", QA round thirty-nine)
        return not (head_tok.dep_ == "conj" and head_tok.i > ev.head and (
            tm.anchor == "narrative" or any(c.dep_ in ("nsubj", "nsubjpass") for c in head_tok.children)))
    if head_tok.dep_ == "pobj" and head_tok.head.dep_ == "prep" and head_tok.head.lower_ in ("during", "amid", "in") \
            and head_tok.pos_ == "NOUN" and (head_tok.head.head.i == ev.head or (
                head_tok.head.lower_ == "during" and head_tok.head.head.dep_ == "dobj"
                and head_tok.head.head.head.i == ev.head)):
        # "was shot during a robbery on Oct. 28" (QA round six); "shot dead a 17-year-old driver
        # during a traffic stop on Tuesday", the phrase hung on the object (QA round nineteen)
        return True
    if ev_tok.head.i == head_tok.i and ev_tok.dep_ in ("xcomp", "conj", "dobj", "nsubj", "nsubjpass") \
            and head_tok.lemma_.lower() not in SPEECH_LEMMAS:
        # (a gapped figure's, events._gapped_deeds, only when told after it: "killed five in Benue on
        # Monday and another three in Plateau on Tuesday")
        return not (ev_tok.pos_ == "NUM" and ev_tok.dep_ == "conj" and tm.start < ev_tok.idx)
    if tm.granularity == "day" and head_tok.dep_ == "pobj" and head_tok.pos_ == "NOUN" \
            and head_tok.head.lower_ in ("at", "outside", "near", "inside") and head_tok.head.head.i == ev.head:
        # "gunmen shot dead three men at a shop there on Monday night" (QA, sixteenth session): the
        # day the parse hung on the place of the deed
        return True
    n = ev_tok.head if ev_tok.dep_ in ("compound", "amod") else ev_tok
    if tm.granularity in ("year", "month") and n.dep_ == "pobj" and n.head.lower_ in ("in", "during") \
            and n.head.head.i == head_tok.i and head_tok.lemma_.lower() in ("kill", "die", "injure", "wound", "hurt"):
        # "At least 128 people were killed in mob beatings in 2025" (QA round twenty-five): the
        # period the toll is told for dates the deeds it was told in
        return True
    return ev.start <= doc[tm.head].idx < ev.end


# Words dated from the publication date itself: one day off whenever a report is filed after
# midnight or dated by its web update, so a weekday or a date the report names nearby is surer.
# "yesterday" is left out: wires write it deliberately from their dateline (GVA train: 1 each way).
_DEICTIC_DAY = re.compile(r"(?i)\b(?:today|tonight|overnight|this\s+(?:morning|afternoon|evening)|"
                          r"last\s+(?:night|evening))\b")


_CORRECTED = re.compile(r"(?i)\b(?:incorrectly|erroneously|mistakenly|wrongly)\s+(?:said|stated|reported|listed|gave)\b")


def _in_anothers_relative(doc: Doc, tm: TimeMention, ev: EventMention) -> bool:
    """"M23, which seized Goma in January, said 11 of its fighters were also killed" (QA round
    twenty-four): a date inside a relative clause on a name, a month or more back, dates what the
    clause tells of the name, not an event outside it."""
    if tm.head is None or not (0 <= ev.head < len(doc)):
        return False
    trig = doc[ev.head]
    h = doc[tm.head]
    if tm.granularity != "day" and h.dep_ == "acl" and h.tag_ == "VBN" and h.head.i != trig.i \
            and h.head.dep_ in ("dobj", "pobj") \
            and trig.is_ancestor(h.head) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
        # "Hundreds of farmer unions are protesting the laws passed last week" (QA, eighteenth session):
        # a date on what the deed's object was done to, not on the deed
        return True
    if tm.granularity == "day":
        return False
    for a in (doc[tm.head], *doc[tm.head].ancestors):
        if a.i == trig.i or a.is_ancestor(trig):
            return False
        if a.dep_ == "relcl" and a.head.pos_ == "PROPN":
            return True
        if a.dep_ == "relcl" and a.head.pos_ == "NOUN" \
                and re.search(r"(?i)\bsince\s+$", doc_text(doc)[max(0, tm.start - 8):tm.start]):
            # "Protesters, who have rallied nightly since November 2024 ..., threw fireworks" (QA,
            # sixteenth session): when a span the clause tells of the people began
            return True
    return False


def event_time(doc: Doc, ev: EventMention) -> tuple[int | None, str]:
    """:func:`_event_time`, then: a date read from the publication date ("overnight", "last
    night", "today"; not "yesterday") gives way to a different day within two days of it that the report names
    ("On Thursday, March 15 around 10:30 p.m."), not a statement's nor a procedural one. GVA
    train, whole split: where a report's first day is such a word and another named day lies
    within two days, the incident is the named day 17 times, the deictic one 3."""
    ti, why = _event_time(doc, ev)
    times: list[TimeMention] = list(doc._.dl_times or [])
    if ti is None:
        return ti, why
    t = times[ti]
    if t.anchor != "published" or t.granularity != "day" or t.end_value or not _DEICTIC_DAY.search(t.text):
        return ti, why
    planned = ev.status in ("planned", "hypothetical")
    births = _births(doc)
    alt = [i for i, tm in enumerate(times)
           if _usable(tm) and i not in births and tm.granularity == "day" and not tm.end_value and (planned or not tm.future)
           and tm.anchor in ("published", "absolute") and not _DEICTIC_DAY.search(tm.text)
           and not _speech_head(doc, tm) and not _process_head(doc, tm)
           and 0 < abs((tm.value - t.value).days) <= 2]
    if alt:
        return alt[0], why + "; the day the report names near it"
    return ti, why


_AFTER_OFFSET = re.compile(r"(?i)\b(?:after|before)$")


def _dates_deed_between(doc: Doc, tm: TimeMention, ev: EventMention) -> bool:
    """"Security forces arrested a suspect in the killing of a researcher ... two years ago" (QA round
    twenty-three): a date more than a month back that the parser hung on the verb, told after a past
    deed's noun between them, dates that deed, not the verb."""
    published = published_day(doc)
    if not (0 <= ev.head < len(doc)) or doc[ev.head].pos_ != "VERB" or tm.start <= ev.end \
            or published is None or tm.value is None:
        return False
    return (published - tm.value).days > 30 and deed_between(doc[ev.head], tm.start)


def _event_time(doc: Doc, ev: EventMention) -> tuple[int | None, str]:
    """Index into ``doc._.dl_times`` of the date of event mention ``ev``, and why.

    Order: (1) an expression attached to the trigger in the parse ("attacked ... on Tuesday
    night", "overnight attacks", "last night"), a month or year giving way to the report's day
    inside it; (2) the nearest other date in the same sentence (not a bare year), a past one for
    an event that occurred, not a statement's nor a procedural one (:data:`PROCESS_LEMMAS`);
    (3) the story's date: the latest day-precise date given in an earlier sentence (a report
    dates its incident once, in the lead), else the first one after; (4) the procedural dates
    (arrest, court, the victim's state): the sentence's own, then the story's; (5) the date of
    the statement that reports it; else ``(None, reason)``: the caller falls back to the
    publication date with a lower precision.
    """
    times: list[TimeMention] = list(doc._.dl_times or [])
    # (a call-off is dated on the day that was to come: "a march planned for Friday ... has been
    # postponed", QA round twenty-five)
    planned = ev.status in ("planned", "hypothetical", "negated")
    stmt = statement_time_of(doc, ev.sent)

    births = _births(doc)
    born = {id(times[i]) for i in births if i < len(times)}

    def ok(tm: TimeMention) -> bool:
        if not _usable(tm) or id(tm) in born:
            return False
        if tm.head is not None and 0 <= tm.head < len(doc) and _CORRECTED.search(doc[tm.head].sent.text):
            # an editor's note that a first telling gave the wrong day ("... wrongly said it happened on
            # Monday", QA, eighteenth session): the day corrected is no day of the event
            return False
        if not planned and tm.future:
            return False
        if _in_anothers_relative(doc, tm, ev):
            return False
        if tm.head is not None and tm.head != ev.head and _AFTER_OFFSET.search(tm.text) \
                and 0 <= ev.head < len(doc) and not doc[tm.head].is_ancestor(doc[ev.head]) \
                and (doc[tm.head].i > doc[ev.head].i
                     or doc[tm.head].dep_ == "advcl" and doc[ev.head].is_ancestor(doc[tm.head])):
            # "recaptured the city ..., a year after the paramilitaries seized it" (QA round eight):
            # the offset dates the event of its own clause, not this one
            # (told first too: "Three days after a suicide bombing killed 14 people ..., gunmen shot dead two
            # police officers ... on Thursday", QA round forty-one)
            return False
        return True

    deed = respective_deed(doc, ev.head)
    if deed is not None and deed[1][2] is not None:
        day = doc[deed[1][2]]
        mine = [i for i, tm in enumerate(times) if tm.sent == ev.sent and ok(tm) and tm.start <= day.idx < tm.end]
        if mine:
            return mine[0], "the day told in its part of a list"
    seg = gapped_segment(doc, ev.head)
    if seg is not None:
        # a deed of a list told with its own day ("killed 48 people in Solenzo on Monday, 12 in Dafinso on
        # Tuesday", QA, seventeenth session): the day in its own part, whatever the parse hung it on
        mine = [i for i, tm in enumerate(times) if tm.sent == ev.sent and ok(tm) and seg[0] <= tm.start < seg[1]]
        if mine:
            return mine[0], "the day told in its part of a list"
    attached = [i for i, tm in enumerate(times) if tm.sent == ev.sent and ok(tm) and _attached(doc, tm, ev)
                and not crime_day(doc, tm, ev) and not _dates_deed_between(doc, tm, ev)]
    if stmt is not None and stmt in attached and len(attached) > 1:
        # "said on Friday it had carried out an airstrike ... on Wednesday", both days hung on
        # "carried": the statement's day is not the strike's (QA round four)
        attached = [i for i in attached if i != stmt]
    elif stmt is not None and stmt in attached and 0 <= ev.head < len(doc) and _claim_verb(doc[ev.head]):
        attached = []  # "claimed the attack in a statement on Thursday": the claim's day (QA round nineteen)
    # (not an offset told from another day over a day told outright: "more than two weeks after he was
    # shot while shoveling snow ... on Jan. 24", QA round twenty-six)
    trig0 = doc[ev.head] if 0 <= ev.head < len(doc) else None
    if trig0 is not None and trig0.pos_ == "VERB" and trig0.lemma_.lower() in ("shoot", "wound", "stab", "injure") \
            and trig0.dep_ != "advcl" and attached:
        # "A woman shot during a road-rage confrontation ... earlier this month died Sunday" (QA round
        # forty-six): the day of the death the parser hung below the wounding is the death's
        died = [i for i in attached if _death_day_of_other(doc, times[i], ev)]
        if died and len(died) < len(attached):
            attached = [i for i in attached if i not in died]
    own = [i for i in attached if times[i].head == ev.head and times[i].anchor != "narrative"]
    if own and len(own) < len(attached):
        # "deployed troops on Monday and they clashed with rebels on Tuesday": a conjunct's own
        # date before the one it would share with the verb it is coordinated with
        attached = own
    later = [i for i in attached if times[i].anchor == "narrative" and times[i].granularity == "day"
             and times[i].value is not None
             and any(times[j].anchor != "narrative" and times[j].start < times[i].start and times[j].value is not None
                     and times[j].value < times[i].value for j in attached)]
    if later:
        # "A peaceful march ... on Monday turned violent the following day" (QA round twenty-five):
        # the day told from another hung on the same verb is the later turn's own
        attached = later
    if attached and stmt is not None and all(i == stmt for i in attached):
        # "The army said on Thursday it had repelled an attack on a base in Boni a day earlier" (QA round
        # forty-seven): the statement's day the parser hung on the deed, and the deed's own day told from it
        told = [i for i, tm in enumerate(times) if tm.sent == ev.sent and i != stmt and ok(tm)
                and tm.anchor == "narrative" and tm.granularity == "day" and tm.value is not None
                and times[stmt].value is not None and tm.value < times[stmt].value and tm.start > ev.start]
        if told:
            return told[0], "the day told from the statement's"
    if attached:
        # the most precise of them ("Tuesday night" over "last week")
        best = min(attached, key=lambda i: (times[i].time_precision or 9, abs(times[i].start - ev.start)))
        near = _day_inside(doc, times, best, ev, ok)
        if near is not None and near != stmt:
            # (not the statement's day the parse hung on the trigger too: "said on Wednesday they
            # had fired three missiles at a ship ... earlier this month", QA round twenty-three)
            return near, "the report's day inside the period attached to the trigger"
        return best, "attached to the trigger"
    same = [i for i, tm in enumerate(times) if tm.sent == ev.sent and ok(tm) and tm.granularity not in ("year",)]
    trig = doc[ev.head] if 0 <= ev.head < len(doc) else None
    if trig is not None and trig.pos_ == "NOUN" and trig.lemma_.lower() in PAST_DEED_NOUNS \
            and trig.dep_ == "pobj" and trig.head.head.pos_ == "VERB":
        # "Police arrested a man on Monday over a shooting at a bar in Lagos on Saturday" (QA round
        # twenty-three): a day the parser hung on the verb, told after the deed's noun phrase, is the
        # deed's
        verb = trig.head.head
        after = [i for i in same if times[i].head == verb.i and times[i].start > ev.end and i != stmt
                 and not any(w.pos_ == "VERB" and w.idx < times[i].start for w in doc[ev.head + 1:trig.sent.end])]
        if after:
            return after[0], "the day told after the deed's noun"
    if trig is not None and trig.dep_ == "pobj" and trig.head.lower_ in ("during", "amid") \
            and trig.head.head.pos_ == "VERB":
        # "Dozens of activists were arrested last week during a rare protest" (QA round seven): what
        # was done during it carries its day, even a procedural verb's
        during = [i for i in same if times[i].head == trig.head.head.i and i != stmt]
        if during:
            return min(during, key=lambda i: times[i].time_precision or 9), "the day of what was done during it"
    non_stmt = [i for i in same if i != stmt and not _speech_head(doc, times[i]) and not _process_head(doc, times[i])]
    # not the day of another event the sentence names: "said Monday they had arrested three suspects
    # in connection with the bombing of a mosque last week" (QA round six)
    # (a setting the trigger happened during is no other event: "opened fire during a parade in 2013";
    # nor the noun whose clause tells the trigger: "the shooting, in which ... fired at a rival")
    others = {e.head for e in doc._.dl_events or [] if e.head != ev.head and e.sent == ev.sent
              and doc[e.head].pos_ == "NOUN" and not doc[e.head].is_ancestor(doc[ev.head])
              and not (doc[e.head].dep_ == "pobj" and doc[e.head].head.lower_ in ("during", "amid", "at"))}
    non_stmt = [i for i in non_stmt if times[i].head not in others]
    # "detained 12 people suspected of planning to disrupt Sunday's presidential election" (QA round
    # nineteen): a day owned by another noun is that thing's day
    non_stmt = [i for i in non_stmt if not _owned_day(doc, times[i], ev)]
    if trig is not None and trig.pos_ == "VERB" and trig.lemma_.lower() in ("shoot", "wound", "stab", "injure"):
        # ("A man shot during an argument ... earlier this month died Sunday": the death's day, QA round
        # forty-six)
        kept = [i for i in non_stmt if not _death_day_of_other(doc, times[i], ev)]
        non_stmt = kept or non_stmt  # (one day told for both: "was shot and died at the scene Sunday")
    if trig is not None and trig.dep_ == "pobj" and trig.head.lower_ in ("following", "after") \
            and trig.pos_ == "NOUN" and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trig.children):
        # "The body of a man was found Tuesday morning ..., days after relatives reported him missing
        # following a shooting" (QA round forty-six): what came after a shooting carries the day told,
        # the shooting its own
        non_stmt = [i for i in non_stmt if times[i].head == trig.i]
    told = _happened_on(doc, times, ev, ok) if not non_stmt else None
    if told is not None:
        return told, "the day a later sentence says it took place"
    if non_stmt:
        best = min(non_stmt, key=lambda i: ((times[i].time_precision or 9) > 1, abs(times[i].start - ev.start)))
        # "a man killed by officers ... last weekend" + "Officers were called at 9:40 p.m. Saturday"
        # (not the statement's own day: "The army said on Friday it had killed more than 80
        # terrorists in air strikes ... this week", QA round twenty-one)
        near = _day_inside(doc, times, best, ev, lambda tm: ok(tm) and (stmt is None or tm is not times[stmt]),
                           with_spoken=True) if times[best].granularity in ("week", "weekend", "month") else None
        if near is not None:
            return near, "the report's day inside the period of the same sentence"
        return best, "same sentence"
    # (4) the story's time: the latest specific past date the report gave before the event (a
    # report states the date once, in its lead), else the first one after it. Dates of the
    # reporting and of what followed the incident (said, identified, was arrested, appeared in
    # court, remained in hospital) are not the story's time.
    # "was arrested Saturday evening after he fired ...": the incident is no later than what
    # followed it in its own sentence
    caps = [times[i].value for i in same if _process_head(doc, times[i]) and times[i].granularity == "day"]
    cap = min(caps) if caps else None

    def story(tm: TimeMention, process: bool) -> bool:
        # (or the stretch the lead told: "killed at least 15 civilians over the past three days",
        # QA round twenty-one; not a day something is ahead of, "a lockdown ... ahead of Youth Day on
        # Wednesday", QA round twenty-six)
        return ok(tm) and (tm.granularity in ("day", "weekend") or tm.kind == "span") and not _ahead_of(doc, tm) \
            and not _speech_head(doc, tm) and \
            _process_head(doc, tm) == process and tm.anchor != "narrative" and \
            (process or cap is None or tm.value <= cap)
    for process in (False, True):
        if process:
            # only what followed the incident is dated (jailed Sunday night, still held Monday
            # morning on charges of assault): the incident came before all of it, so the earliest
            # of those days, its own sentence's among them (train 400: +3 dates, none lost)
            proc = [i for i, tm in enumerate(times) if (story(tm, True) or (i in same and i != stmt and
                                                                           not _speech_head(doc, tm)
                                                                           and tm.head not in others))
                    and not _owned_day(doc, tm, ev)]
            if proc:
                return min(proc, key=lambda i: (times[i].value, (times[i].time_precision or 9) > 1,
                                                times[i].sent != ev.sent, times[i].start)), \
                    "the earliest date of what followed it"
            same = [i for i in same if not _owned_day(doc, times[i], ev)]
            if same:
                best = min(same, key=lambda i: ((times[i].time_precision or 9) > 1, abs(times[i].start - ev.start)))
                # "A woman was wounded, police said today. The call came in at 10 p.m.
                # Monday": the incident is no later than the earliest day it was reported
                spoken = _spoken_days(doc, times, ok)
                early = [i for i in spoken if times[i].value < times[best].value]
                if early and times[best].granularity == "day":
                    return min(early, key=lambda i: (times[i].value, times[i].start)), \
                        "the earliest date of its reporting, before the statement's"
                return best, "statement date in the same sentence"
            continue
        before = [i for i, tm in enumerate(times) if tm.sent < ev.sent and story(tm, process)]
        if before:
            if not process and times[before[-1]].granularity == "weekend":
                near = _day_inside(doc, times, before[-1], ev, ok)
                if near is not None:
                    return near, "the report's day inside the weekend told before it"
            return before[-1], "the report's last date before it"
        # (not a later sentence's other incident: "one of the teens also confessed to wounding a
        # driver on Feb. 3" after Monday's robberies)
        after = [i for i, tm in enumerate(times) if tm.sent > ev.sent and story(tm, process)
                 and not _other_incident_sentence(doc, tm)]
        if after:
            return after[0], "the report's first date after it"
    # (3) the date of the statement that reports it
    if stmt is not None and stmt < len(times) and _usable(times[stmt]):
        return stmt, "date of the statement that reports it"
    # (6) the report dates only its reporting ("Gunshots were reported Wednesday night", "police
    # announced Tuesday ... On Monday, police said they responded"): the incident is on or before
    # the earliest of those days, which is nearer to it than the publication date
    spoken = _spoken_days(doc, times, ok)
    if spoken:
        return min(spoken, key=lambda i: (times[i].value, times[i].start)), "the earliest date of its reporting"
    return None, "no date in the text for this event"


def _owned_day(doc: Doc, tm: TimeMention, ev: EventMention) -> bool:
    """"detained 12 people suspected of planning to disrupt Sunday's presidential election" (QA
    round nineteen): a day owned by another noun is that thing's day, not the event's."""
    return bool(re.search(r"['\u2019]s$", tm.text)) and tm.head is not None and tm.head != ev.head \
        and doc[tm.head].pos_ == "NOUN"


_CHARGE_PREPS = frozenset({"over", "for", "after"})


def statement_time_of(doc: Doc, sent: int) -> int | None:
    """Index into ``doc._.dl_times`` of the day sentence ``sent``'s statement was made ("police
    said on Friday"), as find_times recorded it, else None."""
    return (doc.user_data.get("dl_statement_time") or {}).get(sent)


def crime_day(doc: Doc, tm: TimeMention, ev: EventMention) -> bool:
    """"had arrested 12 suspects over the killing of a traditional ruler in the Ahoada East area
    last month" (QA round sixteen): a date right after the crime an arrest is "over" or "for",
    which the parser hung on the arrest, is the crime's day."""
    if ev.sub_event_type != "Arrests" or not 0 <= ev.head < len(doc):
        return False
    trig = doc[ev.head]
    preps = [p for p in trig.children if p.dep_ == "prep" and p.lower_ in _CHARGE_PREPS]
    # "arrested Tuesday in connection with the deadly shooting of her partner last month" (QA
    # round eighteen)
    preps += [w for p in trig.children if p.dep_ == "prep" and p.lower_ == "in"
              for c in p.children if c.dep_ == "pobj" and c.lower_ == "connection"
              for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
    for p in preps:
        for o in p.children:
            if o.dep_ == "pobj" and o.pos_ == "NOUN" and 0 <= o.right_edge.i + 1 < len(doc) \
                    and (doc[o.right_edge.i + 1].idx == tm.start
                         # ("over a shooting at a bar in Lagos on Saturday", QA round twenty-three)
                         or doc[o.right_edge.i + 1].lower_ in ("on", "in") and o.right_edge.i + 2 < len(doc)
                         and doc[o.right_edge.i + 2].idx == tm.start):
                return True
    return False


def _day_inside(doc: Doc, times: list[TimeMention], best: int, ev: EventMention, ok,
                with_spoken: bool = False) -> int | None:
    """"The fifth homicide of the year", "last weekend": the day the report gives inside the
    period ``times[best]``, or None. The earliest of them: the incident comes before what
    followed it in the same period ("earlier this week" + "made his first court appearance
    Thursday" + "police responded Monday"; the nearest sentence's day had been taken before:
    GVA train-600 seed 23, +1 date, none lost)."""
    coarse = times[best]
    if coarse.granularity not in ("month", "year", "season", "quarter", "week", "weekend"):
        return None
    inside = [i for i, tm in enumerate(times) if ok(tm) and tm.granularity == "day" and tm.anchor != "narrative"
              and not _speech_head(doc, tm) and not _process_head(doc, tm) and _inside(tm, coarse)
              # (not the day a victim died: "shot last week ... He died at the hospital on Sunday",
              # QA round twenty-seven)
              and not (tm.head is not None and tm.head != ev.head and doc[tm.head].lemma_.lower() in _DEATH_LEMMAS
                       and 0 <= ev.head < len(doc) and doc[ev.head].lemma_.lower() not in _DEATH_LEMMAS)]
    if coarse.granularity == "month" and with_spoken:
        # "a shooting earlier this month" + "On June 6, deputies said, three people walked in ...",
        # "a warrant was obtained Friday": the incident came first, so the earliest day told
        # inside the month; a day another sentence dates a statement by is no earlier than the
        # incident and nearer to it than the month's first day, so it counts too
        inside += [i for i in _spoken_days(doc, times, ok) if times[i].sent != ev.sent and _inside(times[i], coarse)]
    if coarse.granularity == "weekend":
        # "wounded over the weekend" + "Sunday, the victim was outside his car when ...", "...
        # Sunday on Elm Street, police said": a weekend has two days, and one another sentence
        # names is the incident's whether it hangs on a state or a statement
        inside += [i for i, tm in enumerate(times) if ok(tm) and tm.granularity == "day" and tm.anchor != "narrative"
                   and tm.sent != ev.sent and _inside(tm, coarse) and i not in inside and tm.head is not None
                   and (_speech_head(doc, tm) or doc[tm.head].lemma_.lower() == "be")]
    if not inside and coarse.granularity == "week":
        # "shot his ex-wife last week" + "was arrested on March 21 after deputies went out on a
        # call about gunfire": only what followed is dated inside the week; the incident came
        # on or before its earliest day, which is nearer to it than the week's Monday
        inside = [i for i, tm in enumerate(times) if ok(tm) and tm.granularity == "day" and tm.anchor != "narrative"
                  and not _speech_head(doc, tm) and _process_head(doc, tm) and _inside(tm, coarse)]
    # a day an earlier sentence gives its own incident ("ambushed soldiers on Friday ... Earlier this
    # month, a bus hit a landmine") is that incident's, not this one's
    # (when this sentence tells victims of its own; "It was the third homicide in 2021" is the same)
    own_victims = any(c.sent == ev.sent and c.category in ("killed", "injured") for c in doc._.dl_counts or [])
    inside = [i for i in inside if not (own_victims and times[i].sent < ev.sent and any(
        e.sent == times[i].sent and e.status == "occurred" and e.event_type and not e.background
        for e in doc._.dl_events or []))]
    if not inside:
        return None
    return min(inside, key=lambda i: (times[i].value, times[i].start))


def _spoken_days(doc: Doc, times: list[TimeMention], ok) -> list[int]:
    """Days a statement or report about the incident is dated by ("was reported Monday")."""
    return [i for i, tm in enumerate(times) if ok(tm) and tm.granularity == "day" and tm.anchor != "narrative"
            and tm.head is not None and doc[tm.head].lemma_.lower() in SPEECH_LEMMAS]


def _inside(day: TimeMention, period: TimeMention) -> bool:
    v, p = day.value, period.value
    if v is None or p is None:
        return False
    if period.granularity == "year":
        return v.year == p.year
    if period.granularity == "month":
        return (v.year, v.month) == (p.year, p.month)
    end = period.end_value or p
    return p <= v <= end or (period.granularity in ("season", "quarter") and 0 <= (v - p).days < 92)


def story_time(doc: Doc) -> int | None:
    """Index in ``doc._.dl_times`` of the report's first specific past date that is not the date
    of a statement or of publication (the date a report gives its incident in the lead), or None."""
    births = _births(doc)
    for process in (False, True):  # the incident's dates before those of the arrest, the hearing
        for i, tm in enumerate(doc._.dl_times or []):
            if _usable(tm) and i not in births and not tm.future and tm.granularity in ("day", "weekend") and not _speech_head(doc, tm) \
                    and _process_head(doc, tm) == process and tm.anchor != "narrative":
                return i
    return None


# What follows an incident, when a report dates it: the investigation, the justice process and
# the victims' state ("was arrested Monday", "appeared in court Tuesday", "identified
# Wednesday", "remained in critical condition Monday"), and its discovery ("discovered the bullet
# holes the next morning"). A date on these is not the date of the
# incident; :func:`event_time` uses it only when nothing else dates the event.
PROCESS_LEMMAS = frozenset(
    """arrest charge book jail arraign plead appear sentence convict indict identify release announce remain
    search seek hunt continue testify rule issue execute schedule interview question
    detain arraignment hearing court vigil funeral recover name list stand gather ask urge
    transfer extradite surrender hospitalize locate discover notice realize
    rise climb""".split())  # (the day a toll rose is after the incident: QA round seven)
_INCIDENT_NOUNS = frozenset(
    "shooting incident attack robbery stabbing killing homicide murder crash fire fight altercation".split())


_HAPPENING_NOUNS = _INCIDENT_NOUNS | {w + "s" for w in _INCIDENT_NOUNS} | frozenset(
    "massacre strike strikes raid raids ambush bombing blast explosion clashes fighting".split())


def _happened_on(doc: Doc, times: list[TimeMention], ev: EventMention, ok) -> int | None:
    """"... killed dozens of civilians ..., a U.N. report released on Friday said. The killings took
    place over five days in March 2022" (QA round nineteen): a definite incident noun of the next
    sentences told to have taken place, happened or occurred on a day dates the event."""
    for tm_i, tm in enumerate(times):
        if not (ev.sent < tm.sent <= ev.sent + 2) or tm.head is None or not ok(tm) or tm.value is None:
            continue
        verb = doc[tm.head]
        lem = verb.lemma_.lower()
        if not (lem in ("happen", "occur") or lem == "take" and any(c.lower_ == "place" for c in verb.children)):
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ in _HAPPENING_NOUNS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in subj[0].children):
            return tm_i
    return None


# what a sentence is counted in ("sentenced ... to 60 years in prison Tuesday")
_TERM_NOUNS = frozenset({"year", "month", "week", "day", "prison", "jail", "life", "term", "custody", "detention"})


def _process_head(doc: Doc, tm: TimeMention) -> bool:
    """Is the expression attached to a process or state word (see PROCESS_LEMMAS), or to "be"
    with a person as subject ("was in critical condition Monday")?"""
    if tm.head is None:
        return False
    h = doc[tm.head]
    lem = h.lemma_.lower()
    if lem in PROCESS_LEMMAS and not (h.dep_ == "relcl" and h.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in ("was", "were") for c in h.children)) \
            and not (lem == "gather" and h.dep_ == "acl"):
        # (not what the people told were doing when it happened: "abducted about 30 women who were
        # gathering firewood ... on Dec. 30", QA round thirty-nine; nor where the people hit had gathered:
        # "opened fire on a group gathered on a porch ... early Sunday", QA round forty-two)
        return True
    if h.pos_ == "NOUN" and h.dep_ == "dobj" and h.head.lemma_.lower() in PROCESS_LEMMAS:
        return True  # "discovered multiple holes the next morning": the parser hung the time on the object
    if h.pos_ == "NOUN" and h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.lower_ in ("to", "in") \
            and h.lemma_.lower() in _TERM_NOUNS and h.head.head.lemma_.lower() in PROCESS_LEMMAS:
        return True  # "sentenced ... to 60 years in prison Tuesday" (QA round twenty-five): the term's day
    if lem == "be" and not (tm.granularity in ("month", "year") and any(
            c.dep_ == "attr" and c.lemma_.lower() in ("scene", "site", "target") for c in h.children)):
        # (not "The city was the scene of a deadly knife attack at a festival in August 2024": the
        # month of the attack the place saw, QA round forty-one)
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subj) and subj[0].lemma_.lower() not in _INCIDENT_NOUNS and subj[0].pos_ in ("NOUN", "PROPN", "PRON")
    return False


_AHEAD_OF = re.compile(r"(?i)\bahead\s+of\s+[^,.;]{0,40}$")


def _ahead_of(doc: Doc, tm: TimeMention) -> bool:
    """The time dates what something is "ahead of" ("ahead of Youth Day on Wednesday")."""
    return bool(_AHEAD_OF.search(doc_text(doc)[max(0, tm.start - 60):tm.start]))


def _speech_head(doc: Doc, tm: TimeMention) -> bool:
    if tm.head is None:
        return False
    h = doc[tm.head]
    if h.lemma_.lower() in _STATEMENT_NOUNS and h.dep_ == "pobj" and h.head.lower_ == "in" \
            and h.head.head.lemma_.lower() in SPEECH_LEMMAS:
        return True  # "the army said in a statement on Monday" (QA round sixteen): the statement's day
    return h.lemma_.lower() in SPEECH_LEMMAS or h.lemma_.lower() in PUBLISH_LEMMAS or _released_paper(h)


# nouns for a statement: a date on them dates the saying ("said in a statement on Tuesday")
_STATEMENT_NOUNS = frozenset({"statement", "interview", "post", "message", "briefing", "communique", "release",
                              "video", "tweet", "conference"})


def timex_value(tm: TimeMention) -> str | None:
    """The TimeML TIMEX3 value of a resolved date mention ("2020-03-03", "2020-W10", "2020-03",
    "2019-SU", "199", "PRESENT_REF"), or None."""
    if tm.kind != "date":
        return None
    g = tm.granularity
    if g == "present":
        return "PRESENT_REF"
    if g == "past":
        return "PAST_REF"
    v = tm.value
    if v is None:
        return None
    if g == "day":
        return v.isoformat()
    if g == "week":
        y, w, _ = v.isocalendar()
        return f"{y}-W{w:02d}"
    if g == "weekend":
        y, w, _ = v.isocalendar()
        return f"{y}-W{w:02d}-WE"
    if g == "month":
        return f"{v.year:04d}-{v.month:02d}"
    if g == "quarter":
        return f"{v.year:04d}-Q{(v.month - 1) // 3 + 1}"
    if g == "season":
        code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[v.month]
        return f"{v.year + (1 if code == 'WI' else 0):04d}-{code}"
    if g == "year":
        return f"{v.year:04d}"
    if g == "decade":
        return f"{v.year // 10:03d}"
    if g == "century":
        return f"{v.year // 100:02d}"
    return None
