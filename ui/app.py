"""Start the desktop application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run_app() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Learner Wallet")
    window = QMainWindow()
    window.setWindowTitle(app.tr("Learner Wallet"))
    window.setCentralWidget(QLabel(app.tr("Your credentials will appear here.")))
    window.resize(960, 640)
    window.show()
    return int(app.exec())
