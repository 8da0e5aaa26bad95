"""The kinds of result the site search returns, and how each is found and shown.

Each kind is searched on its own, so that each can be filtered by year its own way and
counted for the facet; the search page merges them by relevance (search.page.site_search).
Honorees whose publish flag is off, pages not live or in a private section, and the
people's comments (never indexed) are never among them.
"""

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from honors.registry.honours import Honoree, Honour
from honors.roll.pages import HonourBoardDecision
from search.index import as_text


@dataclass(frozen=True, eq=False)
class ResultType:
    """One kind of result: its key in the address (?loai=...), its name in the facet,
    the models it covers and how a year narrows it (None: the kind has no year)."""

    key: str
    label: str
    model_paths: tuple[str, ...]

    @cached_property
    def models(self):
        from django.apps import apps

        return tuple(apps.get_model(path) for path in self.model_paths)

    def base_queryset(self, locale, private_pages):
        model = self.models[0] if len(self.models) == 1 else Page
        queryset = model.objects.live().filter(locale=locale).exclude(private_pages)
        if len(self.models) > 1:
            queryset = queryset.type(*self.models).specific()
        return queryset

    def for_year(self, queryset, year):
        return None

    def when(self, obj):
        """The date shown beside a result, if any."""
        return None

    def summary(self, obj) -> str:
        """The text a snippet is cut from: the page's own summary, then its body,
        each text once (a lead is often the search description, and opens the body)."""
        parts = [
            getattr(obj, name, "")
            for name in ("search_description", "lead", "summary", "intro", "hero_intro")
        ]
        body = getattr(obj, "body", None)
        if body:
            field = type(obj)._meta.get_field("body")
            parts.append(as_text(field.get_searchable_content(body)))
        kept = []
        for part in (" ".join((part or "").split()) for part in parts):
            if part and not any(part in earlier for earlier in kept):
                kept = [earlier for earlier in kept if earlier not in part]
                kept.append(part)
        return " ".join(kept)

    def url(self, obj, request, context):
        return obj.get_url(request)


class DatedPageType(ResultType):
    """Pages with a date of their own (news, stories): the year is that date's."""

    def for_year(self, queryset, year):
        return queryset.filter(date__year=year)

    def when(self, obj):
        return obj.date


class MovementType(ResultType):
    """A movement belongs to every year it runs in."""

    def for_year(self, queryset, year):
        return queryset.filter(starts_on__lte=date(year, 12, 31)).filter(
            Q(ends_on__gte=date(year, 1, 1)) | Q(ends_on__isnull=True)
        )

    def when(self, obj):
        return obj.starts_on


class BoardType(ResultType):
    """A board belongs to the years of the honours it publishes."""

    def for_year(self, queryset, year):

        boards = HonourBoardDecision.objects.filter(
            decision__honours__year=year
        ).values("board_id")
        return queryset.filter(id__in=boards)


class DisclosureType(ResultType):
    def for_year(self, queryset, year):
        return queryset.filter(proposal_date__year=year)

    def when(self, obj):
        return obj.proposal_date


class DocumentType(ResultType):
    """Documents of the library: the year is the year of issue."""

    def for_year(self, queryset, year):
        return queryset.filter(issued_on__year=year)

    def when(self, obj):
        return obj.issued_on

    def summary(self, obj) -> str:
        return f"{obj.number}. {obj.abstract}"


class HonoreeType(ResultType):
    """People and collectives of the honour roll, in every language (the registry is
    not translated), found by name, unit, place and public honours."""

    def base_queryset(self, locale, private_pages):

        return Honoree.objects.published().select_related("locality")

    def for_year(self, queryset, year):

        honoured = Honour.objects.public().filter(year=year).values("honoree_id")
        return queryset.filter(id__in=honoured)

    def summary(self, obj) -> str:
        honours = "; ".join(
            f"{honour.award} ({honour.year})"
            for honour in getattr(obj, "public_honours", [])
        )
        return " ".join(part for part in (honours, obj.biography) if part)

    def url(self, obj, request, context):
        roll = context.get("honour_roll")
        return obj.get_url(request, roll=roll) if roll else None


RESULT_TYPES = [
    HonoreeType(
        "nguoi-duoc-khen",
        _("Cá nhân, tập thể được khen"),
        ("honors.Honoree",),
    ),
    DatedPageType("tin-tuc", _("Tin tức"), ("honors.NewsPage",)),
    DatedPageType(
        "guong-dien-hinh", _("Gương điển hình"), ("honors.ExampleStoryPage",)
    ),
    MovementType("phong-trao", _("Phong trào thi đua"), ("honors.MovementPage",)),
    BoardType("bang-vang", _("Bảng vàng"), ("honors.HonourBoardPage",)),
    DisclosureType("cong-khai", _("Công khai, lấy ý kiến"), ("honors.DisclosurePage",)),
    DocumentType("van-ban", _("Văn bản"), ("library.DocumentPage",)),
    ResultType(
        "trang",
        _("Trang thông tin"),
        (
            "home.HomePage",
            "home.StandardPage",
            "home.OrganisationPage",
            "home.RelatedPortalsPage",
            "honors.StatisticsPage",
            "honors.OpenDataPage",
            "honors.HonourBoardIndexPage",
            "honors.MovementIndexPage",
            "honors.NewsIndexPage",
            "honors.ExampleStoryIndexPage",
            "honors.DisclosureIndexPage",
            "library.DocumentIndexPage",
        ),
    ),
]

TYPES_BY_KEY = {result_type.key: result_type for result_type in RESULT_TYPES}


def type_of(obj):
    """The result type an object (page or honoree) belongs to, or None."""
    for result_type in RESULT_TYPES:
        if isinstance(obj, result_type.models):
            return result_type
    return None
