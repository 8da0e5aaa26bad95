"""The honour roll's filters: a GET form whose values live in the URL, so a filtered
list can be bookmarked and shared, and whose errors are messages, never a server error."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.listing.filters import ChoiceFilter, ModelFilter, with_all
from honors.registry.catalogue import Award
from honors.registry.choices import GrantingLevel, HonoreeKind
from honors.registry.forms import LocalityFilter, YearField, offer_localities
from honors.registry.honours import Honour
from honors.registry.localities import LocalityTree

DIRECT_WORKER_CHOICES = [
    ("yes", _("Người lao động trực tiếp")),
    ("no", _("Không phải lao động trực tiếp")),
]


class HonourFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Tên, đơn vị hoặc số quyết định"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Từ khóa dài tối đa %(limit_value)d ký tự.")},
    )
    year = YearField()
    award = ModelFilter(
        label=_("Hình thức khen thưởng"),
        queryset=Award.objects.all(),
        invalid=_("Hình thức khen thưởng này không có trong danh mục."),
    )
    level = ChoiceFilter(
        label=_("Cấp khen thưởng"),
        choices=GrantingLevel.choices,
        invalid=_("Cấp khen thưởng không hợp lệ."),
    )
    locality = LocalityFilter()
    kind = ChoiceFilter(
        label=_("Đối tượng"),
        choices=HonoreeKind.choices,
        invalid=_("Đối tượng không hợp lệ."),
    )
    direct_worker = ChoiceFilter(
        label=_("Lao động trực tiếp"),
        choices=DIRECT_WORKER_CHOICES,
        invalid=_("Giá trị không hợp lệ."),
    )
    movement = ModelFilter(
        label=_("Phong trào thi đua"),
        # The movements' page type is in honors.articles, above the roll: the
        # honour's own ForeignKey names it (see __init__).
        queryset=Page.objects.none(),
        invalid=_("Phong trào này không có trên cổng."),
    )

    def __init__(self, *args, years=(), locality_tree=None, localities=None, **kwargs):
        super().__init__(*args, **kwargs)
        movements = Honour._meta.get_field("movement").related_model.objects
        self.fields["movement"].queryset = movements.live().order_by("-starts_on")
        self.locality_tree = locality_tree or LocalityTree()
        self.fields["year"].widget = forms.Select(
            choices=with_all((year, year) for year in years)
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
