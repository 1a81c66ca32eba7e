"""Sharing credentials: the Share dialog, its QR view and the presenting work behind them."""
