"""A dossier's list of nominees from a spreadsheet, in the format the registry's import
reads (honors.imports): the same column names, the same catalogues, the same messages,
row by row. The decision's columns are not asked for: there is no decision yet.

A file with any wrong row adds nobody (the unit fixes the file and sends it again);
a good file adds its nominees to the dossier and is kept as the dossier's spreadsheet
list, which the secretariat's checks compare with the nominees entered."""

from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from honors.dossiers.choices import DocumentKind
from honors.dossiers.models import DossierDocument, DossierNominee
from honors.imports.columns import column_label
from honors.imports.readers import SpreadsheetError, read_table
from honors.imports.resource import Catalogues
from honors.imports.values import (
    parse_bool,
    parse_ethnicity,
    parse_gender,
    parse_kind,
    parse_year,
)
from search.folding import fold


@dataclass
class NomineeList:
    nominees: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # "Dòng 7: …"


def read_nominees(content: bytes, dossier) -> NomineeList:
    try:
        table = read_table(content)
    except SpreadsheetError as error:
        return NomineeList(errors=[str(error)])
    catalogues = Catalogues()
    result = NomineeList()
    for sheet_row, row in zip(table.sheet_rows, table.rows, strict=True):
        values = dict(zip(table.headers, row, strict=False))
        nominee, errors = _nominee(values, catalogues, dossier)
        if errors:
            result.errors += [
                _("Dòng %(row)s, cột “%(column)s”: %(error)s")
                % {"row": sheet_row, "column": column_label(key), "error": error}
                for key, error in errors.items()
            ]
        else:
            result.nominees.append(nominee)
    return result


def _nominee(values, catalogues, dossier):
    errors = {}

    def text(key):
        value = values.get(key, "")
        return " ".join(str(value).split())

    def attempt(key, parser):
        try:
            return parser()
        except ValueError as error:
            errors[key] = str(error)
            return None

    name = text("name")
    if not name:
        errors["name"] = _("Thiếu họ và tên (hoặc tên tập thể).")
    award = catalogues.award(text("award")) if text("award") else None
    if award is None:
        errors["award"] = (
            _("Hình thức khen thưởng “%(value)s” không có trong danh mục.")
            % {"value": text("award")}
            if text("award")
            else _("Thiếu hình thức khen thưởng.")
        )
    kind = attempt("kind", lambda: parse_kind(text("kind")))
    if not kind and award is not None:
        kind = award.recipient_kinds[0] if len(award.recipient_kinds) == 1 else ""
    locality = None
    if text("locality"):
        found = catalogues.locality(text("locality"))
        if len(found) == 1:
            locality = found[0]
        else:
            errors["locality"] = _("Không có địa bàn “%(value)s” trong danh mục.") % {
                "value": text("locality")
            }
    nominee = DossierNominee(
        dossier=dossier,
        kind=kind or "individual",
        name=name,
        award=award,
        gender=attempt("gender", lambda: parse_gender(text("gender"))) or "",
        birth_year=attempt(
            "birth_year", lambda: parse_year(text("birth_year"), label=_("Năm sinh"))
        ),
        ethnicity=attempt("ethnicity", lambda: parse_ethnicity(text("ethnicity")))
        or "",
        position=text("position"),
        organisation=text("organisation"),
        locality=locality,
        is_direct_worker=bool(
            attempt(
                "direct_worker",
                lambda: parse_bool(
                    text("direct_worker"), label=_("Lao động trực tiếp")
                ),
            )
        ),
        is_in_difficult_area=bool(
            attempt(
                "difficult_area",
                lambda: parse_bool(text("difficult_area"), label=_("Vùng khó khăn")),
            )
        ),
        achievement_summary=text("reason"),
    )
    return nominee, errors


@transaction.atomic
def add_from_spreadsheet(dossier, upload) -> NomineeList:
    """Add the file's nominees to the dossier (all or none) and keep the file as its
    spreadsheet list; the names already in the dossier are not added twice."""
    content = upload.read()
    result = read_nominees(content, dossier)
    if result.errors:
        return result
    present = {fold(name) for name in dossier.nominees.values_list("name", flat=True)}
    start = dossier.nominees.count()
    added = []
    for number, nominee in enumerate(result.nominees):
        if fold(nominee.name) in present:
            continue
        nominee.sort_order = start + number
        nominee.save()
        added.append(nominee)
    dossier.documents.filter(kind=DocumentKind.NOMINEE_LIST).delete()
    DossierDocument.objects.create(
        dossier=dossier,
        kind=DocumentKind.NOMINEE_LIST,
        file=ContentFile(content, name=upload.name),
    )
    result.nominees = added
    return result


def differences(dossier) -> list[str]:
    """Names in the spreadsheet list and not among the nominees, and the other way."""
    document = dossier.documents.filter(kind=DocumentKind.NOMINEE_LIST).first()
    if document is None:
        return []
    with document.file.open("rb") as handle:
        listed = read_nominees(handle.read(), dossier)
    in_list = {fold(nominee.name): nominee.name for nominee in listed.nominees}
    entered = {
        fold(name): name for name in dossier.nominees.values_list("name", flat=True)
    }
    return [
        _("%(name)s có trong danh sách bảng tính nhưng chưa được nhập.")
        % {"name": name}
        for key, name in in_list.items()
        if key not in entered
    ] + [
        _("%(name)s được nhập nhưng không có trong danh sách bảng tính.")
        % {"name": name}
        for key, name in entered.items()
        if key not in in_list
    ]
