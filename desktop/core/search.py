"""Full-text search over a project's sources: FTS5 finds the sources, folding finds the hits."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from typing import Final

from sqlite_utils import Database

from desktop.core import anchoring
from desktop.core.models import SearchHit, SourceId

_SEARCH_CONTEXT: Final = 48


def find_hits(
    db: Database,
    query: str,
    *,
    text_of: Callable[[SourceId], str],
    fold_of: Callable[[SourceId, str], tuple[str, Sequence[int]]],
    limit: int = 200,
    per_source: int = 50,
) -> list[SearchHit]:
    """Passages matching every word of query, accent- and case-insensitive.

    A query in double quotes matches as a phrase. Words match at the start of words
    ("retrait" finds "retraits"). Sources come best first, hits in text order.
    """
    words = _query_words(query)
    if not words:
        return []
    phrase = query.strip().startswith('"') and query.strip().endswith('"')
    if phrase:
        match = '"' + " ".join(words) + '"'
    else:
        match = " AND ".join(f'"{w}"*' for w in words)
    try:
        rows = db.execute(
            "SELECT s.id, s.title FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid "
            "WHERE sources_fts MATCH ? ORDER BY bm25(sources_fts, 5.0, 1.0) LIMIT 500",
            [match],
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    hits: list[SearchHit] = []
    phrase_re = re.compile(
        r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + (r"(?!\w)" if phrase else r"\w*")
    )
    word_res = [re.compile(r"(?<!\w)" + re.escape(w)) for w in words]
    for source_id, title in rows:
        text = text_of(SourceId(source_id))
        folded, index = fold_of(SourceId(source_id), text)
        spans = [(m.start(), m.end()) for m in phrase_re.finditer(folded)]
        if not spans and not phrase:
            spans = _merge_near(
                folded,
                sorted(
                    {
                        (m.start(), _word_end(folded, m.end()))
                        for r in word_res
                        for m in r.finditer(folded)
                    }
                ),
            )
        for fs, fe in spans[:per_source]:
            start = index[fs]
            end = index[fe - 1] + 1
            hits.append(
                SearchHit(
                    source_id=SourceId(source_id),
                    title=str(title),
                    start=start,
                    end=end,
                    before=_squash(text[max(0, start - _SEARCH_CONTEXT) : start], left=True),
                    match=text[start:end],
                    after=_squash(text[end : end + _SEARCH_CONTEXT], left=False),
                )
            )
            if len(hits) >= limit:
                return hits
    return hits


_NEAR: Final = 24


def _merge_near(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Words of one query found close together (same paragraph) make one hit."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            last_start, last_end = merged[-1]
            gap = folded[last_end:start]
            if start - last_end <= _NEAR and "\n" not in gap:
                merged[-1] = (last_start, max(last_end, end))
                continue
        merged.append((start, end))
    return merged


def _word_end(folded: str, i: int) -> int:
    while i < len(folded) and (folded[i].isalnum()):
        i += 1
    return i


def _query_words(query: str) -> list[str]:
    folded, _ = anchoring.fold(query)
    return re.findall(r"\w+", folded)


def _squash(text: str, *, left: bool) -> str:
    text = re.sub(r"\s+", " ", text)
    if left:
        cut = text.find(" ")
        return (
            ("…" + text[cut + 1 :])
            if 0 <= cut < len(text) - 1 and len(text) >= _SEARCH_CONTEXT
            else text
        )
    cut = text.rfind(" ")
    return (text[:cut] + "…") if cut > 0 and len(text) >= _SEARCH_CONTEXT else text
