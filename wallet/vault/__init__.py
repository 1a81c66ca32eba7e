"""The encrypted vault: one SQLite file of AES-256-GCM records under an Argon2id-wrapped key.

Used through :class:`wallet.service.WalletService`; nothing outside ``wallet.service`` and the
vault's own modules should need to import from here.
"""
