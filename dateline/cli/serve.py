"""``dateline serve``: the HTTP API and the dashboard (FastAPI under uvicorn)."""

from __future__ import annotations

import os
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_cmd(
        db: Optional[str] = typer.Option(None, "--db", help="Store: a DuckDB file or postgresql://... "
                                         "(default: $DATELINE_DB or dateline.duckdb)."),
        host: str = typer.Option("127.0.0.1", help="Address to listen on."),
        port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
        api_key: Optional[str] = typer.Option(None, "--api-key", envvar="DATELINE_API_KEY", show_envvar=True,
                                              help="Key for the write endpoints (POST). Without one, writes are refused."),
        rate_limit: float = typer.Option(50.0, min=0, help="Read requests per second per client (0: no limit)."),
        write_rate_limit: float = typer.Option(2.0, min=0, help="Write requests per second per client (0: no limit)."),
        cache_ttl: float = typer.Option(5.0, min=0, help="Seconds a read may be answered from the cache "
                                        "(0: no cache; every write through this server empties it)."),
        log_level: str = typer.Option("info", help="uvicorn log level."),
        read_only: bool = typer.Option(False, "--read-only", help="Open the store read-only and refuse writes "
                                       "(a DuckDB file can then be shared with other read-only processes, "
                                       "e.g. `dateline events`; writes: stop the server or use --server with ingest)."),
    ) -> None:
        """Serve the HTTP API and the web dashboard (open http://HOST:PORT/)."""
        import uvicorn

        from ..errors import DatelineError
        from ..serve.app import Settings, create_app

        target = db or os.environ.get("DATELINE_DB") or "dateline.duckdb"
        settings = Settings(db=target, api_key=api_key or None, read_rate=rate_limit, write_rate=write_rate_limit,
                            cache_ttl=cache_ttl, read_only=read_only)
        if host not in ("127.0.0.1", "localhost", "::1") and not api_key:
            typer.echo("warning: listening beyond this machine without --api-key: writes are disabled", err=True)
        from ..store import open_store

        try:
            # opened here so a locked or too-new store fails with a clear message
            store = open_store(target, read_only=read_only)
        except DatelineError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
        try:
            app = create_app(settings, store=store)
            typer.echo(f"Dateline dashboard on http://{host}:{port}/  (OpenAPI schema: /openapi.json, store: {target}"
                       + (", read-only" if read_only else "") + ")", err=True)
            uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False,
                        server_header=False, date_header=True)
        finally:
            store.close()
