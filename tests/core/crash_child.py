"""The child process of tests/core/test_crash_safety.py: edits a project until it is killed.

Before each edit it writes ``begin <op> <args>`` and after the store method returned (the
transaction committed) ``done <op> <ids or values>`` to a log file, one ``os.write`` per
line, so the parent knows which edits were reported committed and which one was in flight
when the SIGKILL came.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

from desktop.core.models import AnnotationId, ImportedSource, NewSuggestion, SourceId, TagId
from desktop.core.store import Store

TEXT = (
    "Le 3 mai 2024, le convoi a quitté Bagdad vers Mossoul ; l’ONU a confirmé "
    "l’information jeudi. 🙂 Les témoins décrivent une colonne de camions. "
) * 8
DATE_TAG = TagId(1)


def edit_until_killed(project: str, log: str, seed: int, keep_backups: int | None) -> None:
    """Open project for writing and make random edits, one transaction each, forever."""
    rng = random.Random(seed)
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def say(line: str) -> None:
        os.write(fd, (line + "\n").encode("utf-8"))

    say("begin open")
    store = Store.open(Path(project), lock=True, keep_backups=keep_backups)
    say("done open")
    sources = [s.id for s in store.sources()]
    live: list[AnnotationId] = [a.id for a in store.annotations(status=None)]
    length = len(store.source_text(sources[0]))
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.45 or not live:
            start = rng.randrange(0, length - 10)
            source = rng.choice(sources)
            say(f"begin add 1 {source}")
            change = store.add_annotation(
                source_id=source, start=start, end=start + rng.randint(1, 9), tag_id=DATE_TAG
            )
            live.extend(change.annotation_ids)
            say("done add " + " ".join(str(i) for i in change.annotation_ids))
        elif roll < 0.6:
            count = rng.randint(2, 6)
            source = rng.choice(sources)
            items = []
            for _ in range(count):
                start = rng.randrange(0, length - 10)
                items.append(NewSuggestion(start, start + 5, DATE_TAG, "2024-05-03"))
            say(f"begin add {count} {source}")
            change = store.add_suggestions(source, items)
            live.extend(change.annotation_ids)
            say("done add " + " ".join(str(i) for i in change.annotation_ids))
        elif roll < 0.75:
            victim = live.pop(rng.randrange(len(live)))
            say(f"begin delete {victim}")
            store.delete_annotations([victim])
            say(f"done delete {victim}")
        elif roll < 0.95:
            target = rng.choice(live)
            note = f"note-{seed}-{n}"
            say(f"begin note {target} {note}")
            store.update_annotation(target, note=note)
            say(f"done note {target} {note}")
        else:
            text = f"Source {seed}-{n}: " + TEXT
            say("begin source")
            change = store.add_source(
                ImportedSource(
                    filename=f"s{seed}-{n}.txt",
                    format="txt",
                    original=text.encode("utf-8"),
                    text=text,
                    encoding="utf-8",
                    title=f"Source {seed}-{n}",
                    lang="fr",
                )
            )
            sources.append(SourceId(change.source_ids[0]))
            say(f"done source {change.source_ids[0]}")


def open_and_wait(project: str, log: str) -> None:
    """Open (and so upgrade) project, say so, then wait to be killed."""
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    os.write(fd, b"begin open\n")
    store = Store.open(Path(project), lock=True, keep_backups=2)
    os.write(fd, b"done open\n")
    try:
        time.sleep(60)  # the parent kills it long before
    finally:
        store.close()
