"""Content blocks editors compose pages from.

The same blocks serve standard pages now and news and stories later, so the portal's
articles look alike and every content image carries alt text (Wagtail's ImageBlock refuses
an image without it unless the editor marks it decorative).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from home.translations import in_active_language

RICH_TEXT_FEATURES = [
    "bold",
    "italic",
    "link",
    "document-link",
    "ol",
    "ul",
    "h3",
    "h4",
    "blockquote",
    "superscript",
    "subscript",
]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "blocks/heading.html"
        form_classname = "title"
        help_text = _("Tiêu đề của một mục trong bài; hiện trong mục lục của trang.")


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Ảnh"))
    caption = blocks.CharBlock(
        required=False,
        max_length=300,
        label=_("Chú thích"),
        help_text=_("Hiện dưới ảnh, ví dụ: nội dung ảnh và nguồn ảnh."),
    )

    class Meta:
        icon = "image"
        label = _("Ảnh có chú thích")
        template = "blocks/figure.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Trích dẫn"))
    attribution = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Người nói / nguồn"),
        help_text=_("Ví dụ: Chủ tịch UBND tỉnh, phát biểu tại hội nghị tổng kết."),
    )

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tài liệu"))
    title = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Tên hiển thị"),
        help_text=_("Để trống thì dùng tên của tài liệu."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Tài liệu đính kèm")
        template = "blocks/document_link.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[
            ("info", _("Thông tin")),
            ("important", _("Quan trọng")),
            ("success", _("Kết quả")),
        ],
        default="info",
        label=_("Kiểu"),
        help_text=_("Màu và biểu tượng của khung nhấn mạnh."),
    )
    title = blocks.CharBlock(required=False, max_length=200, label=_("Tiêu đề"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Nội dung"))

    class Meta:
        icon = "warning"
        label = _("Khung nhấn mạnh")
        template = "blocks/callout.html"


class VideoBlock(blocks.StructBlock):
    """A video from YouTube, Facebook or another oEmbed provider."""

    video = EmbedBlock(
        label=_("Địa chỉ video"),
        help_text=_("Dán địa chỉ trang video, ví dụ https://www.youtube.com/watch?v=…"),
    )
    title = blocks.CharBlock(
        max_length=200,
        label=_("Tên video"),
        help_text=_(
            "Nói video về gì; người dùng trình đọc màn hình nghe thấy tên này."
        ),
    )
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Chú thích"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=_("Tên bộ ảnh"))
    images = blocks.ListBlock(FigureBlock(), min_num=2, label=_("Ảnh"))

    class Meta:
        icon = "image"
        label = _("Bộ ảnh")
        template = "blocks/gallery.html"


class ArticleBodyBlock(blocks.StreamBlock):
    """The body of any article-like page."""

    # The block menu lists blocks in this order: the paragraph, used most, first.
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Đoạn văn"),
        template="blocks/paragraph.html",
    )
    heading = HeadingBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    table = TableBlock(
        label=_("Bảng"),
        template="blocks/table.html",
        help_text=_(
            "Dùng dòng đầu làm tiêu đề cột để người dùng trình đọc màn hình hiểu bảng."
        ),
    )
    document = DocumentLinkBlock()
    callout = CalloutBlock()


class StoryBodyBlock(ArticleBodyBlock):
    """An example story: an article with photo galleries."""

    gallery = GalleryBlock()


class QuickLinkBlock(blocks.StructBlock):
    """A card on the home page that leads to a page or an outside address."""

    title = blocks.CharBlock(max_length=80, label=_("Tiêu đề"))
    description = blocks.TextBlock(
        required=False, max_length=240, label=_("Mô tả ngắn")
    )
    page = blocks.PageChooserBlock(
        required=False,
        label=_("Trang trong cổng"),
        help_text=_("Chọn một trang, hoặc nhập địa chỉ bên ngoài ở ô dưới."),
    )
    url = blocks.URLBlock(required=False, label=_("Địa chỉ bên ngoài"))

    class Meta:
        icon = "link"
        label = _("Lối tắt")
        template = "blocks/quick_link.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(
                        _("Chọn một trang hoặc nhập một địa chỉ cho lối tắt này.")
                    )
                }
            )
        return value


SOCIAL_PLATFORMS = [
    ("facebook", "Facebook"),
    ("youtube", "YouTube"),
    ("zalo", "Zalo"),
    ("tiktok", "TikTok"),
    ("other", _("Khác")),
]


class SocialLinkValue(blocks.StructValue):
    def display_label(self):
        return self.get("label") or dict(SOCIAL_PLATFORMS).get(self.get("platform"), "")


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS, label=_("Mạng xã hội"))
    url = blocks.URLBlock(label=_("Địa chỉ"))
    label = blocks.CharBlock(
        required=False,
        max_length=60,
        label=_("Tên hiển thị"),
        help_text=_("Để trống thì dùng tên mạng xã hội."),
    )

    class Meta:
        icon = "site"
        label = _("Liên kết mạng xã hội")
        value_class = SocialLinkValue


class RelatedPortalValue(blocks.StructValue):
    def display_title(self):
        return in_active_language(self.get("title"), self.get("title_en"))


class RelatedPortalBlock(blocks.StructBlock):
    """A portal this one belongs with (Decree 42/2022: links to related portals)."""

    title = blocks.CharBlock(
        max_length=120,
        label=_("Tên cổng"),
        help_text=_("Ví dụ: Cổng thông tin điện tử tỉnh Sơn La."),
    )
    title_en = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Tên tiếng Anh"),
        help_text=_("Để trống thì dùng tên tiếng Việt."),
    )
    url = blocks.URLBlock(label=_("Địa chỉ"))
    description = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Giới thiệu ngắn"),
        help_text=_("Hiện trên trang liên kết, ví dụ: Nộp hồ sơ, tra cứu thủ tục."),
    )

    class Meta:
        icon = "link-external"
        label = _("Cổng liên kết")
        value_class = RelatedPortalValue
