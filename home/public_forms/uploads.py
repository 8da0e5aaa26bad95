"""Files people send: a citizen's attachments to a comment (PDF, JPEG, PNG), a unit's
dossier files (also DOCX). A file is recognised from its content, never from its name
or the type the browser claims, and refused with a message that names it."""

import zipfile

from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_ATTACHMENTS = 3
MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

SIGNATURES = [
    (b"%PDF-", PDF),
    (b"\xff\xd8\xff", JPEG),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"PK\x03\x04", DOCX),  # a zip: a DOCX only if it holds a Word document
]
#: The types each kind of upload accepts, and how a refusal names them.
COMMENT_TYPES = ((PDF, JPEG, PNG), "PDF, JPEG hay PNG")
DOSSIER_TYPES = ((PDF, DOCX, JPEG, PNG), "PDF, DOCX, JPEG hay PNG")


class AttachmentError(ValueError):
    pass


def check_attachment(
    upload, accepted=COMMENT_TYPES, max_bytes=MAX_ATTACHMENT_BYTES
) -> str:
    """The content type of an acceptable file; AttachmentError otherwise."""
    name = upload.name
    types, named = accepted
    if upload.size > max_bytes:
        raise AttachmentError(
            _("Tệp “%(name)s” lớn hơn %(size)d MB.")
            % {"name": name, "size": max_bytes // (1024 * 1024)}
        )
    if upload.size == 0:
        raise AttachmentError(_("Tệp “%(name)s” rỗng.") % {"name": name})
    head = upload.read(16)
    upload.seek(0)
    content_type = next(
        (kind for magic, kind in SIGNATURES if head.startswith(magic)), None
    )
    if content_type == DOCX and not _is_word_document(upload):
        content_type = None
    if content_type not in types:
        raise AttachmentError(
            _("Tệp “%(name)s” không phải %(types)s.") % {"name": name, "types": named}
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


def _is_word_document(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        upload.seek(0)
