"""The honour roll's downloads: the roll's own filters, then CSV, XLSX or JSON."""

from django.utils import timezone
from django.utils.translation import gettext as _

from . import open_data
from .forms import HonourFilterForm
from .listing import Listing, render_listing
from .models.registry import Honour
from .models.statistics import OpenDataPage


def _refused(page, request, message):
    listing = Listing(form=HonourFilterForm(), status=400, errors=[message])
    return render_listing(page, request, listing)


def roll_download(page, request, extension):
    if extension not in open_data.FORMATS:
        return _refused(
            page,
            request,
            _("Không có định dạng “%(format)s”: chọn CSV, XLSX hoặc JSON.")
            % {"format": extension[:20]},
        )
    form = HonourFilterForm(request.GET)
    if not form.is_valid():
        listing = Listing(
            form=form,
            status=400,
            errors=[error for errors in form.errors.values() for error in errors],
        )
        return render_listing(page, request, listing)
    honours = form.filter(Honour.objects.public())
    tree = form.locality_tree
    parts = open_data.filter_name_parts(form)
    if extension == "csv":
        return open_data.csv_response(request, honours, tree, name_parts=parts)
    if extension == "xlsx":
        return open_data.xlsx_response(request, honours, tree, name_parts=parts)
    return open_data.json_response(
        request,
        honours,
        meta=_json_meta(page, request, form, honours),
        locality_tree=tree,
        name_parts=parts,
    )


def _json_meta(page, request, form, honours):
    terms = OpenDataPage.objects.live().public().first()
    filters = {
        name: getattr(value, "pk", value)
        for name, value in form.cleaned_data.items()
        if value not in (None, "")
    }
    return {
        "source": page.get_full_url(request),
        "licence": terms.licence_name if terms else "",
        "licence_url": terms.licence_url if terms else "",
        "generated_at": timezone.localtime().isoformat(timespec="seconds"),
        "filters": filters,
        "count": honours.count(),
        "fields": [column.key for column in open_data.COLUMNS],
    }
