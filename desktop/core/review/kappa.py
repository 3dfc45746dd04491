"""Agreement between two reviewers: observed agreement and Cohen's kappa.

Kappa is (p_o − p_e) / (1 − p_e): p_o the share of items both raters put in the same
category, p_e the share expected by chance from each rater's own category frequencies
(Cohen 1960). 1 is perfect agreement, 0 what chance gives, below 0 worse than chance.
Computed on whole counts, so tables with known answers give them exactly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def observed_agreement(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """The share of pairs whose two ratings are the same; None for no pairs."""
    if not pairs:
        return None
    return sum(1 for a, b in pairs if a == b) / len(pairs)


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of (rater A, rater B) category pairs; None for no pairs.

    When both raters put every item in one and the same category, chance agreement is
    total and the formula is 0/0: that is perfect agreement, 1.0.
    """
    n = len(pairs)
    if n == 0:
        return None
    agree = sum(1 for a, b in pairs if a == b)
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    # p_o = agree / n and p_e = chance / n², so kappa = (n·agree − chance) / (n² − chance)
    chance = sum(count * second[category] for category, count in first.items())
    if chance == n * n:
        return 1.0
    return (n * agree - chance) / (n * n - chance)
