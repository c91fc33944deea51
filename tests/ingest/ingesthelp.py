"""Helpers for the ingest tests: a real HTTP server on 127.0.0.1 and page/feed builders.

The hardened fetcher refuses loopback addresses; tests reach this server with the documented,
test-only ``Fetcher(allow_loopback=True)``.
"""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE_TEMPLATE = """<!doctype html><html><head><title>{title}</title>
<meta property="article:published_time" content="{date}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>{title}</h1>{paras}</article>
<footer>Copyright notice and newsletter sign-up.</footer></body></html>"""


def page(title: str, date: str, *paras: str) -> bytes:
    return PAGE_TEMPLATE.format(title=title, date=date, paras="".join(f"<p>{p}</p>" for p in paras)).encode()


class Server:
    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.hits: list[str] = []
        handler = self._handler()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body: bytes | str, ctype: str = "text/html; charset=utf-8", status: int = 200,
            **headers: str) -> str:
        if isinstance(body, str):
            body = body.encode()
        self.routes[path] = (status, {"Content-Type": ctype, **{k.replace("_", "-"): v for k, v in headers.items()}},
                             body)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = (status, {"Location": to}, b"")
        return self.url(path)

    def _handler(self):
        server = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):  # quiet
                pass

            def do_GET(self):  # noqa: N802
                server.hits.append(self.path)
                if self.path == "/slow":
                    time.sleep(3)
                if self.path == "/trickle":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.end_headers()
                    for _ in range(40):
                        try:
                            self.wfile.write(b"x" * 10)
                            self.wfile.flush()
                        except OSError:
                            return
                        time.sleep(0.1)
                    return
                if self.path == "/unbounded":  # no Content-Length, more than any cap
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.end_headers()
                    try:
                        for _ in range(200):
                            self.wfile.write(b"y" * 65536)
                    except OSError:
                        pass
                    return
                status, headers, body = server.routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"nope"))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return H


def gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9)
