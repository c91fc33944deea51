"""Measure `dateline.article.check_text`'s English test (the figures in dateline/article.py's comments).

    .venv/bin/python tests/qa/lang_measure.py [DATA_DIR]      # default ../shared/data

English: the gold sets' texts (read from DATA_DIR, never copied) and the own-words headlines of
tests/qa/test_language_qa.py; other languages: the own-words sentences below.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# own-words news sentences (two per language), written for this measurement
OTHER = {
    "fr": ["Des hommes armés ont attaqué un poste de police dans le nord du pays lundi soir, tuant trois agents, selon un responsable local.",
           "Le gouvernement a annoncé de nouvelles mesures pour la population. Les manifestants se sont rassemblés devant le parlement pour protester contre la hausse des prix."],
    "es": ["Hombres armados atacaron una comisaría en el norte del país el lunes por la noche y mataron a tres agentes, según un funcionario local.",
           "Miles de personas marcharon por las calles de la capital para exigir la renuncia del presidente, informaron los organizadores."],
    "pt": ["Homens armados atacaram uma delegacia no norte do país na segunda-feira à noite, matando três policiais, disse uma autoridade local.",
           "Milhares de pessoas protestaram contra o governo nas ruas da capital neste domingo."],
    "de": ["Bewaffnete Männer haben am Montagabend eine Polizeiwache im Norden des Landes angegriffen und drei Beamte getötet, sagte ein örtlicher Beamter.",
           "Tausende Menschen haben in der Hauptstadt gegen die Regierung demonstriert, teilten die Veranstalter mit."],
    "it": ["Uomini armati hanno attaccato una stazione di polizia nel nord del paese lunedì sera, uccidendo tre agenti, secondo un funzionario locale.",
           "Migliaia di persone hanno manifestato contro il governo nelle strade della capitale."],
    "nl": ["Gewapende mannen hebben maandagavond een politiebureau in het noorden van het land aangevallen en drie agenten gedood, zei een lokale functionaris.",
           "Duizenden mensen hebben in de hoofdstad gedemonstreerd tegen de regering van het land."],
    "id": ["Sejumlah pria bersenjata menyerang kantor polisi di bagian utara negara itu pada Senin malam dan menewaskan tiga petugas, kata seorang pejabat setempat.",
           "Ribuan orang berunjuk rasa di ibu kota untuk menuntut presiden mundur dari jabatannya."],
    "tr": ["Silahlı kişiler pazartesi akşamı ülkenin kuzeyinde bir karakola saldırarak üç polisi öldürdü, yerel bir yetkili açıkladı.",
           "Binlerce kişi başkentte hükümeti protesto etmek için sokaklara döküldü ve yürüyüş yaptı."],
    "sw": ["Watu wenye silaha walishambulia kituo cha polisi kaskazini mwa nchi siku ya Jumatatu usiku na kuwaua maafisa watatu, afisa mmoja wa eneo hilo alisema.",
           "Maelfu ya watu waliandamana katika mji mkuu kupinga serikali na kudai mabadiliko ya katiba."],
    "so": ["Niman hubeysan ayaa weerar ku qaaday saldhig booliis oo ku yaal waqooyiga dalka habeenimadii Isniinta, waxayna dileen saddex askari, sida uu sheegay sarkaal deegaanka ah.",
           "Kumanaan qof ayaa ka qeyb galay bannaanbax ka dhacay caasimadda iyagoo dalbanaya in dowladdu is casilto."],
    "ha": ["Wasu 'yan bindiga sun kai hari wani ofishin 'yan sanda a arewacin kasar a daren Litinin, inda suka kashe jami'ai uku, in ji wani jami'in yankin.",
           "Dubban mutane sun yi zanga-zanga a babban birnin kasar domin nuna adawa da gwamnati."],
    "ru": ["Вооруженные люди напали на полицейский участок на севере страны в понедельник вечером и убили трех сотрудников, сообщил местный чиновник.",
           "Тысячи людей вышли на улицы столицы, чтобы выразить протест против правительства."],
    "ar": ["هاجم مسلحون مركزا للشرطة في شمال البلاد مساء الاثنين وقتلوا ثلاثة من عناصره، بحسب مسؤول محلي.",
           "خرج آلاف الأشخاص إلى شوارع العاصمة للاحتجاج على الحكومة والمطالبة بالإصلاح."],
    "uk": ["Озброєні люди напали на поліцейську дільницю на півночі країни в понеділок увечері та вбили трьох співробітників, повідомив місцевий чиновник.",
           "Тисячі людей вийшли на вулиці столиці, щоб протестувати проти уряду."],
    "tl": ["Inatake ng mga armadong lalaki ang isang istasyon ng pulis sa hilagang bahagi ng bansa noong Lunes ng gabi at pinatay ang tatlong pulis, ayon sa isang lokal na opisyal.",
           "Libu-libong tao ang nagprotesta sa kabisera laban sa gobyerno."],
    "ro": ["Bărbați înarmați au atacat o secție de poliție din nordul țării luni seara, ucigând trei agenți, a declarat un oficial local.",
           "Mii de oameni au protestat în capitală împotriva guvernului."],
    "pl": ["Uzbrojeni mężczyźni zaatakowali w poniedziałek wieczorem posterunek policji na północy kraju, zabijając trzech funkcjonariuszy, poinformował lokalny urzędnik.",
           "Tysiące ludzi protestowało w stolicy przeciwko rządowi."],
}


def gold_texts(data: Path) -> list[tuple[str, str]]:
    from dateline.eval import case2021, geoparsing, gva, muc4, plover, wikievents

    out: list[tuple[str, str]] = []
    loaders = [
        ("case2021", lambda: [r[1] for r in case2021.load(data)]),
        ("plover", lambda: [t for _, t, _ in plover.load(data)]),
        ("gva", lambda: [x.get("text") or "" for x, _ in gva.load(data)]),
        ("gwn", lambda: [a.text for a in geoparsing.load_gwn(data / "geoparsing" / "GWN.xml")]),
        ("lgl", lambda: [a.text for a in geoparsing.load_lgl(data / "geoparsing" / "lgl.xml")]),
        ("wikievents", lambda: [d.text for d in wikievents.load(data)]),
        ("muc4", lambda: [d[1] for d in muc4.load(data)]),
    ]
    for name, load in loaders:
        try:
            out += [(name, t) for t in load() if t and t.strip()]
        except (OSError, KeyError, ValueError) as exc:
            print(f"{name}: skipped ({exc})")
    return out


def main() -> None:
    from test_language_qa import ENGLISH

    from dateline.article import check_text
    from dateline.errors import Rejected

    data = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "data"

    def refused(t: str) -> str | None:
        try:
            check_text(t)
        except Rejected as exc:
            return exc.detail
        return None

    gold = gold_texts(data)
    bad = [(s, refused(t)) for s, t in gold if refused(t)]
    print(f"English gold texts refused: {len(bad)} of {len(gold)}", bad[:5])
    heads = [t for t in ENGLISH if refused(t)]
    print(f"own-words English refused: {len(heads)} of {len(ENGLISH)}", heads)
    n = sum(len(v) for v in OTHER.values())
    kept = [(k, t[:40]) for k, v in OTHER.items() for t in v if not refused(t)]
    print(f"other-language sentences refused: {n - len(kept)} of {n}; accepted: {kept}")


if __name__ == "__main__":
    main()
