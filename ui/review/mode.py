"""The review mode: the list of learners' workspaces, and one open review. An advisor needs no
wallet of their own to use it; it never touches the wallet that may be open beside it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.review.desk_page import DeskPage
from ui.review.page import OptionsFor, ReviewPage, default_options
from wallet.review.desk import ReviewDesk
from wallet.review.workspace import Workspace

__all__ = ["ReviewMode"]


class ReviewMode(QStackedWidget):
    """``leave`` when the advisor goes back to the wallet (or its welcome page)."""

    leave = Signal()

    def __init__(
        self,
        desk: ReviewDesk | None = None,
        options_for: OptionsFor = default_options,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk or ReviewDesk()
        self.desk_page = DeskPage(self.desk, self)
        self.page = ReviewPage(options_for, self)
        self.addWidget(self.desk_page)
        self.addWidget(self.page)
        self.desk_page.opened.connect(self.show_workspace)
        self.desk_page.leave.connect(self.leave)
        self.page.closed.connect(self.show_desk)

    def show_desk(self) -> None:
        self.setCurrentWidget(self.desk_page)
        self.desk_page.refresh()

    def show_workspace(self, workspace: Workspace) -> None:
        self.setCurrentWidget(self.page)
        self.page.set_workspace(workspace)

    def close_all(self) -> None:
        """Save and close an open workspace (the window is closing)."""
        if self.page.workspace is not None:
            self.page.close_workspace()
