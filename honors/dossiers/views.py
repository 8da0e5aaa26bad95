"""The public tracker of dossiers (/tra-cuu-ho-so/): every dossier a unit has sent, its
code, unit, forms asked for, number of nominees, dates, state and whether it was handled
on time — never a nominee's name, which only a decision or a disclosure makes public."""

import csv

from django.http import Http404, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET
from wagtail.models import ModelLogEntry

from home.listing.exports import Echo, neutralise_formula
from home.listing.lists import bound_data, form_errors, paginated_listing
from honors.dossiers import process
from honors.dossiers.forms import TrackerFilterForm
from honors.dossiers.log_actions import STEP_ACTIONS
from honors.dossiers.models import Dossier

PER_PAGE = 50
#: The steps a visitor sees on a dossier's page (a file looked at, a disclosure
#: drafted, are internal).
PUBLIC_STEPS = [f"honors.dossier.{name}" for name in process.STEPS]


def public_dossiers():
    return (
        Dossier.objects.sent()
        .select_related("unit")
        .prefetch_related("awards")
        .with_nominee_count()
        .order_by("-sent_at", "-pk")
    )


def _years():
    return list(
        Dossier.objects.sent()
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


def _crumbs(*trail):
    return [{"title": _("Trang chủ"), "url": "/"}, *trail]


def _normalised(code):
    return code.strip().upper().replace(" ", "")


@require_GET
def tracker(request):
    """The list with its filters, and the look-up by code (?ma=HS-2026-000123)."""
    looked_up = request.GET.get("ma")
    not_found = None
    if looked_up is not None:
        code = _normalised(looked_up)
        if code and Dossier.objects.sent().filter(code=code).exists():
            return redirect("dossier_public", code=code)
        not_found = looked_up[:30]
    form = TrackerFilterForm(bound_data(request, TrackerFilterForm), years=_years())
    listing = paginated_listing(request, public_dossiers(), form, per_page=PER_PAGE)
    today = timezone.localdate()
    rows = [
        (dossier, "overdue" if dossier.is_overdue(today) else "")
        for dossier in (listing.page.object_list if listing.page else [])
    ]
    status = 404 if not_found is not None else listing.status
    return TemplateResponse(
        request,
        "honors/dossier_tracker.html",
        {
            "listing": listing,
            "rows": rows,
            "not_found": not_found,
            "crumbs": _crumbs({"title": _("Tra cứu hồ sơ khen thưởng"), "url": None}),
            "csv_query": request.GET.urlencode(),
            "meta_description": _(
                "Theo dõi công khai hồ sơ đề nghị khen thưởng: ngày tiếp nhận, hạn giải "
                "quyết, trạng thái và việc giải quyết đúng hạn."
            ),
        },
        status=status,
    )


@require_GET
def dossier_public(request, code):
    dossier = (
        Dossier.objects.sent()
        .select_related("unit")
        .with_nominee_count()
        .filter(code=_normalised(code))
        .first()
    )
    if dossier is None:
        raise Http404
    steps = (
        ModelLogEntry.objects.for_instance(dossier)
        .filter(action__in=PUBLIC_STEPS)
        .order_by("timestamp", "pk")
    )
    return TemplateResponse(
        request,
        "honors/dossier_public.html",
        {
            "dossier": dossier,
            "awards": dossier.awards.all(),
            "steps": [
                {
                    "at": entry.timestamp,
                    "label": STEP_ACTIONS[entry.action.removeprefix("honors.dossier.")][
                        1
                    ],
                }
                for entry in steps
            ],
            "crumbs": _crumbs(
                {
                    "title": _("Tra cứu hồ sơ khen thưởng"),
                    "url": reverse("dossier_tracker"),
                },
                {"title": dossier.code, "url": None},
            ),
        },
    )


def _on_time(dossier):
    return {True: _("Có"), False: _("Không"), None: ""}[dossier.handled_on_time]


#: What the public may know of a sent dossier: (key, header, value), for the CSV and
#: the API alike. No nominee's name, no file, no note of the secretariat.
PUBLIC_FIELDS = [
    ("code", gettext_lazy("Mã hồ sơ"), lambda d: d.code),
    ("unit", gettext_lazy("Đơn vị trình"), lambda d: d.unit.name),
    ("title", gettext_lazy("Trích yếu"), lambda d: d.title),
    (
        "commendation_type",
        gettext_lazy("Loại khen thưởng"),
        lambda d: d.get_commendation_type_display(),
    ),
    (
        "awards",
        gettext_lazy("Hình thức đề nghị"),
        lambda d: "; ".join(a.display_name for a in d.awards.all()),
    ),
    ("nominees", gettext_lazy("Số người, tập thể"), lambda d: d.nominee_count),
    ("received_on", gettext_lazy("Ngày tiếp nhận"), lambda d: d.received_on),
    ("due_on", gettext_lazy("Hạn giải quyết"), lambda d: d.due_on),
    ("state", gettext_lazy("Trạng thái"), lambda d: d.get_state_display()),
    ("finished_on", gettext_lazy("Giải quyết xong"), lambda d: d.finished_on),
    ("on_time", gettext_lazy("Đúng hạn"), lambda d: d.handled_on_time),
]


def _csv_text(key, value, dossier):
    if key == "on_time":
        return _on_time(dossier)
    return "" if value is None else str(value)


@require_GET
def tracker_csv(request):
    form = TrackerFilterForm(bound_data(request, TrackerFilterForm), years=_years())
    if form.is_bound and not form.is_valid():
        return TemplateResponse(
            request,
            "honors/dossier_tracker.html",
            {"listing": None, "csv_errors": form_errors(form), "crumbs": _crumbs()},
            status=400,
        )
    dossiers = form.filter(public_dossiers()) if form.is_bound else public_dossiers()
    writer = csv.writer(Echo())

    def lines():
        # A byte order mark, so Excel opens the file as UTF-8 and Vietnamese is intact.
        yield "\ufeff" + writer.writerow(
            [str(header) for _key, header, _value in PUBLIC_FIELDS]
        )
        for dossier in dossiers.iterator(chunk_size=500):
            yield writer.writerow(
                [
                    neutralise_formula(_csv_text(key, value(dossier), dossier))
                    for key, _header, value in PUBLIC_FIELDS
                ]
            )

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="ho-so-khen-thuong-{timezone.localdate():%Y%m%d}.csv"'
    )
    return response
