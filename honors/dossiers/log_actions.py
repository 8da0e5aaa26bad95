"""The dossier's steps as Wagtail audit-log actions, so each appears in the dossier's
history and in the site history report with its own words."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry

from honors.dossiers.models import Dossier

#: Action name suffix → (the action's label, the message of a log entry).
STEP_ACTIONS = {
    "send": (_("Gửi hồ sơ"), _("Đơn vị đã gửi hồ sơ")),
    "receive": (_("Tiếp nhận hồ sơ"), _("Đã tiếp nhận hồ sơ")),
    "return": (_("Trả lại hồ sơ"), _("Đã trả lại hồ sơ để bổ sung")),
    "review": (_("Thẩm định hồ sơ"), _("Đã chuyển thẩm định")),
    "to_council": (_("Trình Hội đồng"), _("Đã trình Hội đồng")),
    "forward": (_("Trình cấp Nhà nước"), _("Đã trình cấp Nhà nước")),
    "decide": (_("Ghi nhận quyết định"), _("Đã ghi nhận quyết định khen thưởng")),
    "close": (_("Đóng hồ sơ"), _("Đã đóng hồ sơ")),
    "file_viewed": (_("Xem tệp của hồ sơ"), _("Đã mở một tệp của hồ sơ")),
    "disclosure_drafted": (
        _("Lập trang công khai từ hồ sơ"),
        _("Đã lập bản nháp trang công khai, lấy ý kiến"),
    ),
}


def register(actions):
    actions.register_model(Dossier, ModelLogEntry)
    for name, (label, message) in STEP_ACTIONS.items():
        actions.register_action(f"honors.dossier.{name}", label, message)
