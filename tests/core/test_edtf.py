"""EDTF levels 0–1 as Recoupe reads them: extents, qualifiers, intervals, errors, order."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import edtf
from desktop.core.edtf import DateValue, EdtfError, Precision
from desktop.core.errors import RecoupeError

D = date


@pytest.mark.parametrize(
    ("text", "lower", "upper", "precision", "approximate", "uncertain"),
    [
        ("2021", D(2021, 1, 1), D(2021, 12, 31), Precision.YEAR, False, False),
        ("2021-12", D(2021, 12, 1), D(2021, 12, 31), Precision.MONTH, False, False),
        ("2021-12-09", D(2021, 12, 9), D(2021, 12, 9), Precision.DAY, False, False),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), Precision.MONTH, False, False),
        ("2024-02-29", D(2024, 2, 29), D(2024, 2, 29), Precision.DAY, False, False),
        ("2021-21", D(2021, 3, 1), D(2021, 5, 31), Precision.SEASON, False, False),
        ("2021-22", D(2021, 6, 1), D(2021, 8, 31), Precision.SEASON, False, False),
        ("2021-23", D(2021, 9, 1), D(2021, 11, 30), Precision.SEASON, False, False),
        # winter 2020 begins in December 2020 and runs into 2021
        ("2020-24", D(2020, 12, 1), D(2021, 2, 28), Precision.SEASON, False, False),
        ("2023-24", D(2023, 12, 1), D(2024, 2, 29), Precision.SEASON, False, False),
        ("201X", D(2010, 1, 1), D(2019, 12, 31), Precision.DECADE, False, False),
        ("20XX", D(2000, 1, 1), D(2099, 12, 31), Precision.CENTURY, False, False),
        ("2021-XX", D(2021, 1, 1), D(2021, 12, 31), Precision.YEAR, False, False),
        ("2021-XX-XX", D(2021, 1, 1), D(2021, 12, 31), Precision.YEAR, False, False),
        ("2021-12-XX", D(2021, 12, 1), D(2021, 12, 31), Precision.MONTH, False, False),
        ("2021?", D(2021, 1, 1), D(2021, 12, 31), Precision.YEAR, False, True),
        ("2021-12~", D(2021, 12, 1), D(2021, 12, 31), Precision.MONTH, True, False),
        ("2021-12-09%", D(2021, 12, 9), D(2021, 12, 9), Precision.DAY, True, True),
        ("2020-22~", D(2020, 6, 1), D(2020, 8, 31), Precision.SEASON, True, False),
        ("2021-01/2021-03", D(2021, 1, 1), D(2021, 3, 31), Precision.INTERVAL, False, False),
        (
            "2021-12-09/2021-12-31",
            D(2021, 12, 9),
            D(2021, 12, 31),
            Precision.INTERVAL,
            False,
            False,
        ),
        ("2021-09~/2021-12", D(2021, 9, 1), D(2021, 12, 31), Precision.INTERVAL, True, False),
        ("2014/..", D(2014, 1, 1), date.max, Precision.INTERVAL, False, False),
        ("../2014", date.min, D(2014, 12, 31), Precision.INTERVAL, False, False),
        ("2014/", D(2014, 1, 1), date.max, Precision.INTERVAL, False, False),
        ("/2014-06", date.min, D(2014, 6, 30), Precision.INTERVAL, False, False),
        ("2020-22/2021-21", D(2020, 6, 1), D(2021, 5, 31), Precision.INTERVAL, False, False),
        ("2021/2021", D(2021, 1, 1), D(2021, 12, 31), Precision.INTERVAL, False, False),
        ("0001", D(1, 1, 1), D(1, 12, 31), Precision.YEAR, False, False),
        ("9999-12-31", D(9999, 12, 31), D(9999, 12, 31), Precision.DAY, False, False),
    ],
)
def test_parse(
    text: str, lower: date, upper: date, precision: Precision, approximate: bool, uncertain: bool
) -> None:
    value = edtf.parse(text)
    assert (value.text, value.lower, value.upper, value.precision) == (
        text,
        lower,
        upper,
        precision,
    )
    assert (value.approximate, value.uncertain) == (approximate, uncertain)
    assert edtf.validate(text) is None


def test_interval_keeps_its_ends() -> None:
    value = edtf.parse("2021-09~/..")
    assert value.is_interval
    assert value.start == edtf.parse("2021-09~")
    assert value.end is None
    assert value.contains(D(2030, 1, 1)) and not value.contains(D(2021, 8, 31))


def test_surrounding_spaces_are_ignored() -> None:
    assert edtf.parse("  2021-12-09 \n").text == "2021-12-09"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the date is empty; write dates as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("   ", "the date is empty; write dates as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2026-02-30", "2026-02-30: month 2 of 2026 has 28 days"),
        ("2023-02-29", "2023-02-29: month 2 of 2023 has 28 days"),
        ("2021-04-31", "2021-04-31: month 4 of 2021 has 30 days"),
        ("2021-01-32", "2021-01-32: month 1 of 2021 has 31 days"),
        ("2021-12-00", "2021-12-00: there is no day 00; days start at 01"),
        ("2026-13", "2026-13: there is no month 13; months are 01–12 and seasons 21–24"),
        ("2026-00", "2026-00: there is no month 00; months are 01–12 and seasons 21–24"),
        ("2026-25", "2026-25: there is no month 25; months are 01–12 and seasons 21–24"),
        ("2021-21-03", "2021-21-03: a season (21 is spring) has no days"),
        ("2021-22-03", "2021-22-03: a season (22 is summer) has no days"),
        ("2021-23-XX", "2021-23-XX: a season (23 is autumn) has no days"),
        ("2021-24-03", "2021-24-03: a season (24 is winter) has no days"),
        ("2026-1-5", "2026-1-5: write months and days with two digits (2026-01-05)"),
        ("2026-1", "2026-1: write months and days with two digits (2026-01)"),
        ("18/01/2026", "18/01/2026: write dates as YYYY, YYYY-MM or YYYY-MM-DD, year first "
                       "(2026-01-18 for day/month/year)"),
        ("2026/01/19", "2026/01/19: write dates with hyphens (2026-01-19)"),
        ("2021-12-09T10:00",
         "2021-12-09T10:00: Recoupe dates have no time of day; write YYYY-MM-DD"),
        ("-0100", "-0100: years before 1 (negative years) are not supported"),
        ("0000", "0000: year 0000 is not supported; years start at 0001"),
        ("12021", "12021: years have four digits; write dates as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("21",
         "21: write years with four digits (0021); write dates as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("hier", "hier: write dates as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2021?~", "2021?~: use one qualifier at the end: ? uncertain, ~ approximate, % both"),
        ("2021?-12", "2021?-12: a qualifier (?, ~ or %) goes at the very end of the date"),
        ("20X1", "20X1: unspecified digits (X) must be the last ones of the year"),
        ("2XXX", "2XXX: a year with fewer than two known digits is too vague; leave the end of an "
                 "interval empty for an unknown date"),
        ("201X-05", "201X-05: with an unspecified year, the month and day must be XX too"),
        ("2021-XX-05", "2021-XX-05: only the last digits can be unspecified (X): with an unknown "
                       "month the day must be XX too"),
        ("2021-1X", "2021-1X: a month is either known (01–12) or wholly unspecified (XX)"),
        ("2021-12-1X", "2021-12-1X: a day is either known (01–31) or wholly unspecified (XX)"),
        ("2021/2020", "2021/2020: an interval needs a start before its end (2021 is after 2020)"),
        ("2021-12-10/2021-12-09", "2021-12-10/2021-12-09: an interval needs a start before its "
                                  "end (2021-12-10 is after 2021-12-09)"),
        ("../..", "../..: an interval needs at least one known end"),
        ("/", "/: an interval needs at least one known end"),
        ("2020/2021/2022",
         "2020/2021/2022: an interval has exactly one “/” between its start and end"),
        ("..", ".. (an open end) is only allowed as one end of an interval: 2014/.."),
        ("2021-02-30/2021-03", "2021-02-30: month 2 of 2021 has 28 days"),
    ],
)  # fmt: skip
def test_errors_explain(text: str, message: str) -> None:
    with pytest.raises(EdtfError) as caught:
        edtf.parse(text)
    assert str(caught.value) == message
    assert edtf.validate(text) == message
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, RecoupeError)
    explained = edtf.explain(text)
    assert isinstance(explained, EdtfError) and str(explained) == message


def test_explain_gives_the_error_with_its_template_and_values() -> None:
    assert edtf.explain("2021-12-09") is None
    e = edtf.explain("2026-02-30")
    assert e is not None
    assert e.template == "{value}: month {month} of {year} has {days} days"
    assert e.params == {"value": "2026-02-30", "month": 2, "year": 2026, "days": 28}
    assert e.__traceback__ is None
    with pytest.raises(ValueError, match="^2026-13: there is no month 13;"):
        edtf.parse("2026-13")


def test_sort_order_of_mixed_precisions() -> None:
    texts = [
        "2021-12-09", "2022", "2021-12", "2021", "2021-24", "2021-01-01", "2021-01",
        "2020-24", "2021-12-09/2021-12-31", "../2021", "2021-11~/2021-12", "202X", "2021-12-09?",
    ]  # fmt: skip
    ordered = [v.text for v in sorted((edtf.parse(t) for t in texts), key=lambda v: v.sort_key)]
    assert ordered == [
        "../2021",  # open start: from the beginning of time
        "202X",  # the decade 2020–2029 starts on 2020-01-01
        "2020-24",  # winter 2020 starts in December 2020
        "2021",  # same first day as 2021-01 and 2021-01-01: the broadest first
        "2021-01",
        "2021-01-01",
        "2021-11~/2021-12",
        "2021-24",  # December 2021 to February 2022: same first day as 2021-12, broader
        "2021-12",
        "2021-12-09/2021-12-31",
        "2021-12-09",  # same extent as 2021-12-09?: the text decides
        "2021-12-09?",
        "2022",
    ]


def test_a_period_sorts_before_the_dates_it_contains() -> None:
    a, b, c = (edtf.parse(t) for t in ("2021-12-09", "2021-12", "2021"))
    assert sorted([a, b, c], key=lambda v: v.sort_key) == [c, b, a]
    keys = {edtf.parse(t).sort_key for t in ("2021", "2021-01", "2021-01-01")}
    assert len(keys) == 3


def test_builders() -> None:
    assert edtf.format_day(D(2021, 1, 5)) == "2021-01-05"
    assert edtf.format_month(2021, 3) == "2021-03"
    assert edtf.format_year(987) == "0987"
    assert edtf.format_season(2020, edtf.WINTER) == "2020-24"
    assert edtf.qualified("2021", uncertain=True) == "2021?"
    assert edtf.qualified("2021", approximate=True) == "2021~"
    assert edtf.qualified("2021", uncertain=True, approximate=True) == "2021%"
    assert edtf.qualified("2021") == "2021"
    assert edtf.interval("2014", "..") == "2014/.."
    assert edtf.season_extent(2020, edtf.WINTER) == (D(2020, 12, 1), D(2021, 2, 28))
    with pytest.raises(EdtfError, match="there is no month 13"):
        edtf.format_month(2021, 13)
    with pytest.raises(EdtfError, match="seasons are 21–24"):
        edtf.format_season(2021, 25)
    with pytest.raises(EdtfError, match="0001–9999"):
        edtf.format_year(0)


def test_values_are_frozen_and_hashable() -> None:
    value = edtf.parse("2021-12")
    assert isinstance(value, DateValue)
    assert {value, edtf.parse("2021-12")} == {value}
    with pytest.raises(AttributeError):
        value.text = "2022"  # type: ignore[misc]
