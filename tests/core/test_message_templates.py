"""Core messages: English templates marked for translation, filled with the values they name."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import (
    QT_TRANSLATE_NOOP,
    SUBJECT_MESSAGE,
    DuplicateSource,
    ImportRejected,
    InvalidValue,
    NotFound,
    ProjectError,
    RecoupeError,
)
from desktop.core.importing import MAX_FILE_BYTES, import_files, read_bytes, read_file
from desktop.core.models import TagId
from desktop.core.store import Store, check_date, check_range

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "recoupe_fr.ts"


def fields(template: str) -> set[tuple[str, str]]:
    """(name, format spec) of each placeholder in template."""
    return {(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name}


def marked_templates() -> Iterator[tuple[str, int, str, set[str] | None]]:
    """(file, line, template, keyword names given with it or None) for every marked message.

    The keywords are those of the call the marked template is an argument of; None when
    the template is not an argument (a table entry, a return value) or the call passes
    **values on.
    """
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                continue
            context, text = node.args
            assert isinstance(context, ast.Constant) and context.value == "Messages"
            assert isinstance(text, ast.Constant) and isinstance(text.value, str)
            parent = parents.get(node)
            names: set[str] | None = None
            if isinstance(parent, ast.Call) and node in parent.args:
                if all(k.arg is not None for k in parent.keywords):
                    names = {k.arg for k in parent.keywords if k.arg is not None}
            yield str(path.relative_to(ROOT)), node.lineno, text.value, names


def test_messages_are_marked_across_the_code() -> None:
    found = list(marked_templates())
    assert len(found) > 60
    files = {f for f, *_ in found}
    assert "desktop/core/store.py" in files and "desktop/core/importing/decoding.py" in files


def test_every_template_names_exactly_the_values_given_with_it() -> None:
    for file, line, template, names in marked_templates():
        where = f"{file}:{line}: {template!r}"
        placed = fields(template)
        assert all(spec in ("", ",") for _, spec in placed), where
        if template == SUBJECT_MESSAGE:
            continue
        if names is None:  # not filled where it is written: it must need no values
            assert not placed, where
        else:
            assert {name for name, _ in placed} == names, where
        values = {name: 1 for name, _ in placed}
        assert template.format(**values) if values else template  # well-formed braces


def test_french_translations_keep_the_placeholders() -> None:
    root = ET.parse(TS).getroot()
    (context,) = [c for c in root.iter("context") if c.findtext("name") == "Messages"]
    messages = context.findall("message")
    assert {m.findtext("source") for m in messages} >= {t for _, _, t, _ in marked_templates()}
    for m in messages:
        source, translation = m.findtext("source") or "", m.findtext("translation") or ""
        assert translation and fields(translation) == fields(source), source


def test_the_marker_returns_its_text() -> None:
    assert QT_TRANSLATE_NOOP("Messages", "the file is empty") == "the file is empty"


# --------------------------------------------------------------- English stays


def test_import_refusals_keep_template_values_and_english(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected) as info:
        read_bytes(b"", "vide.txt")
    e = info.value
    assert str(e) == "vide.txt: the file is empty"
    assert (e.filename, e.subject, e.reason) == ("vide.txt", "vide.txt", "the file is empty")
    assert e.template == "the file is empty" and e.params == {}

    with pytest.raises(ImportRejected) as info:
        read_bytes(b"hello", "report.pdf")
    e = info.value
    assert e.params == {"suffix": ".pdf", "formats": ".txt, .html, .htm, .md, .markdown"}
    assert str(e) == (
        "report.pdf: “.pdf” is not a format Recoupe imports (.txt, .html, .htm, .md, .markdown)"
    )

    with pytest.raises(ImportRejected) as info:
        read_bytes(b"\xff\xfe\x41", "odd.txt")  # a UTF-16 BOM and an odd byte count
    assert "odd number of bytes" in str(info.value)
    with pytest.raises(ImportRejected) as info:
        read_bytes(b"\xef\xbb\xbfok \xff", "bad.txt")
    assert info.value.reason == (
        "starts with a UTF-8 byte-order mark but has bytes that are not valid UTF-8 at byte 3"
    )


def test_sizes_are_written_with_english_digit_grouping(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(int(61.5 * 1024 * 1024))
    with pytest.raises(ImportRejected) as info:
        read_file(path)
    assert info.value.params == {"size": 61.5, "limit": 50}
    assert str(info.value) == (
        "big.txt: is 61.5 MB, larger than the 50 MB Recoupe imports; keep only the article text"
    )
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportRejected) as info:
        read_file(path)
    assert info.value.reason.startswith("is 52,428,801 bytes, larger than the 52,428,800 bytes")


def test_store_errors_keep_their_english(store: Store) -> None:
    with pytest.raises(InvalidValue) as info:
        check_date("2026-02-30")
    assert str(info.value) == "“2026-02-30” is not a date: write it as YYYY-MM-DD"
    assert info.value.params == {"value": "2026-02-30"}
    with pytest.raises(InvalidValue, match=r"^range 3–2 is outside the text \(0–10\)$"):
        check_range(10, 3, 2)
    with pytest.raises(InvalidValue, match="^a tag needs a name$"):
        store.add_tag(name=" ", colour="#112233")
    with pytest.raises(InvalidValue, match="^there is already a tag named “Place”$"):
        store.add_tag(name="place", colour="#112233")
    place = store.tag_named("Place")
    with pytest.raises(InvalidValue) as built_in:
        store.delete_tag(place.id)
    assert str(built_in.value) == "“Place” is built in and cannot be deleted"
    assert built_in.value.params == {"tag": "Place"}
    with pytest.raises(NotFound, match="^no tag 999$"):
        store.tag(TagId(999))


def test_project_errors_name_the_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.recoupe"
    notes.write_text("pas un projet", encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        Store.open(notes)
    e = info.value
    assert (e.path, e.subject) == (str(notes), str(notes))
    assert e.reason == "not a Recoupe project (not an SQLite database)"
    assert str(e) == f"{notes}: not a Recoupe project (not an SQLite database)"
    with pytest.raises(ProjectError, match="a file already exists there"):
        Store.create(notes)


def test_duplicates_and_batch_refusals(tmp_path: Path, store: Store) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Le convoi a quitté Bagdad.", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_bytes(a.read_bytes())
    report = import_files(store, [a, b])
    (dup,) = report.duplicates
    assert isinstance(dup, DuplicateSource)
    assert str(dup) == (
        f"b.txt: already in the project as source {dup.existing_id} “Le convoi a quitté Bagdad.”"
    )
    assert dup.params == {"id": dup.existing_id, "title": dup.existing_title}

    c = tmp_path / "c.txt"
    c.write_text("Autre texte.", encoding="utf-8")
    # a bad date given for the whole batch is refused first; one in a file is per file
    with pytest.raises(InvalidValue):
        import_files(store, [c], published="hier")


def test_a_plain_message_is_used_as_it_is() -> None:
    e = RecoupeError("no tag named “{x}” (tags: Date, Place)")
    assert str(e) == e.template == e.reason == "no tag named “{x}” (tags: Date, Place)"
    broken = RecoupeError("{missing} value", other=1)  # never raises while being raised
    assert str(broken) == "{missing} value"


def test_a_value_the_store_refuses_keeps_its_template_in_a_batch(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Un texte.", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise InvalidValue(QT_TRANSLATE_NOOP("Messages", "a source needs a title"))

    monkeypatch.setattr(store, "add_source", refuse)
    (rejected,) = import_files(store, [path]).rejected
    assert str(rejected) == "x.txt: a source needs a title"
    assert (rejected.template, rejected.params) == ("a source needs a title", {})
