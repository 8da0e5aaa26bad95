"""The honour roll's filters: a GET form whose values live in the URL, so a filtered
list can be bookmarked and shared, and whose errors are messages, never a server error."""

from django import forms
from django.utils.translation import gettext_lazy as _

from honors.articles.movements import MovementPage
from honors.registry.catalogue import Award
from honors.registry.choices import FieldOfWork, GrantingLevel, HonoreeKind
from honors.registry.honours import FIRST_YEAR
from honors.registry.localities import LocalityTree

DIRECT_WORKER_CHOICES = [
    ("", _("Tất cả")),
    ("yes", _("Người lao động trực tiếp")),
    ("no", _("Không phải lao động trực tiếp")),
]


class YearField(forms.IntegerField):
    """An optional year of the registry's range, with messages a citizen understands."""

    default_error_messages = {
        "invalid": _("Năm phải là một số, ví dụ 2025."),
        "min_value": _("Năm phải từ %(limit_value)s trở về sau."),
        "max_value": _("Năm không hợp lệ."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Năm"))
        kwargs.setdefault("required", False)
        super().__init__(min_value=FIRST_YEAR, max_value=2100, **kwargs)


def offer_localities(field, tree, holding):
    """Any locality is a valid filter, but the list offers only those with something
    to show (`holding`: ids of the localities of the listed items; None: all), former
    units marked, so that no choice leads to an empty list."""
    field.choices = [("", _("Tất cả")), *tree.choices()]
    if holding is not None:
        field.widget.choices = [("", _("Tất cả")), *tree.choices(holding=holding)]


class HonourFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Tên, đơn vị hoặc số quyết định"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Từ khóa dài tối đa %(limit_value)d ký tự.")},
    )
    year = YearField()
    award = forms.ModelChoiceField(
        label=_("Hình thức khen thưởng"),
        queryset=Award.objects.all(),
        required=False,
        empty_label=_("Tất cả"),
        error_messages={
            "invalid_choice": _("Hình thức khen thưởng này không có trong danh mục.")
        },
    )
    level = forms.ChoiceField(
        label=_("Cấp khen thưởng"),
        choices=[("", _("Tất cả")), *GrantingLevel.choices],
        required=False,
        error_messages={"invalid_choice": _("Cấp khen thưởng không hợp lệ.")},
    )
    locality = forms.TypedChoiceField(
        label=_("Địa bàn"),
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": _("Địa bàn này không có trong danh mục.")},
    )
    kind = forms.ChoiceField(
        label=_("Đối tượng"),
        choices=[("", _("Tất cả")), *HonoreeKind.choices],
        required=False,
        error_messages={"invalid_choice": _("Đối tượng không hợp lệ.")},
    )
    direct_worker = forms.ChoiceField(
        label=_("Lao động trực tiếp"),
        choices=DIRECT_WORKER_CHOICES,
        required=False,
        error_messages={"invalid_choice": _("Giá trị không hợp lệ.")},
    )
    movement = forms.ModelChoiceField(
        label=_("Phong trào thi đua"),
        queryset=MovementPage.objects.live().order_by("-starts_on"),
        required=False,
        empty_label=_("Tất cả"),
        error_messages={"invalid_choice": _("Phong trào này không có trên cổng.")},
    )

    def __init__(self, *args, years=(), locality_tree=None, localities=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.locality_tree = locality_tree or LocalityTree()
        self.fields["year"].widget = forms.Select(
            choices=[("", _("Tất cả")), *((year, year) for year in years)]
        )
        offer_localities(self.fields["locality"], self.locality_tree, localities)
        # In the reader's language, as the table below it is.
        self.fields["award"].label_from_instance = lambda award: award.display_name

    def filter(self, honours):
        data = self.cleaned_data
        if data.get("q"):
            honours = honours.matching_text(data["q"])
        if data.get("year"):
            honours = honours.filter(year=data["year"])
        if data.get("award"):
            honours = honours.filter(award=data["award"])
        if data.get("level"):
            honours = honours.filter(award__level=data["level"])
        if data.get("locality"):
            honours = honours.filter(
                honoree__locality__in=self.locality_tree.descendant_ids(
                    data["locality"]
                )
            )
        if data.get("kind"):
            honours = honours.filter(honoree__kind=data["kind"])
        if data.get("direct_worker"):
            honours = honours.filter(
                honoree__is_direct_worker=data["direct_worker"] == "yes"
            )
        if data.get("movement"):
            honours = honours.filter(movement=data["movement"])
        return honours

    @property
    def is_filtered(self) -> bool:
        return self.is_bound and any(
            value not in (None, "") for value in self.cleaned_data.values()
        )


class ArticleFilterForm(forms.Form):
    """Filters of the news and example story indexes; each index keeps the ones it
    offers (news: movement, tag, year; stories: locality, field, movement)."""

    movement = forms.ModelChoiceField(
        label=_("Phong trào thi đua"),
        queryset=MovementPage.objects.live().order_by("-starts_on"),
        required=False,
        empty_label=_("Tất cả"),
        error_messages={"invalid_choice": _("Phong trào này không có trên cổng.")},
    )
    tag = forms.ChoiceField(
        label=_("Từ khóa"),
        required=False,
        error_messages={"invalid_choice": _("Không có tin nào với từ khóa này.")},
    )
    year = forms.TypedChoiceField(
        label=_("Năm"),
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": _("Không có bài nào trong năm này.")},
    )
    locality = forms.TypedChoiceField(
        label=_("Địa bàn"),
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": _("Địa bàn này không có trong danh mục.")},
    )
    field = forms.ChoiceField(
        label=_("Lĩnh vực"),
        choices=[("", _("Tất cả")), *FieldOfWork.choices],
        required=False,
        error_messages={"invalid_choice": _("Lĩnh vực không hợp lệ.")},
    )

    def __init__(self, *args, filters, years=(), tags=(), localities=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in list(self.fields):
            if name not in filters:
                del self.fields[name]
        if "year" in self.fields:
            self.fields["year"].choices = [
                ("", _("Tất cả")),
                *((year, year) for year in years),
            ]
        if "tag" in self.fields:
            self.fields["tag"].choices = [("", _("Tất cả")), *tags]
        self.locality_tree = None
        if "locality" in self.fields:
            self.locality_tree = LocalityTree()
            offer_localities(self.fields["locality"], self.locality_tree, localities)

    def filter(self, pages):
        data = self.cleaned_data
        if data.get("movement"):
            pages = pages.filter(movement=data["movement"])
        if data.get("tag"):
            pages = pages.filter(tags__slug=data["tag"])
        if data.get("year"):
            pages = pages.filter(date__year=data["year"])
        if data.get("locality"):
            pages = pages.filter(
                locality__in=self.locality_tree.descendant_ids(data["locality"])
            )
        if data.get("field"):
            pages = pages.filter(field_of_work=data["field"])
        return pages


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
