"""The central pane: a header naming the source, and the source view under it."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.errors import NotFound
from desktop.core.models import Annotation, SourceId
from desktop.ui.session import Session
from desktop.ui.widgets.source_view import SourceView


class Reader(QWidget):
    """Title, publication date and address of the source, above its text."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.header = QLabel(self)
        self.header.setObjectName("SourceHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setContentsMargins(12, 8, 12, 6)
        self.view = SourceView(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def show_source(
        self, source_id: SourceId | None, annotations: Sequence[Annotation] | None = None
    ) -> None:
        """Show a source; annotations: its annotations, if the caller has just read them."""
        self.view.show_source(source_id, annotations)
        self.refresh_header()

    def refresh_header(self) -> None:
        source_id = self.view.source_id
        if source_id is None:
            self.header.setText("")
            self.header.hide()
            return
        try:
            source = self.session.store.source(source_id)
        except NotFound:
            self.view.show_source(None)
            self.header.hide()
            return
        parts = [f"<span style='font-size:14pt; font-weight:600'>{escape(source.title)}</span>"]
        details = []
        if source.published:
            day = QLocale().toString(
                QLocale.c().toDate(source.published, "yyyy-MM-dd"), QLocale.FormatType.LongFormat
            )
            if not source.published_confirmed:
                day += " " + self.tr("(guessed: confirm in Properties)")
            details.append(self.tr("Published %1").replace("%1", escape(day)))
        else:
            details.append(self.tr("Publication date unknown"))
        if source.url:
            details.append(escape(source.url))
        details.append(escape(source.filename))
        parts.append(
            "<span style='color: palette(placeholder-text)'>" + " · ".join(details) + "</span>"
        )
        self.header.setText("<br>".join(parts))
        self.header.show()
