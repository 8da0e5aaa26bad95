"""Filtered, paginated lists: what every list of the portal shares (the honour roll,
the boards, the article indexes, the documents library).

Bad filter values and page numbers are answered with a message and the right status
(400, or 404 past the last page), never a server error. Whatever the number of items,
a list costs the same queries: the filter choices, one count and one page of rows.
"""

from dataclasses import dataclass, field

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.utils.translation import gettext as _


@dataclass
class Listing:
    form: object
    page: PaginatorPage | None = None
    status: int = 200
    errors: list[str] = field(default_factory=list)
    #: The list without its filters, when some are on: what an empty list offers.
    clear_url: str | None = None
    #: The words typed in the list's text filter, for a search of the whole portal.
    query: str = ""

    @property
    def active_filters(self) -> int:
        """How many filters are set (the page number is not one)."""
        if not (self.form.is_bound and self.form.is_valid()):
            return 0
        return sum(
            1 for value in self.form.cleaned_data.values() if value not in (None, "")
        )

    @property
    def paginator(self):
        # An empty page is falsy: "0 results" must still be said.
        return self.page.paginator if self.page is not None else None


def form_errors(form) -> list[str]:
    """Every message of a bound, invalid form, in field order, for a list's or an
    answer's error summary."""
    return [error for errors in form.errors.values() for error in errors]


def paginated_listing(request, queryset, form, *, per_page, prepare=None) -> Listing:
    if form.is_bound and not form.is_valid():
        return Listing(form=form, status=400, errors=form_errors(form))
    filtered = form.filter(queryset) if form.is_bound else queryset
    paginator = Paginator(prepare(filtered) if prepare else filtered, per_page)
    raw_number = request.GET.get("page", "1")
    try:
        number = int(raw_number)
    except ValueError:
        return Listing(
            form=form,
            status=400,
            errors=[_("Số trang “%(page)s” không hợp lệ.") % {"page": raw_number[:20]}],
        )
    if number < 1 or number > paginator.num_pages:
        return Listing(
            form=form,
            status=404,
            errors=[
                _("Không có trang %(page)s: danh sách có %(count)s trang.")
                % {"page": number, "count": paginator.num_pages}
            ],
        )
    filtered_by = [name for name in request.GET if name != "page"]
    return Listing(
        form=form,
        page=paginator.page(number),
        clear_url=request.path if filtered_by else None,
        query=(form.cleaned_data.get("q") or "") if form.is_bound else "",
    )


def bound_data(request, form_class):
    return request.GET if set(form_class.base_fields) & set(request.GET) else None


def render_listing(page, request, listing, **extra_context):
    """A routable index page with its list, answering with the list's status."""
    response = page.render(
        request, context_overrides={"listing": listing, **extra_context}
    )
    response.status_code = listing.status
    return response
