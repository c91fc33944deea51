import datetime as dt

import pytest

from dateline.article import Article, check_text, content_hash, decode_bytes, parse_date
from dateline.errors import DatelineError, Rejected, RejectReason


def test_parse_date_forms():
    assert parse_date("2020-03-05") == dt.date(2020, 3, 5)
    assert parse_date("2020-03-05T10:00:00Z") == dt.date(2020, 3, 5)
    assert parse_date(None) is None
    with pytest.raises(DatelineError):
        parse_date("5 March")


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", RejectReason.EMPTY),
        (b"\x00\x01\x02binary", RejectReason.BINARY),
        (b"caf\xe9 au lait was served to the soldiers", RejectReason.ENCODING),
    ],
)
def test_bad_bytes_get_typed_reasons(data, reason):
    with pytest.raises(Rejected) as exc:
        check_text(decode_bytes(data))
    assert exc.value.reason is reason


def test_non_english_rejected():
    with pytest.raises(Rejected) as exc:
        check_text("Los combatientes atacaron una base militar en la provincia y murieron cinco soldados según la policía.")
    assert exc.value.reason is RejectReason.NOT_ENGLISH


def test_english_accepted():
    text = "Gunmen attacked a police post in the north of the country on Monday, killing two officers."
    assert check_text(text) == text


def test_content_hash_folds_case_and_space():
    assert content_hash("A  b\nC") == content_hash("a b c")
    assert Article(text="x y z").id == Article(text="x  y z").id
