"""Attachments citizens send with a comment: PDF, JPEG or PNG, recognised from the
file's content, never from its name or the type the browser claims."""

from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_ATTACHMENTS = 3
MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024

SIGNATURES = [
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
]


class AttachmentError(ValueError):
    pass


def check_attachment(upload) -> str:
    """The content type of an acceptable attachment; AttachmentError otherwise."""
    name = upload.name
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise AttachmentError(_("Tệp “%(name)s” lớn hơn 5 MB.") % {"name": name})
    if upload.size == 0:
        raise AttachmentError(_("Tệp “%(name)s” rỗng.") % {"name": name})
    head = upload.read(16)
    upload.seek(0)
    content_type = next(
        (kind for magic, kind in SIGNATURES if head.startswith(magic)), None
    )
    if content_type is None:
        raise AttachmentError(
            _("Tệp “%(name)s” không phải PDF, JPEG hay PNG.") % {"name": name}
        )
    if content_type.startswith("image/"):
        try:
            with Image.open(upload) as image:
                image.verify()
        except (UnidentifiedImageError, OSError, SyntaxError) as error:
            raise AttachmentError(
                _("Ảnh “%(name)s” bị hỏng hoặc không đọc được.") % {"name": name}
            ) from error
        finally:
            upload.seek(0)
    return content_type
