"""Request-level guards that hold for every view of the portal, public and admin."""

import codecs
import logging

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.utils.datastructures import MultiValueDictKeyError

from home.views import bad_request

logger = logging.getLogger("portal.security")

#: What a form widget raises when the submitted fields are not the ones it rendered.
_UNREADABLE = (KeyError, ValueError, TypeError, IndexError)


def _raised_while_reading_a_form(exception):
    frame = exception.__traceback__
    while frame is not None:
        if frame.tb_frame.f_code.co_name == "value_from_datadict":
            return True
        frame = frame.tb_next
    return False


FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}


def _not_utf8_form(request):
    charset = request.content_params.get("charset")
    if request.content_type not in FORM_TYPES or not charset:
        return False
    try:
        return codecs.lookup(charset).name != "utf-8"
    except LookupError:
        return True


class MalformedSubmissionMiddleware:
    """A submission that lacks the fields its form rendered is the client's error: 400.

    A form in another encoding than UTF-8 (charset=utf-16, say) is refused before
    anything reads it.

    Wagtail's StreamField and list blocks read `body-count`, `body-0-type` and the like
    straight from the POST data, so a hand-made or truncated request (a missing count, a
    count that is not a number) raised out of the view as a server error. Whatever a
    widget's `value_from_datadict` cannot read, and any required POST key missing
    (`request.POST["x"]`), now gets the 400 page and one log line with the exception's
    kind, never the data sent.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Before any view or middleware reads the body (the CSRF check does): a form
        # in another encoding than UTF-8 cannot be read, and Django's own error pages
        # would try to read it again.
        if request.method == "POST" and _not_utf8_form(request):
            logger.warning("Form in another encoding to %s refused", request.path)
            return bad_request(request, None)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST":
            return None
        if isinstance(exception, MultiValueDictKeyError) or (
            isinstance(exception, _UNREADABLE)
            and _raised_while_reading_a_form(exception)
        ):
            logger.warning(
                "Malformed submission to %s refused (%s)",
                request.path,
                type(exception).__name__,
            )
            return bad_request(request, exception)
        return None


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's policy (settings.CONTENT_SECURITY_POLICY), with two exceptions.

    The admin adds CSP_ADMIN_UPDATE: Wagtail 8 still renders inline scripts (date
    pickers, inline panels) and styles. A response that its view allowed to be framed
    by the portal itself (X-Frame-Options: SAMEORIGIN, as Wagtail's previews are) gets
    `frame-ancestors 'self'` instead of `'none'`, so the editor's preview panel works
    and no other site can frame it.

    Wagtail renders a preview by running a dummy request for the public page through
    the whole middleware stack; the policy that inner pass wrote (public, unframable)
    is replaced by the one of the request the browser actually made."""

    def process_response(self, request, response):
        if getattr(response, "_csp_request", request) is not request:
            for header in (HEADER, HEADER_REPORT_ONLY):
                if header in response:
                    del response[header]
        response = super().process_response(request, response)
        response._csp_request = request
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if request.path_info.startswith("/admin/"):
            parts.update = {**settings.CSP_ADMIN_UPDATE, **(parts.update or {})}
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts
