"""The library's list: its documents and the commendation decisions of the live honour
boards, in one list newest first.

The two sources are different models, so each is filtered on its own and the database
merges them (a UNION of the same few columns), sorts and cuts the page; only the rows
of that page are then loaded. A page of the list costs the same queries however many
documents and decisions there are.
"""

from dataclasses import dataclass

from django.db.models import CharField, F, Prefetch, Value
from django.db.models.functions import ExtractYear

from home.listing.lists import Listing, bound_data, paginated_listing
from honors.registry.honours import Decision
from honors.roll.pages import HonourBoardDecision
from library.choices import COMMENDATION_FIELD, DocumentForm
from library.forms import DocumentFilterForm

DOCUMENTS_PER_PAGE = 20

#: The columns both sources give the merged list, in this order.
ROW_COLUMNS = ("kind", "ref", "row_date", "row_number")


@dataclass
class Row:
    """One line of the list: a document page, or a decision with its live boards."""

    kind: str
    item: object

    @property
    def is_decision(self):
        return self.kind == "decision"


def published_decisions():
    """Decisions with an electronic document that a live honour board publishes, with
    the columns a document has: every one is a "Quyết định" of the field "Thi đua,
    khen thưởng", so the library's filters treat both sources alike."""
    return (
        Decision.objects.published()
        .filter(document__isnull=False)
        .annotate(
            issued_year=ExtractYear("signed_on"),
            form=Value(DocumentForm.DECISION.value, output_field=CharField()),
            field=Value(str(COMMENDATION_FIELD), output_field=CharField()),
        )
    )


def _as_rows(queryset, kind, date_field):
    return (
        queryset.order_by()
        .annotate(
            kind=Value(kind, output_field=CharField()),
            ref=F("pk"),
            row_date=F(date_field),
            row_number=F("number"),
        )
        .values(*ROW_COLUMNS)
    )


def _choices(documents, decisions, column):
    values = (
        documents.order_by()
        .values_list(column, flat=True)
        .union(decisions.order_by().values_list(column, flat=True))
    )
    return [value for value in values if value]


@dataclass(frozen=True)
class LibrarySources:
    """The library's two sources, with the same columns, filtered alike."""

    documents: object
    decisions: object

    def filtered_by(self, form):
        return LibrarySources(
            form.filter_source(self.documents), form.filter_source(self.decisions)
        )

    def rows(self):
        """The merged rows, newest first; a document before a decision of the same
        date and number (the order must be total for pages not to overlap)."""
        return (
            _as_rows(self.documents, "document", "issued_on")
            .union(_as_rows(self.decisions, "decision", "signed_on"), all=True)
            .order_by("-row_date", "-row_number", "kind", "-ref")
        )


def library_listing(request, index) -> Listing:
    sources = LibrarySources(
        index.documents().annotate(issued_year=ExtractYear("issued_on")),
        published_decisions(),
    )

    def held(column):
        return _choices(sources.documents, sources.decisions, column)

    form = DocumentFilterForm(
        bound_data(request, DocumentFilterForm),
        authorities=held("authority"),
        fields=held("field"),
        years=sorted(held("issued_year"), reverse=True),
    )
    return paginated_listing(
        request,
        sources,
        form,
        per_page=DOCUMENTS_PER_PAGE,
        prepare=lambda filtered: LoadedRows(
            filtered.rows(), documents=sources.documents.model.objects.all()
        ),
    )


class LoadedRows:
    """The merged rows as the paginator slices them, each loaded as its page or
    decision: two queries a page, whatever it holds."""

    def __init__(self, rows, *, documents):
        self.rows = rows
        self.documents = documents

    def count(self):
        return self.rows.count()

    def __getitem__(self, index):
        sliced = list(self.rows[index])
        loaded = {
            "document": _load(self.documents, sliced, "document"),
            "decision": _load(
                Decision.objects.select_related("document").prefetch_related(
                    Prefetch(
                        "board_links",
                        HonourBoardDecision.objects.filter(board__live=True)
                        .select_related("board")
                        .order_by("board__title"),
                    )
                ),
                sliced,
                "decision",
            ),
        }
        return [
            Row(row["kind"], loaded[row["kind"]][row["ref"]])
            for row in sliced
            if row["ref"] in loaded[row["kind"]]
        ]


def _load(queryset, rows, kind):
    wanted = [row["ref"] for row in rows if row["kind"] == kind]
    return queryset.in_bulk(wanted) if wanted else {}
