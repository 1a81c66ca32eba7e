"""A bug in a command still ends with one line on standard error, never a traceback."""

from __future__ import annotations

import argparse

import pytest

from wallet import cli


def _boom(args: argparse.Namespace) -> int:
    raise RuntimeError("something broke")


def test_an_unexpected_error_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    parser = cli.build_parser()
    real_parse = parser.parse_args

    def parse(argv: list[str]) -> argparse.Namespace:
        args = real_parse(argv)
        args.handler = _boom
        return args

    monkeypatch.setattr(parser, "parse_args", parse)
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    monkeypatch.delenv("LEARNER_WALLET_DEBUG", raising=False)
    assert cli.main(["verify", "x.json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unexpected error (RuntimeError: something broke)" in err
    assert "Traceback" not in err


def test_debug_mode_shows_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = cli.build_parser()
    real_parse = parser.parse_args
    monkeypatch.setattr(
        parser,
        "parse_args",
        lambda argv: argparse.Namespace(**{**vars(real_parse(argv)), "handler": _boom}),
    )
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    monkeypatch.setenv("LEARNER_WALLET_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main(["verify", "x.json"])
