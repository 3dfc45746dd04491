"""Importing files: encodings, refusals with reasons, batches into a store, the seeds."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.errors import ImportRejected, InvalidValue
from desktop.core.importing import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    ImportReport,
    import_files,
    read_bytes,
    read_file,
)
from desktop.core.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FRENCH = "L’été à Noël, « l’œuvre » coûte 5 € — déjà vu.\nDeuxième ligne."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.create(tmp_path / "p.recoupe")
    yield s
    s.close()


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def rejected_reason(data: bytes, filename: str = "f.txt") -> str:
    with pytest.raises(ImportRejected) as info:
        read_bytes(data, filename)
    assert info.value.filename == filename
    return info.value.reason


# ------------------------------------------------------------------ encodings


def test_utf8_text_is_kept_as_written() -> None:
    text = "L’Irak annonce le retrait.\n\nCafe\u0301 en NFD, café en NFC."
    source = read_bytes(text.encode("utf-8"), "note.txt")
    assert source.text == text  # neither NFC nor the apostrophe is touched
    assert source.encoding == "utf-8"
    assert source.format == "txt"
    assert source.original == text.encode("utf-8")
    assert source.filename == "note.txt"


def test_utf8_bom_is_dropped() -> None:
    source = read_bytes(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "a.txt")
    assert source.text == FRENCH
    assert source.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    source = read_bytes(bom + FRENCH.encode(codec), "a.txt")
    assert source.text == FRENCH
    assert source.encoding == "utf-16"


def test_utf32_with_bom() -> None:
    source = read_bytes(codecs.BOM_UTF32_LE + FRENCH.encode("utf-32-le"), "a.txt")
    assert source.text == FRENCH
    assert source.encoding == "utf-32"


def test_cp1252_french_text() -> None:
    data = FRENCH.encode("cp1252")  # ’, œ, € and — exist in cp1252, not in latin-1
    source = read_bytes(data, "a.txt")
    assert source.text == FRENCH
    assert source.encoding == "cp1252"
    assert data.decode(source.encoding) == source.text


def test_latin1_text() -> None:
    text = "Été à Noël, « déjà » : l'élève a reçu 5 £."
    source = read_bytes(text.encode("latin-1"), "a.txt")
    assert source.text == text
    assert source.encoding == "latin-1"
    assert source.warnings  # the user is told the file was not UTF-8


def test_cyrillic_legacy_text_is_recognised() -> None:
    text = (
        "Президент России заявил во вторник, что переговоры с Украиной продолжатся "
        "на следующей неделе в Стамбуле. Об этом сообщает агентство ТАСС."
    )
    source = read_bytes(text.encode("cp1251"), "a.txt")
    assert source.text == text
    assert source.encoding == "cp1251"


def test_utf8_with_a_few_stray_cp1252_bytes() -> None:
    data = "Déjà l’été à Noël, « œuvre ».".encode() + b" Aujourd\x92hui caf\xe9."
    source = read_bytes(data, "a.txt")
    assert source.text == "Déjà l’été à Noël, « œuvre ». Aujourd’hui café."
    assert source.encoding == "utf-8"
    assert source.warnings == ("2 bytes that are not UTF-8 were read as Windows-1252",)


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_line_endings_become_newlines(ending: str) -> None:
    source = read_bytes(f"un{ending}deux{ending}{ending}trois".encode(), "a.txt")
    assert source.text == "un\ndeux\n\ntrois"


# ------------------------------------------------------------------ refusals


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b" \n\t\r\n  ", "no text"),
        (codecs.BOM_UTF8 + b"  \n", "no text"),
        (b"text\x00with\x00nul", "NUL"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "this is a PDF, not a text file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "Word document"),
        (b"PK\x03\x04\x14\x00\x00\x00plain.bin", "ZIP archive"),
        (b"SQLite format 3\x00\x10\x00", "SQLite database"),
        (b"abc" + bytes(range(1, 9)) * 3 + b"def", "control characters"),
        (codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"x", "odd number of bytes"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "not valid UTF-16"),
        (bytes(range(0x80, 0x100)) * 4, "encoding could not be recognised"),
    ],
)
def test_bad_bytes_are_rejected_with_a_reason(data: bytes, expected: str) -> None:
    assert expected in rejected_reason(data)


def test_unknown_suffix_is_rejected() -> None:
    reason = rejected_reason(b"hello", "report.pdf")
    assert reason == "“.pdf” is not a format Recoupe imports (.txt, .html, .htm, .md, .markdown)"
    assert "without an extension" in rejected_reason(b"hello", "README")


def test_suffix_is_case_insensitive() -> None:
    assert read_bytes(b"Bonjour le monde", "NOTE.TXT").text == "Bonjour le monde"
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".html", ".htm", ".md", ".markdown"}


def test_oversize_file_is_rejected_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 10 * 1024 * 1024)  # sparse: takes no disk space

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(ImportRejected) as info:
        read_file(path)
    assert info.value.filename == "huge.txt"
    assert info.value.reason.startswith("is 60 MB, larger than the 50 MB Recoupe imports")


def test_oversize_by_one_byte_names_exact_sizes(tmp_path: Path) -> None:
    path = tmp_path / "edge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportRejected) as info:
        read_file(path)
    assert "52,428,801 bytes" in info.value.reason
    assert "52,428,800 bytes" in info.value.reason


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", "texte")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)  # chmod does not stop root, this does
    with pytest.raises(ImportRejected) as info:
        read_file(path)
    assert info.value.reason == "cannot be read (Permission denied)"


def test_missing_folder_and_special_files(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match=r"cannot be read \(No such file or directory\)"):
        read_file(tmp_path / "gone.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(ImportRejected, match="is a folder, not a file"):
        read_file(tmp_path / "dir.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
        with pytest.raises(ImportRejected, match="not a regular file"):
            read_file(tmp_path / "pipe.txt")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(SUPPORTED_SUFFIXES))
def test_any_bytes_import_or_are_rejected(data: bytes, suffix: str) -> None:
    try:
        source = read_bytes(data, f"f{suffix}")
    except ImportRejected as e:
        assert e.reason
    else:
        assert source.text.strip()
        assert "\r" not in source.text
        assert source.lang in ("fr", "en")
        assert source.title


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=200))
def test_utf8_text_round_trips(text: str) -> None:
    if not text.strip():
        return
    source = read_bytes(text.encode("utf-8"), "f.txt")
    assert source.text == text.removeprefix("\ufeff")


# ------------------------------------------------------------------ batches


def test_import_files_adds_sources(store: Store, tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "Premier texte\n\nIl était une fois.")
    b = write(tmp_path, "b.md", "# Second\n\nThe second text is in English.")
    report = import_files(store, [a, b])
    assert report == ImportReport(added=report.added, duplicates=[], rejected=[], cancelled=False)
    assert [store.source(i).title for i in report.added] == ["Premier texte", "Second"]
    assert store.source_text(report.added[0]) == "Premier texte\n\nIl était une fois."
    assert store.source_original(report.added[1]) == b.read_bytes()
    assert [s.lang for s in store.sources()] == ["fr", "en"]


def test_duplicates_in_one_batch_and_across_batches(store: Store, tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "Le même texte.")
    copy = write(tmp_path, "copie.txt", "Le même texte.")
    first = import_files(store, [a, copy])
    assert len(first.added) == 1
    assert [d.filename for d in first.duplicates] == ["copie.txt"]
    assert first.duplicates[0].existing_id == first.added[0]
    second = import_files(store, [a])
    assert second.added == []
    assert [d.filename for d in second.duplicates] == ["a.txt"]
    assert len(store.sources()) == 1


def test_a_bad_file_in_the_middle_does_not_stop_the_batch(store: Store, tmp_path: Path) -> None:
    files = [
        write(tmp_path, "un.txt", "Un."),
        write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00"),
        tmp_path / "absent.txt",
        write(tmp_path, "vide.txt", b""),
        write(tmp_path, "deux.html", "<html><body><p>Deux.</p></body></html>"),
    ]
    report = import_files(store, files)
    assert len(report.added) == 2
    assert [r.filename for r in report.rejected] == ["image.txt", "absent.txt", "vide.txt"]
    assert "PNG" in report.rejected[0].reason
    assert [s.filename for s in store.sources()] == ["un.txt", "deux.html"]


def test_progress_and_cancel(store: Store, tmp_path: Path) -> None:
    files = [write(tmp_path, f"{n}.txt", f"Texte {n}.") for n in range(4)]
    calls: list[tuple[int, int, str]] = []
    report = import_files(
        store,
        files,
        progress=lambda i, n, name: calls.append((i, n, name)),
        cancelled=lambda: len(calls) >= 2,
    )
    assert calls == [(0, 4, "0.txt"), (1, 4, "1.txt")]
    assert report.cancelled
    assert len(report.added) == 2
    assert len(store.sources()) == 2


def test_overrides_apply_to_every_file(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "date 2020-01-01 Titre lu\n\nTexte.")
    report = import_files(
        store, [path], published="2026-01-18", title=" Mon titre ", url="https://ex.org/a"
    )
    source = store.source(report.added[0])
    assert source.title == "Mon titre"
    assert source.url == "https://ex.org/a"
    assert (source.published, source.published_how, source.published_confirmed) == (
        "2026-01-18",
        "user",
        True,
    )


def test_an_invalid_published_override_imports_nothing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Texte.")
    with pytest.raises(InvalidValue):
        import_files(store, [path], published="18/01/2026")
    assert store.sources() == []


# ------------------------------------------------------------------ seeds


def test_seeds_import_with_sensible_titles_and_dates(store: Store) -> None:
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 5
    report = import_files(store, paths)
    assert len(report.added) == 5 and not report.rejected
    sources = store.sources()
    for s in sources:
        print(f"{s.filename}: {s.title!r} {s.published} {s.published_how} {s.lang}")
    titles = [s.title for s in sources]
    assert titles[0].startswith("L’Irak annonce le retrait complet des conseillers")
    assert titles[1].startswith("L'Irak annonce le retrait complet des forces")
    assert "date" not in titles[1] and "2026" not in titles[1]
    assert titles[2].startswith("Les États-Unis et leurs alliés") and len(titles[2]) <= 120
    assert titles[3].endswith("et le début de son retrait")
    assert not titles[3].startswith("Accueil")
    assert titles[4].startswith("Irak : la coalition")
    assert all(s.lang == "fr" and s.encoding == "utf-8" for s in sources)
    found = [(s.published, s.published_how, s.published_confirmed) for s in sources]
    assert found == [
        (None, None, False),
        ("2026-01-19", "header", True),
        ("2025-10-01", "dateline", False),
        ("2021-12-09", "id-timestamp", True),
        (None, None, False),
    ]


def test_seed_manifest_lists_every_seed() -> None:
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(e["file"] for e in manifest) == sorted(p.name for p in SEEDS.glob("*.txt"))
    by_file = {e["file"][:3]: e for e in manifest}
    assert {k: e["published"] for k, e in by_file.items()} == {
        "000": "2026-01-18",
        "001": "2026-01-19",
        "002": "2025-10-01",
        "003": "2021-12-09",
        "004": "2021-12-09",
    }
    assert all(set(e) <= {"file", "published", "title"} for e in manifest)
