"""Event taxonomies: ACLED event/sub-event types, PLOVER types and modes, ACLED inter codes.

Names are ACLED's exact strings (the record's stable interface depends on them).
"""

from __future__ import annotations

# ACLED sub-event type -> event type (ACLED codebook, 2023 edition: 25 sub-event types, 6 types).
ACLED_SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

ACLED_EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

# Event types whose events are "political violence" (ACLED); the rest are demonstrations or
# strategic developments.
VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
# the sub-event types of a territory changing hands
TERRITORY_SUB_EVENT_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                                       "Non-violent transfer of territory"})

# PLOVER 2024 event types (16) and the ASSAULT modes.
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
)
PLOVER_ASSAULT_MODES = ("beat", "firearms", "explosives", "aerial", "suicide", "primitive",
                        "sexual", "abduct", "assassinate", "WMD", "CBRN")

# Default PLOVER type/mode for each ACLED sub-event type (the events stage may refine it).
ACLED_TO_PLOVER: dict[str, tuple[str, str | None]] = {
    "Armed clash": ("ASSAULT", "firearms"),
    "Government regains territory": ("ASSAULT", None),
    "Non-state actor overtakes territory": ("ASSAULT", None),
    "Chemical weapon": ("ASSAULT", "CBRN"),
    "Air/drone strike": ("ASSAULT", "aerial"),
    "Suicide bomb": ("ASSAULT", "suicide"),
    "Shelling/artillery/missile attack": ("ASSAULT", "explosives"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives"),
    "Grenade": ("ASSAULT", "explosives"),
    "Sexual violence": ("ASSAULT", "sexual"),
    "Attack": ("ASSAULT", None),
    "Abduction/forced disappearance": ("ASSAULT", "abduct"),
    "Peaceful protest": ("PROTEST", "demonstrate"),
    "Protest with intervention": ("PROTEST", "demonstrate"),
    "Excessive force against protesters": ("COERCE", "repression"),
    "Violent demonstration": ("PROTEST", "riot"),
    "Mob violence": ("ASSAULT", "beat"),
    "Agreement": ("AGREE", None),
    "Arrests": ("COERCE", "arrest"),
    "Change to group/activity": ("MOBILIZE", None),
    "Disrupted weapons use": ("COERCE", "seize"),
    "Headquarters or base established": ("MOBILIZE", None),
    "Looting/property destruction": ("COERCE", "seize"),
    "Non-violent transfer of territory": ("CONCEDE", None),
    "Other": (None, None),  # type: ignore[dict-item]
}

# ACLED interaction codes for actor types.
INTER_CODES: dict[int, str] = {
    0: "No actor",
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/other forces",
}

# ACLED time precision: 1 = day, 2 = week or a few days, 3 = month or longer.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}

# ACLED geo precision: 1 = the town itself, 2 = a part of a region near a town/district,
# 3 = only a larger region (province) is known.
GEO_PRECISION = {"populated place": 1, "admin2": 2, "admin1": 3, "country": 3}

STATUSES = ("occurred", "planned", "negated", "hypothetical")


def event_type_of(sub_event_type: str | None) -> str | None:
    if sub_event_type is None:
        return None
    return ACLED_SUB_EVENT_TYPES[sub_event_type]
