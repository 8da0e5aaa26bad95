"""Synthetic people, units and wording for the demo registry of Sơn La.

Names follow the naming customs of the province's main ethnic groups so the demo reads
true, but every person is invented: the combinations are drawn at random.
"""

from dataclasses import dataclass

from honors.registry.choices import Ethnicity, Gender, HonoreeKind
from honors.registry.honours import Honoree


@dataclass(frozen=True)
class NameStyle:
    surnames: tuple[str, ...]
    male_middle: tuple[str, ...]
    female_middle: tuple[str, ...]
    male_given: tuple[str, ...]
    female_given: tuple[str, ...]


THAI = NameStyle(
    (
        "Lò",
        "Cầm",
        "Quàng",
        "Lường",
        "Tòng",
        "Vì",
        "Hà",
        "Lù",
        "Điêu",
        "Bạc",
        "Sa",
        "Mè",
    ),
    ("Văn",),
    ("Thị",),
    (
        "Xuân",
        "Pọm",
        "Ún",
        "Phong",
        "Chăn",
        "Ọt",
        "Biên",
        "Khánh",
        "Tính",
        "Inh",
        "Thanh",
    ),
    (
        "Hoa",
        "Muôn",
        "Sương",
        "Ánh",
        "Dung",
        "Hương",
        "Lả",
        "Ngọc",
        "Thủy",
        "Lan",
        "Mai",
    ),
)
MONG = NameStyle(
    ("Giàng", "Sồng", "Mùa", "Thào", "Vàng", "Lầu", "Hờ", "Tráng", "Sùng", "Hầu"),
    ("A",),
    ("Thị",),
    ("Lử", "Chờ", "Sình", "Pó", "Chư", "Dế", "Say", "Súa", "Tủa", "Chua", "Dình"),
    ("Dợ", "Mỷ", "Mai", "Ly", "Chở", "Pằng", "Xua", "Dua", "Sua"),
)
KINH = NameStyle(
    (
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Vũ",
        "Đỗ",
        "Bùi",
        "Đặng",
        "Ngô",
        "Dương",
    ),
    ("Văn", "Đức", "Minh", "Quang", "Thanh", "Hữu"),
    ("Thị", "Thu", "Ngọc", "Hồng", "Thanh"),
    ("Hùng", "Hải", "Tuấn", "Dũng", "Thắng", "Long", "Sơn", "Bình", "Cường", "Nam"),
    ("Hương", "Lan", "Nga", "Hà", "Phương", "Hằng", "Trang", "Linh", "Huyền", "Yến"),
)
MUONG = NameStyle(
    ("Đinh", "Hà", "Bùi", "Quách", "Xa"),
    ("Văn", "Công"),
    ("Thị",),
    ("Thìn", "Lịch", "Mến", "Khương", "Tuyên"),
    ("Ngân", "Mến", "Thoa", "Nhung", "Loan"),
)
DAO = NameStyle(
    ("Bàn", "Triệu", "Lý", "Đặng"),
    ("Văn", "Tòn"),
    ("Thị", "Mùi"),
    ("Phin", "Quẩy", "Sành", "Tiến", "Chàn"),
    ("Mây", "Nhất", "Liên", "Lai", "Xuân"),
)

#: Ethnic groups of the demo population with their share and naming style. The mix is
#: close to Sơn La's (Thái about half, then Kinh, Mông, Mường...).
POPULATION = [
    (Ethnicity.THAI, 0.44, THAI),
    (Ethnicity.KINH, 0.22, KINH),
    (Ethnicity.MONG, 0.16, MONG),
    (Ethnicity.MUONG, 0.07, MUONG),
    (Ethnicity.DAO, 0.04, DAO),
    (Ethnicity.KHO_MU, 0.03, THAI),
    (Ethnicity.XINH_MUN, 0.02, THAI),
    (Ethnicity.LAO, 0.02, THAI),
]

VILLAGES = (
    "Nà Sản",
    "Hua Tạt",
    "Pá Khôm",
    "Huổi Chà",
    "Co Sàu",
    "Nà Ngần",
    "Phiêng Luông",
    "Bó Cộng",
    "Tà Số",
    "Pha Đin",
    "Lán Ngà",
    "Nậm Giôn",
    "Bản Mòng",
    "Co Phương",
)

#: (position, is direct worker, workplace pattern) - {commune} and {village} are filled in.
DIRECT_JOBS = [
    ("Giáo viên", "Trường Tiểu học {commune}"),
    ("Giáo viên", "Trường Phổ thông dân tộc bán trú THCS {commune}"),
    ("Giáo viên mầm non", "Trường Mầm non Hoa Ban xã {commune}"),
    ("Y sĩ", "Trạm Y tế xã {commune}"),
    ("Nhân viên y tế bản", "Bản {village}, xã {commune}"),
    ("Bác sĩ", "Bệnh viện Đa khoa tỉnh Sơn La"),
    ("Điều dưỡng", "Trung tâm Y tế khu vực {commune}"),
    ("Nông dân", "Bản {village}, xã {commune}"),
    ("Nông dân sản xuất giỏi", "Bản {village}, xã {commune}"),
    ("Xã viên", "Hợp tác xã nông nghiệp {commune}"),
    ("Công nhân", "Công ty cổ phần Mía đường Sơn La"),
    ("Công nhân", "Công ty cổ phần Chè Mộc Châu"),
    ("Công nhân vận hành", "Công ty Thủy điện Sơn La"),
    ("Kỹ thuật viên", "Trung tâm Dịch vụ nông nghiệp {commune}"),
    ("Chiến sĩ", "Công an xã {commune}"),
    ("Nghệ nhân", "Bản {village}, xã {commune}"),
]
MANAGER_JOBS = [
    ("Chủ tịch Ủy ban nhân dân xã", "Ủy ban nhân dân xã {commune}"),
    ("Phó Chủ tịch Ủy ban nhân dân xã", "Ủy ban nhân dân xã {commune}"),
    ("Hiệu trưởng", "Trường Tiểu học {commune}"),
    ("Trưởng trạm", "Trạm Y tế xã {commune}"),
    ("Trưởng phòng", "Sở Nội vụ tỉnh Sơn La"),
    ("Phó Giám đốc", "Sở Nông nghiệp và Môi trường tỉnh Sơn La"),
    ("Trưởng phòng", "Sở Giáo dục và Đào tạo tỉnh Sơn La"),
    ("Giám đốc", "Hợp tác xã nông nghiệp {commune}"),
    ("Trưởng bản", "Bản {village}, xã {commune}"),
    ("Bí thư Đảng ủy", "Đảng ủy xã {commune}"),
]
COLLECTIVE_PATTERNS = [
    "Trường Tiểu học {commune}",
    "Trường Mầm non Hoa Ban xã {commune}",
    "Trường Phổ thông dân tộc bán trú THCS {commune}",
    "Trạm Y tế xã {commune}",
    "Hợp tác xã nông nghiệp {commune}",
    "Bản {village}, xã {commune}",
    "Công an xã {commune}",
    "Ủy ban nhân dân xã {commune}",
    "Hội Liên hiệp Phụ nữ xã {commune}",
    "Đoàn Thanh niên xã {commune}",
]
AGENCY_COLLECTIVES = [
    "Phòng Thi đua – Khen thưởng, Sở Nội vụ",
    "Phòng Giáo dục Mầm non, Sở Giáo dục và Đào tạo",
    "Khoa Hồi sức cấp cứu, Bệnh viện Đa khoa tỉnh",
    "Trung tâm Phục vụ hành chính công tỉnh",
    "Đội sản xuất số 3, Công ty cổ phần Chè Mộc Châu",
    "Phân xưởng Vận hành, Công ty Thủy điện Sơn La",
]

MERIT_REASONS = [
    "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm {year}.",
    "Hoàn thành xuất sắc nhiệm vụ năm {year}, có sáng kiến được công nhận và áp dụng.",
    "Có nhiều đóng góp trong phát triển kinh tế – xã hội ở địa phương năm {year}.",
    "Dạy giỏi, có nhiều học sinh dân tộc thiểu số đạt kết quả cao trong năm học {year}.",
    "Tận tụy chăm sóc sức khỏe nhân dân vùng cao, không để dịch bệnh lan rộng năm {year}.",
    "Phát triển mô hình trồng cây ăn quả trên đất dốc, giúp nhiều hộ trong bản thoát nghèo.",
    "Đi đầu trong xây dựng bản văn hóa, giữ gìn bản sắc dân tộc năm {year}.",
]
EXTRAORDINARY_REASON = (
    "Có thành tích xuất sắc đột xuất trong cứu hộ, cứu nạn, giúp nhân dân khắc phục hậu "
    "quả mưa lũ tháng 8 năm 2023."
)
DIGITAL_REASON = (
    "Có thành tích xuất sắc trong phong trào thi đua thực hiện chuyển đổi số giai đoạn "
    "2022 – 2025."
)
RURAL_REASON = (
    "Có thành tích xuất sắc trong phong trào thi đua “Sơn La chung sức xây dựng nông "
    "thôn mới” giai đoạn 2021 – 2025."
)
POVERTY_REASON = (
    "Có nhiều đóng góp trong phong trào “Cả nước chung tay vì người nghèo – Không để ai "
    "bị bỏ lại phía sau”."
)

BIOGRAPHIES = [
    "Gắn bó với bản làng vùng cao hơn {years} năm, luôn gương mẫu và được bà con tin yêu.",
    "Người đi đầu đưa giống cây mới vào sản xuất, hướng dẫn nhiều hộ cùng làm theo.",
    "Nhiều năm liền hoàn thành xuất sắc nhiệm vụ, tích cực giúp đỡ đồng nghiệp trẻ.",
    "Vận động được nhiều gia đình cho con em đến trường đúng độ tuổi.",
]


def full_name(style: NameStyle, gender: str, rng) -> str:
    if gender == Gender.FEMALE:
        middle, given = style.female_middle, style.female_given
    else:
        middle, given = style.male_middle, style.male_given
    return f"{rng.choice(style.surnames)} {rng.choice(middle)} {rng.choice(given)}"


class SyntheticPeople:
    """Invented honorees of the province, drawn from `rng`: the one generator of the
    demo registry (demo.registry) and of the benchmarks' large registries
    (scripts/benchmark_search.py). Returns unsaved honorees: the demo saves them one by
    one, a benchmark writes a hundred thousand with `Honoree.objects.add_many`."""

    def __init__(self, rng, communes, photos=()):
        self.rng = rng
        self.communes = communes
        self.photos = photos

    def place(self):
        commune = self.rng.choice(self.communes)
        return commune, {"commune": commune.name, "village": self.rng.choice(VILLAGES)}

    def ethnicity(self):
        roll = self.rng.random()
        for ethnicity, share, style in POPULATION:
            roll -= share
            if roll <= 0:
                return ethnicity, style
        return POPULATION[0][0], POPULATION[0][2]

    def individual(self):
        ethnicity, style = self.ethnicity()
        gender = Gender.FEMALE if self.rng.random() < 0.46 else Gender.MALE
        commune, place = self.place()
        direct = self.rng.random() < 0.62
        position, workplace = self.rng.choice(DIRECT_JOBS if direct else MANAGER_JOBS)
        honoree = Honoree(
            kind=HonoreeKind.INDIVIDUAL,
            name=full_name(style, gender, self.rng),
            gender=gender,
            birth_year=self.rng.randint(1962, 1998),
            ethnicity=ethnicity,
            position=position,
            organisation=workplace.format(**place),
            locality=commune,
            is_direct_worker=direct,
            is_in_difficult_area=self.rng.random() < 0.38,
            is_published=self.rng.random() > 0.02,
        )
        if self.photos and self.rng.random() < 0.4:
            honoree.photo = self.rng.choice(self.photos)
        if self.rng.random() < 0.3:
            honoree.biography = self.rng.choice(BIOGRAPHIES).format(
                years=self.rng.randint(8, 30)
            )
        return honoree

    def collective(self):
        commune, place = self.place()
        if self.rng.random() < 0.12:
            name = self.rng.choice(AGENCY_COLLECTIVES)
        else:
            name = self.rng.choice(COLLECTIVE_PATTERNS).format(**place)
        return Honoree(
            kind=HonoreeKind.COLLECTIVE,
            name=name,
            organisation="" if "," in name else f"xã {commune.name}",
            locality=commune,
            is_in_difficult_area=self.rng.random() < 0.4,
        )

    def household(self):
        ethnicity, style = self.ethnicity()
        commune, place = self.place()
        head = full_name(style, Gender.MALE, self.rng)
        return Honoree(
            kind=HonoreeKind.HOUSEHOLD,
            name=f"Hộ gia đình ông {head}",
            ethnicity=ethnicity,
            organisation=f"Bản {place['village']}, xã {commune.name}",
            locality=commune,
            is_direct_worker=True,
            is_in_difficult_area=self.rng.random() < 0.5,
        )

    def anyone(self):
        """An individual (seven in ten), a collective or a household, as the registry
        holds them."""
        draw = self.rng.random()
        if draw < 0.7:
            return self.individual()
        if draw < 0.93:
            return self.collective()
        return self.household()
