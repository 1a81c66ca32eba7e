"""The PyInstaller bundle as a learner without Python runs it (issue 17).

``make test-bundle`` builds ``dist/learner-wallet`` and points ``LEARNER_WALLET_BUNDLE`` at it;
without that variable the test builds its own into a temporary folder. Every command runs from
another folder, with ``PATH=/usr/bin:/bin`` and no virtual environment, ``PYTHONPATH`` or
``VIRTUAL_ENV``, and a home, data, config and runtime folder of its own; only the bundle's
frozen interpreter runs the code (the smoke line says "bundled"). Nothing goes beyond loopback
(``verify --offline``, the signed samples' keys are ``did:key``; the one online test reaches an
HTTPS server it starts on 127.0.0.1).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wallet.demo import DemoIssuer
from wallet.resources import resource_path

pytestmark = [pytest.mark.slow, pytest.mark.bundle]

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "bundle test passphrase"
RUN_S = 180  # a guard for a busy 2-core machine, not a benchmark (benchmarks/bench_bundle.py)
MANY = 60  # past wallet.vault.verifying.PARALLEL_THRESHOLD: spawned workers, frozen


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled ``learner-wallet`` executable."""
    given = os.environ.get("LEARNER_WALLET_BUNDLE")
    if given:
        program = Path(given) / "learner-wallet"
        if not program.is_file():
            pytest.fail(f"LEARNER_WALLET_BUNDLE={given} holds no learner-wallet (make dist)")
        return program
    out = tmp_path_factory.mktemp("pyinstaller")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(out / "dist"), "--workpath", str(out / "work")]
    subprocess.run([*command, str(ROOT / "build.spec")], check=True, timeout=1800)
    return out / "dist" / "learner-wallet" / "learner-wallet"


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[Path]:
    """A folder that is neither the checkout nor the bundle's, with a runtime folder short
    enough for a local socket."""
    runtime = Path(tempfile.mkdtemp(prefix="lw-run-"))
    runtime.chmod(0o700)
    (tmp_path / "work").mkdir()
    (tmp_path / "run").symlink_to(runtime)
    yield tmp_path / "work"
    shutil.rmtree(runtime, ignore_errors=True)


def _env(elsewhere: Path, **extra: str) -> dict[str, str]:
    home = elsewhere.parent
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home / "home"),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str((home / "run").resolve()),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "LEARNER_WALLET_PASSPHRASE": PASSPHRASE,
        **extra,
    }


def _run(bundle: Path, elsewhere: Path, *args: str, **extra: str):
    result = subprocess.run(
        [str(bundle), *args],
        cwd=elsewhere,
        env=_env(elsewhere, **extra),
        capture_output=True,
        text=True,
        timeout=RUN_S,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- failure first -----------------------------------------------------------------------------
def test_a_tampered_credential_fails_and_a_missing_file_is_one_line(
    bundle: Path, elsewhere: Path
) -> None:
    document = json.loads(resource_path("samples", "course-data-analysis.json").read_text("utf-8"))
    document["credentialSubject"]["achievement"]["name"] = "Advanced Data Analysis"
    (elsewhere / "tampered.json").write_text(json.dumps(document), "utf-8")
    result = _run(bundle, elsewhere, "verify", "--json", "--offline", "tampered.json")
    assert result.returncode == 1, result.stderr
    line = json.loads(result.stdout)
    assert line["verdict"] == "invalid"
    signature = next(c for c in line["checks"] if c["id"] == "signature")
    assert signature["status"] == "fail"

    missing = _run(bundle, elsewhere, "verify", "missing.json")
    assert missing.returncode == 2
    assert missing.stderr == "learner-wallet: missing.json: no such file\n"
    opened = _run(bundle, elsewhere, "open", "missing.json")
    assert (opened.returncode, opened.stderr) == (2, "learner-wallet: missing.json: no such file\n")


# --- what works --------------------------------------------------------------------------------
def test_the_bundle_carries_every_resource_and_no_gtk(bundle: Path) -> None:
    source = ROOT / "resources"
    carried = bundle.parent / "_internal" / "resources"
    expected = {str(p.relative_to(source)): _digest(p) for p in source.rglob("*") if p.is_file()}
    found = {str(p.relative_to(carried)): _digest(p) for p in carried.rglob("*") if p.is_file()}
    assert found == expected
    assert not list(bundle.parent.rglob("libgtk-3*")), "build.spec drops the GTK 3 theme"


def test_the_app_starts_offscreen_and_shows_its_window(bundle: Path, elsewhere: Path) -> None:
    result = _run(bundle, elsewhere, LEARNER_WALLET_SMOKE_TEST="1", QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "learner-wallet: window shown: Learner Wallet (bundled)\n"


def test_verify_a_signed_sample(bundle: Path, elsewhere: Path) -> None:
    shutil.copy(resource_path("samples", "course-data-analysis.json"), elsewhere / "course.json")
    result = _run(bundle, elsewhere, "verify", "--offline", "course.json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("course.json: VALID (credential)")
    assert "ok  signature eddsa-rdfc-2022 signature verified" in result.stdout
    assert "ok  schema" in result.stdout  # the bundled JSON schemas were found


def test_init_import_present_and_verify_what_was_presented(bundle: Path, elsewhere: Path) -> None:
    issuer = DemoIssuer()
    issued = datetime(2024, 5, 1, tzinfo=UTC)
    names = []
    for i in range(MANY):
        name = f"badge-{i:02}.json"
        badge = issuer.achievement_credential(f"Bundle badge {i}", issued=issued)
        (elsewhere / name).write_text(json.dumps(badge), "utf-8")
        names.append(name)

    assert _run(bundle, elsewhere, "--vault", "w.vault", "init").returncode == 0
    imported = _run(bundle, elsewhere, "--vault", "w.vault", "import", *names)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert imported.stdout.count("imported") == MANY
    listed = _run(bundle, elsewhere, "--vault", "w.vault", "list", "--json")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == MANY and {row["verdict"] for row in rows} == {"valid"}

    ids = [rows[0]["id"], rows[1]["id"]]
    for form, out, chosen in (
        ("vp", "vp.json", ids),
        ("pdf", "pack.pdf", ids),
        ("qr-png", "qr.png", ids[:1]),
    ):
        presented = _run(
            bundle, elsewhere, "--vault", "w.vault", "present", *chosen,
            "--format", form, "--challenge", "c-42", "--domain", "jobs.example", "--out", out,
            QT_QPA_PLATFORM="offscreen",
        )  # fmt: skip
        assert presented.returncode == 0, presented.stdout + presented.stderr
        assert (elsewhere / out).stat().st_size > 0
    checked = _run(
        bundle, elsewhere, "verify", "--offline", "--challenge", "c-42", "--domain",
        "jobs.example", "vp.json", "pack.pdf",
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("VALID (presentation)") == 2
    scanned = _run(bundle, elsewhere, "verify", "--offline", "qr.png")
    assert scanned.returncode == 0, scanned.stdout + scanned.stderr


def test_verify_online_against_a_local_server(bundle: Path, elsewhere: Path) -> None:
    """The bundled program reaches an HTTPS server on loopback (the test switch and a test CA
    through SSL_CERT_FILE): httpx, httpcore and truststore are carried and work frozen."""
    from tests.net.local_https import LocalHttpsServer, make_test_ca
    from tests.net.scenario import publish_scenario

    ca = make_test_ca(elsewhere / "ca")
    server = LocalHttpsServer(ca)
    try:
        scenario = publish_scenario(server, "bundled", 1)
        (elsewhere / "c.json").write_text(json.dumps(scenario.credentials[0]), "utf-8")
        (elsewhere / "none.json").write_text("[]", "utf-8")
        result = _run(
            bundle, elsewhere, "verify", "--json", "--now", "2026-06-01T00:00:00Z",
            "--registries", "none.json", "c.json",
            SSL_CERT_FILE=str(ca.ca_file), LEARNER_WALLET_ALLOW_LOOPBACK="1",
        )  # fmt: skip
    finally:
        server.close()
    assert result.returncode == 0, result.stdout + result.stderr
    line = json.loads(result.stdout)
    assert line["verdict"] == "valid"
    assert {r["cached"] for r in line["fetched"]} == {False} and len(line["fetched"]) == 2
