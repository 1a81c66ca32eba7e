"""The main window: the shell that switches screens, its menus and sidebar, and the vault
access it holds."""
