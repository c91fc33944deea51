"""Regression tests for the bugs found by the QA pass (command line, input readers, Python API).

Every report here is written for these tests.
"""

from __future__ import annotations

import json
import logging
import re

import pytest
from typer.testing import CliRunner

from dateline import __version__
from dateline.article import Article
from dateline.cli import _OneLine, app
from dateline.errors import Rejected, Rejection, RejectReason

REPORT = ("JOS, Nigeria (Dateline test) - Armed men killed four farmers in a village near Bokkos in "
          "Plateau state on Sunday, a police spokesman said on Monday.\n")


def _flat(s: str) -> str:
    """Text without whitespace and box lines: rich wraps usage errors inside a box."""
    return re.sub(r"[\s\u2500-\u257f]", "", s)


@pytest.fixture(scope="module")
def runner(nlp):
    return CliRunner()


@pytest.fixture
def no_extra_actors():
    """--actors sets a process-wide registry path: put it back after the test."""
    from dateline.nlp.registry import set_extra_paths

    yield
    set_extra_paths(())


# --------------------------------------------------------------- JSON metadata of the wrong type


@pytest.mark.parametrize("key,value", [("url", {"href": "https://example.org/a"}), ("title", ["a", "b"]),
                                       ("source", {"name": "AP"}), ("id", {"x": 1}), ("id", True)])
def test_json_metadata_of_wrong_type_is_bad_metadata(key, value):
    from dateline.ingest.base import article_from_obj

    obj = {"id": "r1", "text": REPORT, "published": "2026-11-16", key: value}
    out = article_from_obj(obj, "reports.jsonl:3")
    assert isinstance(out, Rejection)
    assert out.reason is RejectReason.BAD_METADATA and key in out.detail
    assert out.origin == "reports.jsonl:3"


def test_json_metadata_strings_and_int_id_are_kept():
    from dateline.ingest.base import article_from_obj

    out = article_from_obj({"id": 7, "text": REPORT, "url": "https://example.org/a", "title": "T",
                            "source": "AP"}, "x")
    assert isinstance(out, Article)
    assert (out.id, out.url, out.title, out.source) == ("7", "https://example.org/a", "T", "AP")


def test_ingest_survives_a_url_object_and_stores_the_rejection(nlp, tmp_path):
    """Was: TypeError (unhashable dict) in the store's known-report query; the whole ingest died."""
    from dateline.ingest import ingest
    from dateline.store import open_store

    src = tmp_path / "reports.jsonl"
    src.write_text(json.dumps({"id": "bad", "text": REPORT, "url": {"href": "x"}}) + "\n"
                   + json.dumps({"id": "good", "text": REPORT, "published": "2026-11-16"}) + "\n",
                   encoding="utf-8")
    with open_store(str(tmp_path / "qa.duckdb")) as store:
        summary = ingest([str(src)], store)
        assert summary.rejected == {"bad_metadata": 1}
        assert summary.reports_new == 1
        assert store.rejection_counts() == {"bad_metadata": 1}
        again = ingest([str(src)], store)  # re-running adds nothing
        assert again.reports_new == 0 and again.events_added == 0


# --------------------------------------------------------------- dateline extract


def test_pipeline_rejection_names_its_file(runner, tmp_path):
    """Was: origin null for reports refused by the pipeline (empty, not English, too large)."""
    empty = tmp_path / "blank.txt"
    empty.write_text("   \n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(empty), str(good), "--published", "2026-11-16", "--format", "jsonl"])
    assert res.exit_code == 1
    rows = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    (rej,) = [r for r in rows if r.get("rejected")]
    assert rej["reason"] == "empty" and rej["origin"] == str(empty)
    assert f"rejected: {empty}: empty" in res.stderr
    # reports read + rejected = inputs (the refused one is not also counted as read)
    assert "1 reports read" in res.stderr and "1 rejected" in res.stderr


@pytest.mark.parametrize("arg,words", [("missing.txt", "no such file"), ("FOLDER", "is a folder"),
                                       ("https://example.org/news/1", "dateline ingest https://example.org/news/1")])
def test_unusable_file_arguments_are_usage_errors(runner, tmp_path, arg, words):
    """Was: exit 1 with an `unsupported` rejection ('cannot read: Is a directory', a mangled URL)."""
    arg = str(tmp_path) if arg == "FOLDER" else arg
    res = runner.invoke(app, ["extract", arg])
    assert res.exit_code == 2
    assert _flat(words) in _flat(res.output)


# --------------------------------------------------------------- root options and the entry point


def test_version_without_a_command():
    """Was: 'Missing command.' (exit 2): the option lived in a callback that never ran alone."""
    res = CliRunner().invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.strip() == __version__


@pytest.mark.parametrize("how", ["option", "env"])
def test_bad_actor_registry_is_a_usage_error(runner, tmp_path, monkeypatch, no_extra_actors, how):
    """Was: every report rejected as `internal` with two tracebacks each."""
    bad = tmp_path / "actors.json"
    bad.write_text("{not json", encoding="utf-8")
    rep = tmp_path / "r.txt"
    rep.write_text(REPORT, encoding="utf-8")
    args = ["extract", str(rep), "--format", "jsonl"]
    if how == "option":
        args = ["--actors", str(bad), *args]
    else:
        monkeypatch.setenv("DATELINE_ACTORS", str(bad))
    res = runner.invoke(app, args)
    assert res.exit_code == 2
    assert "E008" in res.stderr and "internal" not in res.output


def test_good_actor_registry_is_used(runner, tmp_path, no_extra_actors):
    reg = tmp_path / "actors.csv"
    reg.write_text("name,aliases,inter,country,kind\nLakeshore Defence Militia,Lakeshore Defence,3,NG,militia\n",
                   encoding="utf-8")
    rep = tmp_path / "r.txt"
    rep.write_text("Fighters of the Lakeshore Defence attacked a village near Bokkos in Plateau state on Sunday, "
                   "killing three farmers, police said.\n", encoding="utf-8")
    res = runner.invoke(app, ["--actors", str(reg), "extract", str(rep), "--published", "2026-11-16",
                              "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert any(r["actor1"] == "Lakeshore Defence Militia" for r in rows)


def test_main_turns_a_bug_into_one_line_and_exit_3(monkeypatch, capsys):
    """The last line of defence: an unexpected exception (e.g. `dateline events --limit -1` raised
    ValueError from islice) prints one E015 line, not a traceback; DATELINE_DEBUG=1 re-raises."""
    import dateline.cli as cli

    def broken_app():
        raise ValueError("boom")

    monkeypatch.setattr(cli, "app", broken_app)
    monkeypatch.delenv("DATELINE_DEBUG", raising=False)
    with pytest.raises(SystemExit) as ex:
        cli.main()
    assert ex.value.code == 3
    err = capsys.readouterr().err
    assert "E015" in err and "ValueError: boom" in err and "Traceback" not in err
    monkeypatch.setenv("DATELINE_DEBUG", "1")
    with pytest.raises(ValueError):
        cli.main()


def test_log_lines_carry_no_traceback():
    rec = None
    try:
        raise KeyError("stage")
    except KeyError:
        import sys

        rec = logging.LogRecord("dateline.nlp.pipeline", logging.ERROR, __file__, 1, "stage failure on article %s",
                                ("a1",), sys.exc_info())
    line = _OneLine().format(rec)
    assert line == "error: stage failure on article a1 (KeyError: 'stage')"


def test_eval_with_a_missing_data_folder_is_a_usage_error(tmp_path):
    """Was: every set 'skipped', exit 0 (even with --gate)."""
    res = CliRunner().invoke(app, ["eval", "seed", "--data", str(tmp_path / "nope"), "--gate"])
    assert res.exit_code == 2 and "nosuchfolder" in _flat(res.output)


# --------------------------------------------------------------- Python API


def test_article_text_types(nlp):
    from dateline import extract

    with pytest.raises(Rejected) as ex:
        extract(None)
    assert ex.value.reason is RejectReason.EMPTY  # was TypeError from unicodedata
    with pytest.raises(TypeError, match="must be a str"):
        Article(text=12)
    assert Article(text=REPORT.encode("utf-8")).text == REPORT  # bytes are decoded, as in the readers
    with pytest.raises(Rejected) as ex:
        Article(text="caf\u00e9 ".encode("latin-1") * 5)
    assert ex.value.reason is RejectReason.ENCODING


@pytest.mark.parametrize("line,words", [("[" * 100_000 + "]" * 100_000, "nested too deeply"),
                                        ('{"id": ' + "7" * 5000 + ', "text": "x"}', "4300 digits")])
def test_jsonl_lines_that_break_the_json_parser_are_malformed(line, words):
    """Was: RecursionError / ValueError out of json.loads killed `extract --input` and `ingest`."""
    import io

    from dateline.ingest import read_jsonl

    (out,) = list(read_jsonl(io.BytesIO(line.encode() + b"\n"), "deep.jsonl"))
    assert isinstance(out, Rejection) and out.reason is RejectReason.MALFORMED and words in out.detail
    assert out.origin == "deep.jsonl:1"


def test_extract_output_in_a_missing_folder_is_a_usage_error(runner, tmp_path):
    """Was: the NLP ran, then FileNotFoundError (a traceback) when writing."""
    rep = tmp_path / "r.txt"
    rep.write_text(REPORT, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(rep), "-o", str(tmp_path / "no" / "out.jsonl")])
    assert res.exit_code == 2 and "folderdoesnotexist" in _flat(res.output)
    res = runner.invoke(app, ["extract", str(rep), "-o", str(tmp_path)])
    assert res.exit_code == 2 and "isafolder" in _flat(res.output)


def test_main_reports_file_system_errors_in_one_line(monkeypatch, capsys, tmp_path):
    """`dateline export -o missing/x.csv` (and places, events) raised FileNotFoundError: one line, exit 2."""
    import dateline.cli as cli

    target = tmp_path / "missing" / "x.csv"

    def writes_into_a_missing_folder():
        open(target, "w", encoding="utf-8")

    monkeypatch.setattr(cli, "app", writes_into_a_missing_folder)
    monkeypatch.delenv("DATELINE_DEBUG", raising=False)
    with pytest.raises(SystemExit) as ex:
        cli.main()
    assert ex.value.code == 2
    err = capsys.readouterr().err
    assert err.strip() == f"error: No such file or directory: {target}"


def test_utf16_jsonl_is_one_encoding_rejection():
    """Was: line 1 'invalid UTF-16: truncated data', then every other line 'binary'."""
    import io

    from dateline.ingest import read_jsonl

    data = "\n".join(json.dumps({"id": f"r{i}", "text": REPORT}) for i in range(3)).encode("utf-16")
    (out,) = list(read_jsonl(io.BytesIO(data), "ps.jsonl"))
    assert isinstance(out, Rejection) and out.reason is RejectReason.ENCODING and "UTF-8" in out.detail
    assert out.origin == "ps.jsonl"


@pytest.mark.skipif(not __import__("os").path.exists("/dev/zero"), reason="needs /dev/zero")
def test_device_file_is_a_usage_error(runner):
    """Was: `dateline extract /dev/zero` read forever (its size reads as 0, under the cap)."""
    res = runner.invoke(app, ["extract", "/dev/zero"])
    assert res.exit_code == 2 and "notaregularfile" in _flat(res.output)


def test_cli_log_shows_our_records_not_other_libraries_noise():
    """Was: trafilatura's 'lxml parsing failed: Document is empty' (x4) beside the no_text rejection."""
    from dateline.cli import _ours

    def rec(name, level):
        return logging.LogRecord(name, level, __file__, 1, "m", (), None)

    assert _ours(rec("dateline.nlp.pipeline", logging.ERROR))
    assert _ours(rec("dateline", logging.WARNING))
    assert not _ours(rec("trafilatura.core", logging.ERROR))
    assert not _ours(rec("datelinex", logging.ERROR))
    assert _ours(rec("duckdb", logging.CRITICAL))
