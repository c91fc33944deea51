"""Gazetteer load and resolution speed (issue 4 targets: load <= 2 s and <= 300 MB resident,
resolution >= 2,000 mentions/s). Prints to the terminal only.

    .venv/bin/python scripts/geo_speed.py [--profile N]

Load: a fresh process unpickles the cached index (CPU time and peak resident memory). Resolution:
the gold toponym names of the GWN and LGL dev sets, each article's names resolved together as one
report (both context rounds, co-location, one-sense sharing included), CPU time. ``--profile N``
also runs cProfile over the places stage of N parsed GWN articles (the spaCy parse excluded) and
prints the top functions.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time

LOAD_SNIPPET = """
import resource, time
t0 = time.process_time(); w0 = time.perf_counter()
from dateline.geo.gazetteer import get_gazetteer
g = get_gazetteer()
print(f"{time.process_time() - t0:.2f} {time.perf_counter() - w0:.2f} "
      f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} {len(g)}")
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", type=int, default=0, help="profile the places stage on N GWN articles")
    a = ap.parse_args()
    # warm the cache first (a build, if any, is not a load)
    subprocess.run([sys.executable, "-c", "from dateline.geo.gazetteer import get_gazetteer; get_gazetteer()"],
                   check=True)
    out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET], check=True, capture_output=True, text=True)
    cpu, wall, rss, n = out.stdout.split()
    print(f"gazetteer load: {cpu} s CPU, {wall} s wall, {rss} MB peak resident, {n} rows")

    from dateline.eval.base import default_data_dir
    from dateline.eval.geoparsing import GOLD_FILES, load_gwn, load_lgl
    from dateline.geo.gazetteer import get_gazetteer
    from dateline.geo.resolve import Query, Resolver

    g = get_gazetteer()
    d = default_data_dir()
    reports = []
    for loader, path in ((load_gwn, GOLD_FILES[0]), (load_lgl, GOLD_FILES[1])):
        for art in loader(d / path):
            names = [t.text for t in art.toponyms if t.text.strip()]
            if names:
                reports.append(names)
    r = Resolver(g)
    n = sum(len(x) for x in reports)
    t0 = time.process_time()
    for names in reports:
        r.resolve([Query(x) for x in names])
    dt = time.process_time() - t0
    print(f"resolution: {n} mentions in {len(reports)} reports, {dt:.2f} s CPU, {n / dt:,.0f} mentions/s")
    print(f"peak resident (this process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    if a.profile:
        import cProfile
        import pstats

        sys.path.insert(0, "scripts")
        from geo_errors import parsed_docs  # the cached spaCy parse

        from dateline.eval.base import sample
        from dateline.nlp.pipeline import load_nlp
        from dateline.nlp.places import places_of

        nlp = load_nlp()
        arts = load_gwn(d / GOLD_FILES[0])
        docs = parsed_docs(nlp, "gwn", d / GOLD_FILES[0], sample(arts, None))[: a.profile]
        header = nlp.get_pipe("dateline_header")
        docs = [header(doc) for doc in docs]
        prof = cProfile.Profile()
        t0 = time.process_time()
        prof.enable()
        for doc in docs:
            places_of(doc, g, doc._.dl_header)
        prof.disable()
        print(f"places stage: {len(docs)} GWN articles in {time.process_time() - t0:.2f} s CPU (profiled)")
        pstats.Stats(prof).sort_stats("cumulative").print_stats(18)


if __name__ == "__main__":
    main()
