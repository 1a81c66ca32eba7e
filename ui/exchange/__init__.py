"""The receive and respond screens (issue 16): "Receive a credential…" and "Answer a request…",
and the links handed to the app that open them (``ui.incoming.links``)."""
