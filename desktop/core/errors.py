"""Errors the user sees: each names the file or thing concerned and the reason.

A message is an English ``str.format`` template marked with
``QT_TRANSLATE_NOOP("Messages", …)`` plus the values it names. ``str(e)`` is the English
message (the CLI and logs use it); the interface translates the template first and then
fills in the same values (``desktop.ui.messages.localized``). For templates:

- one whole sentence per case: values are names, numbers, paths and OS texts, never
  words or phrases a translator would need to see (write two templates instead);
- ``{size:,}`` marks a quantity the interface writes with the reader's digit grouping
  and decimal sign (English: ``52,428,801``, ``1.5``);
- a value named ``tag`` is a tag name: the interface shows built-in ones translated;
- a template given without values is used as it is, braces and all.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark text for translation in context (pyside6-lupdate collects it); return it as is."""
    return text


MESSAGES: Final = "Messages"
"""The translation context of every core message."""

SUBJECT_MESSAGE: Final = QT_TRANSLATE_NOOP("Messages", "{subject}: {reason}")
"""How a message about a file reads: the file, then the reason."""


def fill(template: str, values: Mapping[str, object]) -> str:
    """template with values filled in; template unchanged if it has none or they do not fit."""
    if not values:
        return template
    try:
        return template.format_map(values)
    except (KeyError, IndexError, AttributeError, TypeError, ValueError):
        return template


class RecoupeError(Exception):
    """Base for errors shown to the user: an English template and the values it names.

    ``template`` is the message as marked for translation, ``params`` its values (named
    ``params`` because ``Exception.args`` is taken), ``reason`` the English message without
    its subject, and ``subject`` the file or path it is about (None for most errors).
    """

    subject: str | None = None

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params: dict[str, object] = params
        self.reason = fill(template, params)
        if self.subject is None:
            super().__init__(self.reason)
        else:
            super().__init__(
                fill(SUBJECT_MESSAGE, {"subject": self.subject, "reason": self.reason})
            )


class ImportRejected(RecoupeError):
    """A file could not be imported; the rest of a batch goes on."""

    def __init__(self, filename: str, template: str, /, **params: object) -> None:
        self.filename = filename
        self.subject = filename
        super().__init__(template, **params)


class DuplicateSource(RecoupeError):
    """The same bytes are already in the project."""

    def __init__(self, filename: str, existing_id: int, existing_title: str) -> None:
        self.filename = filename
        self.subject = filename
        self.existing_id = existing_id
        self.existing_title = existing_title
        super().__init__(
            QT_TRANSLATE_NOOP("Messages", "already in the project as source {id} “{title}”"),
            id=existing_id,
            title=existing_title,
        )


class ProjectError(RecoupeError):
    """A project file cannot be opened or created."""

    def __init__(self, path: str, template: str, /, **params: object) -> None:
        self.path = path
        self.subject = path
        super().__init__(template, **params)


class NotFound(RecoupeError):
    """A source, annotation or tag id that the project does not have."""


class InvalidValue(RecoupeError):
    """A value the user typed that the store cannot accept (bad date, duplicate name…)."""
