from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_SPREADSHEET_SIZE = 10 * 1024 * 1024
MAX_DECISION_SIZE = 20 * 1024 * 1024


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp danh sách"),
        help_text=_(
            "Bảng tính Excel (.xlsx, .xls) hoặc CSV. Cần các cột “Họ và tên”, “Hình thức "
            "khen thưởng”, “Số quyết định”, “Ngày quyết định”; dòng tiêu đề có thể nằm "
            "dưới phần tên bảng."
        ),
    )
    decision_file = forms.FileField(
        label=_("Văn bản quyết định (PDF)"),
        required=False,
        help_text=_("Không bắt buộc: gắn vào các quyết định chưa có văn bản điện tử."),
    )
    authority = forms.CharField(
        label=_("Cơ quan ban hành"),
        required=False,
        max_length=255,
        help_text=_(
            "Dùng cho các dòng không có cột “Cơ quan ban hành”, ví dụ: Chủ tịch Ủy ban nhân "
            "dân tỉnh Sơn La."
        ),
    )
    allow_partial = forms.BooleanField(
        label=_("Nhập các dòng hợp lệ, bỏ qua các dòng lỗi"),
        required=False,
        help_text=_("Mặc định chỉ nhập khi mọi dòng đều hợp lệ."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_SPREADSHEET_SIZE:
            raise forms.ValidationError(
                _("Tệp lớn hơn %(size)s.")
                % {"size": filesizeformat(MAX_SPREADSHEET_SIZE)}
            )
        return upload

    def clean_decision_file(self):
        upload = self.cleaned_data.get("decision_file")
        if not upload:
            return upload
        if upload.size > MAX_DECISION_SIZE:
            raise forms.ValidationError(
                _("Tệp lớn hơn %(size)s.") % {"size": filesizeformat(MAX_DECISION_SIZE)}
            )
        head = upload.read(5)
        upload.seek(0)
        if head != b"%PDF-":
            raise forms.ValidationError(_("Văn bản quyết định phải là tệp PDF."))
        return upload
