"""``make bench``: end-to-end speed and peak memory, side by side with spaCy's parse alone.

Each mode runs in its own subprocess (so peak RSS is per mode) on the same texts:

- ``parse``: the spaCy model alone (tok2vec, tagger, parser, lemmatizer, NER) via ``nlp.pipe``;
- ``extract``: the whole Dateline pipeline (the same parse + our stages + fusion);
- ``ingest``: extract + storing into a fresh DuckDB file (when the store is available);
- ``paired`` (the default): the three above in ONE process, alternating chunk by chunk (64
  reports each: parse, then extract and ingest in turns first), so that the machine's speed,
  which drifts by 10-20% between processes on a shared virtual machine (two idle runs of the same
  code on 2026-12-01 gave the stages +34% and +17%), weighs on every mode alike. Its overheads
  are the figures to compare with the targets; its peak memory is that of all three together.

Texts: ``--reports`` news-like reports of about 600 words. With ``../shared/data/gva`` present
the reports are real local news articles from that set (read at run time, never stored),
otherwise reports assembled from sentences written for this benchmark.

Usage: ``python -m dateline.bench --reports 1000 [--modes paired|parse,extract,ingest] [--markdown docs/BENCH.md]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = 600

_SENTENCES = [
    "Gunmen attacked a police checkpoint on the outskirts of {town} on {day}, killing {n} officers and wounding {m} others, a provincial spokesman said.",
    "The army said its aircraft struck a militant hideout near {town} late on {day}, and that several fighters were believed dead.",
    "Residents said the clashes lasted for about three hours before the attackers withdrew towards the hills.",
    "A roadside bomb hit a military convoy on the highway linking {town} and the provincial capital, officials said.",
    "No group immediately claimed responsibility for the attack, which came a week after talks between the two sides stalled.",
    "Hundreds of people marched through the centre of {town} on {day} to demand better security, and police fired tear gas.",
    "The governor said {n} people had been detained in connection with the violence and that an investigation was under way.",
    "Aid agencies say more than 20,000 people have fled their homes in the district since the start of the year.",
    "The ministry of defence said troops had regained control of two villages after a day of fighting.",
    "Local elders said the insurgents had warned farmers not to cooperate with the authorities.",
    "The United Nations mission condemned the killing of civilians and called for restraint on all sides.",
    "Officials said the wounded were taken to the main hospital in {town}, where some were in a critical condition.",
    "The militants have carried out dozens of attacks on security posts in the region over the past month.",
    "A spokesman for the group said on social media that its fighters had seized weapons and vehicles.",
    "Police said a suicide bomber blew himself up near a market in {town} on {day}, killing {n} people including the attacker.",
    "The president is due to visit the region next week to meet community leaders, his office said.",
]
_TOWNS = ["Kunduz", "Maiduguri", "Mogadishu", "Goma", "Mosul", "Kandahar", "Gao", "Bamako", "Jalalabad", "Idlib"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def synthetic_reports(n: int, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        words: list[str] = []
        town = rnd.choice(_TOWNS)
        while len(words) < WORDS:
            s = rnd.choice(_SENTENCES).format(town=town, day=rnd.choice(_DAYS), n=rnd.randint(2, 30), m=rnd.randint(1, 40))
            words.extend(s.split())
        out.append({"id": f"syn{i}", "text": f"{town.upper()} (AFP) - " + " ".join(words), "published": "2024-05-10"})
    return out


def gva_reports(n: int, data_dir: Path) -> list[dict] | None:
    fp = data_dir / "gva" / "data" / "data-train" / "X_train.json"
    if not fp.exists():
        return None
    items = [x for x in json.loads(fp.read_text(encoding="utf-8")) if len((x.get("text") or "").split()) >= 150]
    out = []
    rnd = random.Random(7)
    for i in range(n):
        # concatenate articles to about 600 words so every report has the same size
        words: list[str] = []
        while len(words) < WORDS:
            words.extend(rnd.choice(items)["text"].split())
        out.append({"id": f"gva{i}", "text": " ".join(words[:WORDS + 40]), "published": "2017-06-01"})
    return out


def _setup(path: str):
    """The reports in ``path`` as articles, their word count, and the pipeline, warmed up (lazy
    loads: gazetteer, registry) outside any timed region."""
    from dateline.article import Article
    from dateline.nlp.pipeline import load_nlp, process

    reports = [json.loads(line) for line in open(path, encoding="utf-8")]
    articles = [Article(text=r["text"], id=r["id"], published=r["published"]) for r in reports]
    nlp = load_nlp()
    list(process(articles[:2], nlp=nlp))
    return articles, sum(len(a.text.split()) for a in articles), nlp


def _parse_only(nlp, articles, batch_size: int) -> None:
    from dateline.nlp.pipeline import STAGES

    with nlp.select_pipes(disable=list(STAGES)):
        for _ in nlp.pipe((a.text for a in articles), batch_size=batch_size):
            pass


def _print_result(mode: str, articles, words: int, secs: float, cpu: float, events: int, **extra) -> None:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mode": mode, "reports": len(articles), "words": words, "seconds": round(secs, 2),
                      "cpu_seconds": round(cpu, 2), "reports_per_s": round(len(articles) / secs, 2),
                      "words_per_s": round(words / secs), "peak_rss_mb": round(peak_mb), "events": events, **extra}))


def _worker(mode: str, path: str, batch_size: int) -> None:
    """Runs in a subprocess: process the reports in ``path``; print a JSON result line."""
    from dateline.nlp.pipeline import process

    articles, words, nlp = _setup(path)
    t0 = time.perf_counter()
    c0 = time.process_time()  # CPU time too: unlike wall time, other load on the machine hardly moves it
    n_events = 0
    if mode == "parse":
        _parse_only(nlp, articles, batch_size)
    elif mode == "extract":
        for res in process(articles, batch_size=batch_size, nlp=nlp):
            n_events += len(res.records)
    elif mode == "ingest":
        from dateline.store import open_store

        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(os.path.join(tmp, "bench.duckdb"))
            store.migrate()
            # as `dateline ingest` stores: one transaction per NLP batch (store.add_results)
            pending = []
            for res in process(articles, batch_size=batch_size, nlp=nlp):
                pending.append(res)
                n_events += len(res.records)
                if len(pending) >= batch_size:
                    store.add_results(pending)
                    pending = []
            if pending:
                store.add_results(pending)
            store.close()
    _print_result(mode, articles, words, time.perf_counter() - t0, time.process_time() - c0, n_events)


def _worker_paired(path: str, batch_size: int) -> None:
    """Runs in a subprocess: parse, extract and ingest alternating chunk by chunk (see above)."""
    from dateline.nlp.pipeline import process
    from dateline.store import open_store

    articles, words, nlp = _setup(path)
    wall = {"parse": 0.0, "extract": 0.0, "ingest": 0.0}
    cpu = dict(wall)
    events = {"extract": 0, "ingest": 0}

    def parse(part):
        _parse_only(nlp, part, batch_size)

    def extract(part):
        for res in process(part, batch_size=batch_size, nlp=nlp):
            events["extract"] += len(res.records)

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(os.path.join(tmp, "bench.duckdb"))
        store.migrate()

        def ingest(part):
            results = list(process(part, batch_size=batch_size, nlp=nlp))
            events["ingest"] += sum(len(r.records) for r in results)
            store.add_results(results)  # one transaction per NLP batch, as `dateline ingest` stores

        for k, start in enumerate(range(0, len(articles), batch_size)):
            part = articles[start:start + batch_size]
            # extract and ingest take turns going first: the second meets caches the first warmed
            order = [("parse", parse), ("extract", extract), ("ingest", ingest)]
            if k % 2:
                order = [order[0], order[2], order[1]]
            for mode, fn in order:
                w0, c0 = time.perf_counter(), time.process_time()
                fn(part)
                wall[mode] += time.perf_counter() - w0
                cpu[mode] += time.process_time() - c0
        store.close()
    for mode in ("parse", "extract", "ingest"):
        _print_result(mode, articles, words, wall[mode], cpu[mode], events.get(mode, 0), paired=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--modes", default="paired", help="paired (default) or any of parse,extract,ingest")
    ap.add_argument("--markdown", type=Path)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--synthetic", action="store_true", help="use the built-in synthetic reports")
    ap.add_argument("--_worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._worker:
        if args._worker[0] == "paired":
            _worker_paired(args._worker[1], args.batch_size)
        else:
            _worker(args._worker[0], args._worker[1], args.batch_size)
        return 0

    from dateline.eval.base import default_data_dir

    reports = None if args.synthetic else gva_reports(args.reports, args.data or default_data_dir())
    corpus = "GVA train articles, concatenated to ~600 words" if reports else "synthetic reports (built-in sentences)"
    reports = reports or synthetic_reports(args.reports)
    results = []
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for r in reports:
            fh.write(json.dumps(r) + "\n")
        path = fh.name
    try:
        for mode in args.modes.split(","):
            if mode == "ingest":
                try:
                    from dateline.store import open_store  # noqa: F401
                except ImportError:
                    print("ingest: store not available, skipped", file=sys.stderr)
                    continue
            out = subprocess.run([sys.executable, "-m", "dateline.bench", "--batch-size", str(args.batch_size),
                                  "--_worker", mode, path], capture_output=True, text=True)
            if out.returncode != 0:
                print(out.stderr[-3000:], file=sys.stderr)
                return 1
            lines = out.stdout.strip().splitlines()
            for line in lines[-3:] if mode == "paired" else lines[-1:]:
                res = json.loads(line)
                results.append(res)
                print(json.dumps(res))
    finally:
        os.unlink(path)

    by = {r["mode"]: r for r in results}
    how = ("modes measured in one process, alternating chunk by chunk (peak memory: all three together)"
           if any(r.get("paired") for r in results) else "each mode in its own process")
    lines = [f"Corpus: {len(reports)} {corpus}; batch size {args.batch_size}; machine: {os.cpu_count()} cores; {how}.", "",
             "| mode | reports/s | words/s | seconds | CPU seconds | peak RSS (MB) | events |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['mode']} | {r['reports_per_s']} | {r['words_per_s']} | {r['seconds']} | {r['cpu_seconds']} "
                     f"| {r['peak_rss_mb']} | {r['events']} |")
    if "parse" in by and "extract" in by:
        over = by["extract"]["seconds"] / by["parse"]["seconds"] - 1
        over_cpu = by["extract"]["cpu_seconds"] / by["parse"]["cpu_seconds"] - 1
        lines += ["", f"Dateline's stages add {over:.0%} on top of spaCy's parse in wall time, {over_cpu:.0%} in CPU "
                      f"time (target <= 30%); peak memory {by['extract']['peak_rss_mb']} MB (target <= 1,536 MB)."]
    if "ingest" in by and "extract" in by:
        over = by["ingest"]["seconds"] / by["extract"]["seconds"] - 1
        over_cpu = by["ingest"]["cpu_seconds"] / by["extract"]["cpu_seconds"] - 1
        lines.append(f"Ingest (extract + DuckDB store) costs {over:.0%} more than extract in wall time, {over_cpu:.0%} "
                     f"in CPU time (target <= 10%).")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text("# Benchmark\n\nMeasured by `make bench`.\n\n" + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
