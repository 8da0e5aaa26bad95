"""One search over the whole portal: every result type, merged by relevance.

Each type is searched on its own (search.page.types), all words required; the counts make
the facet, and the results of "all types" are the types' best hits merged by score.
The cost is fixed: per type one count and at most one query for hits, whatever the
number of matches, so the page stays within a bounded number of queries.

Scores come from the backend: SQLite's bm25 is better when lower, PostgreSQL's rank
and Elasticsearch's score when higher; `relevance` puts them the same way round.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.db.models import Prefetch, prefetch_related_objects
from wagtail.models import Locale, Page

from honors.registry.honours import Honour, honour_roll_page
from search.folding import fold
from search.page.highlight import highlight
from search.page.types import RESULT_TYPES, HonoreeType

PER_PAGE = 10
#: "All types" merges the best hits of each type: deeper than this, the visitor is
#: asked to pick a type or add a word (each type alone pages to its end).
MAX_MERGED_RESULTS = 200


def unavailable_errors() -> tuple[type[Exception], ...]:
    """The errors that mean the search service cannot answer now."""
    errors: list[type[Exception]] = [DatabaseError]
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError
    except ImportError:  # pragma: no cover - the client is a dependency
        pass
    else:
        errors += [TransportError, ApiError]
    return tuple(errors)


def relevance(score, backend_is_sqlite: bool) -> float:
    if score is None:
        return 0.0
    return -score if backend_is_sqlite else score


def backend_is_sqlite(results) -> bool:
    """Whether these results come from SQLite's FTS5 (whose module cannot even be
    imported on another database, hence the check by name)."""
    backend_class = type(getattr(results, "backend", None))
    return any(cls.__name__ == "SQLiteSearchBackend" for cls in backend_class.__mro__)


@dataclass
class Hit:
    result_type: object
    obj: object
    score: float = 0.0
    title: str = ""
    url: str | None = None
    when: object = None
    details: str = ""
    snippet: str = ""
    title_marked: str = ""


@dataclass
class Facet:
    result_type: object
    count: int
    selected: bool = False


@dataclass
class SiteSearch:
    """A search of the portal for `text`, optionally narrowed to one type and year."""

    request: object
    text: str
    type_key: str = ""
    year: int | None = None
    searches: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)

    def __post_init__(self):
        locale = Locale.get_active()
        private_pages = Page.objects.all().private_q()
        for result_type in RESULT_TYPES:
            queryset = result_type.base_queryset(locale, private_pages)
            if self.year:
                queryset = result_type.for_year(queryset, self.year)
                if queryset is None:
                    continue
            self.searches[result_type] = queryset.search(self.text, operator="and")
        self.counts = {
            result_type: results.count()
            for result_type, results in self.searches.items()
        }

    @property
    def selected_type(self):
        return next(
            (t for t in self.searches if t.key == self.type_key),
            None,
        )

    @property
    def facets(self) -> list[Facet]:
        return [
            Facet(
                result_type,
                self.counts.get(result_type, 0),
                result_type.key == self.type_key,
            )
            for result_type in RESULT_TYPES
        ]

    @property
    def total_all(self) -> int:
        """Matches of every type (the facet's "all")."""
        return sum(self.counts.values())

    @property
    def total(self) -> int:
        """Matches of the selected type, or of every type."""
        if self.type_key:
            return self.counts.get(self.selected_type, 0)
        return self.total_all

    def paginator(self) -> Paginator:
        if self.type_key:
            results = _TypeResults(
                self.selected_type, self.searches.get(self.selected_type), self.total
            )
        else:
            results = _MergedResults(self.searches, self.counts)
        return Paginator(results, PER_PAGE)

    def present(self, hits: list[Hit]) -> list[Hit]:
        """Give each hit its title, address, details and highlighted snippet."""

        honorees = [hit.obj for hit in hits if isinstance(hit.result_type, HonoreeType)]
        context = {}
        if honorees:
            prefetch_related_objects(
                honorees,
                Prefetch(
                    "honours",
                    queryset=Honour.objects.public()
                    .select_related("award")
                    .order_by("-year", "award__display_order"),
                    to_attr="public_honours",
                ),
            )
            context["honour_roll"] = honour_roll_page(Locale.get_active())
        for hit in hits:
            result_type, obj = hit.result_type, hit.obj
            hit.title = getattr(obj, "title", None) or getattr(obj, "name", "")
            hit.url = result_type.url(obj, self.request, context)
            hit.when = result_type.when(obj)
            hit.details = details_of(obj)
            hit.snippet = highlight(result_type.summary(obj), self.text)
            hit.title_marked = highlight(hit.title, self.text, length=500)
        return hits


def details_of(obj) -> str:
    """A line under an honoree's name: kind, position, unit, place."""
    if not hasattr(obj, "organisation"):
        return ""
    parts = [obj.get_kind_display(), obj.position, obj.organisation]
    if obj.locality_id:
        parts.append(str(obj.locality))
    return " · ".join(part for part in parts if part)


class _TypeResults:
    """The hits of one type, in the shape Django's Paginator wants."""

    def __init__(self, result_type, results, count):
        self.result_type, self.results, self._count = result_type, results, count

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, window: slice):
        if self.results is None:
            return []
        is_sqlite = backend_is_sqlite(self.results)
        scored = self.results.annotate_score("_score")[window]
        return [
            Hit(self.result_type, obj, relevance(obj._score, is_sqlite))
            for obj in scored
        ]


class _MergedResults:
    """The best hits of every type, merged by relevance."""

    def __init__(self, searches, counts):
        self.searches, self.counts = searches, counts

    def count(self):
        return min(sum(self.counts.values()), MAX_MERGED_RESULTS)

    def __len__(self):
        return self.count()

    def __getitem__(self, window: slice):
        stop = min(window.stop, MAX_MERGED_RESULTS)
        hits = []
        for result_type, results in self.searches.items():
            if not self.counts.get(result_type):
                continue
            is_sqlite = backend_is_sqlite(results)
            for obj in results.annotate_score("_score")[:stop]:
                hits.append(Hit(result_type, obj, relevance(obj._score, is_sqlite)))
        hits.sort(key=lambda hit: hit.score, reverse=True)
        return hits[window.start : stop]


def has_words(text: str) -> bool:
    return bool(fold(text))
