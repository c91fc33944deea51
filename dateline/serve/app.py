"""Dateline's HTTP API and dashboard (FastAPI).

``create_app(settings)`` builds the app; ``dateline serve`` runs it under uvicorn. Every error,
whatever raised it (validation, auth, size cap, rate limit, a missing event, a bug), is answered
with the one JSON shape ``{"error": {"code": "E0xx", "status": N, "message": ..., "detail": ...}}``
using the codes of :mod:`dateline.errors`.

The store is used through :class:`dateline.store.base.Store` only. FastAPI runs the sync routes in
a thread pool and the store is thread-safe: reads run concurrently on its pool of reader
connections, writes one at a time. ``--read-only`` opens the store read-only and refuses writes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import json
import logging
import os
import re
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, StrictBool, ValidationError, model_validator
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..article import MAX_TEXT_CHARS, Article
from ..errors import DatelineError, ErrorCode, Rejected, RejectReason
from ..record import RECORD_FIELDS, EventRecord
from ..store.base import EventFilter, Store
from ..taxonomy import ACLED_EVENT_TYPES, ACLED_SUB_EVENT_TYPES, STATUSES
from .cache import CachedReads, ResponseCache, cache_key
from .guard import GuardMiddleware, RateLimiter, error_payload, message_for
from .text import evidence_sentences

log = logging.getLogger("dateline.serve")

STATIC_DIR = Path(__file__).with_name("static")
REPO_ROOT = Path(__file__).resolve().parents[2]

# A report's text may be MAX_TEXT_CHARS characters of up to 4 UTF-8 bytes each; 64 KiB more
# leaves room for the JSON metadata. The same cap as a JSONL line in dateline.ingest.
DEFAULT_MAX_BODY = MAX_TEXT_CHARS * 4 + 65536
# Page sizes: 50 rows fill the dashboard table; 500 rows of full records with evidence are
# about 1.5 MB of JSON (measured on the sample events), a sane upper bound per request.
DEFAULT_PAGE = 50
MAX_PAGE = 500
# Rate limits per client address. Reads: the dashboard issues ~6 requests per filter change,
# so 50/s with a burst of 100 never throttles a person, and still stops a runaway script.
# Writes run the NLP pipeline (tens of ms to seconds per report): 2/s, burst 20.
DEFAULT_READ_RATE, DEFAULT_READ_BURST = 50.0, 100
DEFAULT_WRITE_RATE, DEFAULT_WRITE_BURST = 2.0, 20
# Free-text filters and ids: long enough for any actor/place name, short enough to refuse junk.
MAX_FILTER_CHARS = 200

STATS_DIMENSIONS = ("country", "admin1", "admin2", "day", "week", "month", "actor", "type", "sub_type")
_BY_PATTERN = "^({0})(,({0})){{0,2}}$".format("|".join(STATS_DIMENSIONS))
EXPORT_FORMATS = ("acled-csv", "geojson", "parquet", "jsonl")
# Fields a reviewer may correct (identity, provenance and evidence are not correctable).
NOT_CORRECTABLE = frozenset({"event_id", "article_id", "evidence", "warnings", "confidence"})
CORRECTABLE_FIELDS = tuple(f for f in RECORD_FIELDS if f not in NOT_CORRECTABLE)
_FIELD_TYPES = {f.name: f.type for f in dataclasses.fields(EventRecord)}
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Short strings (filters, ids, names, reasons) may not hold control characters (PostgreSQL refuses
# NUL; the others are never meaningful there). Tab and line breaks are allowed in free text.
NO_CTRL = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
ID_PATTERN = r"^[^\x00-\x1f\x7f]+$"
# a reviewer's name: no control characters, at least one visible character
WHO_PATTERN = r"^[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f][^\x00-\x1f\x7f]*$"


def _iso_date_only(v: Any) -> Any:
    """Dates are YYYY-MM-DD strings (pydantic would also take numbers as Unix timestamps)."""
    if isinstance(v, dt.date):
        return v
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        raise ValueError("expected a date YYYY-MM-DD")
    return v


StrictDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]


@dataclasses.dataclass
class Settings:
    db: str = "dateline.duckdb"
    api_key: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY
    read_rate: float = DEFAULT_READ_RATE  # 0 disables the read limit
    read_burst: int = DEFAULT_READ_BURST
    write_rate: float = DEFAULT_WRITE_RATE  # 0 disables the write limit
    write_burst: int = DEFAULT_WRITE_BURST
    # Seconds a read response may be served from the cache (0: no cache); every write through
    # this server empties it. 5 s bounds staleness when another process writes the store.
    cache_ttl: float = 5.0
    # Test-only: let POST /ingest fetch from 127.0.0.1 (the CLI never sets it).
    allow_loopback_fetch: bool = False
    # Open the store read-only and answer every write with 503 E005 (DuckDB: other read-only
    # processes, e.g. `dateline events`, can open the file meanwhile).
    read_only: bool = False


# ---------------------------------------------------------------------------------------------
# models (request bodies are validated; response models document the API for OpenAPI/Schemathesis)


class ErrorInfo(BaseModel):
    code: str = Field(description="Dateline error code, see dateline/errors.py", examples=["E012"])
    status: int
    message: str
    detail: Any = None


class ErrorBody(BaseModel):
    error: ErrorInfo


class EvidenceOut(BaseModel):
    field: str
    start: int
    end: int
    text: str


class EventOut(BaseModel):
    """An event: the EventRecord fields plus ``sources`` and ``n_reports`` (more keys may appear)."""

    model_config = ConfigDict(extra="allow")
    event_id: str
    event_date: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None
    status: str | None = None
    evidence: list[EvidenceOut] = []
    sources: list[dict[str, Any]] = []
    n_reports: int | None = None


class EventPage(BaseModel):
    events: list[EventOut]
    count: int
    next_cursor: str | None = None
    limit: int


class SpanOut(BaseModel):
    field: str
    start: int
    end: int
    text: str
    offsets_ok: bool


class SentenceOut(BaseModel):
    report_id: str
    start: int
    end: int
    text: str
    fields: list[str]
    spans: list[SpanOut]


class EventDetail(EventOut):
    mentions: list[dict[str, Any]] = []
    reviews: list[dict[str, Any]] = []
    corrections: list[dict[str, Any]] = []
    evidence_sentences: list[SentenceOut] = []


class ReportOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    text: str | None = None
    mentions: list[dict[str, Any]] = []


class StatsOut(BaseModel):
    by: list[str]
    rows: list[dict[str, Any]]
    counts: dict[str, int]
    rejections: dict[str, int]


class ReportIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="The report's full text (UTF-8).")
    published: StrictDate | None = Field(None, description="Publication date; relative dates resolve against it.")
    source: str | None = Field(None, max_length=200, pattern=NO_CTRL, description="Agency or outlet.")
    url: str | None = Field(None, max_length=2000, pattern=NO_CTRL)
    title: str | None = Field(None, max_length=1000, pattern=NO_CTRL)
    id: str | None = Field(None, max_length=200, pattern=NO_CTRL,
                           description="Your id for the report (default: a content hash).")


# Reports per POST /ingest/reports: the NLP batch `dateline ingest` uses (32), so a batch is one
# pipeline call and one store transaction.
MAX_BATCH = 32


class BatchReportIn(ReportIn):
    dateline: str | None = Field(None, max_length=200, pattern=NO_CTRL, description="Raw dateline header, if known")
    origin: str | None = Field(None, max_length=2000, pattern=NO_CTRL,
                               description="Where the client read it (file path, feed URL); stored with the report")


class RejectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: Literal[tuple(r.value for r in RejectReason)]  # type: ignore[valid-type]
    detail: str = Field("", max_length=2000, pattern=NO_CTRL)
    article_id: str | None = Field(None, max_length=200, pattern=NO_CTRL)
    origin: str | None = Field(None, max_length=2000, pattern=NO_CTRL)


def _item_rejection(k: int, item: Any, exc: ValidationError) -> dict[str, Any]:
    """A batch item the schema refuses, as a typed rejection: an empty or missing text is EMPTY, a
    text over the cap TOO_LARGE, bad metadata BAD_METADATA, anything else (not an object, a text that
    is not a string, unknown fields) MALFORMED."""
    errs = exc.errors()
    first = errs[0] if errs else {}
    field_name = str(first.get("loc", ("?",))[0]) if first.get("loc") else "?"
    kind = first.get("type", "")
    if not isinstance(item, dict):
        reason = RejectReason.MALFORMED
    elif field_name == "text" and kind in ("missing", "string_too_short"):
        reason = RejectReason.EMPTY
    elif field_name == "text" and kind == "string_too_long":
        reason = RejectReason.TOO_LARGE
    elif field_name in BatchReportIn.model_fields and field_name != "text":
        reason = RejectReason.BAD_METADATA
    else:
        reason = RejectReason.MALFORMED
    raw_id = item.get("id") if isinstance(item, dict) else None
    raw_origin = item.get("origin") if isinstance(item, dict) else None
    def clean(v: Any, n: int) -> str | None:  # kept only when it is a plain one-line string
        return v[:n] if isinstance(v, str) and re.match(ID_PATTERN, v) else None

    detail = f"item {k}: " + "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg', '')}" for e in errs[:3])
    return {"index": k, "reason": reason.value, "detail": detail[:2000], "article_id": clean(raw_id, 200),
            "origin": clean(raw_origin, 2000) or "api"}


class ReportBatchIn(BaseModel):
    """What `dateline ingest --server` sends: the reports it read, and the inputs it refused while
    reading them (stored as rejections, as a local ingest would). A report the schema refuses
    (empty text, text over the cap, bad metadata) does not sink the batch: it is stored as a typed
    rejection, counted, and named in the answer's ``refused``; the other reports are ingested."""

    model_config = ConfigDict(extra="forbid")
    reports: list[BatchReportIn] = Field(default_factory=list, max_length=MAX_BATCH)
    rejections: list[RejectionIn] = Field(default_factory=list, max_length=1000)
    _refused: list[dict[str, Any]] = PrivateAttr(default_factory=list)

    @model_validator(mode="wrap")
    @classmethod
    def _refuse_items(cls, data: Any, handler: Any) -> "ReportBatchIn":
        refused: list[dict[str, Any]] = []
        items = data.get("reports") if isinstance(data, dict) else None
        if isinstance(items, list) and len(items) <= MAX_BATCH:  # an oversized batch is refused whole (422)
            kept = []
            for k, item in enumerate(items):
                try:
                    kept.append(BatchReportIn.model_validate(item))  # a model is not validated again
                except ValidationError as exc:
                    refused.append(_item_rejection(k, item, exc))
            data = {**data, "reports": kept}
        model = handler(data)
        model._refused = refused
        return model


class IngestOutcomeOut(BaseModel):
    report_id: str
    new_report: bool
    events_added: int
    events_merged: int
    event_ids: list[str]
    warnings: list[str] = []


class IngestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(min_length=8, max_length=2000, pattern=r"^https?://[^\x00-\x20\x7f]+$",
                     description="http(s) URL of a web page or an RSS/Atom feed")
    follow_links: bool = Field(True, description="For a feed: fetch each item's page (else use the item summary)")
    published: StrictDate | None = Field(None, description="Default publication date when the page gives none")
    source: str | None = Field(None, max_length=200, pattern=NO_CTRL)


class RefusedItemOut(BaseModel):
    index: int
    reason: str
    detail: str


class IngestSummaryOut(BaseModel):
    reports_read: int
    reports_new: int
    reports_known: int
    events_added: int
    events_merged: int
    rejected: dict[str, int]
    refused: list[RefusedItemOut] = Field(default_factory=list,
                                          description="POST /ingest/reports: the batch items refused by the schema (stored as rejections)")


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    verdict: Literal["confirmed", "rejected"]
    who: str = Field(min_length=1, max_length=100, pattern=WHO_PATTERN)
    why: str = Field("", max_length=2000, pattern=NO_CTRL)


def _correction_models() -> list[type[BaseModel]]:
    """One body model per kind of field, so that the schema states which values each field takes
    (a discriminated union on ``field``)."""
    from pydantic import create_model

    Count = Annotated[int, Field(ge=0, le=10_000_000)]
    Prec = Literal[1, 2, 3]
    kinds: dict[str, tuple[Any, list[str]]] = {
        "count": (Count, ["fatalities", "incident_count"]),
        "optional_count": (Count | None, ["killed_low", "killed_best", "killed_high", "injured_low", "injured_best",
                                          "injured_high", "abducted_best", "arrested_best", "geonames_id"]),
        "inter": (Annotated[int, Field(ge=0, le=8)] | None, ["inter1", "inter2"]),
        "precision": (Prec | None, ["time_precision", "geo_precision"]),
        "date_prec": (Annotated[int, Field(ge=1, le=5)] | None, ["date_prec"]),
        "where_prec": (Annotated[int, Field(ge=1, le=7)] | None, ["where_prec"]),
        "latitude": (Annotated[float, Field(ge=-90, le=90)] | None, ["latitude"]),
        "longitude": (Annotated[float, Field(ge=-180, le=180)] | None, ["longitude"]),
        "date": (StrictDate | None, ["event_date", "event_date_end"]),
        "status": (Literal[STATUSES], ["status"]),  # type: ignore[valid-type]
        "event_type": (Literal[ACLED_EVENT_TYPES] | None, ["event_type"]),  # type: ignore[valid-type]
        "sub_event_type": (Literal[tuple(ACLED_SUB_EVENT_TYPES)] | None, ["sub_event_type"]),  # type: ignore[misc]
        "flag": (StrictBool, ["civilian_targeting", "political_violence", "perpetrators_included"]),
        "country_code": (Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None, ["country_code"]),
        "notes": (Annotated[str, Field(max_length=2000, pattern=NO_CTRL)], ["notes"]),
    }
    taken = {f for _, names in kinds.values() for f in names}
    kinds["text"] = (Annotated[str, Field(max_length=2000, pattern=NO_CTRL)] | None,
                     [f for f in CORRECTABLE_FIELDS if f not in taken])
    models = []
    for kind, (vtype, names) in kinds.items():
        names = [n for n in names if n in CORRECTABLE_FIELDS]
        if not names:
            continue
        title = "".join(w.capitalize() for w in kind.split("_")) + "Correction"
        models.append(create_model(
            title, __config__=ConfigDict(extra="forbid"),
            field=(Literal[tuple(names)], Field(description="The record field to correct")),  # type: ignore[misc]
            value=(vtype, Field(description="The corrected value")),
            who=(str, Field(min_length=1, max_length=100, pattern=WHO_PATTERN)),
            why=(str, Field("", max_length=2000, pattern=NO_CTRL)),
        ))
    return models


_CORRECTION_MODELS = _correction_models()
CorrectionIn = Annotated[Union[tuple(_CORRECTION_MODELS)], Field(discriminator="field")]  # type: ignore[valid-type]


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Bad request"},
    404: {"model": ErrorBody, "description": "Not found"},
    413: {"model": ErrorBody, "description": "Request body too large"},
    422: {"model": ErrorBody, "description": "Invalid parameters or body"},
    429: {"model": ErrorBody, "description": "Rate limit exceeded"},
    500: {"model": ErrorBody, "description": "Internal error"},
    503: {"model": ErrorBody, "description": "Store unavailable"},
}
WRITE_RESPONSES = {**ERROR_RESPONSES, 401: {"model": ErrorBody, "description": "Missing or invalid API key"}}


# ---------------------------------------------------------------------------------------------
# helpers


def _api_error(code: ErrorCode, status: int, info: Any = None, /, **kw: Any) -> JSONResponse:
    """``info`` goes to the payload's ``detail``; ``kw`` fills the code's message template."""
    return JSONResponse(error_payload(code, status, message_for(code, **kw), jsonable_encoder(info)),
                        status_code=status)


class ApiError(Exception):
    def __init__(self, code: ErrorCode, status: int, info: Any = None, /, **kw: Any) -> None:
        self.code, self.status, self.info, self.kw = code, status, info, kw
        super().__init__(message_for(code, **kw))


STATUS_OF_CODE = {
    ErrorCode.E001: 422, ErrorCode.E002: 422, ErrorCode.E003: 422, ErrorCode.E004: 404,
    ErrorCode.E005: 503, ErrorCode.E009: 422, ErrorCode.E010: 422, ErrorCode.E011: 401,
    ErrorCode.E012: 404, ErrorCode.E013: 413, ErrorCode.E014: 429,
}


def _clean(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if _CTRL.search(value):
        raise ApiError(ErrorCode.E003, 422, {"parameter": name}, detail=f"{name} contains control characters")
    value = value.strip()
    return value or None


def _find_outlines() -> Path | None:
    """Country outlines (TopoJSON from the npm package world-atlas, installed at build time)."""
    candidates = []
    env = os.environ.get("DATELINE_ASSETS")
    if env:
        candidates.append(Path(env) / "countries-50m.json")
    candidates += [STATIC_DIR / "vendor" / "countries-50m.json",
                   REPO_ROOT / "node_modules" / "world-atlas" / "countries-50m.json",
                   Path.cwd() / "node_modules" / "world-atlas" / "countries-50m.json"]
    for c in candidates:
        if c.is_file():
            return c
    return None


def _coerce_correction(field: str, value: Any) -> Any:
    """Validate a corrected value against the record field's type and vocabulary."""
    if field not in CORRECTABLE_FIELDS:
        raise ApiError(ErrorCode.E003, 422, {"field": field, "allowed": list(CORRECTABLE_FIELDS)},
                       detail=f"field {field!r} cannot be corrected")
    t = str(_FIELD_TYPES[field])

    def bad(why: str) -> ApiError:
        return ApiError(ErrorCode.E003, 422, {"field": field, "value": value}, detail=f"{field}: {why}")

    if isinstance(value, dt.date):
        value = value.isoformat()
    if value is None:
        if "None" not in t:
            raise bad("this field cannot be empty")
        return None
    if t.startswith("int") or t == "int":
        if isinstance(value, bool) or not isinstance(value, (int, str, float)):
            raise bad("expected a whole number")
        try:
            v = int(str(value).strip())
        except ValueError:
            raise bad("expected a whole number") from None
        if v < 0 or v > 10_000_000:
            raise bad("expected a number between 0 and 10,000,000")
        if field in ("time_precision", "geo_precision") and v not in (1, 2, 3):
            raise bad("precision is 1, 2 or 3")
        return v
    if t.startswith("float"):
        if isinstance(value, bool):
            raise bad("expected a number")
        try:
            v = float(str(value).strip())
        except ValueError:
            raise bad("expected a number") from None
        lim = 90.0 if field == "latitude" else 180.0
        if not -lim <= v <= lim:
            raise bad(f"expected a number between -{lim:g} and {lim:g}")
        return v
    if t == "bool":
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("true", "1", "yes"):
            return True
        if str(value).lower() in ("false", "0", "no"):
            return False
        raise bad("expected true or false")
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise bad("expected text")
    v = str(value).strip()
    if _CTRL.search(v) or len(v) > 2000:
        raise bad("text with control characters or longer than 2000 characters")
    if not v:
        return None if "None" in t else v  # notes may be emptied; enums refuse "" below
    if field in ("event_date", "event_date_end"):
        try:
            return dt.date.fromisoformat(v).isoformat()
        except ValueError:
            raise bad("expected a date YYYY-MM-DD") from None
    if field == "event_type" and v not in ACLED_EVENT_TYPES:
        raise bad(f"one of {', '.join(ACLED_EVENT_TYPES)}")
    if field == "sub_event_type" and v not in ACLED_SUB_EVENT_TYPES:
        raise bad("an ACLED sub-event type")
    if field == "status" and v not in STATUSES:
        raise bad(f"one of {', '.join(STATUSES)}")
    if field == "country_code" and not re.fullmatch(r"[A-Z]{2}", v):
        raise bad("an ISO 3166-1 alpha-2 code")
    return v


class Filters:
    """The event filters shared by /events, /stats and /export (the CLI's filters)."""

    def __init__(
        self,
        country: str | None = Query(None, max_length=MAX_FILTER_CHARS, pattern=NO_CTRL, description="Country name or ISO alpha-2 code"),
        admin1: str | None = Query(None, max_length=MAX_FILTER_CHARS, pattern=NO_CTRL),
        admin2: str | None = Query(None, max_length=MAX_FILTER_CHARS, pattern=NO_CTRL),
        since: StrictDate | None = Query(None, description="First day, YYYY-MM-DD (inclusive)"),
        until: StrictDate | None = Query(None, description="Last day, YYYY-MM-DD (inclusive)"),
        type: str | None = Query(None, max_length=MAX_FILTER_CHARS, pattern=NO_CTRL, description="ACLED event type"),
        sub_type: str | None = Query(None, max_length=MAX_FILTER_CHARS, pattern=NO_CTRL, description="ACLED sub-event type"),
        actor: str | None = Query(None, max_length=MAX_FILTER_CHARS, pattern=NO_CTRL, description="Substring of any actor"),
        status: Literal["occurred", "planned", "negated", "hypothetical", "any"] = Query(
            "occurred", description="Event status ('any' for all)"),
        min_fatalities: int | None = Query(None, ge=0, le=10_000_000),
        q: str | None = Query(None, max_length=MAX_FILTER_CHARS, pattern=NO_CTRL, description="Substring of the notes"),
        include_rejected: bool = Query(False, description="Include events a reviewer rejected"),
        all_types: bool = Query(False, description="Also records with no ACLED event type (PLOVER-only: a statement, "
                                                   "a planned meeting); by default only ACLED events"),
    ) -> None:
        self.flt = EventFilter(
            country=_clean(country, "country"), admin1=_clean(admin1, "admin1"), admin2=_clean(admin2, "admin2"),
            since=since.isoformat() if since else None, until=until.isoformat() if until else None,
            event_type=_clean(type, "type"), sub_event_type=_clean(sub_type, "sub_type"),
            actor=_clean(actor, "actor"), status=None if status == "any" else status,
            min_fatalities=min_fatalities, text=_clean(q, "q"), include_rejected=include_rejected,
            acled_only=not all_types,
        )
        # since > until is an empty range (no events), not an error


# ---------------------------------------------------------------------------------------------
# the app


def _report_rejection(problems: list[dict[str, Any]], body: bytes) -> Any:
    """The typed rejection of a POST /reports body that failed validation, with the reason the CLI
    gives the same input: no text -> empty, text above the cap -> too_large, bytes that are not UTF-8
    -> encoding, not a JSON object -> malformed, a bad date or other field -> bad_metadata."""
    from ..errors import Rejection

    obj: Any = None
    try:
        if not body.strip():
            raise EOFError
        obj = json.loads(body.decode("utf-8"))
    except EOFError:
        reason, detail = RejectReason.EMPTY, "empty request body"
    except UnicodeDecodeError:
        reason, detail = RejectReason.ENCODING, "the request body is not UTF-8"
    except (ValueError, RecursionError):
        reason, detail = RejectReason.MALFORMED, "the request body is not JSON"
    else:
        fields = {p["loc"][1] if len(p["loc"]) > 1 and p["loc"][0] == "body" else "" for p in problems}
        types = {p["type"] for p in problems}
        text = obj.get("text") if isinstance(obj, dict) else None
        if not isinstance(obj, dict):
            reason, detail = RejectReason.MALFORMED, "the request body is not a JSON object"
        elif "text" in fields and (text is None or text == ""):
            reason, detail = RejectReason.EMPTY, "no text"
        elif "text" in fields and "string_too_long" in types:
            reason, detail = RejectReason.TOO_LARGE, f"text above the {MAX_TEXT_CHARS} character cap"
        elif "text" in fields:
            reason, detail = RejectReason.MALFORMED, "\"text\" is not a string"
        else:
            bad = sorted(f for f in fields if f)
            reason, detail = RejectReason.BAD_METADATA, "; ".join(
                f"{'.'.join(p['loc'][1:])}: {p['msg']}" for p in problems if p["loc"][1:2] and p["loc"][1] in bad)[:500]
    aid = obj.get("id") if isinstance(obj, dict) and isinstance(obj.get("id"), str) else None
    aid = None if aid is None or _CTRL.search(aid) else aid
    return Rejection(reason, detail or "invalid report", aid[:200] if aid else None, "api")


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """Build the app. With ``store`` given, the caller owns it (and closes it); otherwise the app
    opens ``settings.db`` on startup and closes it on shutdown."""
    settings = settings or Settings()
    state: dict[str, Any] = {"store": store}
    nlp_lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        owned = None
        if state["store"] is None:
            from ..store import open_store

            owned = state["store"] = open_store(settings.db, read_only=settings.read_only)
        try:
            yield
        finally:
            if owned is not None:
                owned.close()

    app = FastAPI(
        title="Dateline API",
        version=__version__,
        description=(
            "Conflict news to event data. Reads are open; writes (POST) need the API key in the "
            "`X-API-Key` header (or `Authorization: Bearer KEY`). Every error has the shape "
            "`{\"error\": {\"code\", \"status\", \"message\", \"detail\"}}`."),
        lifespan=lifespan,
        # Swagger UI and ReDoc load their scripts from a CDN: not offered (the schema is at /openapi.json)
        docs_url=None,
        redoc_url=None,
    )
    cache = ResponseCache(settings.cache_ttl)
    app.state.cache = cache
    # inner to the guard (added first): cached reads are still rate-limited and get the headers
    app.add_middleware(CachedReads, cache=cache, prefixes=("/events", "/reports/", "/stats"))
    app.add_middleware(
        GuardMiddleware,
        max_body_bytes=settings.max_body_bytes,
        read_limiter=RateLimiter(settings.read_rate, settings.read_burst) if settings.read_rate > 0 else None,
        write_limiter=RateLimiter(settings.write_rate, settings.write_burst) if settings.write_rate > 0 else None,
    )
    app.state.settings = settings

    def the_store() -> Store:
        st = state["store"]
        if st is None:  # pragma: no cover - only before startup
            raise ApiError(ErrorCode.E005, 503, None, detail="store not open")
        return st

    def cached(request: Request, compute) -> Response:
        """Serve the JSON of ``compute()`` for this URL, from the cache when fresh (CachedReads
        answers most hits before they get here)."""
        key = cache_key(request.scope)
        body = cache.get(key)
        if body is None:
            generation = cache.generation
            body = json.dumps(compute(), ensure_ascii=False, separators=(",", ":"), default=str).encode()
            cache.put(key, body, generation)
        return Response(body, media_type="application/json")

    # -- errors: one shape for all ------------------------------------------------------------
    @app.exception_handler(ApiError)
    async def _api_error_handler(request: Request, exc: ApiError) -> JSONResponse:
        return _api_error(exc.code, exc.status, exc.info, **exc.kw)

    @app.exception_handler(Rejected)
    async def _rejected_handler(request: Request, exc: Rejected) -> JSONResponse:
        return JSONResponse(error_payload(exc.code, 422, str(exc), {"reason": exc.reason.value}), status_code=422)

    @app.exception_handler(DatelineError)
    async def _dateline_error_handler(request: Request, exc: DatelineError) -> JSONResponse:
        status = STATUS_OF_CODE.get(exc.code, 500)
        if status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc)
        try:
            info = jsonable_encoder(exc.kwargs)
        except (TypeError, ValueError):
            info = {k: str(v) for k, v in exc.kwargs.items()}
        return JSONResponse(error_payload(exc.code, status, str(exc), info), status_code=status)

    @app.exception_handler(RequestValidationError)
    async def _validation_handler(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", "")),
                     "type": str(e.get("type", ""))} for e in exc.errors()]
        where = "; ".join(f"{'.'.join(p['loc'])}: {p['msg']}" for p in problems[:5])
        rej = await _store_refused_report(request, problems)
        if rej is not None:
            where += f" (stored as a {rej.reason.value} rejection)"
        return _api_error(ErrorCode.E003, 422, problems, detail=where)

    async def _store_refused_report(request: Request, problems: list[dict[str, Any]]) -> Any:
        """A report POST /reports refuses is stored as a typed rejection, as `dateline ingest` stores a
        file it refuses; only for a caller with the key (anonymous requests write nothing)."""
        if request.method != "POST" or request.url.path != "/reports" or _key_problem(request) is not None:
            return None
        rej = _report_rejection(problems, await request.body())
        try:
            await run_in_threadpool(the_store().add_rejection, rej)  # the writer may be busy: not on the loop
        except DatelineError as store_exc:
            log.error("could not store the rejection of a POST /reports: %s", store_exc)
            return None
        finally:
            cache.invalidate()
        return rej

    @app.exception_handler(StarletteHTTPException)
    async def _http_error_handler(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return _api_error(ErrorCode.E012, 404, None, what="Path", key=request.url.path)
        if exc.status_code == 401:
            return _api_error(ErrorCode.E011, 401)
        if exc.status_code == 400:  # FastAPI could not read the body (e.g. not UTF-8): an invalid value
            rej = await _store_refused_report(request, [])
            if rej is not None:
                return _api_error(ErrorCode.E003, 422, {"reason": rej.reason.value},
                                  detail=f"{rej.detail} (stored as a {rej.reason.value} rejection)")
        resp = _api_error(ErrorCode.E003, exc.status_code, None, detail=str(exc.detail))
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(Exception)
    async def _internal_handler(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _api_error(ErrorCode.E015, 500, None, detail=type(exc).__name__)

    # -- auth ---------------------------------------------------------------------------------
    expected = settings.api_key.encode() if settings.api_key else None

    def _key_problem(request: Request) -> ApiError | None:
        """Why this request may not write (read-only store, no key, wrong key), or None."""
        given = request.headers.get("x-api-key")
        if given is None:
            auth = request.headers.get("authorization", "")
            if auth[:7].lower() == "bearer ":
                given = auth[7:].strip()
        if settings.read_only:
            return ApiError(ErrorCode.E005, 503, {"read_only": True}, detail=(
                "this server opened the store read-only (dateline serve --read-only): writes are refused"))
        if expected is None:
            return ApiError(ErrorCode.E011, 401, "the server was started without an API key: writes are disabled")
        # Constant-time comparison of bytes (compare_digest refuses non-ASCII str). Starlette decodes
        # header bytes as latin-1, so encoding back with latin-1 gives the bytes that were sent.
        if given is None or not hmac.compare_digest(given.encode("latin-1", "replace"), expected):
            return ApiError(ErrorCode.E011, 401, None)
        return None

    def require_key(request: Request) -> None:
        problem = _key_problem(request)
        if problem is not None:
            raise problem

    # -- pages --------------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8",
                            headers={"cache-control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/assets/countries.json", include_in_schema=False)
    def outlines() -> Response:
        p = _find_outlines()
        if p is None:
            raise ApiError(ErrorCode.E012, 404, "run `npm ci --ignore-scripts` at the repository root "
                           "(or set DATELINE_ASSETS) to install the country outlines",
                           what="Asset", key="countries-50m.json")
        return FileResponse(p, media_type="application/json", headers={"cache-control": "max-age=86400"})

    # -- reading ------------------------------------------------------------------------------
    @app.get("/health", summary="Liveness and row counts", responses=ERROR_RESPONSES)
    def health() -> dict[str, Any]:
        counts = cache.get("#counts")  # row counts change only on writes: cached like the reads
        if counts is None:
            generation = cache.generation
            counts = json.dumps(the_store().counts()).encode()
            cache.put("#counts", counts, generation)
        return {"status": "ok", "version": __version__, "counts": json.loads(counts),
                "outlines": _find_outlines() is not None,
                "writes_enabled": expected is not None and not settings.read_only, "read_only": settings.read_only,
                "cache": {"ttl_s": cache.ttl, "hits": cache.hits, "misses": cache.misses}}

    @app.get("/meta", summary="Vocabularies for filters and corrections", responses=ERROR_RESPONSES)
    def meta() -> dict[str, Any]:
        return {"event_types": list(ACLED_EVENT_TYPES), "sub_event_types": ACLED_SUB_EVENT_TYPES,
                "statuses": list(STATUSES), "correctable_fields": list(CORRECTABLE_FIELDS),
                "stats_dimensions": list(STATS_DIMENSIONS), "export_formats": list(EXPORT_FORMATS),
                "max_page_size": MAX_PAGE}

    @app.get("/events", response_model=None, summary="Events matching the filters, newest first",
             responses={200: {"model": EventPage}, **ERROR_RESPONSES})
    def list_events(
        request: Request,
        f: Filters = Depends(),
        limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description=f"Page size (max {MAX_PAGE})"),
        cursor: str | None = Query(None, max_length=500, pattern=r"^[A-Za-z0-9_=-]+$",
                                    description="next_cursor of the previous page (opaque)"),
    ) -> Response:
        cursor = _clean(cursor, "cursor")

        def compute() -> dict[str, Any]:
            try:
                rows, nxt = the_store().events(f.flt, limit=limit, cursor=cursor)
            except DatelineError as exc:
                if cursor and exc.code == ErrorCode.E003:  # not a next_cursor this API gave: a bad value
                    raise ApiError(ErrorCode.E003, 422, {"parameter": "cursor"},
                                   detail="cursor: not a next_cursor of this API (opaque; copy it from a page)") from exc
                raise
            return {"events": rows, "count": len(rows), "next_cursor": nxt, "limit": limit}

        return cached(request, compute)

    def _event_detail(event_id: str) -> dict[str, Any]:
        ev = the_store().event_detail(event_id)  # the event, its history and its reports' texts
        if ev is None:
            raise ApiError(ErrorCode.E012, 404, None, what="Event", key=event_id)
        texts: dict[str, str] = ev.pop("report_texts", None) or {}
        sentences: list[dict[str, Any]] = []
        for m in ev.get("mentions") or []:
            rid = m.get("report_id")
            if not rid:
                continue
            evidence = m.get("evidence")
            if evidence is None and isinstance(m.get("record"), dict):
                evidence = m["record"].get("evidence")
            sentences += evidence_sentences(rid, texts.get(rid, ""), evidence or [])
        ev["evidence_sentences"] = sentences
        return ev

    @app.get("/events/{event_id}", response_model=None, summary="One event with sources, evidence sentences, reviews",
             responses={200: {"model": EventDetail}, **ERROR_RESPONSES})
    def get_event(request: Request, event_id: str = PathParam(max_length=200, pattern=ID_PATTERN)) -> Response:
        event_id = _clean(event_id, "event_id") or ""
        return cached(request, lambda: _event_detail(event_id))

    @app.get("/reports/{report_id}", response_model=None, summary="One stored report with its text and mentions",
             responses={200: {"model": ReportOut}, **ERROR_RESPONSES})
    def get_report(request: Request, report_id: str = PathParam(max_length=200, pattern=ID_PATTERN)) -> Response:
        def compute() -> dict[str, Any]:
            rep = the_store().report(_clean(report_id, "report_id") or "")
            if rep is None:
                raise ApiError(ErrorCode.E012, 404, None, what="Report", key=report_id)
            return rep

        return cached(request, compute)

    @app.get("/stats", response_model=None, summary="Counts and fatalities grouped by dimensions",
             responses={200: {"model": StatsOut}, **ERROR_RESPONSES})
    def stats(
        request: Request,
        f: Filters = Depends(),
        by: str = Query("day", max_length=200, pattern=_BY_PATTERN,
                        description=f"1 to 3 comma-separated dimensions: {', '.join(STATS_DIMENSIONS)}"),
    ) -> Response:
        dims = [d.strip() for d in by.split(",") if d.strip()]
        bad = [d for d in dims if d not in STATS_DIMENSIONS]
        if not dims or bad or len(dims) > 3:
            raise ApiError(ErrorCode.E003, 422, {"allowed": list(STATS_DIMENSIONS)},
                           detail=f"by: 1 to 3 of {', '.join(STATS_DIMENSIONS)}")

        def compute() -> dict[str, Any]:
            st = the_store()
            return {"by": dims, "rows": st.stats(dims, f.flt), "counts": st.counts(), "rejections": st.rejection_counts()}

        return cached(request, compute)

    @app.get("/rejections", response_model=None, summary="Refused inputs with their typed reasons",
             responses=ERROR_RESPONSES)
    def rejections(
        reason: Literal[tuple(r.value for r in RejectReason)] | None = Query(None),  # type: ignore[valid-type]
        limit: int = Query(100, ge=1, le=MAX_PAGE),
    ) -> dict[str, Any]:
        st = the_store()
        return jsonable_encoder({"rejections": st.rejections(reason, limit), "counts": st.rejection_counts()})

    @app.get("/export", summary="Export matching events as ACLED CSV, GeoJSON, Parquet or JSONL",
             response_class=StreamingResponse,
             responses={200: {"content": {"text/csv": {}, "application/geo+json": {},
                                          "application/vnd.apache.parquet": {}, "application/x-ndjson": {}},
                              "description": "The export file (reviewers' corrections included)"},
                        **ERROR_RESPONSES})
    def export(
        f: Filters = Depends(),
        format: Literal["acled-csv", "geojson", "parquet", "jsonl"] = Query("acled-csv"),
    ) -> StreamingResponse:
        from .exporting import MEDIA, export_to_file, iter_file

        # as `dateline export`: an ACLED CSV holds ACLED events only, the other formats every record
        fh = export_to_file(the_store(), dataclasses.replace(f.flt, acled_only=format == "acled-csv"), format)
        media, ext = MEDIA[format]
        return StreamingResponse(iter_file(fh), media_type=media,
                                 headers={"content-disposition": f'attachment; filename="dateline-events.{ext}"'})

    # -- writing ------------------------------------------------------------------------------
    def _store_result(st: Store, res: Any) -> dict[str, Any]:
        # the cache is emptied after the write committed: a read computed before sees a new
        # generation and is not kept (see ResponseCache)
        if res.rejection is not None:
            try:
                st.add_rejection(res.rejection)
            finally:
                cache.invalidate()
            raise Rejected(res.rejection.reason, res.rejection.detail)
        try:
            out = st.add_result(res)
        finally:
            cache.invalidate()
        d = dataclasses.asdict(out)
        d["warnings"] = list(res.warnings or [])
        return d

    @app.post("/reports", status_code=201, response_model=None, summary="Extract events from one report and store them",
              responses={201: {"model": IngestOutcomeOut}, **WRITE_RESPONSES}, dependencies=[Depends(require_key)])
    def post_report(body: ReportIn) -> dict[str, Any]:
        from ..nlp.pipeline import process

        art = Article(text=body.text, id=body.id or "", published=body.published, source=body.source,
                      url=body.url, title=body.title, meta={"origin": "api"})
        with nlp_lock:
            (res,) = list(process([art]))
        return _store_result(the_store(), res)

    @app.post("/ingest/reports", response_model=None,
              summary=f"Extract and store up to {MAX_BATCH} reports in one transaction (dateline ingest --server)",
              responses={200: {"model": IngestSummaryOut}, **WRITE_RESPONSES}, dependencies=[Depends(require_key)])
    def post_reports_batch(body: ReportBatchIn) -> dict[str, Any]:
        """Reports already stored (same normalised text or URL) are skipped before any NLP; refused
        reports and the given rejections are stored with their typed reasons and counted."""
        from ..errors import Rejection
        from ..ingest.run import ingest_items

        items: list[Any] = [Rejection(RejectReason(r.reason), r.detail, r.article_id, r.origin) for r in body.rejections]
        items += [Rejection(RejectReason(r["reason"]), r["detail"], r["article_id"], r["origin"]) for r in body._refused]
        items += [Article(text=r.text, id=r.id or "", published=r.published, source=r.source, url=r.url,
                          title=r.title, dateline=r.dateline, meta={"origin": r.origin or "api"}) for r in body.reports]
        try:
            with nlp_lock:
                summary = ingest_items(items, the_store(), batch_size=MAX_BATCH)
        finally:
            cache.invalidate()
        out = summary.to_dict()
        out["refused"] = [{"index": r["index"], "reason": r["reason"], "detail": r["detail"]} for r in body._refused]
        return out

    @app.post("/ingest", response_model=None, summary="Fetch a web page or RSS/Atom feed, extract and store",
              responses={200: {"model": IngestSummaryOut}, **WRITE_RESPONSES}, dependencies=[Depends(require_key)])
    def post_ingest(body: IngestIn) -> dict[str, Any]:
        """The one hardened fetcher of :mod:`dateline.ingest.fetch` (http/https only, non-global
        addresses refused after every redirect, size caps); every refused input is stored."""
        from ..ingest.fetch import Fetcher
        from ..ingest.run import ingest

        fetcher = Fetcher(allow_loopback=settings.allow_loopback_fetch)
        try:
            with nlp_lock:  # the store locks itself per write; reads go on meanwhile
                # each committed batch empties the cache (reads meanwhile see the reports stored so far)
                summary = ingest([body.url], the_store(), fetcher=fetcher, follow_links=body.follow_links,
                                 source=body.source, published=body.published, on_report=lambda _: cache.invalidate())
        finally:
            cache.invalidate()  # after the last write (reads cached meanwhile may miss its reports)
        return summary.to_dict()

    def _write(fn: Any, event_id: str, *args: Any) -> None:
        """A review or correction: unknown events are 404 (the store checks inside its transaction)."""
        try:
            fn(event_id, *args)
        except DatelineError as exc:
            if exc.code == ErrorCode.E012:
                raise ApiError(ErrorCode.E012, 404, None, what="Event", key=event_id) from exc
            raise
        finally:
            cache.invalidate()

    @app.post("/events/{event_id}/review", response_model=None, summary="Confirm or reject an event",
              responses={200: {"model": EventDetail}, **WRITE_RESPONSES}, dependencies=[Depends(require_key)])
    def review(body: ReviewIn, event_id: str = PathParam(max_length=200, pattern=ID_PATTERN)) -> dict[str, Any]:
        event_id = _clean(event_id, "event_id") or ""
        who, why = _clean(body.who, "who"), _clean(body.why, "why") or ""
        _write(the_store().review, event_id, body.verdict, who or "", why)
        return _event_detail(event_id)

    @app.post("/events/{event_id}/corrections", response_model=None, summary="Correct one field of an event",
              responses={200: {"model": EventDetail}, **WRITE_RESPONSES}, dependencies=[Depends(require_key)])
    def correct(body: CorrectionIn, event_id: str = PathParam(max_length=200, pattern=ID_PATTERN)) -> dict[str, Any]:
        event_id = _clean(event_id, "event_id") or ""
        who, why = _clean(body.who, "who"), _clean(body.why, "why") or ""
        value = _coerce_correction(body.field, body.value)  # a second check, and text normalised
        _write(the_store().correct, event_id, body.field, value, who or "", why)
        return _event_detail(event_id)

    return app
