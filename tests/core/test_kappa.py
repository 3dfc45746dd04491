"""Cohen's kappa on tables with known answers."""

from __future__ import annotations

import pytest

from desktop.core.review.kappa import cohen_kappa, observed_agreement


def table(cells: dict[tuple[str, str], int]) -> list[tuple[str, str]]:
    """The (rater A, rater B) pairs of a contingency table of counts."""
    return [pair for pair, count in cells.items() for _ in range(count)]


def test_textbook_two_by_two() -> None:
    # 50 proposals read by two editors: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no:
    # p_o = 0.7, p_e = 0.5 (Wikipedia, "Cohen's kappa", simple example) -> 0.4
    pairs = table({("yes", "yes"): 20, ("yes", "no"): 5, ("no", "yes"): 10, ("no", "no"): 15})
    assert observed_agreement(pairs) == pytest.approx(0.7)
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_same_agreement_different_kappa() -> None:
    # both tables agree on 60 of 100 items; kappa differs with the marginals
    # (the two tables of Wikipedia's "Cohen's kappa" examples): 0.1304 and 0.2593
    first = table({("y", "y"): 45, ("y", "n"): 15, ("n", "y"): 25, ("n", "n"): 15})
    second = table({("y", "y"): 25, ("y", "n"): 35, ("n", "y"): 5, ("n", "n"): 35})
    assert observed_agreement(first) == observed_agreement(second) == pytest.approx(0.6)
    assert cohen_kappa(first) == pytest.approx(0.1304, abs=1e-4)
    assert cohen_kappa(second) == pytest.approx(0.2593, abs=1e-4)
    assert cohen_kappa(first) == pytest.approx(0.06 / 0.46)
    assert cohen_kappa(second) == pytest.approx(0.14 / 0.54)


def test_three_statuses() -> None:
    # p_o = 32/40; A: 12 false, 12 misleading, 16 corroborated; B: 11, 12, 17
    # p_e = (12·11 + 12·12 + 16·17) / 1600 = 548/1600 -> kappa = 732/1052
    pairs = table(
        {
            ("false", "false"): 10,
            ("false", "misleading"): 2,
            ("misleading", "false"): 1,
            ("misleading", "misleading"): 8,
            ("misleading", "corroborated"): 3,
            ("corroborated", "misleading"): 2,
            ("corroborated", "corroborated"): 14,
        }
    )
    assert cohen_kappa(pairs) == pytest.approx(732 / 1052)
    # symmetric in the raters
    assert cohen_kappa([(b, a) for a, b in pairs]) == pytest.approx(732 / 1052)


def test_perfect_agreement_is_one() -> None:
    pairs = [("false", "false"), ("disputed", "disputed"), ("true", "true")]
    assert cohen_kappa(pairs) == 1.0
    assert observed_agreement(pairs) == 1.0


def test_worse_than_chance_is_negative() -> None:
    assert cohen_kappa([("a", "b"), ("b", "a")]) == -1.0
    pairs = table({("y", "y"): 5, ("y", "n"): 20, ("n", "y"): 20, ("n", "n"): 5})
    kappa = cohen_kappa(pairs)
    assert kappa is not None and kappa < 0
    assert kappa == pytest.approx((0.2 - 0.5) / 0.5)


def test_one_category() -> None:
    # both raters always chose the same single status: perfect agreement, not 0/0
    assert cohen_kappa([("false", "false")] * 4) == 1.0
    assert cohen_kappa([("false", "false")]) == 1.0
    # each always chose one status, but not the same one: no agreement at all, and none
    # expected by chance
    assert cohen_kappa([("false", "true")] * 3) == 0.0
    # one rater always chose "false": whatever the other does, kappa is 0
    assert cohen_kappa([("false", "false"), ("false", "true"), ("false", "false")]) == 0.0


def test_no_pairs() -> None:
    assert cohen_kappa([]) is None
    assert observed_agreement([]) is None
