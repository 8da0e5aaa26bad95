"""The states of a dossier and the names of its parts."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DossierState(models.TextChoices):
    DRAFT = "draft", _("Đang soạn")
    SENT = "sent", _("Đã gửi, chờ tiếp nhận")
    RECEIVED = "received", _("Đã tiếp nhận")
    RETURNED = "returned", _("Trả lại để bổ sung")
    UNDER_REVIEW = "under_review", _("Đang thẩm định")
    AT_COUNCIL = "at_council", _("Trình Hội đồng")
    FORWARDED = "forwarded", _("Đã trình cấp Nhà nước")
    DECIDED = "decided", _("Đã có quyết định")
    CLOSED = "closed", _("Đã đóng")


#: States in which the secretariat's clock runs: from a complete dossier's receipt to
#: the decision (or the forwarding to the State level, which ends the province's part).
CLOCK_RUNNING = (
    DossierState.RECEIVED,
    DossierState.UNDER_REVIEW,
    DossierState.AT_COUNCIL,
)
#: States after which nothing of the dossier changes but by a recorded decision.
FINISHED = (DossierState.FORWARDED, DossierState.DECIDED, DossierState.CLOSED)


#: The states the public tracker shows: every state but the unit's own draft.
PUBLIC_STATES = [state for state in DossierState if state != DossierState.DRAFT]


class DecidingAuthority(models.TextChoices):
    PROVINCE = "province", _("Chủ tịch UBND tỉnh")
    STATE = "state", _("Trình Thủ tướng Chính phủ, Chủ tịch nước")


class DocumentKind(models.TextChoices):
    SUBMISSION = "submission", _("Tờ trình kèm danh sách")
    MINUTES = "minutes", _("Biên bản họp Hội đồng Thi đua – Khen thưởng cấp trình")
    NOMINEE_LIST = "nominee_list", _("Danh sách đề nghị (bảng tính)")
    OTHER = "other", _("Tài liệu khác")


#: The documents every dossier carries; an award form may ask for more.
ALWAYS_REQUIRED = (DocumentKind.SUBMISSION, DocumentKind.MINUTES)
