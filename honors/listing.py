"""One list of honours with filters and pages, shared by the honour roll and the boards.

Whatever the size of the registry it costs the same queries: filter choices (awards,
movements, localities, years), one count and one page of rows with everything they show.
"""

from dataclasses import dataclass, field

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.utils.translation import gettext as _

from .forms import HonourFilterForm

PER_PAGE = 30
FILTER_PARAMETERS = set(HonourFilterForm.base_fields)


@dataclass
class HonourListing:
    form: HonourFilterForm
    page: PaginatorPage | None = None
    status: int = 200
    errors: list[str] = field(default_factory=list)

    @property
    def paginator(self):
        return self.page.paginator if self.page else None


def honour_listing(request, honours) -> HonourListing:
    years = honours.order_by("-year").values_list("year", flat=True).distinct()
    params = request.GET if FILTER_PARAMETERS & set(request.GET) else None
    form = HonourFilterForm(params, years=list(years))
    if params is not None and not form.is_valid():
        messages = [error for errors in form.errors.values() for error in errors]
        return HonourListing(form=form, status=400, errors=messages)
    filtered = form.filter(honours) if params is not None else honours

    paginator = Paginator(filtered.for_listing(), PER_PAGE)
    raw_number = request.GET.get("page", "1")
    try:
        number = int(raw_number)
    except ValueError:
        return HonourListing(
            form=form,
            status=400,
            errors=[_("Số trang “%(page)s” không hợp lệ.") % {"page": raw_number[:20]}],
        )
    if number < 1 or number > paginator.num_pages:
        return HonourListing(
            form=form,
            status=404,
            errors=[
                _("Không có trang %(page)s: danh sách có %(count)s trang.")
                % {"page": number, "count": paginator.num_pages}
            ],
        )
    return HonourListing(form=form, page=paginator.page(number))
