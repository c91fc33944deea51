"""ACLED-format rows: ACLED's export column names, in ACLED's order, so notebooks written for an
ACLED export load ours unchanged (codebook 2023+, 31 columns)."""

from __future__ import annotations

import datetime as dt
from typing import Any

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

# ACLED's regions by ISO 3166 alpha-2 (ACLED's own grouping: e.g. Turkey and Iran are "Middle East",
# the Caucasus and Central Asia one region). Countries not listed get an empty region.
_REGIONS: dict[str, str] = {}
for _region, _codes in {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",
    "Southern Africa": "BW LS NA ZA SZ",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "BH IQ IR IL JO KW LB OM PS QA SA SY TR AE YE",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Europe": ("AL AD AT BY BE BA BG HR CY CZ DK EE FI FR DE GR HU IS IE IT XK LV LI LT LU MT MD MC ME NL MK NO "
               "PL PT RO RU SM RS SK SI ES SE CH UA GB VA FO GI GG JE IM AX"),
    "North America": "US CA GL BM PM",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "Caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "Oceania": "AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF",
    "Antarctica": "AQ",
}.items():
    for _c in _codes.split():
        _REGIONS[_c] = _region

_DEMONSTRATION_SUBTYPES = {"Peaceful protest", "Protest with intervention", "Violent demonstration"}


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    """ACLED's disorder category."""
    if event_type == "Strategic developments":
        return "Strategic developments"
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if sub_event_type in _DEMONSTRATION_SUBTYPES or (event_type == "Protests"):
        return "Demonstrations"
    return "Political violence" if event_type else ""


def _iso_numeric(cc: str | None) -> int | str:
    if not cc:
        return ""
    import pycountry

    c = pycountry.countries.get(alpha_2=cc.upper())
    return int(c.numeric) if c is not None else ""


def _iso3(cc: str | None) -> str:
    if not cc:
        return "XXX"
    import pycountry

    c = pycountry.countries.get(alpha_2=cc.upper())
    return c.alpha_3 if c is not None else cc.upper()


def _interaction(i1: Any, i2: Any) -> int | str:
    """ACLED's numeric interaction code: the two actor-type digits, smaller first (12: state forces
    against rebels; 17: state forces against civilians); an event with one actor is that actor's digit
    then 0 (10 "sole state forces action", 20 "sole rebel action", 60 "sole protester action"), as
    ACLED's codebook and its acledR package (``acled_transform_interaction``) define it."""
    a, b = _inter(i1), _inter(i2)
    if not a and not b:
        return ""
    if not a or not b:
        return (a or b) * 10
    lo, hi = sorted((a, b))
    return lo * 10 + hi


def _inter(v: Any) -> int:
    """An inter code 1-8, or 0 for none (None, "", 0 or a value outside ACLED's codes)."""
    try:
        i = int(v)
    except (TypeError, ValueError):
        return 0
    return i if 1 <= i <= 8 else 0


def has_acled_type(ev: dict[str, Any]) -> bool:
    """Whether an event is an ACLED event (has an ACLED event type); PLOVER-only records (a statement,
    a planned meeting) have none and are not ACLED rows."""
    return bool(ev.get("event_type"))


def _timestamp(s: str | None) -> int | str:
    if not s:
        return ""
    try:
        return int(dt.datetime.fromisoformat(s).timestamp())
    except ValueError:
        return ""


def acled_row(ev: dict[str, Any]) -> dict[str, Any]:
    """One stored event (a :meth:`Store.events` dict) as an ACLED export row."""
    date = ev.get("event_date") or ""
    cc = ev.get("country_code")

    def blank(v: Any) -> Any:
        return "" if v is None else v

    return {
        "event_id_cnty": f"{_iso3(cc)}-{ev.get('event_id', '')}",
        "event_date": date,
        "year": int(date[:4]) if date[:4].isdigit() else "",
        "time_precision": blank(ev.get("time_precision")),
        "disorder_type": disorder_type(ev.get("event_type"), ev.get("sub_event_type")),
        "event_type": blank(ev.get("event_type")),
        "sub_event_type": blank(ev.get("sub_event_type")),
        "actor1": blank(ev.get("actor1")),
        "assoc_actor_1": blank(ev.get("assoc_actor_1")),
        "inter1": blank(ev.get("inter1")),
        "actor2": blank(ev.get("actor2")),
        "assoc_actor_2": blank(ev.get("assoc_actor_2")),
        "inter2": blank(ev.get("inter2")),
        "interaction": _interaction(ev.get("inter1"), ev.get("inter2")),
        "civilian_targeting": "Civilian targeting" if ev.get("civilian_targeting") else "",
        "iso": _iso_numeric(cc),
        "region": _REGIONS.get((cc or "").upper(), ""),
        "country": blank(ev.get("country")),
        "admin1": blank(ev.get("admin1")),
        "admin2": blank(ev.get("admin2")),
        "admin3": "",
        "location": blank(ev.get("location") or ev.get("admin2") or ev.get("admin1")),
        "latitude": blank(ev.get("latitude")),
        "longitude": blank(ev.get("longitude")),
        "geo_precision": blank(ev.get("geo_precision")),
        "source": blank(ev.get("source")),
        "source_scale": "",
        "notes": blank(ev.get("notes")),
        "fatalities": int(ev.get("fatalities") or 0),
        "tags": "",
        "timestamp": _timestamp(ev.get("updated_at")),
    }
