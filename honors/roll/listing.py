"""The honour roll's list: every public honour, filtered and paginated (the roll page
and each board)."""

from home.listing.lists import Listing, bound_data, paginated_listing
from honors.roll.forms import HonourFilterForm

HONOURS_PER_PAGE = 30


def honour_listing(request, honours) -> Listing:
    years = honours.order_by("-year").values_list("year", flat=True).distinct()
    localities = honours.order_by().values_list("honoree__locality", flat=True)
    form = HonourFilterForm(
        bound_data(request, HonourFilterForm),
        years=list(years),
        localities=set(localities.distinct()),
    )
    return paginated_listing(
        request,
        honours,
        form,
        per_page=HONOURS_PER_PAGE,
        prepare=lambda queryset: queryset.for_listing(),
    )
