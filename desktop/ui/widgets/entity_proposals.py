"""Proposals to merge entities: "Possible same entity: A ↔ B — reason", Merge, Not the same.

Shows the proposals it is given (``EntityPanel`` computes them); the buttons emit intents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import EntityId, MatchReason, Proposal

Describe = Callable[[EntityId], str]
"""HTML describing an entity for a proposal's tooltip ("" if unknown)."""


class ProposalRow(QWidget):
    """One proposal: its text, Merge and Not the same."""

    def __init__(self, text: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setToolTip(tooltip)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setToolTip(self.tr("These are one entity: merge them"))
        self.dismiss_button = QPushButton(self.tr("Not the same"))
        self.dismiss_button.setToolTip(self.tr("Do not propose these two again"))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.merge_button)
        row.addWidget(self.dismiss_button)


class ProposalList(QWidget):
    """The proposals to merge, one row each, with a count above."""

    merge_clicked = Signal(int, int, str)
    """The user confirmed a proposal: (entity a, entity b, MatchReason value)."""
    dismiss_clicked = Signal(int, int)
    """The user said the two entities are not the same."""

    def __init__(self, describe: Describe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._proposals: list[Proposal] = []
        self.label = QLabel()
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        self._fill()

    def proposals(self) -> list[Proposal]:
        return list(self._proposals)

    def row(self, index: int) -> ProposalRow:
        widget = self.list.itemWidget(self.list.item(index))
        assert isinstance(widget, ProposalRow)
        return widget

    def set_proposals(self, proposals: Sequence[Proposal]) -> None:
        """Show these proposals; rows are made again only when the list changed."""
        fresh = list(proposals)
        if fresh != self._proposals:
            self._proposals = fresh
            self._fill()

    def proposal_text(self, p: Proposal) -> str:
        """ "Possible same entity: A ↔ B — reason"."""
        return (
            self.tr("Possible same entity: %1 ↔ %2 — %3")
            .replace("%1", p.a_name)
            .replace("%2", p.b_name)
            .replace("%3", self.reason_text(p))
        )

    def reason_text(self, p: Proposal) -> str:
        if p.reason is MatchReason.TRANSLITERATION:
            return self.tr("same name written differently (transliteration)")
        if p.reason is MatchReason.SAME_NAME:
            return self.tr("same name")
        if p.reason is MatchReason.CURATED:
            return self.tr("known alias (curated list)")
        longer = max((p.a_name, p.b_name), key=len)
        shorter = min((p.a_name, p.b_name), key=len)
        text = (
            self.tr("“%1” is an acronym of “%2”")
            if p.reason is MatchReason.ACRONYM
            else self.tr("“%1” is a short form of “%2”")
        )
        return text.replace("%1", shorter).replace("%2", longer)

    def _fill(self) -> None:
        self.list.clear()
        for p in self._proposals:
            item = QListWidgetItem(self.list)
            tooltip = "<p>" + "<br>".join(filter(None, map(self._describe, (p.a, p.b)))) + "</p>"
            row = ProposalRow(self.proposal_text(p), tooltip)
            a, b, reason = int(p.a), int(p.b), p.reason.value
            row.merge_button.clicked.connect(
                lambda _c=False, a=a, b=b, r=reason: self.merge_clicked.emit(a, b, r)
            )
            row.dismiss_button.clicked.connect(
                lambda _c=False, a=a, b=b: self.dismiss_clicked.emit(a, b)
            )
            item.setSizeHint(row.sizeHint())
            self.list.setItemWidget(item, row)
        n = len(self._proposals)
        self.label.setText(
            self.tr("%n possible duplicate(s)", "", n) if n else self.tr("No possible duplicates")
        )
        self.list.setVisible(bool(n))
