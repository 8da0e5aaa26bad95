"""The honour roll's own views: public verification of an honour (anyone holding a
printed certificate can check, by its code or QR code, that the registry holds the same
record) and the roll's downloads (its filters, then CSV, XLSX or JSON)."""

from django.apps import apps
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from home.listing.lists import Listing, form_errors, render_listing
from home.public_forms import codes
from honors.registry.honours import (
    VERIFICATION_CODE_LENGTH,
    Honour,
    honour_roll_page,
)
from honors.roll import open_data
from honors.roll.forms import HonourFilterForm
from honors.roll.qr import qr_png, qr_svg


def _public_honour(code):
    code = codes.compact(code)
    if not codes.is_code(code, VERIFICATION_CODE_LENGTH):
        raise Http404
    try:
        return (
            Honour.objects.public()
            .select_related(
                "honoree",
                "honoree__locality",
                "award",
                "decision__document",
                "movement",
            )
            .get(verification_code=code)
        )
    except Honour.DoesNotExist as missing:
        raise Http404 from missing


def _page(request, context, status=200):
    """The verification page, with its breadcrumb trail (it is not a Wagtail page)."""
    roll = honour_roll_page()
    crumbs = [{"title": _("Trang chủ"), "url": "/"}]
    if roll is not None:
        crumbs.append({"title": roll.title, "url": roll.get_url(request)})
    crumbs.append({"title": _("Xác minh khen thưởng"), "url": None})
    return TemplateResponse(
        request,
        "honors/verification.html",
        {
            "crumbs": crumbs,
            "roll_url": roll.get_url(request) if roll else None,
            "example": f"{codes.ALPHABET[10:15]}-{codes.ALPHABET[15:20]}",
            "meta_description": _(
                "Kiểm tra một khen thưởng bằng mã xác minh in trên giấy chứng nhận."
            ),
            "honoree_url": (
                context["honour"].honoree.get_url(request, roll=roll)
                if roll and context.get("honour")
                else None
            ),
            **context,
        },
        status=status,
    )


@require_GET
def verification_lookup(request):
    """The form on the verification page: a typed code leads to its record."""
    code = codes.compact(request.GET.get("ma", ""))
    if code:
        return redirect("honour_verification", code=code)
    return _page(request, {"honour": None})


@require_GET
def verification(request, code):
    if code != codes.compact(code):
        return redirect("honour_verification", code=codes.compact(code), permanent=True)
    try:
        honour = _public_honour(code)
    except Http404:
        # A mistyped code: the form again, saying what was not found and how codes look.
        return _page(request, {"honour": None, "not_found": code[:20]}, status=404)
    return _page(
        request,
        {
            "honour": honour,
            "verification_url": request.build_absolute_uri(
                honour.get_verification_url()
            ),
        },
    )


@require_GET
@cache_control(max_age=86400, public=True)
def verification_qr(request, code, image_format):
    honour = _public_honour(code)
    url = request.build_absolute_uri(
        reverse("honour_verification", args=[honour.verification_code])
    )
    if image_format == "png":
        return HttpResponse(qr_png(url), content_type="image/png")
    return HttpResponse(
        qr_svg(
            url,
            title=_("Mã QR xác minh khen thưởng %(code)s")
            % {"code": honour.display_code},
        ),
        content_type="image/svg+xml",
    )


# The honour roll's downloads: the roll's own filters, then CSV, XLSX or JSON.


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
            errors=form_errors(form),
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
    # The open data page (its licence) is in honors.transparency, a room above the
    # roll: named by its label.
    terms = apps.get_model("honors", "OpenDataPage").objects.live().public().first()
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
