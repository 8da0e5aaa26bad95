"""Charts drawn on the server as SVG, for the statistics page.

No chart library and no JavaScript: each chart is an `<svg role="img">` with a title and
a description that screen readers announce, and the template puts a table with the same
figures beside it. Bars are horizontal with the label above each bar, so a chart stays
readable on a 320 px phone: the drawing is 360 units wide and scales with the column.
Colour is never the only carrier of meaning: every bar has its number written beside
it, and a share says "đạt" or "chưa đạt" in words.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH = 360
#: Room on the right of the longest bar for its number.
VALUE_ROOM = 64
ROW_HEIGHT = 40
LABEL_BASELINE = 14
BAR_TOP = 20
BAR_HEIGHT = 14


def count_text(value: int) -> str:
    """Counts are written plainly, as in the table beside the chart."""
    return str(value)


def percent_text(value: Decimal | None) -> str:
    if value is None:
        return _("chưa có số liệu")
    return f"{number_format(value, decimal_pos=1)}%"


@dataclass
class Bar:
    label: str
    value_text: str
    top: int
    width: float

    @property
    def label_y(self):
        return self.top + LABEL_BASELINE

    @property
    def bar_y(self):
        return self.top + BAR_TOP

    @property
    def value_x(self):
        return self.width + 6

    @property
    def value_y(self):
        return self.top + BAR_TOP + BAR_HEIGHT - 3


@dataclass
class BarChart:
    id: str
    title: str
    description: str
    bars: list[Bar]
    width: int = WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def height(self) -> int:
        return max(len(self.bars), 1) * ROW_HEIGHT


def bar_chart(chart_id, title, rows, *, unit=None, limit=None) -> BarChart:
    """A horizontal bar per row (label, count), the largest filling the width."""
    # A limited chart shows the largest rows, which come first; empty ones say nothing.
    shown = [row for row in rows if row.count][:limit] if limit else list(rows)
    largest = max((row.count for row in shown), default=0)
    scale = (WIDTH - VALUE_ROOM) / largest if largest else 0
    bars = [
        Bar(
            label=row.label,
            value_text=count_text(row.count),
            top=index * ROW_HEIGHT,
            width=round(row.count * scale, 1),
        )
        for index, row in enumerate(shown)
    ]
    if not largest:
        description = _("Không có khen thưởng nào trong khoảng thời gian này.")
    else:
        top = max(shown, key=lambda row: row.count)
        description = _(
            "Biểu đồ thanh ngang, %(count)s mục; nhiều nhất là %(label)s với "
            "%(value)s %(unit)s. Số liệu đầy đủ ở bảng bên cạnh."
        ) % {
            "count": len(bars),
            "label": top.label,
            "value": count_text(top.count),
            "unit": unit or _("khen thưởng"),
        }
    return BarChart(id=chart_id, title=title, description=description, bars=bars)


@dataclass
class Gauge:
    """A share against its target: a bar from 0 to 100% with the target marked."""

    id: str
    title: str
    share: object
    width: int = WIDTH
    height: int = 64
    track_width: int = WIDTH - 20
    bar_y: int = 8
    bar_height: int = 20

    def _x(self, percent):
        return round(float(percent) * self.track_width / 100, 1)

    @property
    def fill_width(self):
        return self._x(self.share.percent or 0)

    @property
    def target_x(self):
        return None if self.share.target is None else self._x(self.share.target)

    @property
    def percent_text(self):
        return percent_text(self.share.percent)

    @property
    def target_text(self):
        if self.share.target is None:
            return ""
        return _("mục tiêu %(target)s") % {"target": percent_text(self.share.target)}

    @property
    def status_text(self):
        if self.share.met is None:
            return ""
        return _("Đạt") if self.share.met else _("Chưa đạt")

    @property
    def description(self):
        if self.share.percent is None:
            return _("Chưa có số liệu để tính tỷ lệ này.")
        text = _("%(percent)s, tức %(part)s trên %(whole)s.") % {
            "percent": self.percent_text,
            "part": count_text(self.share.part),
            "whole": count_text(self.share.whole),
        }
        if self.share.target is not None:
            text += " " + _("Mục tiêu: %(target)s; %(status)s.") % {
                "target": percent_text(self.share.target),
                "status": self.status_text.lower(),
            }
        return text
