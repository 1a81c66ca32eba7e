"""wallet.resources: the data folder from a checkout, in the PyInstaller bundle, and as
overridden; every resource the app and the bundle need is there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wallet import resources

ROOT = Path(__file__).resolve().parent.parent


def test_a_frozen_program_reads_the_bundles_data_folder(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("LEARNER_WALLET_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("contexts", "index.json") == (
        tmp_path / "resources" / "contexts" / "index.json"
    )


def test_the_override_wins_and_a_checkout_reads_its_own(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LEARNER_WALLET_RESOURCES", str(tmp_path))
    assert resources.resources_root() == tmp_path
    monkeypatch.delenv("LEARNER_WALLET_RESOURCES")
    assert resources.resources_root() == ROOT / "resources"


@pytest.mark.parametrize(
    "parts",
    [
        ("contexts", "index.json"),
        ("schemas", "achievementcredential.json"),
        ("samples", "course-data-analysis.json"),
        ("translations", "learner_wallet.ts"),
        ("desktop", "learner-wallet.desktop"),
        ("desktop", "learner-wallet-mime.xml"),
        ("icons", "hicolor", "scalable", "apps", "learner-wallet.svg"),
        *[("icons", "hicolor", f"{n}x{n}", "apps", "learner-wallet.png") for n in (16, 48, 512)],
    ],
)
def test_every_kind_of_resource_is_there(parts: tuple[str, ...]) -> None:
    assert resources.resource_path(*parts).is_file()
