"""The editors' report of what people search for: the most frequent queries of a period
and how often each found nothing, so editors can write what is missing, add an
editor's pick or fix a name.

Wagtail ships a "Search terms" report for superusers only, which sums hits over a
join its date filter multiplies; this one counts each period exactly and is open to
anyone with the permission "search.view_search_terms".
"""

from datetime import timedelta

import django_filters
from django.db.models import IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import ZeroResultDailyHits

PERMISSION = "search.view_search_terms"
DEFAULT_DAYS = 30


class SearchTermsFilterSet(WagtailFilterSet):
    period = django_filters.DateFromToRangeFilter(
        label=_("Thời gian"),
        widget=DateRangePickerWidget,
        method="counted_in_view",
    )
    only_zero = django_filters.BooleanFilter(
        label=_("Chỉ từ khóa không có kết quả"),
        method="with_zero_results",
        widget=django_filters.widgets.BooleanWidget,
    )

    class Meta:
        model = Query
        fields = []

    def counted_in_view(self, queryset, name, value):
        """The period shapes the counts themselves (SearchTermsReportView)."""
        return queryset

    def with_zero_results(self, queryset, name, value):
        return queryset.filter(empty_searches__gt=0) if value else queryset


def _as_date(value):
    """The filter gives datetimes (start and end of day); the counts are per date."""
    return value.date() if hasattr(value, "date") else value


def _sum_in_period(model, start, end):
    counts = (
        model.objects.filter(query=OuterRef("pk"), date__range=(start, end))
        .order_by()
        .values("query")
        .annotate(total=Sum("hits"))
        .values("total")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


class SearchTermsReportView(ReportView):
    page_title = _("Từ khóa tìm kiếm")
    header_icon = "search"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    filterset_class = SearchTermsFilterSet
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-searches"
    columns = [
        Column("query_string", label=_("Từ khóa"), sort_key="query_string"),
        NumberColumn("searches", label=_("Số lượt tìm"), sort_key="searches"),
        NumberColumn(
            "empty_searches",
            label=_("Số lượt không có kết quả"),
            sort_key="empty_searches",
        ),
    ]
    list_export = ["query_string", "searches", "empty_searches"]
    export_headings = {
        "query_string": _("Từ khóa"),
        "searches": _("Số lượt tìm"),
        "empty_searches": _("Số lượt không có kết quả"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def period(self):
        today = timezone.localdate()
        start, end = today - timedelta(days=DEFAULT_DAYS - 1), today
        if self.filters and self.filters.is_valid():
            chosen = self.filters.form.cleaned_data.get("period")
            if chosen:
                start = _as_date(chosen.start) or start
                end = _as_date(chosen.stop) or end
        return start, end

    def get_base_queryset(self):
        start, end = self.period()
        return (
            Query.objects.annotate(
                searches=_sum_in_period(QueryDailyHits, start, end),
                empty_searches=_sum_in_period(ZeroResultDailyHits, start, end),
            )
            .filter(searches__gt=0)
            .order_by("-searches", "query_string")
        )
