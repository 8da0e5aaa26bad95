"""The statistics page's filter: one year, or a range."""

from django import forms
from django.utils.translation import gettext_lazy as _

from honors.registry.forms import YearField


class StatisticsFilterForm(forms.Form):
    """The years the statistics page counts: one year, or a range."""

    year = YearField(label=_("Năm"))
    year_from = YearField(label=_("Từ năm"))
    year_to = YearField(label=_("Đến năm"))

    #: A range wider than this is refused: it says nothing a reader can use and
    #: would draw a chart of a hundred bars.
    MAX_SPAN = 80

    def clean(self):
        data = super().clean()
        if data.get("year"):
            data["year_from"] = data["year_to"] = data["year"]
        start, end = data.get("year_from"), data.get("year_to")
        if start and end and start > end:
            raise forms.ValidationError(
                _("“Từ năm” phải trước hoặc bằng “Đến năm”."), code="order"
            )
        if start and end and end - start >= self.MAX_SPAN:
            raise forms.ValidationError(
                _("Chọn khoảng tối đa %(span)s năm.") % {"span": self.MAX_SPAN},
                code="span",
            )
        return data
