"""Public verification of an honour: anyone holding a printed certificate can check, by
its code or QR code, that the registry holds the same record."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .models import Honour, HonourBoardIndexPage
from .models.registry import VERIFICATION_ALPHABET, VERIFICATION_CODE_LENGTH
from .qr import qr_png, qr_svg


def normalise_code(raw: str) -> str:
    """Accept the code as people type it: lower case, with the dash, with spaces."""
    return "".join(raw.split()).replace("-", "").upper()


def _public_honour(code):
    code = normalise_code(code)
    if len(code) != VERIFICATION_CODE_LENGTH or set(code) - set(VERIFICATION_ALPHABET):
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
    roll = HonourBoardIndexPage.objects.live().public().first()
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
            "example": f"{VERIFICATION_ALPHABET[10:15]}-{VERIFICATION_ALPHABET[15:20]}",
            "meta_description": _(
                "Kiểm tra một khen thưởng bằng mã xác minh in trên giấy chứng nhận."
            ),
            **context,
        },
        status=status,
    )


@require_GET
def verification_lookup(request):
    """The form on the verification page: a typed code leads to its record."""
    code = normalise_code(request.GET.get("ma", ""))
    if code:
        return redirect("honour_verification", code=code)
    return _page(request, {"honour": None})


@require_GET
def verification(request, code):
    if code != normalise_code(code):
        return redirect(
            "honour_verification", code=normalise_code(code), permanent=True
        )
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
