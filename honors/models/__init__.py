from .boards import HonourBoardDecision, HonourBoardIndexPage, HonourBoardPage
from .catalogue import Award
from .choices import (
    AwardForm,
    CommendationType,
    Ethnicity,
    FieldOfWork,
    Gender,
    GrantingLevel,
    HonoreeKind,
    LocalityKind,
)
from .imports import HonourImport
from .localities import Locality, LocalityTree
from .movements import MovementIndexPage, MovementPage, MovementStatus
from .news import NewsIndexPage, NewsPage, NewsPageTag, NewsTag
from .registry import Decision, Honoree, Honour
from .stories import ExampleStoryHonoree, ExampleStoryIndexPage, ExampleStoryPage

__all__ = [
    "Award",
    "AwardForm",
    "CommendationType",
    "Decision",
    "Ethnicity",
    "ExampleStoryHonoree",
    "ExampleStoryIndexPage",
    "ExampleStoryPage",
    "FieldOfWork",
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
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "NewsTag",
]
