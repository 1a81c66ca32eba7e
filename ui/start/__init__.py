"""First run and unlocking: create or restore a wallet, unlock it."""
