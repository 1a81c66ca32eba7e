"""The PyInstaller bundle's entry point (build.spec): the same ``main()`` as the installed
``learner-wallet`` command, so the bundle opens the app and runs every subcommand."""

import multiprocessing
import sys

from wallet.cli import main

if __name__ == "__main__":
    # The vault verifies large imports in worker processes started with "spawn"
    # (wallet.vault.verifying); in a frozen program each worker is this executable again, and
    # freeze_support() is what turns it into a worker instead of a second learner-wallet.
    multiprocessing.freeze_support()
    sys.exit(main())
