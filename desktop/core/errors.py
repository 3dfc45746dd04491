"""Errors the user sees: each names the file or thing concerned and the reason."""

from __future__ import annotations


class RecoupeError(Exception):
    """Base for errors shown to the user as they are."""


class ImportRejected(RecoupeError):
    """A file could not be imported; the rest of a batch goes on."""

    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(f"{filename}: {reason}")
        self.filename = filename
        self.reason = reason


class DuplicateSource(RecoupeError):
    """The same bytes are already in the project."""

    def __init__(self, filename: str, existing_id: int, existing_title: str) -> None:
        super().__init__(
            f"{filename}: already in the project as source {existing_id} “{existing_title}”"
        )
        self.filename = filename
        self.existing_id = existing_id
        self.existing_title = existing_title


class ProjectError(RecoupeError):
    """A project file cannot be opened or created."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotFound(RecoupeError):
    """A source, annotation or tag id that the project does not have."""


class InvalidValue(RecoupeError):
    """A value the user typed that the store cannot accept (bad date, duplicate name…)."""
