"""The dashboard in a real headless Chromium (Debian's), driven by Playwright, against a real
uvicorn + DuckDB: load the page, filter, open an event, correct a field, see it persisted.

Set DATELINE_SCREENSHOTS=docs/screenshots to refresh the documentation's screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
KEY = "browser-test-key"  # ASCII: fetch() refuses header values outside latin-1

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} missing (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from dateline.serve.app import Settings, create_app
    from dateline.serve.sample import sample_results
    from dateline.serve.server import serve_in_thread
    from dateline.store import open_store

    store = open_store(tmp_path_factory.mktemp("browser") / "ui.duckdb")
    for res in sample_results(60):
        store.add_result(res)
    app = create_app(Settings(api_key=KEY, read_rate=0, write_rate=0), store=store)
    try:
        with serve_in_thread(app) as base:
            yield base, store
    finally:
        store.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def shots(tmp_path):
    d = Path(os.environ.get("DATELINE_SCREENSHOTS") or tmp_path)
    d.mkdir(parents=True, exist_ok=True)
    return d


@pytest.fixture()
def page(browser, server):
    base, _ = server
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    pg.errors, pg.requests = [], []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    ctx.close()
    # everything the page loaded came from our server (works offline, no CDN)
    assert all(u.startswith(base) or u.startswith("data:") for u in pg.requests), pg.requests
    assert not pg.errors, pg.errors


def _wait_list(pg):
    pg.wait_for_selector("body[data-loaded=list]", timeout=20000)


def _api_events(base, **params):
    with httpx.Client(base_url=base) as c:
        out, cursor = [], None
        while True:
            q = dict(params, limit=500, **({"cursor": cursor} if cursor else {}))
            page = c.get("/events", params=q).json()
            out += page["events"]
            cursor = page["next_cursor"]
            if not cursor:
                return out


def test_dashboard_filter_open_correct_persist(page, server, shots):
    from dateline.serve.app import _find_outlines

    base, store = server
    pg = page
    pg.goto(base + "/")
    _wait_list(pg)

    # map: one circle per located event; outlines when installed; timeline; table
    every = _api_events(base)
    assert pg.locator("#map circle.dot").count() == len([e for e in every if e.get("latitude") is not None])
    if _find_outlines() is not None:
        assert pg.locator("#map .land path").count() > 200
    assert pg.locator("#timeline rect.bar").count() > 5
    assert pg.locator("#events-table tbody tr").count() == min(50, len(every))
    pg.screenshot(path=str(shots / "dashboard.png"), full_page=False)

    # filter by country, then by type
    pg.select_option("#f-country", "Afghanistan")
    pg.wait_for_function("() => document.querySelector('#f-admin1').options.length > 1")
    _wait_list(pg)
    pg.wait_for_function("() => location.hash.includes('country=Afghanistan')")
    af = _api_events(base, country="Afghanistan")
    pg.wait_for_function(f"() => document.querySelectorAll('#events-table tbody tr').length === {min(50, len(af))}")
    wheres = pg.locator("#events-table tbody tr td:nth-child(5)").all_inner_texts()
    assert wheres and all(w.endswith("Afghanistan") for w in wheres)
    assert pg.locator("#map circle.dot").count() == len(af)
    pg.select_option("#f-type", "Battles")
    af_battles = _api_events(base, country="Afghanistan", type="Battles")
    pg.wait_for_function(f"() => document.querySelectorAll('#events-table tbody tr').length === {len(af_battles)}")
    types = pg.locator("#events-table tbody tr td:nth-child(2)").all_inner_texts()
    assert types and all(t.strip() in ("Armed clash", "Government regains territory",
                                       "Non-state actor overtakes territory") for t in types)
    pg.fill("#f-actor", "police")
    pg.click("#f-apply")
    pg.wait_for_function("() => location.hash.includes('actor=police')")
    with_police = _api_events(base, country="Afghanistan", type="Battles", actor="police")
    pg.wait_for_function(f"() => document.querySelectorAll('#events-table tbody tr').length === {len(with_police)}")
    assert with_police
    pg.screenshot(path=str(shots / "filtered.png"), full_page=False)

    # open an event: fields and highlighted supporting sentences
    target = with_police[0]
    pg.click(f"#events-table tbody tr[data-event-id='{target['event_id']}'] a")
    pg.wait_for_selector("body[data-loaded=event]")
    assert target["event_id"] in pg.url
    pg.wait_for_selector("#sources mark.sentence")
    assert pg.locator("#fields tr[data-field=fatalities] .value").inner_text() == str(target["fatalities"])
    for f in ("actor1", "actor2", "location"):
        assert pg.locator(f"#sources .span[data-field={f}]").count() >= 1, f
    actor_span = pg.locator("#sources .span[data-field=actor1]").first.inner_text()
    assert actor_span.startswith(target["actor1"])
    assert pg.locator("#sources article.report").count() == target["n_reports"]

    # a correction without reviewer details is refused in the page, nothing is sent
    pg.fill("#corr-value", "3")
    pg.click("#btn-correct")
    assert "Reviewer" in pg.locator("#review-msg").inner_text()
    assert pg.locator("#reviewer-box").get_attribute("open") is not None  # opened for the reviewer

    # reviewer details, then correct fatalities and confirm
    pg.fill("#reviewer-name", "Test Reviewer")
    pg.dispatch_event("#reviewer-name", "change")
    pg.fill("#api-key", KEY)
    pg.dispatch_event("#api-key", "change")
    pg.click("#reviewer-box summary")  # close the reviewer box again
    new_value = target["fatalities"] + 5
    pg.select_option("#corr-field", "fatalities")
    pg.fill("#corr-value", str(new_value))
    pg.fill("#corr-why", "morgue count in a later report")
    pg.click("#btn-correct")
    pg.wait_for_selector("#flash")
    row = pg.locator("#fields tr[data-field=fatalities]")
    assert row.get_attribute("class") == "corrected"
    assert row.locator(".value").inner_text() == str(new_value)
    assert row.locator(".badge").inner_text() == "corrected"
    pg.fill("#review-why", "two outlets agree")
    pg.click("#btn-confirm")
    pg.wait_for_function("() => document.querySelector('#review-state').textContent.includes('confirmed')")
    hist = pg.locator("#history").inner_text()
    assert "Test Reviewer" in hist and "morgue count in a later report" in hist and "confirmed" in hist
    pg.screenshot(path=str(shots / "event.png"), full_page=True)

    # persisted: a fresh load of the page, the API and the store all agree
    pg.reload()
    pg.wait_for_selector("body[data-loaded=event]")
    assert pg.locator("#fields tr[data-field=fatalities] .value").inner_text() == str(new_value)
    assert "confirmed" in pg.locator("#review-state").inner_text()
    with httpx.Client(base_url=base) as c:
        d = c.get(f"/events/{target['event_id']}").json()
    assert d["fatalities"] == new_value and d["review_status"] == "confirmed"
    ev = store.event(target["event_id"])
    assert ev["fatalities"] == new_value
    assert [(c["field"], c["who"], c["why"]) for c in ev["corrections"]] == [
        ("fatalities", "Test Reviewer", "morgue count in a later report")]

    # back to the list: the corrected figure shows there too
    pg.click("#back")
    _wait_list(pg)
    cell = pg.locator(f"#events-table tbody tr[data-event-id='{target['event_id']}'] td:nth-child(6)")
    assert cell.inner_text() == str(new_value)


def test_wrong_key_shows_the_error_and_changes_nothing(page, server):
    base, store = server
    pg = page
    ev = _api_events(base, country="Somalia")[0]
    pg.goto(f"{base}/#/event/{ev['event_id']}")
    pg.wait_for_selector("body[data-loaded=event]")
    pg.click("#reviewer-box summary")
    pg.fill("#reviewer-name", "Mallory")
    pg.dispatch_event("#reviewer-name", "change")
    pg.fill("#api-key", "not-the-key")
    pg.dispatch_event("#api-key", "change")
    pg.click("#btn-reject")
    pg.wait_for_function("() => document.querySelector('#review-msg').textContent.includes('E011')")
    page.errors.clear()  # the browser logs the 401 response as a console error: expected here
    assert store.event(ev["event_id"])["reviews"] == []
