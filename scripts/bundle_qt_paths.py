"""A PyInstaller run-time hook (build.spec): where the bundle's Qt plugins and QML files are.

It replaces PyInstaller's own PySide6 hook, which imports ``PySide6.QtCore`` at every start to
register a ``qt.conf``: PySide6's QtCore registers that itself when it is first imported, so the
only effect was that every command-line run (``verify``, ``list``...) paid for starting Qt.
"""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")  # type: ignore[attr-defined]
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_qt, "qml")
del _qt
