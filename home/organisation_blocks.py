"""Blocks of the organisation pages: the structure (drawn as nested HTML lists, so a
screen reader reads the chart as the outline it is), the council's members and the
officials to contact."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class UnitFields(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Tên đơn vị, bộ phận"), max_length=200)
    head = blocks.CharBlock(
        label=_("Người phụ trách"),
        required=False,
        max_length=200,
        help_text=_("Chức vụ và họ tên, ví dụ: Trưởng ban Nguyễn Văn A."),
    )
    description = blocks.TextBlock(
        label=_("Nhiệm vụ chính"), required=False, max_length=500
    )

    class Meta:
        icon = "group"


class TeamBlock(UnitFields):
    """The lowest level of the chart (a team, a desk)."""

    class Meta:
        label = _("Tổ, bộ phận")


class DivisionBlock(UnitFields):
    teams = blocks.ListBlock(TeamBlock(), label=_("Tổ, bộ phận trực thuộc"), min_num=0)

    class Meta:
        label = _("Phòng, bộ phận")


class UnitBlock(UnitFields):
    """A top box of the chart, with up to two levels beneath it."""

    divisions = blocks.ListBlock(
        DivisionBlock(), label=_("Phòng, bộ phận trực thuộc"), min_num=0
    )

    class Meta:
        label = _("Đơn vị")
        icon = "group"
        template = "home/blocks/organisation_unit.html"


class CouncilMemberBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Họ và tên"), max_length=120)
    council_role = blocks.CharBlock(
        label=_("Chức danh trong Hội đồng"),
        max_length=120,
        help_text=_("Ví dụ: Chủ tịch Hội đồng; Phó Chủ tịch Thường trực; Ủy viên."),
    )
    position = blocks.CharBlock(
        label=_("Chức vụ, đơn vị công tác"), max_length=250, required=False
    )

    class Meta:
        icon = "user"
        label = _("Thành viên Hội đồng")


class ContactOfficialBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Họ và tên"), max_length=120)
    title = blocks.CharBlock(label=_("Chức vụ"), max_length=120)
    unit = blocks.CharBlock(label=_("Đơn vị, bộ phận"), max_length=200, required=False)
    phone = blocks.CharBlock(
        label=_("Điện thoại"),
        max_length=30,
        required=False,
        help_text=_(
            "Số điện thoại cơ quan; không ghi số cá nhân nếu chưa được đồng ý."
        ),
    )
    email = blocks.EmailBlock(label=_("Thư điện tử"), required=False)

    class Meta:
        icon = "mail"
        label = _("Cán bộ đầu mối")
