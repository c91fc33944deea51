"""The actor registry: data files, lookups, inter codes, user extension."""

from __future__ import annotations

import json

import pycountry
import pytest

from dateline.errors import DatelineError
from dateline.nlp.registry import ENV_VAR, Registry, get_registry, norm


@pytest.fixture(scope="module")
def reg():
    return Registry.load(use_env=False)


def name(reg, text, country=None, violent=True):
    a = reg.lookup(text, country=country, violent=violent)
    return a.name if a else None


def test_state_forces_for_every_country(reg):
    for c in pycountry.countries:
        for klass, prefix in (("military", "Military Forces of"), ("police", "Police Forces of"),
                              ("government", "Government of")):
            a = reg.generic(klass, c.alpha_2)
            assert a is not None and a.name.startswith(prefix), (c.alpha_2, klass)
            assert a.inter == 1 and a.country_code == c.alpha_2
    assert reg.generic("military", "US").name == "Military Forces of the United States"
    assert reg.generic("civilians", "AF").name == "Civilians (Afghanistan)"
    assert reg.generic("protesters", "KE").inter == 6
    assert reg.generic("rioters", "KE").inter == 5
    assert reg.generic("unidentified", "NG").name == "Unidentified Armed Group (Nigeria)"
    assert reg.generic("civilians", None).name == "Civilians"


@pytest.mark.parametrize("text,country,expected", [
    ("Afghan forces", None, "Military Forces of Afghanistan"),
    ("soldiers", "AF", "Military Forces of Afghanistan"),
    ("troops", "ML", "Military Forces of Mali"),
    ("army outposts", "AF", "Military Forces of Afghanistan"),
    ("a police checkpoint", "AF", "Police Forces of Afghanistan"),
    ("policemen", "PK", "Police Forces of Pakistan"),
    ("U.S. troops", "IQ", "Military Forces of the United States"),
    ("Afghanistan's army", None, "Military Forces of Afghanistan"),
    ("Afghan government officials", None, "Government of Afghanistan"),
    ("gunmen", "MX", "Unidentified Armed Group (Mexico)"),
    ("villagers", "NG", "Civilians (Nigeria)"),
    ("demonstrators", "CL", "Protesters (Chile)"),
    ("Taliban fighters", "AF", "Taliban"),
    ("Pakistani Taliban", "PK", "Tehrik-i-Taliban Pakistan"),
    ("al Shabab militants", "SO", "al-Shabaab"),
    ("US Forces-Afghanistan", "AF", "Military Forces of the United States"),
    ("Boko Haram positions", "NG", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("Kenyan police", None, "Police Forces of Kenya"),
    ("other foreign forces", "AF", "Foreign Military Forces"),
])
def test_lookup(reg, text, country, expected):
    assert name(reg, text, country) == expected


def test_bare_country_is_forces_when_fighting_and_government_otherwise(reg):
    assert name(reg, "The US", "AF", violent=True) == "Military Forces of the United States"
    assert name(reg, "Washington", "AF", violent=False) == "Government of the United States"
    assert name(reg, "Kabul", "AF", violent=False) == "Government of Afghanistan"


def test_acronyms_match_only_in_capitals(reg):
    assert name(reg, "IS", "SY") == "Islamic State (Syria)"
    assert name(reg, "is", "SY") is None
    assert name(reg, "ADF", "CD") == "ADF: Allied Democratic Forces"
    assert name(reg, "let", "IN") is None  # LeT


def test_islamic_state_branches_follow_the_country(reg):
    assert name(reg, "Islamic State", "AF") == "Islamic State (Afghanistan)"
    assert name(reg, "ISIS", "NG") == "Islamic State West Africa Province"
    assert name(reg, "Islamic State", None) == "Islamic State"


def test_head_noun_outweighs_a_group_named_as_modifier(reg):
    a = reg.lookup("Taliban prisoners", country="AF")
    assert a.kind == "civilians" and "Afghanistan" in a.name


def test_not_actors(reg):
    for text in ("the army toll", "a suicide", "peace talks", "Tuesday"):
        assert reg.lookup(text, country="AF") is None, text


def test_anaphors_left_to_coreference(reg):
    res = reg.resolve("the insurgents".split(), country="AF")
    assert res.actor is None and res.klass == "anaphor" and not res.indefinite
    res = reg.resolve("unknown militants".split(), country="AF")
    assert res.indefinite


def test_inter_of_state_forces_abroad_is_external(reg):
    us = reg.generic("military", "US")
    assert reg.inter_in(us, "AF") == 8
    assert reg.inter_in(us, "US") == 1
    taliban = reg.get("Taliban")
    assert reg.inter_in(taliban, "PK") == 2


def test_norm():
    assert norm("al-Shabaab") == norm("Al Shabaab") == "al shabaab"
    assert norm("U.S.") == "us"
    assert norm("People\u2019s Defence Force") == "people defence force"
    assert norm("Kata'ib Hezbollah") == "kataib hezbollah"


def test_user_files_extend_the_registry(tmp_path, monkeypatch):
    (tmp_path / "mine.json").write_text(json.dumps({
        "actors": [
            {"name": "Northern Valley Defence Front", "aliases": ["NVDF", "Valley Front"], "inter": 2,
             "country": "KE", "kind": "rebel", "leaders": ["Daniel Koros"]},
            {"state": "police", "country": "KE", "aliases": ["Rapid Deployment Unit"]},
        ],
        "heads": {"poacher": "unidentified"},
        "weak_heads": {"compound": "military"},
        "named_weak_heads": {"compound": "civilians"},
    }), encoding="utf-8")
    (tmp_path / "more.csv").write_text(
        "name,aliases,inter,country,kind,leaders\nRiver Guards Militia,River Guards|the Guards,3,UG,militia,Ann Okello\n",
        encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    reg = get_registry()
    assert reg.lookup("Valley Front fighters").name == "Northern Valley Defence Front"
    assert reg.lookup("NVDF").inter == 2
    assert reg.lookup("Rapid Deployment Unit").name == "Police Forces of Kenya"
    assert reg.lookup("River Guards").country_code == "UG"
    assert reg.lookup("poachers", country="TZ").name == "Unidentified Armed Group (Tanzania)"
    assert reg.lookup("a compound", country="KE").name == "Military Forces of Kenya"
    assert reg.lookup("the Kakuma compound", country="KE").name == "Civilians (Kenya)"  # named_weak_heads
    # "forces loyal to Daniel Koros", "Okello's fighters": the group a person leads (leaders)
    assert reg.led_by("Daniel Koros").name == "Northern Valley Defence Front"
    assert reg.led_by("Koros").name == "Northern Valley Defence Front"
    assert reg.led_by("Ann Okello").name == "River Guards Militia"
    assert reg.led_by("Kenyatta") is None
    # the built-in data is still there
    assert reg.lookup("Taliban").inter == 2
    assert reg.led_by("Riek Machar").name == "SPLM/A-In Opposition"


@pytest.mark.parametrize("content,suffix", [
    ("{not json", ".json"),
    (json.dumps({"actors": [{"name": "X", "inter": 11, "kind": "rebel"}]}), ".json"),
    (json.dumps({"actors": [{"name": "X", "inter": 2, "kind": "wizards"}]}), ".json"),
    (json.dumps({"actors": [{"name": "X", "inter": 2, "kind": "rebel", "country": "QQ"}]}), ".json"),
    (json.dumps({"actors": [{"aliases": ["no name"], "inter": 2, "kind": "rebel"}]}), ".json"),
    (json.dumps({"heads": {"goblin": "no-such-class"}}), ".json"),
    (json.dumps({"named_weak_heads": {"camp": "no-such-class"}}), ".json"),
    ("name,aliases,inter,country,kind\nY,,two,KE,rebel\n", ".csv"),
])
def test_invalid_user_files_are_coded_errors(tmp_path, content, suffix):
    f = tmp_path / f"bad{suffix}"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(DatelineError) as exc:
        Registry.load([f], use_env=False)
    assert exc.value.code.value == "E008"


def test_missing_user_path_is_a_coded_error(tmp_path):
    with pytest.raises(DatelineError) as exc:
        Registry.load([tmp_path / "nowhere.json"], use_env=False)
    assert exc.value.code.value == "E008"


def test_plural_demonym_is_the_people_or_its_government(reg):
    assert name(reg, "the Palestinians", None, violent=False) == "Government of Palestine"
    assert name(reg, "Afghans", None, violent=True) == "Civilians (Afghanistan)"
