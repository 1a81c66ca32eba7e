"""Issue 10 §5: reading an input (wallet.formats) never reaches verification (wallet.verify),
which is what broke the import cycle; wallet.verify.dispatch is where the two meet."""

import ast
import subprocess
import sys
from pathlib import Path

import wallet.formats


def test_importing_and_using_wallet_formats_loads_nothing_of_wallet_verify() -> None:
    code = (
        "import sys, importlib, pkgutil, wallet.formats\n"
        "for m in pkgutil.walk_packages(wallet.formats.__path__, 'wallet.formats.'):\n"
        "    importlib.import_module(m.name)\n"
        "import json\n"
        "from tests.factories import Issuer, make_badge\n"
        "from wallet.formats.sniff import read_input\n"
        # Reading a credential runs the imports inside functions too.
        "read_input(json.dumps(make_badge(Issuer.from_seed(b'formats'), 1)).encode())\n"
        "print(sorted(n for n in sys.modules if n.startswith('wallet.verify')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert out.stdout.strip() == "[]", out.stdout


def test_no_module_of_wallet_formats_names_wallet_verify() -> None:
    """Also the imports inside functions, which only run on some inputs."""
    found = []
    for path in Path(wallet.formats.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            if any(n == "wallet.verify" or n.startswith("wallet.verify.") for n in names):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
