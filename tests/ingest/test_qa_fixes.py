"""Ingest regressions from the QA pass (docs/qa.md "Not fixed" 6)."""

from __future__ import annotations

import os
import struct
import zlib

import pytest
from typer.testing import CliRunner

from dateline.article import Article
from dateline.cli import app
from dateline.errors import Rejection, RejectReason
from dateline.ingest import Fetcher, iter_items

R1 = ("Security forces repelled an assault on an army base in the eastern province on Sunday, "
      "killing six attackers, the defence ministry said in a statement on Monday.")


def _rss_item(guid: str, text: str, link: str | None = None, permalink: str | None = None) -> bytes:
    attr = f' isPermaLink="{permalink}"' if permalink else ""
    link_el = f"<link>{link}</link>" if link else ""
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item><title>Base attacked</title>'
            f"{link_el}<guid{attr}>{guid}</guid><pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate>"
            f"<description>{text}</description></item></channel></rss>").encode()


@pytest.mark.parametrize("permalink", [None, "true", "false"])
def test_feed_guid_that_is_not_a_url_is_an_id_not_a_link(tmp_path, permalink):
    f = tmp_path / "feed.xml"
    f.write_bytes(_rss_item("desk-2024-0506-17", R1, permalink=permalink))
    (art,) = list(iter_items([str(f)], fetcher=Fetcher()))  # the real fetcher: nothing may be fetched
    assert isinstance(art, Article), art
    assert art.url is None and art.id == "desk-2024-0506-17" and "army base" in art.text
    # a short teaser with no usable link is a report of its own text, not a forbidden_address refusal
    f.write_bytes(_rss_item("desk-2024-0506-18", "Six attackers killed at an army base.", permalink=permalink))
    (art,) = list(iter_items([str(f)], fetcher=Fetcher()))
    assert isinstance(art, Article) and art.url is None


def test_feed_guid_url_is_still_the_link(tmp_path):
    f = tmp_path / "feed.xml"
    f.write_bytes(_rss_item("https://desk.example/a", R1))
    (art,) = list(iter_items([str(f)], fetcher=Fetcher(), follow_links=False))
    assert art.url == "https://desk.example/a"


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = zlib.compress(b"\x00\xff\x00\x00" * 4)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


@pytest.mark.parametrize("data", [
    _png(),
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
    bytes(range(256)) * 8,
])
def test_binary_file_named_html_is_a_binary_rejection(tmp_path, data):
    f = tmp_path / "story.html"
    f.write_bytes(data)
    (rej,) = list(iter_items([str(f)]))
    assert isinstance(rej, Rejection) and rej.reason == RejectReason.BINARY, rej


def test_utf16_and_latin1_html_are_not_binary(tmp_path):
    body = f"<html><head><title>Base</title></head><body><article><p>{R1}</p><p>{R1}</p></article></body></html>"
    f = tmp_path / "u16.html"
    f.write_bytes(body.encode("utf-16"))
    f2 = tmp_path / "l1.html"
    f2.write_bytes(body.replace("Monday", "Monday (caf\xe9)").encode("latin-1"))
    for item in iter_items([str(f), str(f2)]):
        assert not (isinstance(item, Rejection) and item.reason == RejectReason.BINARY), item


def test_json_nested_too_deeply_is_malformed(tmp_path):
    f = tmp_path / "deep.json"
    f.write_text("[" * 100_000 + "]" * 100_000)
    (rej,) = list(iter_items([str(f)]))
    assert isinstance(rej, Rejection) and rej.reason == RejectReason.MALFORMED and "deeply" in rej.detail
    f.write_text('{"id": "n", "text": "x", "n": ' + "9" * 5000 + "}")
    (rej,) = list(iter_items([str(f)]))
    assert rej.reason == RejectReason.MALFORMED


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_ingest_of_a_device_file_is_a_usage_error(tmp_path):
    res = CliRunner().invoke(app, ["ingest", "/dev/zero", "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code == 2 and "not a regular file or folder" in res.output
    assert not (tmp_path / "x.duckdb").exists()
    (rej,) = list(iter_items(["/dev/zero"]))  # the library refuses it too, without reading it
    assert rej.reason == RejectReason.UNSUPPORTED and "regular file" in rej.detail


def test_relative_feed_link_resolves_against_the_feed_url(http_server, tmp_path):
    from ingesthelp import page

    http_server.add("/rel/base.html", page("Base attacked", "2024-05-06", R1, R1.replace("six", "seven")))
    feed = http_server.add("/rel/feed.xml", _rss_item("desk-rel-1", "Six killed.", link="base.html"),
                           ctype="application/rss+xml")
    (art,) = list(iter_items([feed], fetcher=Fetcher(allow_loopback=True)))
    assert isinstance(art, Article), art
    assert art.url == feed.rsplit("/", 1)[0] + "/base.html" and "army base" in art.text
    # in a feed file a relative link points nowhere: the item's own text is the report
    f = tmp_path / "feed.xml"
    f.write_bytes(_rss_item("desk-rel-2", R1, link="/news/base.html"))
    (art,) = list(iter_items([str(f)], fetcher=Fetcher()))
    assert isinstance(art, Article) and art.url is None and "army base" in art.text
