"""STYLE.md rule 1: the core never imports Qt."""

import subprocess
import sys


def test_importing_wallet_loads_no_qt() -> None:
    code = (
        "import sys, importlib, pkgutil, wallet\n"
        "for m in pkgutil.walk_packages(wallet.__path__, 'wallet.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
