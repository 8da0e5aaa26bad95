from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentForm(models.TextChoices):
    """The forms of document (hình thức văn bản) a library lists, as the address says
    them (?hinh-thuc=nghi-dinh)."""

    LAW = "luat", _("Luật")
    RESOLUTION = "nghi-quyet", _("Nghị quyết")
    DECREE = "nghi-dinh", _("Nghị định")
    CIRCULAR = "thong-tu", _("Thông tư")
    DECISION = "quyet-dinh", _("Quyết định")
    DIRECTIVE = "chi-thi", _("Chỉ thị")
    PLAN = "ke-hoach", _("Kế hoạch")
    INSTRUCTION = "huong-dan", _("Hướng dẫn")
    REPORT = "bao-cao", _("Báo cáo")
    NOTICE = "thong-bao", _("Thông báo")
    OFFICIAL_LETTER = "cong-van", _("Công văn")
    OTHER = "khac", _("Văn bản khác")


#: The field (lĩnh vực) of the honour boards' commendation decisions in the library.
COMMENDATION_FIELD = _("Thi đua, khen thưởng")
