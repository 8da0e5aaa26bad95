"""Choosers for registry records: editors pick the decisions of a board and the honorees
of an example story from a searchable modal instead of a long drop-down.

Their search folds tone marks like the rest of the portal ("lo thi huong" finds "Lò
Thị Hương", "2150/QD" finds "2150/QĐ-UBND") by filtering the records' folded text, so
the registry needs no search index for it."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.viewsets.chooser import ChooserViewSet

from honors.registry.honours import Decision, Honoree
from search.folding import word_start_filters


class FoldedSearchFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Từ khóa"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Tìm kiếm")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            objects = objects.filter(*word_start_filters(query, ["search_text"]))
            self.is_searching = True
            self.search_query = query
        return objects


class FoldedSearchChooserViewSet(ChooserViewSet):
    per_page = 30

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            filter_form_class=FoldedSearchFilterForm, **kwargs
        )


class DecisionChooserViewSet(FoldedSearchChooserViewSet):
    model = Decision
    icon = "doc-full"
    choose_one_text = _("Chọn một quyết định")
    choose_another_text = _("Chọn quyết định khác")
    edit_item_text = _("Sửa quyết định")


class HonoreeChooserViewSet(FoldedSearchChooserViewSet):
    model = Honoree
    icon = "group"
    choose_one_text = _("Chọn cá nhân, tập thể")
    choose_another_text = _("Chọn cá nhân, tập thể khác")
    edit_item_text = _("Sửa thông tin")


decision_chooser_viewset = DecisionChooserViewSet("decision_chooser")
honoree_chooser_viewset = HonoreeChooserViewSet("honoree_chooser")
