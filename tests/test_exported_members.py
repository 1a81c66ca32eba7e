"""STYLE.md rule 3: an explicit public surface, kept honest (after httpx's test of the same)."""

from __future__ import annotations

import wallet
import wallet.errors


def test_all_is_sorted_and_unique() -> None:
    assert wallet.__all__ == sorted(set(wallet.__all__))


def test_every_public_name_resolves() -> None:
    for name in wallet.__all__:
        assert getattr(wallet, name) is not None, name


def test_every_error_in_the_tree_is_public() -> None:
    errors = {
        name
        for name, value in vars(wallet.errors).items()
        if isinstance(value, type) and issubclass(value, wallet.errors.WalletError)
    }
    assert errors <= set(wallet.__all__)
    assert set(wallet.errors.__all__) == errors


def test_unknown_names_are_attribute_errors() -> None:
    try:
        wallet.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")
