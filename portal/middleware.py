"""Request-level guards that hold for every view of the portal, public and admin."""

import logging

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


class MalformedSubmissionMiddleware:
    """A submission that lacks the fields its form rendered is the client's error: 400.

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
