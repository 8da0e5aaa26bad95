"""What the statistics page shows for a request: the years asked for (or the most
recent ones), the cached figures, the targets of the site and the charts."""

from django.utils.translation import gettext as _

from home.listing.lists import form_errors
from honors.roll.pages import HonourBoardPage
from honors.transparency import figures as statistics
from honors.transparency.charts import Gauge, bar_chart
from honors.transparency.forms import StatisticsFilterForm
from honors.transparency.targets import ProvinceTargets


def _years(page, chosen, bounds):
    """The range to count: the reader's, else the page's default number of recent
    years up to the last year of the roll."""
    first, last = bounds
    start, end = chosen.get("year_from"), chosen.get("year_to")
    if last is None:  # an empty roll
        return start or end, end or start
    end = end or max(last, start or last)
    start = start or max(first, end - page.default_years + 1)
    return start, end


def _target_gauges(figures, targets):
    shares = [
        (
            "direct-state",
            _("Người lao động trực tiếp – khen thưởng cấp Nhà nước"),
            figures.direct_workers_state,
            targets.state_direct_workers,
        ),
        (
            "direct-provincial",
            _("Người lao động trực tiếp – khen thưởng cấp bộ, ngành, tỉnh"),
            figures.direct_workers_provincial,
            targets.provincial_direct_workers,
        ),
        (
            "electronic",
            _("Hồ sơ khen thưởng xử lý trên cổng (quyết định có hồ sơ điện tử)"),
            figures.dossiers.decisions_through_portal,
            targets.electronic_records,
        ),
        (
            "electronic-documents",
            _("Khen thưởng có bản điện tử của quyết định"),
            figures.electronic_records,
            None,
        ),
        ("women", _("Phụ nữ"), figures.women, targets.women),
        (
            "minorities",
            _("Người dân tộc thiểu số"),
            figures.ethnic_minorities,
            targets.ethnic_minorities,
        ),
        (
            "difficult",
            _("Vùng sâu, vùng xa, vùng đặc biệt khó khăn"),
            figures.difficult_areas,
            targets.difficult_areas,
        ),
    ]
    gauges = []
    for gauge_id, title, share, target in shares:
        share.target = target
        gauges.append(Gauge(id=f"gauge-{gauge_id}", title=title, share=share))
    return gauges


def _breakdowns(figures):
    """(chart, rows, total) for each breakdown, in the order of the page."""
    specs = [
        ("by-year", _("Số khen thưởng theo năm"), figures.by_year, None),
        ("by-form", _("Theo hình thức khen thưởng"), figures.by_form, None),
        ("by-level", _("Theo cấp khen thưởng"), figures.by_level, None),
        ("by-type", _("Theo loại khen thưởng"), figures.by_type, None),
        (
            "by-locality",
            _("Theo địa bàn (%(count)s địa bàn nhiều nhất)")
            % {"count": statistics.LOCALITIES_CHARTED},
            figures.by_locality,
            statistics.LOCALITIES_CHARTED,
        ),
    ]
    return [
        {
            "chart": bar_chart(chart_id, title, breakdown.rows, limit=limit),
            "rows": [(row, row.share_of(breakdown.total)) for row in breakdown.rows],
            "total": breakdown.total,
            # A chart of the largest few beside a table of them all: the table says so.
            "table_title": _("Bảng số liệu: tất cả %(count)s mục")
            % {"count": len(breakdown.rows)}
            if limit and len(breakdown.rows) > limit
            else None,
        }
        for chart_id, title, breakdown, limit in specs
    ]


def _decision_boards(figures):
    ids = {board_id for row in figures.decisions for board_id in row.board_ids}
    boards = {
        board.pk: board
        for board in HonourBoardPage.objects.live().public().filter(pk__in=ids)
    }
    return [
        (row, [boards[pk] for pk in row.board_ids if pk in boards])
        for row in figures.decisions
    ]


def statistics_context(page, request):
    bounds = statistics.cached_year_bounds()
    form = StatisticsFilterForm(request.GET if request.GET else None)
    context = {"form": form, "bounds": bounds}
    if form.is_bound and not form.is_valid():
        context["errors"] = form_errors(form)
        return 400, context
    chosen = form.cleaned_data if form.is_bound else {}
    year_from, year_to = _years(page, chosen, bounds)
    targets = ProvinceTargets.for_request(request)
    context["targets"] = targets
    if year_from is None:
        return 200, context
    figures = statistics.cached_figures(year_from, year_to)
    context.update(
        figures=figures,
        gauges=_target_gauges(figures, targets),
        breakdowns=_breakdowns(figures),
        decisions=_decision_boards(figures),
    )
    return 200, context
