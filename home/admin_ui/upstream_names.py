"""Names Wagtail gives without marking them for translation, named here so that a
Vietnamese editor reads them in Vietnamese.

Django derives a model's or field's name from its Python name when none is given, as a
plain string that no catalogue can translate: the group screen heads a row "Simple
translation", the promoted-results form labels a field "External link text", the
rich-text editor's e-mail link form asks for an "Email address".
"""

from django.utils.translation import gettext_lazy as _


def name_untranslated_models():
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.contrib.simple_translation.models import SimpleTranslation

    SimpleTranslation._meta.verbose_name = _("dịch trang")
    SearchPromotion._meta.get_field("external_link_text").verbose_name = _(
        "chữ hiển thị của liên kết ngoài"
    )


def label_link_chooser_forms():
    """The rich-text editor's link forms (e-mail, telephone, external, anchor) leave
    most fields unlabelled."""
    from wagtail.admin.forms import choosers

    labels = {
        choosers.ExternalLinkChooserForm: {"link_text": _("Chữ hiển thị")},
        choosers.AnchorLinkChooserForm: {"link_text": _("Chữ hiển thị")},
        choosers.EmailLinkChooserForm: {
            "email_address": _("Địa chỉ thư điện tử"),
            "link_text": _("Chữ hiển thị"),
            "subject": _("Tiêu đề thư"),
            "body": _("Nội dung thư"),
        },
        choosers.PhoneLinkChooserForm: {
            "phone_number": _("Số điện thoại"),
            "link_text": _("Chữ hiển thị"),
        },
    }
    for form, fields in labels.items():
        for name, label in fields.items():
            form.base_fields[name].label = label
