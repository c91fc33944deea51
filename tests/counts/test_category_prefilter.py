"""counts._category skips words outside its word lists before any parse look-up: the counts must be
those found without the shortcut. Sentences written for this test."""

from __future__ import annotations

from dateline.nlp import counts

TEXTS = [
    "Gunmen killed four soldiers and wounded seven others at a checkpoint on Monday, officials said.",
    "Two people were shot, one fatally, and a third man was taken to hospital with a stab wound.",
    "The victim was pronounced dead at the scene; another man lost his life later in the night.",
    "Rebels abducted 12 villagers and took three aid workers hostage; police arrested five suspects.",
    "A woman is missing after the attack, and two children went missing from the camp.",
    "The shooting of two teenagers and the killing of a shopkeeper shocked the town.",
    "Nobody was hurt when a grenade hit the market; a guard was gunned down hours later.",
    "Officials said 30 raids were reported in 40 minutes, and 2,000 detainees may be freed.",
]


class _Everything:
    def __contains__(self, _x) -> bool:
        return True


def _figures(analyse):
    out = []
    for text in TEXTS:
        doc = analyse(text)
        out.append([(c.start, c.end, c.category, c.low, c.best, c.high) for c in counts.find_counts(doc)])
    return out


def test_prefilter_changes_nothing(analyse, monkeypatch):
    fast = _figures(analyse)
    assert any(fast), "the sentences must yield counts"
    monkeypatch.setattr(counts, "_CATEGORY_WORDS", (_Everything(), _Everything()))
    assert _figures(analyse) == fast
