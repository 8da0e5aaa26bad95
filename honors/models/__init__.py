from .boards import HonourBoardDecision, HonourBoardIndexPage, HonourBoardPage
from .catalogue import Award
from .choices import (
    AwardForm,
    CommendationType,
    Ethnicity,
    Gender,
    GrantingLevel,
    HonoreeKind,
    LocalityKind,
)
from .imports import HonourImport
from .localities import Locality, LocalityTree
from .movements import MovementIndexPage, MovementPage, MovementStatus
from .registry import Decision, Honoree, Honour

__all__ = [
    "Award",
    "AwardForm",
    "CommendationType",
    "Decision",
    "Ethnicity",
    "Gender",
    "GrantingLevel",
    "Honoree",
    "HonoreeKind",
    "Honour",
    "HonourBoardDecision",
    "HonourBoardIndexPage",
    "HonourBoardPage",
    "HonourImport",
    "Locality",
    "LocalityKind",
    "LocalityTree",
    "MovementIndexPage",
    "MovementPage",
    "MovementStatus",
]
