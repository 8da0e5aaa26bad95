"""What a citizen does on a disclosure: read it, comment while it is open, keep the
receipt, and later look up what became of the comment.

The period is enforced here, on the server, in Asia/Ho_Chi_Minh time, whatever the
browser says. Requests too large, too many or too fast are refused with a page that
says why and the right status; no path through here ends in a server error.
"""

import logging
from functools import wraps

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from home.public_forms.ratelimit import allow, client_address, used
from honors.disclosures.choices import DisclosureStatus
from honors.disclosures.commenting import submit_comment
from honors.disclosures.comments import (
    RESOLVED_STATUSES,
    CommentStatus,
    PublicComment,
    normalise_receipt,
)
from honors.disclosures.forms import CommentForm, ReceiptLookupForm

RECEIPT_SALT = "honors.comment-receipt"

logger = logging.getLogger(__name__)


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
    elif context["status"] in (DisclosureStatus.CLOSED, DisclosureStatus.DECIDED):
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
    """Take a citizen's comment: cheap refusals first, then the form, then one store.

    A form already stored (a double click, a retry after a slow answer, twenty of
    them) gets its receipt at once, before the rate limit counts anything, so a
    citizen's own retries never lock them out. Refusals of whole requests (too large,
    too many, a bot) are a small page, not the disclosure re-rendered. Only a comment
    actually stored counts against the address's limit. If the database fails while
    storing, the citizen is told the comment was not received, with what they wrote
    still in the form (503).
    """
    if request.method != "POST":
        return redirect(page.url)
    limit = getattr(settings, "COMMENT_MAX_REQUEST_BYTES", 16 * 1024 * 1024)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > limit:
        return _light_refusal(
            page,
            request,
            413,
            _(
                "Góp ý và tệp đính kèm quá lớn (tối đa %(size)s MB). Hãy bớt tệp rồi gửi lại."
            )
            % {"size": limit // (1024 * 1024)},
        )
    stored = _already_stored(page, request)
    if stored is not None:
        return _to_receipt(page, stored)
    now = timezone.now()
    if not page.is_open(now):
        closing = timezone.localtime(page.closes_at)
        message = (
            _("Hồ sơ này chưa mở nhận góp ý.")
            if page.status(now) == DisclosureStatus.UPCOMING
            else _(
                "Đã hết hạn nhận góp ý lúc %(time)s ngày %(date)s; góp ý không được tiếp nhận."
            )
            % {"time": f"{closing:%H:%M:%S}", "date": f"{closing:%d/%m/%Y}"}
        )
        return _refusal(page, request, 403, message)
    rate, window = getattr(settings, "COMMENT_RATE_LIMIT", (5, 600))
    address = client_address(request)
    if used("comment", address, window=window) >= rate:
        return _light_refusal(
            page,
            request,
            429,
            _(
                "Có quá nhiều góp ý được gửi từ địa chỉ mạng này; hãy thử lại sau ít phút."
            ),
        )
    form = CommentForm(request.POST, request.FILES, disclosure=page)
    if form.is_bot:
        allow("comment", address, limit=rate, window=window)  # bots use up the limit
        return _light_refusal(page, request, 400, _("Không gửi được góp ý."))
    if not form.is_valid():
        response = page.render(
            request,
            context_overrides=disclosure_context(page, request, form=form),
        )
        return _with_status(response, 400)
    section = page.get_parent().specific
    status_url = request.build_absolute_uri(
        section.get_url(request) + section.reverse_subpage("lookup")
    )
    try:
        comment, created = submit_comment(page, form, status_url=status_url)
    except DatabaseError:
        logger.exception("A comment on disclosure %s could not be stored", page.pk)
        return _not_received(page, request, form)
    if created:
        allow("comment", address, limit=rate, window=window)
    return _to_receipt(page, comment)


def _already_stored(page, request):
    key = CommentForm.submitted_key(request.POST, page)
    if key is None:
        return None
    return PublicComment.objects.filter(idempotency_key=key, disclosure=page).first()


def _to_receipt(page, comment):
    return redirect(
        page.url
        + page.reverse_subpage(
            "receipt", args=[comment.receipt_code, receipt_check(comment.receipt_code)]
        )
    )


def _light_refusal(page, request, status, message):
    """A refusal of the whole request, at the cost of a small page: no nominees, no
    menus, no database, so a flood of refused requests stays cheap."""
    return render(
        request,
        "honors/comment_refused.html",
        {"message": message, "status": status, "disclosure_url": page.url},
        status=status,
    )


def _not_received(page, request, form):
    """The database failed while storing: say so where the form is, with what was
    typed still in it; if the page itself cannot be drawn, a small page that shows
    the text so it can be copied."""
    message = _(
        "Góp ý của bạn CHƯA được tiếp nhận do hệ thống đang gặp sự cố. Nội dung bạn "
        "viết vẫn còn dưới đây; hãy bấm gửi lại sau ít phút."
    )
    try:
        with transaction.atomic():
            response = page.render(
                request,
                context_overrides={
                    **disclosure_context(page, request, form=form),
                    "refusal": message,
                },
            )
            response.render()
    except DatabaseError:
        response = render(
            request,
            "honors/comment_refused.html",
            {
                "message": message,
                "status": 503,
                "disclosure_url": page.url,
                "typed": form.cleaned_data.get("body", ""),
            },
        )
    response.status_code = 503
    response["Retry-After"] = "60"
    return response


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
