"""The library's filters. Authorities, fields and years are the ones its documents have,
so a citizen never picks a filter that can only come back empty; authorities and fields
travel in the address as folded slugs (?authority=chinh-phu), readable and stable."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.listing.filters import ChoiceFilter, NumberFilter, with_all
from library.choices import DocumentForm
from search.folding import fold, folded_slug, word_start_filters


class DocumentFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Số, ký hiệu hoặc trích yếu"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Từ khóa dài tối đa %(limit_value)d ký tự.")},
    )
    form = ChoiceFilter(
        label=_("Hình thức văn bản"),
        choices=DocumentForm.choices,
        invalid=_("Hình thức văn bản không hợp lệ."),
    )
    authority = ChoiceFilter(
        label=_("Cơ quan ban hành"),
        invalid=_("Không có văn bản nào của cơ quan ban hành này."),
    )
    year = NumberFilter(
        label=_("Năm ban hành"), invalid=_("Không có văn bản nào ban hành năm này.")
    )
    field = ChoiceFilter(
        label=_("Lĩnh vực"), invalid=_("Không có văn bản nào thuộc lĩnh vực này.")
    )

    def __init__(self, *args, authorities=(), fields=(), years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.authority_names = {folded_slug(name): name for name in authorities}
        self.field_names = {folded_slug(name): name for name in fields}
        self.fields["authority"].choices = with_all(
            sorted(self.authority_names.items(), key=lambda item: fold(item[1]))
        )
        self.fields["field"].choices = with_all(
            sorted(self.field_names.items(), key=lambda item: fold(item[1]))
        )
        self.fields["year"].choices = with_all((year, year) for year in years)

    def filter(self, sources):
        return sources.filtered_by(self)

    def filter_source(self, queryset):
        """The filters applied to one source of the library (documents or decisions),
        whose columns are named alike."""
        data = self.cleaned_data
        chosen = {
            "form": data.get("form"),
            "field": self.field_names.get(data.get("field")),
            "authority": self.authority_names.get(data.get("authority")),
            "issued_year": data.get("year"),
        }
        queryset = queryset.filter(
            **{name: value for name, value in chosen.items() if value}
        )
        if data.get("q"):
            queryset = queryset.filter(*word_start_filters(data["q"], ["search_text"]))
        return queryset
