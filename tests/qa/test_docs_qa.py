"""The commands in README.md and docs/*.md name options that exist, and the README's worked example
is what `dateline extract` gives (stable fields only)."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import typer.main

from dateline.cli import app

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _doc_commands() -> list[tuple[str, str]]:
    """(file name, command line) for every `dateline ...` line inside a fenced bash block."""
    out = []
    for path in DOCS:
        for block in re.findall(r"```bash\n(.*?)```", path.read_text(encoding="utf-8"), re.S):
            for line in block.splitlines():
                line = line.split("  #")[0].strip()
                if line.startswith("dateline "):
                    out.append((path.name, line))
    return out


def _command(words: list[str]):
    cmd = typer.main.get_command(app)
    root_opts = {o for p in cmd.params for o in p.opts}
    i = 0
    while i < len(words) and words[i] in root_opts:  # root options such as --actors PATH
        i += 2
    path = []
    while i < len(words) and hasattr(cmd, "commands") and words[i] in cmd.commands:
        cmd = cmd.commands[words[i]]
        path.append(words[i])
        i += 1
    return cmd, path, words[i:]


def test_docs_have_commands():
    assert len(_doc_commands()) >= 20


@pytest.mark.parametrize("where,line", _doc_commands())
def test_documented_command_and_options_exist(where, line):
    words = shlex.split(line.replace("[--full]", "--full").replace("...", ""))[1:]
    cmd, path, rest = _command(words)
    assert path, f"{where}: no such command in {line!r}"
    opts = {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)} | {"--help"}
    for w in rest:
        if w.startswith("-") and len(w) > 1:
            assert w.split("=")[0] in opts, f"{where}: {line!r}: option {w} does not exist for {' '.join(path)}"


def test_readme_worked_example(nlp):
    from dateline import extract

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)\n```", readme, re.S).group(1)
    block = re.sub(r",\s*\{\"field\": \"fatalities\".*?\}\s*\]", "]", block, flags=re.S)
    shown = json.loads(block)
    text = (ROOT / "tests" / "fixtures" / "borno_wire.txt").read_text(encoding="utf-8")
    recs = [r.to_dict() for r in extract(text, published="2026-11-19", source="AFP", id="borno_wire")]
    occurred = [r for r in recs if r["status"] == "occurred"]
    assert len(occurred) == 3, "the README says three occurred events"
    (got,) = [r for r in recs if r["admin2"] == shown["admin2"]]
    for k in ("event_id", "event_date", "sub_event_type", "actor1", "actor2", "admin1", "admin2", "location",
              "fatalities", "source"):
        assert got[k] == shown[k], k
    ev = shown["evidence"][0]
    assert text[ev["start"]:ev["end"]] == ev["text"]
