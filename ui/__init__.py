"""The PySide6 desktop app. It talks to the core only through ``wallet``'s service facade."""
