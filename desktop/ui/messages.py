"""Core errors in the interface language.

The core raises errors with an English template and its values (``desktop.core.errors``);
here the template is translated in the "Messages" context and then filled in, with
quantities written the way the interface's locale writes numbers.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.errors import MESSAGES, SUBJECT_MESSAGE, RecoupeError

_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
_FORMAT_ERRORS = (KeyError, IndexError, AttributeError, TypeError, ValueError)


def localized(error: RecoupeError) -> str:
    """error's message in the interface language, naming its file as str(error) does.

    Never raises: a translation that does not fit its values falls back to the English
    template, and that to the English message.
    """
    reason = _fill(error.template, error.params, fallback=error.reason)
    if error.subject is None:
        return reason
    return _fill(SUBJECT_MESSAGE, {"subject": error.subject, "reason": reason}, fallback=str(error))


def _fill(template: str, params: Mapping[str, object], *, fallback: str) -> str:
    translated = QCoreApplication.translate(MESSAGES, template)
    if not params:
        return translated
    values = {k: _tag_label(v) if k == "tag" else v for k, v in params.items()}
    formatter = _LocaleFormatter()
    for candidate in (translated, template):
        try:
            return formatter.vformat(candidate, (), values)
        except _FORMAT_ERRORS:
            continue
    return fallback


def _tag_label(value: object) -> object:
    # built-in tags are stored with English names; their labels follow the UI language
    return QCoreApplication.translate("Tags", value) if isinstance(value, str) else value


class _LocaleFormatter(string.Formatter):
    """str.format where ``{n:,}`` writes a number with the locale's grouping and decimals."""

    def format_field(self, value: Any, format_spec: str) -> str:
        locale = QLocale()
        if (
            format_spec == ","
            and isinstance(value, int | float)
            and not isinstance(value, bool)
            and locale.language() != QLocale.Language.C
        ):
            if isinstance(value, int):
                return locale.toString(value)
            return locale.toString(value, "f", _SHORTEST)
        return str(super().format_field(value, format_spec))
