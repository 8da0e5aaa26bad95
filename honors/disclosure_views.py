"""What a citizen does on a disclosure: read it, comment while it is open, keep the
receipt, and later look up what became of the comment.

The period is enforced here, on the server, in Asia/Ho_Chi_Minh time, whatever the
browser says. Requests too large, too many or too fast are refused with a page that
says why and the right status; no path through here ends in a server error.
"""

from functools import wraps

from django.conf import settings
from django.db.models import Count
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from home.ratelimit import allow, client_address

from .commenting import submit_comment
from .disclosure_forms import CommentForm, ReceiptLookupForm
from .models import CommentStatus, PublicComment
from .models.comments import RESOLVED_STATUSES, normalise_receipt

RECEIPT_SALT = "honors.comment-receipt"


def never_stored(view):
    """`Cache-Control: no-store, private` (and no-cache): the response holds what one
    person typed or may see (a receipt, a looked-up comment, the form with its one-time
    token), which no browser history, proxy or shared cache may keep or hand to
    another."""

    @wraps(view)
    def wrapped(page, request, *args, **kwargs):
        response = view(page, request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    return wrapped


def _refusal(page, request, status, message):
    """The disclosure page with a message where the form would be, and the status."""
    response = page.render(
        request,
        context_overrides={"refusal": message, **disclosure_context(page, request)},
    )
    return _with_status(response, status)


def _with_status(response, status):
    response.status_code = status
    return response


def disclosure_context(page, request, form=None):
    now = timezone.now()
    context = {
        "status": page.status(now),
        "is_open": page.is_open(now),
        "nominees": list(
            page.nominees.select_related(
                "locality", "proposed_award", "photo", "honour__honoree"
            )
        ),
    }
    if context["is_open"]:
        context["form"] = form or CommentForm(disclosure=page)
        context["working_days_left"] = page.working_days_left(now)
    elif context["status"] in ("closed", "decided"):
        summary = comment_summary(page)
        for nominee in context["nominees"]:
            nominee.comment_summary = summary.get(nominee.pk)
        context["general_summary"] = summary.get(None)
        context["has_summary"] = True
    return context


def comment_summary(page):
    """Per nominee: how many comments arrived and how they were resolved. Counts only,
    never who sent them."""
    rows = (
        PublicComment.objects.filter(disclosure=page)
        .values("nominee_id", "status")
        .annotate(count=Count("pk"))
    )
    summary = {}
    for row in rows:
        entry = summary.setdefault(row["nominee_id"], {"total": 0, "by_status": {}})
        entry["total"] += row["count"]
        entry["by_status"][row["status"]] = row["count"]
    labels = dict(CommentStatus.choices)
    for entry in summary.values():
        entry["resolved"] = sum(
            count
            for status, count in entry["by_status"].items()
            if status in RESOLVED_STATUSES
        )
        entry["lines"] = [
            (labels[status], entry["by_status"][status])
            for status in CommentStatus.values
            if status in entry["by_status"]
        ]
    return summary


def show(page, request):
    context = disclosure_context(page, request)
    response = page.render(request, context_overrides=context)
    if "form" in context:
        add_never_cache_headers(response)  # its one-time token is this visitor's
    return response


@never_stored
def post_comment(page, request):
    if request.method != "POST":
        return redirect(page.url)
    limit = getattr(settings, "COMMENT_MAX_REQUEST_BYTES", 16 * 1024 * 1024)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > limit:
        return _refusal(
            page,
            request,
            413,
            _(
                "Góp ý và tệp đính kèm quá lớn (tối đa %(size)s MB). Hãy bớt tệp rồi gửi lại."
            )
            % {"size": limit // (1024 * 1024)},
        )
    now = timezone.now()
    if not page.is_open(now):
        closing = timezone.localtime(page.closes_at)
        message = (
            _("Hồ sơ này chưa mở nhận góp ý.")
            if page.status(now) == "upcoming"
            else _(
                "Đã hết hạn nhận góp ý lúc %(time)s ngày %(date)s; góp ý không được tiếp nhận."
            )
            % {"time": f"{closing:%H:%M:%S}", "date": f"{closing:%d/%m/%Y}"}
        )
        return _refusal(page, request, 403, message)
    rate, window = getattr(settings, "COMMENT_RATE_LIMIT", (5, 600))
    if not allow("comment", client_address(request), limit=rate, window=window):
        return _refusal(
            page,
            request,
            429,
            _(
                "Có quá nhiều góp ý được gửi từ địa chỉ mạng này; hãy thử lại sau ít phút."
            ),
        )
    form = CommentForm(request.POST, request.FILES, disclosure=page)
    if form.is_bot:
        return _refusal(page, request, 400, _("Không gửi được góp ý."))
    if not form.is_valid():
        response = page.render(
            request,
            context_overrides=disclosure_context(page, request, form=form),
        )
        return _with_status(response, 400)
    status_url = request.build_absolute_uri(page.get_parent().url + "tra-cuu/")
    comment, _created = submit_comment(page, form, status_url=status_url)
    return redirect(
        page.url
        + page.reverse_subpage(
            "receipt", args=[comment.receipt_code, receipt_check(comment.receipt_code)]
        )
    )


def receipt_check(code):
    """A check that only the server can make: the receipt link works for whoever was
    handed it, and a receipt code alone does not open it. (Letters and digits only:
    Wagtail routes only those in page paths.)"""
    return salted_hmac(RECEIPT_SALT, code).hexdigest()[:20]


@never_stored
def receipt(page, request, code, check):
    comment = PublicComment.objects.filter(receipt_code=code, disclosure=page).first()
    if comment is None or not constant_time_compare(check, receipt_check(code)):
        return _refusal(
            page,
            request,
            404,
            _("Biên nhận này không còn hiển thị được. Hãy tra cứu bằng mã biên nhận."),
        )
    return page.render(
        request,
        template="honors/comment_receipt.html",
        context_overrides={"comment": comment},
    )


@never_stored
def lookup(index, request):
    form = ReceiptLookupForm(request.POST or None)
    context = {"form": form, "comment": None}
    if request.method != "POST":
        return index.render(
            request, template="honors/comment_lookup.html", context_overrides=context
        )
    if not allow("lookup", client_address(request), limit=20, window=600):
        context["error"] = _("Bạn tra cứu quá nhiều lần; hãy thử lại sau ít phút.")
        return _with_status(
            index.render(
                request,
                template="honors/comment_lookup.html",
                context_overrides=context,
            ),
            429,
        )
    if form.is_valid():
        comment = (
            PublicComment.objects.select_related("disclosure")
            .filter(receipt_code=normalise_receipt(form.cleaned_data["receipt"]))
            .first()
        )
        if comment is not None and comment.matches_contact(
            form.cleaned_data["contact"]
        ):
            context["comment"] = comment
            return index.render(
                request,
                template="honors/comment_lookup.html",
                context_overrides=context,
            )
        context["error"] = _(
            "Không tìm thấy góp ý với mã biên nhận và thông tin liên hệ này. Hãy kiểm tra lại."
        )
        status = 404
    else:
        status = 400
    return _with_status(
        index.render(
            request, template="honors/comment_lookup.html", context_overrides=context
        ),
        status,
    )
