"""Plain text files: the decoded text as it is, with a guessed title, language and date."""

from __future__ import annotations

from desktop.core.importing import decoding
from desktop.core.importing.language import guess_language
from desktop.core.importing.pubdate import guess_published
from desktop.core.importing.title import guess_title
from desktop.core.models import ImportedSource


def read_text(data: bytes, filename: str) -> ImportedSource:
    """A .txt file as a source; its text is kept as decoded (only line endings change)."""
    decoded = decoding.decode(data, filename)
    published, how, confirmed = guess_published(decoded.text)
    return ImportedSource(
        filename=filename,
        format="txt",
        original=data,
        text=decoded.text,
        encoding=decoded.encoding,
        title=guess_title(decoded.text, filename),
        lang=guess_language(decoded.text),
        published=published,
        published_how=how,
        published_confirmed=confirmed,
        warnings=decoded.warnings,
    )
