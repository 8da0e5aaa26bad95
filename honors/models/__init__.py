from .boards import HonourBoardDecision, HonourBoardIndexPage, HonourBoardPage
from .calendar import Holiday, WorkingCalendar, add_working_days, working_days_after
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
from .comments import CommentAttachment, CommentStatus, PublicComment
from .disclosures import (
    DisclosureIndexPage,
    DisclosureNominee,
    DisclosurePage,
    DisclosureStatus,
    NomineeOutcome,
)
from .imports import HonourImport
from .localities import Locality, LocalityTree
from .movements import MovementIndexPage, MovementPage, MovementStatus
from .news import NewsIndexPage, NewsPage, NewsPageTag, NewsTag
from .registry import Decision, Honoree, Honour
from .statistics import OpenDataPage, ProvinceTargets, StatisticsPage
from .stories import ExampleStoryHonoree, ExampleStoryIndexPage, ExampleStoryPage
from .workflow import FINAL_APPROVAL, VIEW_PUBLICATION_REPORT, PeerApprovalTask

__all__ = [
    "FINAL_APPROVAL",
    "VIEW_PUBLICATION_REPORT",
    "Award",
    "AwardForm",
    "CommendationType",
    "CommentAttachment",
    "CommentStatus",
    "Decision",
    "DisclosureIndexPage",
    "DisclosureNominee",
    "DisclosurePage",
    "DisclosureStatus",
    "Ethnicity",
    "ExampleStoryHonoree",
    "ExampleStoryIndexPage",
    "ExampleStoryPage",
    "FieldOfWork",
    "Gender",
    "GrantingLevel",
    "Holiday",
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
    "NomineeOutcome",
    "OpenDataPage",
    "PeerApprovalTask",
    "ProvinceTargets",
    "PublicComment",
    "StatisticsPage",
    "WorkingCalendar",
    "add_working_days",
    "working_days_after",
]
