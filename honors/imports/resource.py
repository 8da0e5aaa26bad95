"""The import as a django-import-export resource.

The library runs the rows inside a transaction, rolls back a dry run (the preview) and
collects each row's outcome and errors. This resource adds what a decision's list needs:
it finds or creates the honoree and the decision a row names, matches what the registry
already holds so a second import creates nothing, and says in Vietnamese what is wrong
with a row.
"""

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import resources

from honors.articles.movements import MovementPage
from honors.imports.columns import REQUIRED, column_label
from honors.imports.values import (
    parse_bool,
    parse_commendation_type,
    parse_date,
    parse_ethnicity,
    parse_gender,
    parse_kind,
    parse_year,
)
from honors.registry.catalogue import Award
from honors.registry.choices import HonoreeKind
from honors.registry.honours import Decision, Honoree, Honour
from honors.registry.localities import Locality
from search.folding import fold, searchable

LOCALITY_WORDS = ("xa ", "phuong ", "thi tran ", "dac khu ", "tinh ")


@dataclass
class ParsedRow:
    sheet_row: int
    kind: str
    name: str
    award: Award
    decision_number: str
    decision_date: date
    authority: str
    gender: str = ""
    birth_year: int | None = None
    ethnicity: str = ""
    position: str = ""
    organisation: str = ""
    locality: Locality | None = None
    direct_worker: bool = False
    difficult_area: bool = False
    commendation_type: str = ""
    year: int | None = None
    reason: str = ""
    movement: MovementPage | None = None

    @property
    def honour_key(self):
        return (
            self.kind,
            self.name.casefold(),
            self.birth_year,
            self.organisation.casefold(),
            self.award.pk,
            self.decision_number.casefold(),
            self.decision_date,
        )


class Catalogues:
    """The registry's lists, read once per import, looked up by folded name."""

    def __init__(self):
        self.awards = {}
        for award in Award.objects.all():
            for name in award.folded_names():
                self.awards[name] = award
        self.localities = {}
        for locality in Locality.objects.all():
            self.localities.setdefault(fold(locality.name), []).append(locality)
        self.movements = {
            fold(movement.title): movement for movement in MovementPage.objects.all()
        }

    def award(self, text):
        return self.awards.get(fold(text))

    def locality(self, text):
        folded = fold(text)
        for word in LOCALITY_WORDS:
            if folded.startswith(word):
                folded = folded[len(word) :]
                break
        found = self.localities.get(folded, [])
        current = [locality for locality in found if locality.is_current] or found
        return current


class HonourResource(resources.ModelResource):
    class Meta:
        model = Honour
        fields = ()
        skip_diff = True
        report_skipped = True
        use_transactions = True

    def __init__(self, table, *, default_authority="", document=None):
        super().__init__()
        self.table = table
        self.default_authority = default_authority.strip()
        self.document = document
        self.catalogues = Catalogues()
        self.seen = {}
        self.outcomes = {}  # sheet row -> (import type, parsed row)
        self.raw = {}  # sheet row -> the row as read, to show rows that have errors

    # The whole file ------------------------------------------------------------------

    def before_import(self, dataset, **kwargs):
        missing = [key for key in REQUIRED if key not in dataset.headers]
        if missing:
            raise ValueError(
                _("Thiếu cột: %(columns)s.")
                % {"columns": ", ".join(f"“{column_label(key)}”" for key in missing)}
            )

    # One row -------------------------------------------------------------------------

    def sheet_row(self, row_number):
        return self.table.sheet_rows[row_number - 1]

    def before_import_row(self, row, row_number=None, **kwargs):
        sheet_row = self.sheet_row(row_number)
        self.raw[sheet_row] = dict(row)
        parsed, errors = self._parse(row, sheet_row)
        if not errors:
            first = self.seen.setdefault(parsed.honour_key, parsed.sheet_row)
            if first != parsed.sheet_row:
                errors["name"] = _(
                    "Trùng với dòng %(row)s: cùng người, cùng hình thức, cùng quyết định."
                ) % {"row": first}
        if errors:
            raise ValidationError(errors)
        row["__parsed"] = parsed

    def get_or_init_instance(self, instance_loader, row):
        parsed = row["__parsed"]
        honoree = self._find_honoree(parsed)
        decision = self._find_decision(parsed)
        if honoree and decision:
            existing = Honour.objects.filter(
                honoree=honoree, award=parsed.award, decision=decision
            ).first()
            if existing:
                return existing, False
        return Honour(), True

    def import_instance(self, instance, row, **kwargs):
        if not instance._state.adding:
            return  # already in the registry: nothing to change
        parsed = row["__parsed"]
        instance.honoree = self._find_honoree(parsed) or self._create_honoree(parsed)
        instance.decision = self._find_decision(parsed) or Decision.objects.create(
            number=parsed.decision_number,
            signed_on=parsed.decision_date,
            authority=parsed.authority,
        )
        if self.document and not instance.decision.document_id:
            instance.decision.document = self.document
            instance.decision.save(update_fields=["document"])
        instance.award = parsed.award
        instance.commendation_type = parsed.commendation_type
        instance.year = parsed.year or parsed.decision_date.year
        instance.reason = parsed.reason
        instance.movement = parsed.movement

    def skip_row(self, instance, original, row, import_validation_errors=None):
        return not instance._state.adding

    def after_import_row(self, row, row_result, row_number=None, **kwargs):
        self.outcomes[self.sheet_row(row_number)] = (
            row_result.import_type,
            row.get("__parsed"),
        )

    # Parsing -------------------------------------------------------------------------

    def _parse(self, row, sheet_row):
        errors = {}
        values = {key: row.get(key, "") for key in self.table.headers if key}

        def text(key):
            value = values.get(key, "")
            return value if isinstance(value, str) else str(value)

        def attempt(key, parser):
            try:
                return parser()
            except ValueError as error:
                errors[key] = str(error)
                return None

        name = " ".join(text("name").split())
        if not name:
            errors["name"] = _("Thiếu họ và tên (hoặc tên tập thể).")
        award = None
        if not text("award").strip():
            errors["award"] = _("Thiếu hình thức khen thưởng.")
        else:
            award = self.catalogues.award(text("award"))
            if award is None:
                errors["award"] = _(
                    "Hình thức khen thưởng “%(value)s” không có trong danh mục."
                ) % {"value": text("award").strip()}
        number = " ".join(text("decision_number").split())
        if not number:
            errors["decision_number"] = _("Thiếu số quyết định.")
        decision_date = None
        if values.get("decision_date") in ("", None):
            errors["decision_date"] = _("Thiếu ngày quyết định.")
        else:
            decision_date = attempt(
                "decision_date", lambda: parse_date(values["decision_date"])
            )
        authority = " ".join(text("authority").split()) or self.default_authority
        if not authority:
            errors["authority"] = _(
                "Thiếu cơ quan ban hành: thêm cột “Cơ quan ban hành” hoặc điền ở biểu mẫu nhập."
            )

        kind = attempt("kind", lambda: parse_kind(text("kind")))
        if not kind and award is not None:
            allowed = award.recipient_kinds
            kind = allowed[0] if len(allowed) == 1 else HonoreeKind.INDIVIDUAL
        if kind and award is not None and kind not in award.recipient_kinds:
            errors["award"] = _("%(award)s không dùng để tặng %(kind)s.") % {
                "award": award.name,
                "kind": HonoreeKind(kind).label.lower(),
            }

        locality = None
        if text("locality").strip():
            found = self.catalogues.locality(text("locality"))
            if len(found) == 1:
                locality = found[0]
            elif not found:
                errors["locality"] = _(
                    "Không có địa bàn “%(value)s” trong danh mục."
                ) % {"value": text("locality").strip()}
            else:
                errors["locality"] = _(
                    "Có nhiều địa bàn tên “%(value)s”: ghi rõ xã hay phường."
                ) % {"value": text("locality").strip()}

        movement = None
        if text("movement").strip():
            movement = self.catalogues.movements.get(fold(text("movement")))
            if movement is None:
                errors["movement"] = _("Không có phong trào “%(value)s” trên cổng.") % {
                    "value": text("movement").strip()
                }

        parsed = ParsedRow(
            sheet_row=sheet_row,
            kind=kind or HonoreeKind.INDIVIDUAL,
            name=name,
            award=award,
            decision_number=number,
            decision_date=decision_date,
            authority=authority,
            gender=attempt("gender", lambda: parse_gender(text("gender"))) or "",
            birth_year=attempt(
                "birth_year",
                lambda: parse_year(text("birth_year"), label=_("Năm sinh")),
            ),
            ethnicity=attempt("ethnicity", lambda: parse_ethnicity(text("ethnicity")))
            or "",
            position=" ".join(text("position").split()),
            organisation=" ".join(text("organisation").split()),
            locality=locality,
            direct_worker=bool(
                attempt(
                    "direct_worker",
                    lambda: parse_bool(
                        text("direct_worker"), label=_("Lao động trực tiếp")
                    ),
                )
            ),
            difficult_area=bool(
                attempt(
                    "difficult_area",
                    lambda: parse_bool(
                        text("difficult_area"), label=_("Vùng khó khăn")
                    ),
                )
            ),
            commendation_type=attempt(
                "commendation_type",
                lambda: parse_commendation_type(text("commendation_type")),
            )
            or "merit",
            year=attempt("year", lambda: parse_year(text("year"), label=_("Năm"))),
            reason=text("reason").strip(),
            movement=movement,
        )
        if parsed.kind != HonoreeKind.INDIVIDUAL:
            parsed.gender = ""
        return parsed, errors

    # Matching the registry -----------------------------------------------------------

    def _find_honoree(self, parsed):
        """Same kind, same name (with its marks), same birth year and same unit: the
        same honoree. A near miss creates a new honoree rather than merging two people."""
        # The folded prefix narrows the search on every database (SQLite compares only
        # ASCII letters without case); the exact comparison is made here.
        candidates = Honoree.objects.filter(
            kind=parsed.kind, search_text__startswith=searchable(parsed.name)
        )
        for honoree in candidates:
            if (
                honoree.name.casefold() == parsed.name.casefold()
                and honoree.birth_year == parsed.birth_year
                and honoree.organisation.casefold() == parsed.organisation.casefold()
            ):
                return honoree
        return None

    def _create_honoree(self, parsed):
        honoree = Honoree(
            kind=parsed.kind,
            name=parsed.name,
            gender=parsed.gender,
            birth_year=parsed.birth_year,
            ethnicity=parsed.ethnicity,
            position=parsed.position,
            organisation=parsed.organisation,
            locality=parsed.locality,
            is_direct_worker=parsed.direct_worker,
            is_in_difficult_area=parsed.difficult_area,
        )
        honoree.save()
        return honoree

    def _find_decision(self, parsed):
        return Decision.objects.filter(
            number__iexact=parsed.decision_number, signed_on=parsed.decision_date
        ).first()
