from honors.articles.movements import MovementIndexPage, MovementPage, MovementStatus
from honors.articles.news import NewsIndexPage, NewsPage, NewsPageTag, NewsTag
from honors.articles.stories import (
    ExampleStoryHonoree,
    ExampleStoryIndexPage,
    ExampleStoryPage,
)
from honors.disclosures.choices import DisclosureStatus, NomineeOutcome
from honors.disclosures.comments import CommentAttachment, CommentStatus, PublicComment
from honors.disclosures.pages import (
    DisclosureIndexPage,
    DisclosureNominee,
    DisclosurePage,
)
from honors.dossiers.models import (
    AwardRequirement,
    Dossier,
    DossierCounter,
    DossierDocument,
    DossierNominee,
    DossierRules,
    HoldListEntry,
)
from honors.imports.models import HonourImport
from honors.registry.calendar import (
    Holiday,
    WorkingCalendar,
    add_working_days,
    working_days_after,
)
from honors.registry.catalogue import Award
from honors.registry.choices import (
    AwardForm,
    CommendationType,
    Ethnicity,
    FieldOfWork,
    Gender,
    GrantingLevel,
    HonoreeKind,
    LocalityKind,
)
from honors.registry.honours import Decision, Honoree, Honour
from honors.registry.localities import Locality, LocalityTree
from honors.roll.pages import HonourBoardDecision, HonourBoardIndexPage, HonourBoardPage
from honors.transparency.pages import OpenDataPage, StatisticsPage
from honors.transparency.targets import ProvinceTargets
from honors.units.models import Unit, UnitKind
from honors.workflow.approval import (
    FINAL_APPROVAL,
    VIEW_PUBLICATION_REPORT,
    PeerApprovalTask,
)

__all__ = [
    "FINAL_APPROVAL",
    "VIEW_PUBLICATION_REPORT",
    "Award",
    "AwardForm",
    "AwardRequirement",
    "CommendationType",
    "CommentAttachment",
    "CommentStatus",
    "Decision",
    "DisclosureIndexPage",
    "DisclosureNominee",
    "DisclosurePage",
    "DisclosureStatus",
    "Dossier",
    "DossierCounter",
    "DossierDocument",
    "DossierNominee",
    "DossierRules",
    "Ethnicity",
    "ExampleStoryHonoree",
    "ExampleStoryIndexPage",
    "ExampleStoryPage",
    "FieldOfWork",
    "Gender",
    "GrantingLevel",
    "HoldListEntry",
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
    "Unit",
    "UnitKind",
    "WorkingCalendar",
    "add_working_days",
    "working_days_after",
]
