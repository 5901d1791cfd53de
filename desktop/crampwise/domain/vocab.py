"""The fixed vocabulary shared by episodes, relief plans and advice rules.

Ids are stable (they are stored and appear in content files); labels are what a person reads.
"""

from __future__ import annotations

from enum import StrEnum


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class Location(StrEnum):
    CALF = "calf"
    FOOT_SOLE = "foot_sole"
    TOES = "toes"
    SHIN = "shin"
    BACK_OF_THIGH = "back_of_thigh"
    FRONT_OF_THIGH = "front_of_thigh"


LOCATION_LABELS: dict[Location, str] = {
    Location.CALF: "Calf",
    Location.FOOT_SOLE: "Foot sole",
    Location.TOES: "Toes",
    Location.SHIN: "Shin",
    Location.BACK_OF_THIGH: "Back of thigh",
    Location.FRONT_OF_THIGH: "Front of thigh",
}

# Possible triggers a person can tick on an episode; user-defined tags are free text beside these.
CONTEXT_TAGS: dict[str, str] = {
    "hard_exercise": "Hard or unusual exercise",
    "long_sitting_standing": "Long sitting or standing",
    "little_to_drink": "Little to drink",
    "heavy_sweating": "Heavy sweating",
    "alcohol": "Alcohol",
    "caffeine": "Caffeine",
    "cold_room": "Cold room",
    "medication_change": "New or changed medication",
}

# Signs a person can tick on an episode; the advice engine turns them into red flags.
# Grouped by urgency: call the emergency number, get seen today, see a doctor soon.
RED_FLAG_SIGNS: dict[str, str] = {
    "breathless_chest_pain": "Breathless, chest pain or coughing blood",
    "sudden_weakness_numbness": "Sudden weakness or numbness of a leg, an arm or the face",
    "sudden_cold_leg": "A leg suddenly cold, pale, painful or numb",
    "one_leg_swelling": "One leg swollen, warm or red",
    "pain_outlasts_cramp": "Pain that stays long after the cramp",
    "over_10_minutes": "Cramp over 10 minutes, not eased by stretching",
    "dark_cola_urine": "Dark (cola-coloured) urine",
    "unusual_muscle_pain": "Muscle pain or weakness unlike your usual cramps",
    "pain_when_walking": "Calf pain when walking that eases with rest",
    "weakness_numbness": "Weakness, numbness or twitching that built up over weeks",
}
# Signs no longer offered as a tick box but still found on older episodes: kept, shown and
# counted as they were ticked. "dark_urine" was one box for "dark urine or unexplained muscle
# pain", since split in two; an old tick cannot say which of the two it meant.
RETIRED_RED_FLAG_SIGNS: dict[str, str] = {
    "dark_urine": "Dark urine or unexplained muscle pain (older entry)",
}
ALL_RED_FLAG_SIGNS: dict[str, str] = {**RED_FLAG_SIGNS, **RETIRED_RED_FLAG_SIGNS}

# Every intervention the app knows. Relief steps belong to the first ten.
STEP_INTERVENTIONS: tuple[str, ...] = (
    "calf_stretch",
    "toe_stretch",
    "foot_press",
    "massage",
    "heat",
    "warm_socks",
    "walk",
    "leg_elevation",
    "hamstring_stretch",
    "ankle_mobility",
)
INTERVENTIONS: tuple[str, ...] = (
    *STEP_INTERVENTIONS,
    "compression_socks",
    "hydration",
    "limit_alcohol",
    "limit_caffeine",
    "stop_smoking",
    "magnesium",
    "quinine",
    "magnetic_therapy",
)
