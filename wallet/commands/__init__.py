"""The ``learner-wallet`` subcommands, one module per group; each exposes ``register(subparsers)``.

A command handler takes the parsed arguments and returns the exit status. It prints results on
standard output and raises :class:`wallet.errors.WalletError` for what a person must act on; the
dispatcher in :mod:`wallet.cli` turns those into one line on standard error and exit status 2.
"""
