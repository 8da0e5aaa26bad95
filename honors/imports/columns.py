"""Column names as people write them, folded, mapped to the importer's keys."""

from search.folding import fold

COLUMN_NAMES = {
    "name": [
        "Họ và tên",
        "Họ tên",
        "Tên",
        "Tên cá nhân, tập thể",
        "Tên tập thể",
        "Cá nhân, tập thể",
        "Họ và tên/Tên tập thể",
        "Họ và tên, tên tập thể",
        "Tên cá nhân/tập thể",
    ],
    "kind": ["Đối tượng", "Loại đối tượng", "Cá nhân/Tập thể"],
    "gender": ["Giới tính", "Nam/Nữ"],
    "birth_year": ["Năm sinh"],
    "ethnicity": ["Dân tộc"],
    "position": ["Chức vụ", "Chức danh", "Chức vụ, chức danh", "Chức vụ/chức danh"],
    "organisation": [
        "Đơn vị",
        "Đơn vị công tác",
        "Cơ quan, đơn vị",
        "Nơi công tác",
        "Đơn vị, địa chỉ",
    ],
    "locality": [
        "Xã, phường",
        "Xã/phường",
        "Địa bàn",
        "Địa phương",
        "Xã, phường, đặc khu",
    ],
    "direct_worker": ["Lao động trực tiếp", "Người lao động trực tiếp"],
    "difficult_area": [
        "Vùng khó khăn",
        "Vùng sâu, vùng xa",
        "Vùng đặc biệt khó khăn",
        "Vùng sâu, vùng xa, vùng đặc biệt khó khăn",
    ],
    "award": [
        "Hình thức khen thưởng",
        "Hình thức",
        "Danh hiệu",
        "Danh hiệu thi đua",
        "Hình thức khen thưởng/danh hiệu",
        "Hình thức khen thưởng, danh hiệu",
    ],
    "commendation_type": ["Loại khen thưởng", "Loại hình khen thưởng"],
    "year": ["Năm", "Năm khen thưởng", "Năm thành tích"],
    "decision_number": [
        "Số quyết định",
        "Số QĐ",
        "Quyết định số",
        "Số, ký hiệu quyết định",
    ],
    "decision_date": ["Ngày quyết định", "Ngày QĐ", "Ngày ký", "Ngày ban hành"],
    "authority": ["Cơ quan ban hành", "Người ký", "Cấp ra quyết định"],
    "reason": [
        "Thành tích",
        "Lý do",
        "Nội dung thành tích",
        "Thành tích khen thưởng",
        "Tóm tắt thành tích",
        "Lý do khen thưởng",
    ],
    "movement": ["Phong trào", "Phong trào thi đua"],
}

REQUIRED = ["name", "award", "decision_number", "decision_date"]

_BY_FOLDED = {fold(name): key for key, names in COLUMN_NAMES.items() for name in names}


def canonical_column(header: str) -> str:
    """The importer's key for a header, or "" for a column it does not use (STT...)."""
    return _BY_FOLDED.get(fold(header), "")


def column_label(key: str) -> str:
    return COLUMN_NAMES[key][0]
