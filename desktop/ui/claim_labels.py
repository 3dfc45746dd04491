"""How claim statuses, evidence relations and verdicts read in the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.core.claims import ClaimStatus, ClaimStatusId, EvidenceRelation, Verdict
from desktop.core.entities import fold_name


def _builtin_status_names() -> dict[str, str]:
    # built-in statuses are stored with a key; their names follow the interface language
    return {
        "unverified": QCoreApplication.translate("ClaimStatus", "Unverified"),
        "corroborated": QCoreApplication.translate("ClaimStatus", "Corroborated"),
        "disputed": QCoreApplication.translate("ClaimStatus", "Disputed"),
        "false": QCoreApplication.translate("ClaimStatus", "False"),
        "misleading": QCoreApplication.translate("ClaimStatus", "Misleading"),
        "unverifiable": QCoreApplication.translate("ClaimStatus", "Unverifiable"),
    }


def status_label(status: ClaimStatus) -> str:
    """A status as the user reads it: built-in ones translated, the user's as typed.

    A built-in status the user renamed shows the new name.
    """
    if status.key and fold_name(status.name) == fold_name(status.key):
        return _builtin_status_names().get(status.key, status.name)
    return status.name


def relation_label(relation: EvidenceRelation) -> str:
    labels = {
        EvidenceRelation.SUPPORTS: QCoreApplication.translate("Claims", "supports"),
        EvidenceRelation.CONTRADICTS: QCoreApplication.translate("Claims", "contradicts"),
        EvidenceRelation.CONTEXT: QCoreApplication.translate("Claims", "context"),
    }
    return labels[relation]


def chip_colours(colour: str) -> tuple[QColor, QColor]:
    """Background and text colours of a status chip; the text stays readable on any colour."""
    background = QColor(colour)
    if not background.isValid():
        background = QColor("#9e9e9e")
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)
    # WCAG contrast: white text when it contrasts more than black would
    white = 1.05 / (luminance + 0.05)
    black = (luminance + 0.05) / 0.05
    return background, QColor("#ffffff") if white >= black else QColor("#000000")


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else float(((c + 0.055) / 1.055) ** 2.4)


def verdicts_text(verdicts: dict[str, Verdict], statuses: dict[ClaimStatusId, ClaimStatus]) -> str:
    """Each reviewer's latest verdict, "alice: false · bob: disputed", by reviewer name."""
    parts = []
    for reviewer in sorted(verdicts, key=fold_name):
        status = statuses.get(verdicts[reviewer].status_id)
        parts.append(f"{reviewer}: {status_label(status) if status else '?'}")
    return " · ".join(parts)
