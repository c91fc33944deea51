"""Commands (stub: filled in by the stage that owns them)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
