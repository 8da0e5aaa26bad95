"""Fixed vocabularies of the law (06/2022/QH15) and of the registry.

Codes are stable English identifiers stored in the database; the labels are what editors
and citizens read.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class HonoreeKind(models.TextChoices):
    INDIVIDUAL = "individual", _("Cá nhân")
    COLLECTIVE = "collective", _("Tập thể")
    HOUSEHOLD = "household", _("Hộ gia đình")


class Gender(models.TextChoices):
    MALE = "male", _("Nam")
    FEMALE = "female", _("Nữ")


class AwardForm(models.TextChoices):
    """Forms of commendation (Art. 9) and the emulation titles (Art. 20–27)."""

    ORDER = "order", _("Huân chương")
    MEDAL = "medal", _("Huy chương")
    STATE_TITLE = "state_title", _("Danh hiệu vinh dự Nhà nước")
    PRIZE = "prize", _("Giải thưởng")
    COMMEMORATIVE_MEDAL = "commemorative_medal", _("Kỷ niệm chương")
    CERTIFICATE_OF_MERIT = "certificate_of_merit", _("Bằng khen")
    CERTIFICATE_OF_COMMENDATION = "certificate_of_commendation", _("Giấy khen")
    EMULATION_TITLE = "emulation_title", _("Danh hiệu thi đua")
    EMULATION_FLAG = "emulation_flag", _("Cờ thi đua")


class GrantingLevel(models.TextChoices):
    """Who decides the award; the order is from highest to lowest."""

    STATE = "state", _("Nhà nước (Chủ tịch nước)")
    PRIME_MINISTER = "prime_minister", _("Thủ tướng Chính phủ")
    MINISTRY_PROVINCE = "ministry_province", _("Bộ, ngành, tỉnh")
    COMMUNE_UNIT = "commune_unit", _("Xã, phường, cơ sở")


class CommendationType(models.TextChoices):
    """Types of commendation (Art. 8)."""

    MERIT = "merit", _("Thành tích thực hiện nhiệm vụ")
    EXTRAORDINARY = "extraordinary", _("Đột xuất")
    MOVEMENT = "movement", _("Theo phong trào thi đua")
    THEMATIC = "thematic", _("Theo chuyên đề")
    CAREER = "career", _("Quá trình cống hiến")
    LENGTH_OF_SERVICE = "length_of_service", _("Niên hạn")
    DIPLOMATIC = "diplomatic", _("Đối ngoại")


class LocalityKind(models.TextChoices):
    PROVINCE = "province", _("tỉnh")
    CITY = "city", _("thành phố")
    DISTRICT = "district", _("cấp huyện (trước 2025)")
    COMMUNE = "commune", _("xã")
    WARD = "ward", _("phường")
    TOWNSHIP = "township", _("thị trấn")
    SPECIAL_ZONE = "special_zone", _("đặc khu")


#: How a locality is named, by its kind: "xã Chiềng Cơi" (in English "Chiềng Cơi
#: commune"). District-level units were huyện, thị xã or thành phố: their name carries
#: the word itself.
LOCALITY_NAME = {
    LocalityKind.PROVINCE: _("tỉnh %(name)s"),
    LocalityKind.CITY: _("thành phố %(name)s"),
    LocalityKind.COMMUNE: _("xã %(name)s"),
    LocalityKind.WARD: _("phường %(name)s"),
    LocalityKind.TOWNSHIP: _("thị trấn %(name)s"),
    LocalityKind.SPECIAL_ZONE: _("đặc khu %(name)s"),
}
#: The two-level local government (Decree 152/2025): units that ended then are marked.
REORGANISED_ON = "01/07/2025"


class Ethnicity(models.TextChoices):
    """The 54 ethnic groups of Vietnam, in the order of the official list."""

    KINH = "kinh", "Kinh"
    TAY = "tay", "Tày"
    THAI = "thai", "Thái"
    MUONG = "muong", "Mường"
    KHMER = "khmer", "Khơ Me"
    HOA = "hoa", "Hoa"
    NUNG = "nung", "Nùng"
    MONG = "mong", "Mông"
    DAO = "dao", "Dao"
    GIA_RAI = "gia_rai", "Gia Rai"
    NGAI = "ngai", "Ngái"
    E_DE = "e_de", "Ê Đê"
    BA_NA = "ba_na", "Ba Na"
    XO_DANG = "xo_dang", "Xơ Đăng"
    SAN_CHAY = "san_chay", "Sán Chay"
    CO_HO = "co_ho", "Cơ Ho"
    CHAM = "cham", "Chăm"
    SAN_DIU = "san_diu", "Sán Dìu"
    HRE = "hre", "Hrê"
    MNONG = "mnong", "Mnông"
    RA_GLAI = "ra_glai", "Ra Glai"
    XTIENG = "xtieng", "Xtiêng"
    BRU_VAN_KIEU = "bru_van_kieu", "Bru - Vân Kiều"
    THO = "tho", "Thổ"
    GIAY = "giay", "Giáy"
    CO_TU = "co_tu", "Cơ Tu"
    GIE_TRIENG = "gie_trieng", "Giẻ - Triêng"
    MA = "ma", "Mạ"
    KHO_MU = "kho_mu", "Khơ Mú"
    CO = "co", "Co"
    TA_OI = "ta_oi", "Tà Ôi"
    CHO_RO = "cho_ro", "Chơ Ro"
    KHANG = "khang", "Kháng"
    XINH_MUN = "xinh_mun", "Xinh Mun"
    HA_NHI = "ha_nhi", "Hà Nhì"
    CHU_RU = "chu_ru", "Chu Ru"
    LAO = "lao", "Lào"
    LA_CHI = "la_chi", "La Chí"
    LA_HA = "la_ha", "La Ha"
    PHU_LA = "phu_la", "Phù Lá"
    LA_HU = "la_hu", "La Hủ"
    LU = "lu", "Lự"
    LO_LO = "lo_lo", "Lô Lô"
    CHUT = "chut", "Chứt"
    MANG = "mang", "Mảng"
    PA_THEN = "pa_then", "Pà Thẻn"
    CO_LAO = "co_lao", "Cơ Lao"
    CONG = "cong", "Cống"
    BO_Y = "bo_y", "Bố Y"
    SI_LA = "si_la", "Si La"
    PU_PEO = "pu_peo", "Pu Péo"
    BRAU = "brau", "Brâu"
    O_DU = "o_du", "Ơ Đu"
    RO_MAM = "ro_mam", "Rơ Măm"


class FieldOfWork(models.TextChoices):
    """Fields an example story belongs to, for browsing stories."""

    EDUCATION = "education", _("Giáo dục, đào tạo")
    HEALTH = "health", _("Y tế")
    AGRICULTURE = "agriculture", _("Nông nghiệp, nông thôn")
    ENTERPRISE = "enterprise", _("Sản xuất, kinh doanh")
    CULTURE = "culture", _("Văn hóa, thể thao, du lịch")
    SECURITY = "security", _("Quốc phòng, an ninh")
    ADMINISTRATION = "administration", _("Cải cách hành chính")
    SOCIAL = "social", _("An sinh xã hội, giảm nghèo")
    ENVIRONMENT = "environment", _("Tài nguyên, môi trường")
    DIGITAL = "digital", _("Chuyển đổi số")
