"""Benchmarks: ``make bench`` (``python -m benchmarks``) runs every ``bench_*.py`` module.

Each module exposes ``main(argv: list[str]) -> None`` and prints its own figures (medians after
warm-up). ``python -m benchmarks NAME [--quick]`` runs one module.
"""
