"""Files, folders, JSON, HTML and RSS/Atom feeds -> Articles; bad inputs -> typed Rejections."""

from __future__ import annotations

import json

import pytest

from dateline.article import Article
from dateline.errors import Rejected, Rejection, RejectReason
from dateline.ingest import Fetcher, iter_items
from dateline.ingest.web import check_xml, html_to_text, parse_feed
from ingesthelp import page

R1 = ("Security forces repelled an assault on an army base in the eastern province on Sunday, "
      "killing six attackers, the defence ministry said in a statement on Monday.")
R2 = ("Two people were wounded when a grenade was thrown into a crowded bus station in the port city on Friday "
      "evening, police said, adding that no group had claimed the attack.")
R3 = ("Protesters blocked the main highway into the capital for several hours on Wednesday to demand the "
      "release of detained students, and police fired tear gas to clear the road.")

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol4;</title><item><title>x</title></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&secret;</title><description>d</description></item>
</channel></rss>"""

PARAM_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<rss version="2.0"><channel><title>t</title></channel></rss>"""


def rss(items: list[tuple[str, str, str, str]], title: str = "Regional Wire") -> bytes:
    """items: (title, link, pubDate RFC 822, description)."""
    body = "".join(f"<item><title>{t}</title><link>{l}</link><guid>{l}</guid><pubDate>{d}</pubDate>"
                   f"<description><![CDATA[{s}]]></description></item>" for t, l, d, s in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://wire.example/</link><description>news</description>{body}</channel></rss>").encode()


def atom(entries: list[tuple[str, str, str, str]]) -> bytes:
    body = "".join(f'<entry><title>{t}</title><link href="{l}"/><id>{l}</id><updated>{d}</updated>'
                   f'<content type="html">&lt;p&gt;{s}&lt;/p&gt;</content></entry>' for t, l, d, s in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Atom Desk</title><id>urn:x</id><updated>2024-05-01T00:00:00Z</updated>{body}</feed>").encode()


@pytest.mark.parametrize("data", [BILLION_LAUGHS, XXE, PARAM_ENTITY])
def test_hostile_xml_rejected(data):
    with pytest.raises(Rejected) as exc:
        check_xml(data)
    assert exc.value.reason == RejectReason.HOSTILE_XML
    with pytest.raises(Rejected):
        parse_feed(data)


def test_hostile_feed_file_becomes_a_typed_rejection(tmp_path):
    (tmp_path / "laughs.xml").write_bytes(BILLION_LAUGHS)
    (tmp_path / "broken.rss").write_bytes(b"<rss><channel><item></channel>")
    out = {i.origin.rsplit("/", 1)[-1]: i for i in iter_items([str(tmp_path)])}
    assert out["laughs.xml"].reason == RejectReason.HOSTILE_XML
    assert out["broken.rss"].reason == RejectReason.MALFORMED


def test_feedparser_only_ever_gets_bytes(monkeypatch, tmp_path):
    import feedparser

    seen = []
    real = feedparser.parse

    def spy(src, *a, **kw):
        seen.append(type(src).__name__)
        return real(src, *a, **kw)

    monkeypatch.setattr(feedparser, "parse", spy)
    (tmp_path / "f.xml").write_bytes(rss([("Base attacked", "https://wire.example/a", "Mon, 06 May 2024 09:00:00 GMT",
                                           R1 * 4)]))
    items = list(iter_items([str(tmp_path / "f.xml")], follow_links=False))
    assert seen and all(t not in ("str", "PosixPath") for t in seen)
    assert isinstance(items[0], Article)


def test_rss_and_atom_full_text_items(tmp_path):
    long1, long2 = (R1 + " ") * 4, (R2 + " ") * 4
    (tmp_path / "wire.rss").write_bytes(rss([
        ("Base attacked", "https://wire.example/a", "Mon, 06 May 2024 09:00:00 GMT", f"<p>{long1}</p>"),
        ("Grenade at bus station", "https://wire.example/b", "Sat, 04 May 2024 18:30:00 GMT", long2)]))
    (tmp_path / "desk.atom").write_bytes(atom([("Highway blocked", "https://desk.example/c", "2024-05-08T12:00:00Z",
                                                (R3 + " ") * 4)]))
    arts = [a for a in iter_items([str(tmp_path)], follow_links=False)]
    assert all(isinstance(a, Article) for a in arts) and len(arts) == 3
    by_url = {a.url: a for a in arts}
    a = by_url["https://wire.example/a"]
    assert a.title == "Base attacked" and a.source == "Regional Wire" and str(a.published) == "2024-05-06"
    assert "<p>" not in a.text and "army base" in a.text
    c = by_url["https://desk.example/c"]
    assert c.source == "Atom Desk" and str(c.published) == "2024-05-08" and "tear gas" in c.text


def test_teaser_feed_follows_links_through_the_fetcher(http_server):
    link1 = http_server.add("/news/base.html", page("Base attacked", "2024-05-06", R1, R1.replace("six", "six more")))
    link2 = http_server.add("/news/bus.html", page("Grenade at bus station", "2024-05-04", R2))
    feed = http_server.add("/feed.xml", rss([("Base attacked", link1, "Mon, 06 May 2024 09:00:00 GMT", "Six killed."),
                                             ("Grenade", link2, "Sat, 04 May 2024 18:30:00 GMT", "Two hurt.")]),
                           ctype="application/rss+xml")
    arts = list(iter_items([feed], fetcher=Fetcher(allow_loopback=True)))
    assert [a.url for a in arts] == [link1, link2]
    assert "army base" in arts[0].text and "Copyright" not in arts[0].text and "Home" not in arts[0].text
    assert str(arts[0].published) == "2024-05-06" and arts[0].title == "Base attacked"
    # already-stored links are not fetched again
    hits = len(http_server.hits)
    arts = list(iter_items([feed], fetcher=Fetcher(allow_loopback=True), known_url=lambda u: u == link1))
    assert [a.url for a in arts] == [link2] and http_server.hits[hits:] == ["/feed.xml", "/news/bus.html"]
    # the default fetcher refuses the loopback feed: a typed rejection, nothing fetched
    (rej,) = list(iter_items([feed]))
    assert isinstance(rej, Rejection) and rej.reason == RejectReason.FORBIDDEN_ADDRESS and rej.origin == feed


def test_web_page_url(http_server):
    url = http_server.add("/story.html", page("Highway blocked", "2024-05-08", R3))
    (art,) = list(iter_items([url], fetcher=Fetcher(allow_loopback=True)))
    assert art.url == url and "tear gas" in art.text and str(art.published) == "2024-05-08"
    empty = http_server.add("/empty.html", "<html><body><nav>menu</nav></body></html>")
    (rej,) = list(iter_items([empty], fetcher=Fetcher(allow_loopback=True)))
    assert rej.reason == RejectReason.NO_TEXT
    binary = http_server.add("/x.bin", b"\x00\x01\x02", ctype="application/octet-stream")
    (rej,) = list(iter_items([binary], fetcher=Fetcher(allow_loopback=True)))
    assert rej.reason in (RejectReason.UNSUPPORTED, RejectReason.BINARY)


def test_folder_of_mixed_files(tmp_path):
    (tmp_path / "one.txt").write_text(R1)
    (tmp_path / "two.json").write_text(json.dumps([{"id": "j1", "text": R2, "published": "2024-05-04"},
                                                   {"id": "j2", "text": R3, "published": "2024-05-08"}]))
    (tmp_path / "three.jsonl").write_text(json.dumps({"id": "l1", "text": R1 + " Update.", "published": "2024-05-06"})
                                          + "\n{not json}\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "four.html").write_bytes(page("Highway blocked", "2024-05-08", R3 + " More."))
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / ".hidden.txt").write_text(R2)
    items = list(iter_items([str(tmp_path)], source="Desk", published="2024-05-06"))
    arts = [i for i in items if isinstance(i, Article)]
    rejs = [i for i in items if isinstance(i, Rejection)]
    assert sorted(a.id for a in arts if a.id in ("one", "j1", "j2", "l1", "four")) == ["four", "j1", "j2", "l1", "one"]
    assert len(arts) == 5
    assert sorted(r.reason.value for r in rejs) == ["malformed", "unsupported"]
    one = next(a for a in arts if a.id == "one")
    assert one.source == "Desk" and str(one.published) == "2024-05-06"
    (missing,) = list(iter_items([str(tmp_path / "nope.txt")]))
    assert missing.reason == RejectReason.UNSUPPORTED


def test_html_to_text():
    assert html_to_text("<p>One &amp; two</p><script>x()</script><p>three</p>") == "One & two\n\nthree"
    assert html_to_text("plain &lt;text&gt;") == "plain <text>"
