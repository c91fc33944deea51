"""The English test of `check_text`: headline-style English is read, other languages are refused.

Was: a 60-word function-word list at a 0.12 share refused terse English (feed headlines, wire
flashes, some one-sentence reports). Every text here is written for this test.
"""

from __future__ import annotations

import pytest

from dateline.article import check_text, language_problem
from dateline.errors import Rejected, RejectReason

ENGLISH = [
    "KABUL BLAST KILLS FIVE, INJURES 12 - POLICE SPOKESMAN SAYS CAR BOMB HIT CONVOY",
    "Kabul blast kills five, injures 12: police. Car bomb hits army convoy near the old palace.",
    "Update: 3 dead, 5 hurt, Kano market explosion; police probe cause.",
    "Mogadishu hotel siege ends; al-Shabaab gunmen killed, 9 civilians dead, 20 injured - officials",
    "Breaking: Israeli strike hits Gaza City apartment block, 4 dead - medics",
    "Myanmar junta airstrikes kill 17 villagers in Sagaing region, residents say",
    "Some 900 Somali refugees crossed into Kenya last week.",
    "Two Kenyan police officers wounded, roadside bomb, Mandera county.",
    # ordinary prose, long
    "Gunmen on motorcycles attacked a market in the town of Gwoza on Monday, killing six traders and "
    "wounding nine others, a local official said. The attackers set fire to several stalls before fleeing "
    "into the hills, residents said, and the army said troops had been sent to the area.",
]

OTHER = {
    "French": "Des hommes armés ont attaqué un poste de police dans le nord du pays lundi soir, tuant trois "
              "agents, selon un responsable local.",
    "Spanish": "Miles de personas marcharon por las calles de la capital para exigir la renuncia del "
               "presidente, informaron los organizadores.",
    "German": "Tausende Menschen haben in der Hauptstadt gegen die Regierung demonstriert, teilten die "
              "Veranstalter mit.",
    "Indonesian": "Sejumlah pria bersenjata menyerang kantor polisi di bagian utara negara itu pada Senin "
                  "malam dan menewaskan tiga petugas, kata seorang pejabat setempat.",
}


@pytest.mark.parametrize("text", ENGLISH)
def test_english_is_read(text):
    assert language_problem(text) is None
    assert check_text(text) == text


@pytest.mark.parametrize("lang,text", sorted(OTHER.items()))
def test_other_languages_are_named(lang, text):
    with pytest.raises(Rejected) as ex:
        check_text(text)
    assert ex.value.reason is RejectReason.NOT_ENGLISH and lang in ex.value.detail


def test_non_latin_script_is_refused():
    text = "Вооруженные люди напали на полицейский участок на севере страны и убили трех сотрудников."
    with pytest.raises(Rejected) as ex:
        check_text(text)
    assert ex.value.reason is RejectReason.NOT_ENGLISH and "Latin" in ex.value.detail


def test_long_text_without_english_words_is_refused():
    # Swahili (no spaCy stop-word list): refused because 15+ words carry no English evidence
    text = ("Watu wenye silaha walishambulia kituo cha polisi kaskazini mwa nchi siku ya Jumatatu usiku na "
            "kuwaua maafisa watatu, afisa mmoja wa eneo hilo alisema.")
    with pytest.raises(Rejected) as ex:
        check_text(text)
    assert ex.value.reason is RejectReason.NOT_ENGLISH and "English words" in ex.value.detail
