"""The filters of the news and example story indexes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.listing.filters import ChoiceFilter, ModelFilter, NumberFilter, with_all
from honors.articles.movements import MovementPage
from honors.registry.choices import FieldOfWork
from honors.registry.forms import LocalityFilter, offer_localities
from honors.registry.localities import LocalityTree


class ArticleFilterForm(forms.Form):
    """Filters of the news and example story indexes; each index keeps the ones it
    offers (news: movement, tag, year; stories: locality, field, movement)."""

    movement = ModelFilter(
        label=_("Phong trào thi đua"),
        queryset=MovementPage.objects.live().order_by("-starts_on"),
        invalid=_("Phong trào này không có trên cổng."),
    )
    tag = ChoiceFilter(
        label=_("Từ khóa"), invalid=_("Không có tin nào với từ khóa này.")
    )
    year = NumberFilter(label=_("Năm"), invalid=_("Không có bài nào trong năm này."))
    locality = LocalityFilter()
    field = ChoiceFilter(
        label=_("Lĩnh vực"),
        choices=FieldOfWork.choices,
        invalid=_("Lĩnh vực không hợp lệ."),
    )

    def __init__(self, *args, filters, years=(), tags=(), localities=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in list(self.fields):
            if name not in filters:
                del self.fields[name]
        if "year" in self.fields:
            self.fields["year"].choices = with_all((year, year) for year in years)
        if "tag" in self.fields:
            self.fields["tag"].choices = with_all(tags)
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
