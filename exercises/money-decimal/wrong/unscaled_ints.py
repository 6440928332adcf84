# expect: wrong_answer
# Converts an int with Decimal(value) and returns it without quantizing, so
# money(7) is Decimal("7") instead of Decimal("7.00").
import re
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
AMOUNT = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def money(value) -> Decimal:
    """Parse or convert value and round it to whole cents, half away from zero."""
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise TypeError(f"an amount must be str, int or Decimal, not {type(value).__name__}")
    if isinstance(value, str):
        if not AMOUNT.fullmatch(value):
            raise ValueError(f"not an amount: {value!r}")
        value = Decimal(value)
    elif isinstance(value, int):
        return Decimal(value)
    elif not value.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return rounded if rounded else ZERO  # never -0.00


def _from_cents(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def allocate(total, ratios) -> list:
    """Split total in proportion to ratios, to the cent, by largest remainders."""
    if any(isinstance(r, bool) or not isinstance(r, int) for r in ratios):
        raise TypeError("ratios must be ints")
    if not ratios or any(r < 0 for r in ratios) or sum(ratios) == 0:
        raise ValueError("ratios must be non-negative and not all zero")
    amount = money(total)
    cents = int(amount.scaleb(2))
    sign = -1 if cents < 0 else 1
    cents = abs(cents)
    whole = sum(ratios)
    shares = [cents * r // whole for r in ratios]
    leftover = cents - sum(shares)
    # The parts with the largest remainders get one cent each; ties: lower index first.
    order = sorted(range(len(ratios)), key=lambda i: (-(cents * ratios[i] % whole), i))
    for i in order[:leftover]:
        shares[i] += 1
    return [_from_cents(sign * share) for share in shares]


def split(total, n: int) -> list:
    """Split total into n parts that differ by at most one cent; larger parts first."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError("n must be an int")
    if n < 1:
        raise ValueError("n must be at least 1")
    return allocate(total, [1] * n)
