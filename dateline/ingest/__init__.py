"""Sources -> :class:`~dateline.article.Article`.

Every reader yields either an Article or a :class:`~dateline.errors.Rejection` (never raises
for bad input, never drops it silently).
"""

from __future__ import annotations

from .base import read_jsonl, read_text_file

__all__ = ["read_jsonl", "read_text_file"]
