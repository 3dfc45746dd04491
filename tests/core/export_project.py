"""A small project for export tests: French and English text, emoji, combining accents,
every tag kind, values, notes, entities with coordinates, a suggestion and a rejection."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.entity_reads import EntityReader
from desktop.core.entity_store import EntityStore
from desktop.core.models import AnnotationId, AnnotationStatus, ImportedSource, SourceId, TagId
from desktop.core.store import Store

# "Me\u0301lanie" has a combining accent; the emoji are astral (two UTF-16 units each)
TEXT_FR = (
    "Le 18 janvier 2026, 🚀 la coalition a annoncé son retrait de Bagdad.\n"
    "Me\u0301lanie Dupont, porte-parole, l’a confirmé jeudi à Mossoul 🇮🇶.\n"
    "« Nous partirons avant l’été », a-t-elle dit.\n"
)
TEXT_EN = (
    "On 3 May 2024 the Pentagon said 😀 troops would leave Baghdad.\n"
    "Officials in Washington declined to comment.\n"
)


@dataclass(frozen=True)
class Sample:
    fr: SourceId
    en: SourceId
    date_fr: AnnotationId
    place_fr: AnnotationId
    actor_fr: AnnotationId
    claim_fr: AnnotationId
    user_fr: AnnotationId
    date_en: AnnotationId
    place_en: AnnotationId
    suggested: AnnotationId
    rejected: AnnotationId
    user_tag: TagId


def _source(store: Store, text: str, title: str, url: str | None, published: str) -> SourceId:
    imported = ImportedSource(
        filename=f"{title}.txt",
        format="txt",
        original=text.encode("utf-8"),
        text=text,
        encoding="utf-8",
        title=title,
        lang="fr" if "Le " in text else "en",
        url=url,
        published=published,
        published_how="user",
        published_confirmed=True,
    )
    return store.add_source(imported).source_ids[0]


def _tag(
    store: Store,
    source: SourceId,
    text: str,
    quote: str,
    tag: str,
    *,
    value: str | None = None,
    note: str | None = None,
    nth: int = 0,
) -> AnnotationId:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    change = store.add_annotation(
        source_id=source,
        start=start,
        end=start + len(quote),
        tag_id=store.tag_named(tag).id,
        value=value,
        note=note,
    )
    return change.annotation_ids[0]


def build(store: Store) -> Sample:
    fr = _source(
        store, TEXT_FR, "Retrait de Bagdad 🚀", "https://example.org/retrait?id=1&x=2", "2026-01-19"
    )
    en = _source(store, TEXT_EN, "Troops to leave", None, "2024-05-04")
    user_tag = store.add_tag(name="Vérifié ✓", colour="#123abc").tag_ids[0]
    date_fr = _tag(store, fr, TEXT_FR, "18 janvier 2026", "date", value="2026-01-18")
    place_fr = _tag(store, fr, TEXT_FR, "Bagdad", "place", value="Bagdad", note="capitale 🇮🇶")
    actor_fr = _tag(store, fr, TEXT_FR, "Me\u0301lanie Dupont", "actor", note="porte-parole")
    claim_fr = _tag(
        store,
        fr,
        TEXT_FR,
        "« Nous partirons avant l’été »",
        "claim",
        note='dit "jeudi"\nà vérifier',
    )
    user_fr = _tag(store, fr, TEXT_FR, "la coalition", "Vérifié ✓")
    date_en = _tag(store, en, TEXT_EN, "3 May 2024", "date", value="2024-05-03")
    place_en = _tag(store, en, TEXT_EN, "Baghdad", "place", value="Bagdad")
    suggested_change = store.add_annotation(
        source_id=fr,
        start=TEXT_FR.index("jeudi"),
        end=TEXT_FR.index("jeudi") + 5,
        tag_id=store.tag_named("date").id,
        value="2026-01-15",
        status=AnnotationStatus.SUGGESTED,
    )
    rejected_change = store.add_annotation(
        source_id=en,
        start=TEXT_EN.index("Washington"),
        end=TEXT_EN.index("Washington") + 10,
        tag_id=store.tag_named("place").id,
        status=AnnotationStatus.REJECTED,
    )
    entities = EntityStore(store)
    entities.link_annotations([place_fr, actor_fr, place_en])
    links = EntityReader(store).links([place_fr])
    entities.edit_entity(links[place_fr], coordinates=(33.3152, 44.3661))
    return Sample(
        fr,
        en,
        date_fr,
        place_fr,
        actor_fr,
        claim_fr,
        user_fr,
        date_en,
        place_en,
        suggested_change.annotation_ids[0],
        rejected_change.annotation_ids[0],
        user_tag,
    )
