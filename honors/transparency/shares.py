"""A share of a whole against a target: what every figure of the statistics is."""

from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Share:
    """`part` out of `whole`, against a target in percent (None: no target set)."""

    part: int
    whole: int
    target: Decimal | None = None

    @property
    def percent(self) -> Decimal | None:
        if not self.whole:
            return None
        return (Decimal(self.part) * 100 / self.whole).quantize(Decimal("0.1"))

    @property
    def met(self) -> bool | None:
        """True or False against the target; None when either is unknown."""
        if self.target is None or self.percent is None:
            return None
        return Decimal(self.part) * 100 >= self.target * self.whole
